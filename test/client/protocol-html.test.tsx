import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { protocolHtmlToReact } from '../../client/protocols/protocol-html';

function rendered(html: string): HTMLElement {
  return render(<div>{protocolHtmlToReact(html, 'p-')}</div>).container;
}

describe('protocol HTML in the page', () => {
  it('keeps the layout: headings one level down, lists, tables, footnote links inside the page', () => {
    const page =
      rendered(`<!doctype html><html><head><title>Protokoll</title><style>body{color:red}</style></head><body>
<h1>Protokoll: Sitzung</h1>
<h2>Beiträge<sup><a href="#fn1" id="fnref1">1</a></sup></h2>
<ol><li value="2">Zweiter Platz</li></ol>
<table><thead><tr><th scope="col">Wer</th></tr></thead><tbody><tr><td>AG<br>SZ2</td></tr></tbody></table>
<section class="footnotes" aria-label="Anmerkungen"><hr><ol><li id="fn1">gekürzt <a href="#fnref1">↩</a></li></ol></section>
</body></html>`);
    expect(page.querySelector('h2')?.textContent).toBe('Protokoll: Sitzung');
    expect(page.querySelector('h3')?.textContent).toBe('Beiträge1');
    expect(page.querySelector('sup a')?.getAttribute('href')).toBe('#p-fn1');
    expect(page.querySelector('#p-fn1')?.textContent).toBe('gekürzt ↩');
    expect(page.querySelector('li')?.getAttribute('value')).toBe('2');
    expect(page.querySelector('th')?.getAttribute('scope')).toBe('col');
    expect(page.querySelector('td')?.innerHTML).toBe('AG<br>SZ2');
    expect(page.querySelector('section')?.getAttribute('aria-label')).toBe('Anmerkungen');
    expect(page.querySelector('section')?.hasAttribute('class')).toBe(false);
    expect(page.textContent).not.toContain('color:red');
  });

  it('turns anything outside the allow-list into plain text, or drops it', () => {
    const page = rendered(
      '<p onclick="steal()" style="position:fixed">Text <img src="x" onerror="steal()"><b>fett</b>' +
        '<a href="javascript:steal()">Link</a><a href="https://evil.example">weg</a></p>' +
        '<script>steal()</script><iframe src="https://evil.example"></iframe><svg><text>svg</text></svg>',
    );
    expect(page.innerHTML).toBe('<div><p>Text fett<a>Link</a><a>weg</a></p></div>');
  });

  it('shows escaped text exactly as typed', () => {
    const page = rendered('<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; „Zitat“</p>');
    expect(page.querySelector('p')?.textContent).toBe('<script>alert(1)</script> & „Zitat“');
    expect(page.querySelector('script')).toBeNull();
  });
});
