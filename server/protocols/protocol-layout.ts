import { formatDue, formatWhen, type Language, messages } from './messages';
import { type ProtocolDocument, type ProtocolPoint, topPoints } from './protocol-document';

/**
 * A protocol as a short list of format-neutral blocks. Every renderer (Markdown, HTML, DOCX,
 * PDF) draws the same blocks, so the formats cannot drift apart in content or order.
 */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string; footnote?: number }
  | { kind: 'fields'; fields: Field[] }
  | { kind: 'paragraph'; text: string; italic?: boolean }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'table'; header: string[]; rows: string[][][] }
  | { kind: 'footnotes'; title: string; notes: Footnote[] };

export interface Field {
  label: string;
  value: string;
}

export interface ListItem {
  text: string;
  /** Shown as the item's number in ordered lists. */
  number?: number;
  /** A short remark after the text, e.g. "Gast" or "Platz 2". */
  note?: string;
  children: ListItem[];
}

export interface Footnote {
  number: number;
  text: string;
}

export interface ProtocolLayout {
  title: string;
  language: Language;
  blocks: Block[];
}

/** Paragraphs of free text are separated by blank lines; single line breaks stay inside a paragraph. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function textBlocks(text: string | null): Block[] {
  return paragraphs(text ?? '').map((paragraph) => ({ kind: 'paragraph', text: paragraph }));
}

export function layoutProtocol(doc: ProtocolDocument, language: Language): ProtocolLayout {
  const m = messages(language);
  const title = `${m.protocol}: ${doc.title}`;
  // The footnote belongs to the contributions (the seed's "Die folgenden Textbeiträge sind
  // inhaltlich gekürzt"); without contributions it is a note on the whole protocol.
  const footnote = doc.footnote ? 1 : undefined;
  const blocks: Block[] = [];
  const add = (...more: Block[]) => blocks.push(...more);

  add({ kind: 'heading', level: 1, text: title, footnote: doc.contributions.length ? undefined : footnote });
  const fields: Field[] = [{ label: m.date, value: formatWhen(doc, m) }];
  if (doc.place) fields.push({ label: m.place, value: doc.place });
  if (doc.host)
    fields.push({
      label: m.host,
      value: doc.host.shortName ? `${doc.host.name} (${doc.host.shortName})` : doc.host.name,
    });
  add({ kind: 'fields', fields });
  add(...textBlocks(doc.host?.description ?? null), ...textBlocks(doc.description));

  if (doc.invitees.length) {
    const items = doc.invitees.map((invitee) => ({
      text: invitee.note ? `${invitee.name}: ${invitee.note}` : invitee.name,
      note: invitee.guest ? m.guest : undefined,
      children: [],
    }));
    add({ kind: 'heading', level: 2, text: m.invitees }, { kind: 'list', ordered: false, items });
  }

  const attendees = doc.attendees ?? [];
  if (attendees.length) {
    const items = attendees.map((group) => ({
      text: `${group.organization ?? m.noOrganization}: ${group.names.join(', ')}`,
      children: [],
    }));
    add({ kind: 'heading', level: 2, text: m.attendees }, { kind: 'list', ordered: false, items });
  }

  if (doc.contributions.length) {
    add({ kind: 'heading', level: 2, text: m.contributions, footnote });
    for (const c of doc.contributions) {
      const speaker = c.speaker && (c.affiliation ? `${c.speaker}, ${c.affiliation}` : c.speaker);
      add({ kind: 'heading', level: 3, text: c.title });
      if (speaker) add({ kind: 'paragraph', text: speaker, italic: true });
      add(...textBlocks(c.summary));
    }
  }

  for (const section of doc.sections)
    add({ kind: 'heading', level: 2, text: section.title }, ...textBlocks(section.body));

  if (doc.workingTables.length) {
    add({ kind: 'heading', level: 2, text: m.workingTables });
    for (const table of doc.workingTables) {
      add({ kind: 'heading', level: 3, text: table.title });
      const top = topPoints(table);
      if (top.length) {
        add(
          { kind: 'paragraph', text: `${m.topFive}:` },
          {
            kind: 'list',
            ordered: true,
            items: top.map((p) => ({ text: p.text, number: p.rank ?? undefined, children: [] })),
          },
          { kind: 'paragraph', text: `${m.allPoints}:` },
        );
      }
      const item = (p: ProtocolPoint): ListItem => ({
        text: p.text,
        note: p.rank ? `${m.rank} ${p.rank}` : undefined,
        children: p.members.map(item),
      });
      add({ kind: 'list', ordered: false, items: table.points.map(item) });
    }
  }

  if (doc.nextSteps.length) {
    add(
      { kind: 'heading', level: 2, text: m.nextSteps },
      {
        kind: 'table',
        header: [m.who, m.what, m.byWhen],
        rows: doc.nextSteps.map((step) => [[step.owner], step.items, [formatDue(step, m)]]),
      },
    );
  }
  if (doc.author) add({ kind: 'fields', fields: [{ label: m.author, value: doc.author }] });
  if (doc.footnote) add({ kind: 'footnotes', title: m.footnotes, notes: [{ number: 1, text: doc.footnote }] });
  return { title, language, blocks };
}
