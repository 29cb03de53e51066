import type { WorkingTableKind } from '../../tables/working-table.entity';

/** What a protocol text says, before anything is matched against the database. */
export interface ParsedProtocol {
  title: string | null;
  /** `YYYY-MM-DD` */
  date: string | null;
  place: string | null;
  /** The host body as written ("Strategisches Zentrum Steglitz-Zehlendorf (SZ²)"). */
  hostName: string | null;
  footnote: string | null;
  authorName: string | null;
  attendees: ParsedAttendee[];
  contributions: ParsedContribution[];
  workingTables: ParsedTable[];
  tasks: ParsedTask[];
}

export interface ParsedTable {
  kind: WorkingTableKind;
  title: string;
  positions: string[];
  /** The table's five most important points in rank order, as the export lists them before all points. */
  topFive?: string[];
}

export interface ParsedAttendee {
  name: string;
  organizationName: string | null;
}

export interface ParsedContribution {
  title: string;
  speakerName: string | null;
  affiliation: string | null;
  summary: string | null;
}

export interface ParsedTask {
  ownerLabel: string;
  items: string[];
  dueLabel: string | null;
  /** A day written beside the label, as Planwerk's export does ("Ostern 2013 (31.03.2013)"). */
  dueDate?: string;
}
