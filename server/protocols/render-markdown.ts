import type { Block, ListItem, ProtocolLayout } from './protocol-layout';

/**
 * User text must read as text, never as Markdown: every character CommonMark/GFM gives a meaning
 * is escaped with a backslash, and line starts that would open a heading, list or quote as well.
 * Text that follows a label on its line (`atLineStart` false) needs that only from its second line.
 */
export function escapeMarkdown(text: string, atLineStart = true): string {
  const escaped = text.replace(/[\\`*_[\]<>|~&]/g, '\\$&');
  const [first = '', rest] = atLineStart ? ['', escaped] : splitFirstLine(escaped);
  return first + (rest ?? '').replace(/^(\s*)([#+=-])/gm, '$1\\$2').replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

function splitFirstLine(text: string): [string, string | undefined] {
  const end = text.indexOf('\n');
  return end < 0 ? [text, undefined] : [text.slice(0, end), text.slice(end)];
}

function escapeInline(text: string): string {
  return escapeMarkdown(text, false);
}

function lines(text: string): string {
  return escapeMarkdown(text).split(/\r?\n/).join('  \n');
}

function footnoteRef(n: number | undefined): string {
  return n ? `[^${n}]` : '';
}

function listLines(items: ListItem[], ordered: boolean, indent = ''): string[] {
  return items.flatMap((item, index) => {
    const marker = ordered ? `${item.number ?? index + 1}.` : '-';
    const note = item.note ? ` *(${escapeInline(item.note)})*` : '';
    const text = escapeMarkdown(item.text).replace(/\r?\n/g, `  \n${indent}${' '.repeat(marker.length + 1)}`);
    const children = listLines(item.children, false, `${indent}${' '.repeat(marker.length + 1)}`);
    return [`${indent}${marker} ${text}${note}`, ...children];
  });
}

function cell(linesOfCell: string[]): string {
  return linesOfCell.map((line) => escapeInline(line).replace(/\r?\n/g, '<br>')).join('<br>');
}

function block(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeInline(b.text)}${footnoteRef(b.footnote)}`;
    case 'fields':
      return b.fields.map((f) => `**${escapeInline(f.label)}:** ${escapeInline(f.value)}`).join('  \n');
    case 'paragraph':
      return b.italic ? `*${lines(b.text)}*` : lines(b.text);
    case 'list':
      return listLines(b.items, b.ordered).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      return [
        row(b.header.map(escapeInline)),
        row(b.header.map(() => '---')),
        ...b.rows.map((r) => row(r.map(cell))),
      ].join('\n');
    }
    case 'footnotes':
      return b.notes.map((n) => `[^${n.number}]: ${escapeInline(n.text)}`).join('\n');
  }
}

/** GitHub-flavoured Markdown (tables, footnotes); the form versions are stored and compared in. */
export function renderMarkdown(layout: ProtocolLayout): string {
  return `${layout.blocks.map(block).join('\n\n')}\n`;
}
