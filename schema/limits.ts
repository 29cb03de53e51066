/**
 * Limits the server enforces and the client shows before sending. Shared by both sides so a form
 * never lets through what the API will refuse. Lives beside the schema: it is part of the contract.
 */
export const LIMITS = {
  /** A position on a working table. */
  positionText: 2_000,
  /** Titles of meetings, tables, contributions. */
  title: 300,
  /** Names of people, organisations, committees; display names of guests. */
  name: 200,
  /** Longer free text: descriptions, summaries, notes. */
  longText: 20_000,
  /** One "Was" line of a next step, and how many lines a step may have. */
  taskItem: 1_000,
  taskItems: 50,
  /** A deadline label as written ("Ostern 2013"). */
  dueLabel: 100,
  /** Places among a table's most important points. */
  topRanks: 5,
  /** A pasted protocol to import; the seed protocol has about 15,000 characters. */
  protocolText: 200_000,
  /** Working tables and next steps in one imported protocol. */
  importedRecords: 100,
  /** Budget years and amounts: one figure at most 10 billion € (in cents), see server/budget/money.ts. */
  budgetYearMin: 1900,
  budgetYearMax: 2200,
  amountCents: 1_000_000_000_000,
  /** Case counts of one region, area and period. */
  cases: 10_000_000,
  /** Code of a custom service area: capitals, digits and underscores. */
  serviceAreaCode: 40,
  /** A budget import file (CSV or XLSX), its data rows, and how many problems its report lists. */
  importFileBytes: 5 * 1024 * 1024,
  importRows: 20_000,
  importProblems: 500,
  /**
   * What an XLSX may unpack to (all parts read, counted while they inflate), the columns a row may
   * use, and the characters of one cell (Excel's own maximum), for CSV too.
   */
  importUnpackedBytes: 32 * 1024 * 1024,
  importColumns: 50,
  importCellChars: 32_767,
  /** Passwords: long enough to resist guessing, short enough to hash cheaply. */
  passwordMin: 10,
  passwordMax: 200,
  /** E-mail addresses (RFC 5321's practical maximum). */
  email: 254,
  /** Ids in one list filter, e.g. the bodies a person belongs to. */
  filterIds: 100,
  /** Dots a participant may give per table unless the facilitator sets another budget, and the most allowed. */
  defaultVoteBudget: 5,
  voteBudget: 100,
  /** How long a deleted position can be restored ("Rückgängig"); the board offers it for a few seconds of this. */
  positionRestoreSeconds: 60,
  /** One co-editing update of a position as base64 (a keystroke is ~30 characters, a pasted text a few KB). */
  positionUpdate: 32_768,
  /** Planned minutes of one agenda item (at most a working day), and items or tables in one meeting template. */
  plannedMinutes: 600,
  templateItems: 50,
  /** A workshop timer, in seconds (at most eight hours). */
  timerSeconds: 8 * 60 * 60,
  /**
   * Subscriptions one WebSocket may hold at once (graphql-ws sends every operation as one; a query
   * or mutation counts while it runs); the browser app holds two or three. The server's default,
   * changed by PLANWERK_WS_MAX_SUBSCRIPTIONS.
   */
  subscriptionsPerSocket: 20,
} as const;

/**
 * What no text may hold, wherever it enters (GraphQL, uploads, co-editing): NUL, which
 * PostgreSQL's text cannot store, and a lone UTF-16 surrogate, which is no character at all (JSON
 * and PostgreSQL refuse it). In a `u` regex a surrogate pair is one code point, so only a lone
 * surrogate matches the range.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export function hasForbiddenCharacter(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

export const FORBIDDEN_CHARACTER_MESSAGE = 'must not contain NUL characters or lone surrogates';

/** The code of a custom service area: capitals, digits and underscores, starting with a capital. */
export const SERVICE_AREA_CODE = /^[A-Z][A-Z0-9_]*$/;
