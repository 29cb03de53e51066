import { WorkingTableKind } from '../../tables/working-table.entity';
import { ATTENDEES } from './attendee-lines';

/** Headings of the working tables the method uses. */
const TABLE_HEADINGS: [RegExp, WorkingTableKind][] = [
  [/^chancen\b|^opportunities\b/, WorkingTableKind.OPPORTUNITIES],
  [/^kritik\b|^criticism\b/, WorkingTableKind.CRITICISM],
  [/^(?:konkretion|realisierung)\b|^realisation\b/, WorkingTableKind.REALISATION],
];
/** A table named as one in plain text: "Arbeitstisch 4: Ideen", "Tisch: Fragen". */
const CUSTOM_TABLE = /^(?:arbeitstisch|tisch)\b(?!e)/;

/** The parts of a protocol that hold records; others ("Eingeladen", free sections) are passed over. */
export type Section = 'tables' | 'contributions' | 'attendees' | 'steps' | 'other';

const SECTIONS: [RegExp, Section][] = [
  [/^(?:arbeitstische|working tables)$/, 'tables'],
  [/^(?:beiträge|beitraege|contributions|vorträge|referate)$/, 'contributions'],
  [ATTENDEES, 'attendees'],
  [/^(?:n(?:ä|ae)chste schritte|next steps)$/, 'steps'],
];

function folded(text: string): string {
  return text.toLowerCase().replace(/:$/, '').trim();
}

/** The section a heading opens, or null when it is no section heading. */
export function sectionOf(text: string): Section | null {
  const heading = folded(text);
  return SECTIONS.find(([pattern]) => pattern.test(heading))?.[1] ?? null;
}

/** The kind of table a heading names; CUSTOM for "Arbeitstisch …", null for anything else. */
export function tableKindOf(text: string): WorkingTableKind | null {
  const heading = text.toLowerCase();
  const known = TABLE_HEADINGS.find(([pattern]) => pattern.test(heading))?.[1];
  if (known) return known;
  return CUSTOM_TABLE.test(heading) ? WorkingTableKind.CUSTOM : null;
}

/** A plain-text line that may be a heading: unindented, short, not a sentence or a label. */
export function isPlainHeading(raw: string, text: string): boolean {
  return !/^\s/.test(raw) && text.split(' ').length <= 5 && !/[.]$/.test(text);
}
