import PDFDocument from 'pdfkit';
import type { Block, ListItem, ProtocolLayout } from './protocol-layout';
import { toWinAnsi } from './win-ansi';

type Pdf = PDFKit.PDFDocument;

const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;
const SIZE = { 1: 17, 2: 14, 3: 12, body: 10.5, note: 9 } as const;
const INDENT = 14;
const SUPERSCRIPTS: Record<number, string> = { 1: '¹', 2: '²', 3: '³' };

function marker(n: number | undefined): string {
  return n ? (SUPERSCRIPTS[n] ?? `[${n}]`) : '';
}

function write(pdf: Pdf, text: string, options: PDFKit.Mixins.TextOptions = {}) {
  pdf.text(toWinAnsi(text), options);
}

/** Starts a new page unless `lines` more lines of the current font fit on this one. */
function ensureRoom(pdf: Pdf, lines = 1) {
  if (pdf.y + lines * pdf.currentLineHeight(true) > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
}

function list(pdf: Pdf, items: ListItem[], ordered: boolean, depth = 0) {
  const left = pdf.page.margins.left + depth * INDENT;
  const width = pdf.page.width - pdf.page.margins.right - left - INDENT;
  items.forEach((item, index) => {
    // The marker goes on the page where the text's first line lands.
    ensureRoom(pdf);
    const y = pdf.y;
    pdf.font(FONT.regular).fontSize(SIZE.body);
    pdf.text(ordered ? `${item.number ?? index + 1}.` : '•', left, y, { width: INDENT });
    pdf.text(toWinAnsi(item.text), left + INDENT, y, { width, continued: Boolean(item.note) });
    if (item.note) pdf.font(FONT.italic).text(toWinAnsi(` (${item.note})`));
    list(pdf, item.children, false, depth + 1);
  });
  pdf.x = pdf.page.margins.left;
}

function block(pdf: Pdf, b: Block) {
  const left = pdf.page.margins.left;
  pdf.x = left;
  switch (b.kind) {
    case 'heading':
      pdf.moveDown(b.level === 1 ? 0 : 0.6);
      pdf.font(FONT.bold).fontSize(SIZE[b.level]);
      // A heading stays with the first lines of what it heads.
      ensureRoom(pdf, 4);
      write(pdf, `${b.text}${marker(b.footnote)}`);
      break;
    case 'fields':
      for (const f of b.fields) {
        pdf.font(FONT.bold).fontSize(SIZE.body);
        write(pdf, `${f.label}: `, { continued: true });
        pdf.font(FONT.regular);
        write(pdf, f.value);
      }
      break;
    case 'paragraph':
      pdf.font(b.italic ? FONT.italic : FONT.regular).fontSize(SIZE.body);
      write(pdf, b.text);
      break;
    case 'list':
      list(pdf, b.items, b.ordered);
      break;
    case 'table':
      pdf.font(FONT.regular).fontSize(SIZE.body);
      pdf.table({
        columnStyles: [90, '*', 130],
        data: [
          b.header.map((h) => ({ text: toWinAnsi(h), font: { src: FONT.bold }, type: 'TH' as const })),
          ...b.rows.map((r) => r.map((lines) => toWinAnsi(lines.join('\n')))),
        ],
      });
      break;
    case 'footnotes':
      pdf.moveDown();
      pdf.font(FONT.regular).fontSize(SIZE.note);
      for (const n of b.notes) write(pdf, `${marker(n.number)} ${n.text}`);
      break;
  }
  pdf.moveDown(0.4);
}

/** A PDF drawn with pdfkit in its built-in Helvetica (WinAnsi: umlauts, ß, §, ², en dash, €). */
export function renderPdf(layout: ProtocolLayout): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: layout.language === 'DE' ? 'de-DE' : 'en-GB',
    displayTitle: true,
    // Document info is UTF-16 in PDF, so the title stays as written there.
    info: { Title: layout.title, Creator: 'Planwerk' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  for (const b of layout.blocks) block(pdf, b);
  pdf.end();
  return done;
}
