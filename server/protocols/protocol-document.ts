/**
 * Everything a protocol shows, as plain JSON-safe data. Published versions store it as it was,
 * so a frozen protocol can be rendered again in any format and language.
 */
export interface ProtocolDocument {
  meetingId: string;
  title: string;
  /** ISO instants; an all-day meeting is shown by its Berlin day only. */
  startsAt: string;
  endsAt: string | null;
  allDay: boolean;
  place: string | null;
  description: string | null;
  host: ProtocolHost | null;
  invitees: ProtocolInvitee[];
  /** Who was there, by organisation; absent from versions published before attendance was kept. */
  attendees?: ProtocolAttendeeGroup[];
  contributions: ProtocolContribution[];
  /** Free-text sections the facilitators wrote, e.g. the discussion summary. */
  sections: ProtocolSectionText[];
  workingTables: ProtocolTable[];
  nextSteps: ProtocolNextStep[];
  author: string | null;
  /** Marks the contributions as abridged, for example. */
  footnote: string | null;
}

export interface ProtocolHost {
  name: string;
  shortName: string | null;
  /** The body's composition, as it describes itself. */
  description: string | null;
}

export interface ProtocolInvitee {
  name: string;
  note: string | null;
  guest: boolean;
}

export interface ProtocolAttendeeGroup {
  /** null: those who named none. */
  organization: string | null;
  names: string[];
}

export interface ProtocolContribution {
  title: string;
  /** null: an agenda item without a speaker. */
  speaker: string | null;
  affiliation: string | null;
  summary: string | null;
}

export interface ProtocolSectionText {
  title: string;
  body: string;
}

export interface ProtocolTable {
  title: string;
  /** Every point in the table's order; merged points keep their members. */
  points: ProtocolPoint[];
}

export interface ProtocolPoint {
  text: string;
  /** Place among the table's five most important points, 1–5. */
  rank: number | null;
  /** Points grouped under this one. */
  members: ProtocolPoint[];
}

export interface ProtocolNextStep {
  /** "Wer" as written. */
  owner: string;
  /** "Was", one line each. */
  items: string[];
  /** "Bis wann" as written, and the day it resolves to (`YYYY-MM-DD`). */
  dueLabel: string | null;
  dueDate: string | null;
}

/** The table's top five in rank order. */
export function topPoints(table: ProtocolTable): ProtocolPoint[] {
  return table.points.filter((point) => point.rank !== null).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
}
