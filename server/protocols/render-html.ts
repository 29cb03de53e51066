import type { Block, ListItem, ProtocolLayout } from './protocol-layout';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Escaped text whose line breaks stay visible. */
function text(value: string): string {
  return escapeHtml(value).replace(/\r?\n/g, '<br>');
}

function footnoteRef(n: number | undefined): string {
  return n ? `<sup><a href="#fn${n}" id="fnref${n}">${n}</a></sup>` : '';
}

function list(items: ListItem[], ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  const entries = items.map((item) => {
    const value = ordered && item.number ? ` value="${item.number}"` : '';
    const note = item.note ? ` <em>(${escapeHtml(item.note)})</em>` : '';
    const children = item.children.length ? list(item.children, false) : '';
    return `<li${value}>${text(item.text)}${note}${children}</li>`;
  });
  return `<${tag}>${entries.join('')}</${tag}>`;
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${escapeHtml(b.text)}${footnoteRef(b.footnote)}</h${b.level}>`;
    case 'fields':
      return `<p>${b.fields.map((f) => `<strong>${escapeHtml(f.label)}:</strong> ${escapeHtml(f.value)}`).join('<br>')}</p>`;
    case 'paragraph':
      return b.italic ? `<p><em>${text(b.text)}</em></p>` : `<p>${text(b.text)}</p>`;
    case 'list':
      return list(b.items, b.ordered);
    case 'table': {
      const head = b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${c.map(text).join('<br>')}</td>`).join('')}</tr>`);
      return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    }
    case 'footnotes': {
      const notes = b.notes.map((n) => `<li id="fn${n.number}">${text(n.text)} <a href="#fnref${n.number}">↩</a></li>`);
      return `<section class="footnotes" aria-label="${escapeHtml(b.title)}"><hr><ol>${notes.join('')}</ol></section>`;
    }
  }
}

const STYLE = `body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}
.footnotes{font-size:.9em}`;

/** A standalone HTML page; every piece of user text is escaped. */
export function renderHtml(layout: ProtocolLayout): string {
  return `<!doctype html>
<html lang="${layout.language.toLowerCase()}">
<head><meta charset="utf-8"><title>${escapeHtml(layout.title)}</title><style>${STYLE}</style></head>
<body>
${layout.blocks.map(block).join('\n')}
</body>
</html>
`;
}
