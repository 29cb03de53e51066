import { FORBIDDEN_CHARACTER_MESSAGE, hasForbiddenCharacter, LIMITS } from '../../../schema/limits';
import { BadUserInputError } from '../../errors';

/** A file the importer cannot read as a table; the report names it as the file's problem. */
export class UnreadableFileError extends Error {
  constructor(
    message: string,
    readonly row: number | null = null,
  ) {
    super(message);
  }
}

/**
 * A file past one of the import's limits (LIMITS.import…), found while it is read and before it
 * is held: refused as a whole, BAD_USER_INPUT on `file` with the limit, answered 413.
 */
export class FileLimitError extends BadUserInputError {
  constructor(message: string, limit: number) {
    super('file', message);
    Object.assign(this.extensions, { limit });
  }
}

const MB = 1024 * 1024;

export const tooManyRows = () =>
  new FileLimitError(`the file has more than ${LIMITS.importRows} data rows`, LIMITS.importRows);

export const unpacksTooLarge = () =>
  new FileLimitError(`the file unpacks to more than ${LIMITS.importUnpackedBytes / MB} MB`, LIMITS.importUnpackedBytes);

/** Where a cell is, as a person finds it. */
export interface CellPlace {
  table: string;
  row: number;
  /** 1 for the first column. */
  column: number;
}

const where = ({ table, row, column }: CellPlace) => `${table}, row ${row}, column ${column}`;

/** The column a value stands in must be one of the first LIMITS.importColumns. */
export function assertColumn(place: CellPlace): void {
  if (place.column > LIMITS.importColumns) {
    throw new FileLimitError(`${where(place)}: at most ${LIMITS.importColumns} columns`, LIMITS.importColumns);
  }
}

/** The rules every text cell of an upload passes: at most LIMITS.importCellChars, no NUL, no lone surrogate. */
export function assertCellText(place: CellPlace, text: string): void {
  assertColumn(place);
  if (text.length > LIMITS.importCellChars) {
    throw new FileLimitError(
      `${where(place)}: a cell holds at most ${LIMITS.importCellChars} characters`,
      LIMITS.importCellChars,
    );
  }
  if (hasForbiddenCharacter(text)) {
    throw new BadUserInputError('file', `${where(place)}: a cell ${FORBIDDEN_CHARACTER_MESSAGE}`);
  }
}
