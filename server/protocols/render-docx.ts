import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, ListItem, ProtocolLayout } from './protocol-layout';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** One run per line, joined by line breaks inside the paragraph. */
function runs(text: string, style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, index) => new TextRun({ text: line, break: index ? 1 : undefined, ...style }));
}

function footnoteRef(n: number | undefined): ParagraphChild[] {
  return n ? [new FootnoteReferenceRun(n)] : [];
}

function listParagraphs(items: ListItem[], ordered: boolean, level = 0): Paragraph[] {
  return items.flatMap((item, index) => {
    const children: ParagraphChild[] = [
      ...(ordered ? [new TextRun(`${item.number ?? index + 1}. `)] : []),
      ...runs(item.text),
      ...(item.note ? [new TextRun({ text: ` (${item.note})`, italics: true })] : []),
    ];
    const paragraph = ordered
      ? new Paragraph({ children, indent: { left: 360 * (level + 1), hanging: 360 } })
      : new Paragraph({ children, bullet: { level } });
    return [paragraph, ...listParagraphs(item.children, false, level + 1)];
  });
}

function cell(lines: string[], bold = false): TableCell {
  return new TableCell({ children: lines.map((line) => new Paragraph({ children: runs(line, { bold }) })) });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level], children: [...runs(b.text), ...footnoteRef(b.footnote)] })];
    case 'fields':
      return b.fields.map(
        (f) => new Paragraph({ children: [new TextRun({ text: `${f.label}: `, bold: true }), ...runs(f.value)] }),
      );
    case 'paragraph':
      return [new Paragraph({ children: runs(b.text, { italics: b.italic }) })];
    case 'list':
      return listParagraphs(b.items, b.ordered);
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: b.header.map((h) => cell([h], true)) }),
            ...b.rows.map((r) => new TableRow({ children: r.map((lines) => cell(lines)) })),
          ],
        }),
      ];
    case 'footnotes':
      // Word places footnotes itself; their text goes into the document's footnote part.
      return [];
  }
}

/** A Word document (OOXML) built with the `docx` package, with real footnotes. */
export async function renderDocx(layout: ProtocolLayout): Promise<Buffer> {
  const notes = layout.blocks.flatMap((b) => (b.kind === 'footnotes' ? b.notes : []));
  const doc = new Document({
    title: layout.title,
    creator: 'Planwerk',
    footnotes: Object.fromEntries(
      notes.map((n) => [n.number, { children: [new Paragraph({ children: runs(n.text) })] }]),
    ),
    sections: [{ children: layout.blocks.flatMap(block) }],
  });
  return Packer.toBuffer(doc);
}
