import { describe, expect, it } from 'vitest';
import { classifyLine, isMarkdown } from '../../../server/protocols/import/protocol-lines';

describe('protocol lines', () => {
  it('tells Markdown by headings, tables or bold labels', () => {
    expect(isMarkdown('# Protokoll: AG')).toBe(true);
    expect(isMarkdown('Text\n| Wer | Was | Bis wann |')).toBe(true);
    expect(isMarkdown('**Datum:** 19.10.2012')).toBe(true);
    expect(isMarkdown('Protokoll der Sitzung vom 05.03.2013\n\nKritik\n• zu spät')).toBe(false);
    expect(isMarkdown('#hashtag im Text')).toBe(false);
  });

  it('reads headings, footnotes and table rows of Markdown, with escapes undone', () => {
    expect(classifyLine('## Beiträge[^1]', true)).toEqual({ kind: 'heading', level: 2, text: 'Beiträge' });
    expect(classifyLine('[^1]: Gekürzt', true)).toEqual({ kind: 'footnote', text: 'Gekürzt' });
    expect(classifyLine('| --- | --- | --- |', true)).toEqual({ kind: 'blank' });
    expect(classifyLine('| AG | Modell\\_1<br>Zeile \\| zwei | Ostern 2013 (31.03.2013) |', true)).toEqual({
      kind: 'row',
      cells: [['AG'], ['Modell_1', 'Zeile | zwei'], ['Ostern 2013 (31.03.2013)']],
    });
  });

  it('reads bullets and numbered lists, and drops the notes the export puts after points', () => {
    expect(classifyLine('- Gemeinsame Ziele *(Platz 1)*', true)).toEqual({
      kind: 'item',
      text: 'Gemeinsame Ziele',
      ordered: false,
      indent: 0,
    });
    expect(classifyLine('  12. BVV\\-Beschluss', true)).toMatchObject({
      kind: 'item',
      text: 'BVV-Beschluss',
      ordered: true,
    });
    expect(classifyLine('3) Votum der Stadträtin', false)).toMatchObject({ kind: 'item', ordered: true });
    expect(classifyLine('•Weniger Bürokratie', false)).toMatchObject({ kind: 'item', text: 'Weniger Bürokratie' });
    expect(classifyLine('o Fallsucht', false)).toMatchObject({ kind: 'item', text: 'Fallsucht' });
    // An escaped line start is text, and a date is no numbered item.
    expect(classifyLine('\\- kein Punkt', true)).toMatchObject({ kind: 'text', text: '- kein Punkt' });
    expect(classifyLine('19.10.2012 Sitzung', false)).toMatchObject({ kind: 'text' });
  });

  it('reads an italic line as the speaker line it is in the export, keeping plain text as written', () => {
    expect(classifyLine('*Prof. Dr. Wolfgang Hinte, ISSAB Essen*', true)).toMatchObject({
      kind: 'text',
      text: 'Prof. Dr. Wolfgang Hinte, ISSAB Essen',
      italic: true,
    });
    expect(classifyLine('  Gemeinsame\u00a0Ziele ', false)).toEqual({
      kind: 'text',
      text: 'Gemeinsame Ziele',
      raw: '  Gemeinsame\u00a0Ziele ',
      italic: false,
    });
  });
});
