import { type Parsed, parseCents, parseCount, parseScaled } from '../../../schema/german-number';
import { LIMITS } from '../../../schema/limits';
import type { Region } from '../../regions/region.entity';
import { BudgetFigureKind } from '../budget-figure.entity';
import { CURRENCY } from '../money';
import type { ServiceArea } from '../service-area.entity';
import { COLUMNS, type HeaderMatch, KIND_NAMES, loose, matchHeader, type TableKind } from './columns';
import { parsePeriod } from './period';
import type { Cell, RawRow, RawTable } from './read-table';

/** One problem of an import, where a person finds it: table, row, column. */
export interface ImportProblem {
  table: string;
  /** null: the file as a whole. */
  row: number | null;
  /** The column's header as written in the file; null: the row as a whole. */
  column: string | null;
  message: string;
}

interface RowPlace {
  table: string;
  row: number;
}

interface Keyed {
  regionId: string;
  areaId: string | null;
  year: number;
  month: number | null;
}

export interface FigureRow extends RowPlace, Keyed {
  kind: BudgetFigureKind;
  amountCents: number;
  source: string | null;
}

export interface CaseRow extends RowPlace, Keyed {
  cases: number;
  closedCases: number | null;
  minorsServed: number | null;
  averageDurationDays: number | null;
  medianCostCents: number | null;
  source: string | null;
}

export interface ValidatedImport {
  tables: { name: string; kind: TableKind; rows: number }[];
  figures: FigureRow[];
  cases: CaseRow[];
  problems: ImportProblem[];
}

export interface Lookups {
  regions: Region[];
  areas: ServiceArea[];
}

/** The natural key a record is found by; the same string for the same record in file and database. */
export function recordKey(row: Keyed & { kind?: string }): string {
  return [row.regionId, row.areaId ?? '', row.year, row.month ?? '', row.kind ?? ''].join('|');
}

/** Checks every row of every table and collects all problems, so one report shows them all. */
export function validateTables(tables: RawTable[], lookups: Lookups): ValidatedImport {
  const result: ValidatedImport = { tables: [], figures: [], cases: [], problems: [] };
  const resolve = resolvers(lookups);
  const seen = new Map<string, RowPlace>();
  for (const table of tables) {
    const [header, ...rows] = table.rows;
    if (!header) continue;
    const match = matchHeader(header.cells.map((c) => (c === null ? '' : String(c))));
    if (!match) {
      result.problems.push({
        table: table.name,
        row: header.number,
        column: null,
        message: 'Kopfzeile ohne Spalte „Betrag“ oder „Fälle“',
      });
      continue;
    }
    result.tables.push({ name: table.name, kind: match.kind, rows: rows.length });
    result.problems.push(...match.problems.map((p) => ({ table: table.name, row: header.number, ...p })));
    if (match.problems.length) continue;
    for (const row of rows) {
      const reader = new RowReader(table.name, row, header.cells, match, result.problems);
      const parsed = match.kind === 'FIGURES' ? figureRow(reader, resolve) : caseRow(reader, resolve);
      if (!parsed) continue;
      const key = `${match.kind}|${recordKey(parsed)}`;
      const first = seen.get(key);
      if (first) {
        reader.problem(
          null,
          `derselbe Datensatz wie ${first.table === table.name ? '' : `${first.table}, `}Zeile ${first.row}`,
        );
        continue;
      }
      seen.set(key, parsed);
      if (match.kind === 'FIGURES') result.figures.push(parsed as FigureRow);
      else result.cases.push(parsed as CaseRow);
    }
  }
  return result;
}

/** Reads the cells of one row by column key and records every problem it meets. */
class RowReader {
  private failed = false;

  constructor(
    private readonly table: string,
    private readonly row: RawRow,
    private readonly header: Cell[],
    private readonly match: HeaderMatch,
    private readonly problems: ImportProblem[],
  ) {}

  cell(key: string): Cell {
    const index = this.match.columns.get(key);
    return index === undefined ? null : (this.row.cells[index] ?? null);
  }

  text(key: string): string | null {
    const value = this.cell(key);
    return value === null ? null : String(value).trim() || null;
  }

  problem(key: string | null, message: string): void {
    const index = key === null ? undefined : this.match.columns.get(key);
    const column = index === undefined ? key && columnName(this.match.kind, key) : String(this.header[index]);
    this.problems.push({ table: this.table, row: this.row.number, column: column ?? null, message });
    this.failed = true;
  }

  /** A parsed cell, or null after recording why it was refused; an empty required cell is refused too. */
  value<T>(key: string, parse: (cell: string | number | Date) => Parsed<T>, required: boolean): T | null {
    const value = this.cell(key);
    if (value === null) {
      if (required) this.problem(key, 'fehlt');
      return null;
    }
    const parsed = parse(value);
    if (!parsed.ok) {
      this.problem(key, parsed.message);
      return null;
    }
    return parsed.value;
  }

  get place(): RowPlace {
    return { table: this.table, row: this.row.number };
  }

  get ok(): boolean {
    return !this.failed;
  }
}

function columnName(kind: TableKind, key: string): string | undefined {
  return COLUMNS[kind].find((c) => c.key === key)?.names[0];
}

type Resolve = ReturnType<typeof resolvers>;

function resolvers({ regions, areas }: Lookups) {
  const byName = (records: { id: string; name: string }[], name: string) =>
    records.filter((r) => r.id === name || loose(r.name) === loose(name));
  return {
    region(reader: RowReader): string | null {
      const name = reader.text('region');
      if (name === null) {
        reader.problem('region', 'fehlt');
        return null;
      }
      const found = byName(regions, name);
      const [only] = found;
      if (only && found.length === 1) return only.id;
      reader.problem(
        'region',
        found.length ? `„${name}“ ist mehrdeutig; bitte die ID der Region angeben` : `Region „${name}“ gibt es nicht`,
      );
      return null;
    },
    area(reader: RowReader): string | null {
      const name = reader.text('area');
      if (name === null) return null;
      const found = areas.find((a) => a.code === name.toUpperCase()) ?? byName(areas, name)[0];
      if (!found)
        reader.problem(
          'area',
          `Leistungsbereich „${name}“ gibt es nicht; erst anlegen oder Code angeben (z. B. HZE_AMBULANT)`,
        );
      return found?.id ?? null;
    },
  };
}

function keyed(reader: RowReader, resolve: Resolve): Keyed | null {
  const regionId = resolve.region(reader);
  const areaId = resolve.area(reader);
  const period = parsePeriod(reader.cell('year'), reader.cell('month'));
  if (!period.ok) reader.problem(reader.cell('month') === null ? 'year' : 'month', period.message);
  else if (period.value.year < LIMITS.budgetYearMin || period.value.year > LIMITS.budgetYearMax) {
    reader.problem('year', `Jahr muss zwischen ${LIMITS.budgetYearMin} und ${LIMITS.budgetYearMax} liegen`);
  }
  if (!regionId || !period.ok) return null;
  return { regionId, areaId, ...period.value };
}

function figureRow(reader: RowReader, resolve: Resolve): FigureRow | null {
  const key = keyed(reader, resolve);
  const kind = reader.value('kind', (cell) => parseKind(String(cell)), true);
  const amountCents = reader.value('amount', numeric(parseCents, LIMITS.amountCents), true);
  const currency = reader.text('currency');
  if (currency !== null && currency.toUpperCase() !== CURRENCY && currency !== '€')
    reader.problem('currency', `nur ${CURRENCY} wird geführt`);
  if (!reader.ok || !key || kind === null || amountCents === null) return null;
  return { ...reader.place, ...key, kind, amountCents, source: reader.text('source') };
}

function caseRow(reader: RowReader, resolve: Resolve): CaseRow | null {
  const key = keyed(reader, resolve);
  const count = numeric(parseCount, LIMITS.cases);
  const cases = reader.value('cases', count, true);
  const closedCases = reader.value('closedCases', count, false);
  const minorsServed = reader.value('minorsServed', count, false);
  const tenths = reader.value(
    'averageDurationDays',
    numeric((cell) => parseScaled(cell, 1), 999_999),
    false,
  );
  const medianCostCents = reader.value('medianCost', numeric(parseCents, LIMITS.amountCents), false);
  if (!reader.ok || !key || cases === null) return null;
  return {
    ...reader.place,
    ...key,
    cases,
    closedCases,
    minorsServed,
    averageDurationDays: tenths === null ? null : tenths / 10,
    medianCostCents,
    source: reader.text('source'),
  };
}

/** A number parser for a cell, refusing dates and values above `limit`. */
function numeric(parse: (cell: string | number) => Parsed<number>, limit: number) {
  return (cell: string | number | Date): Parsed<number> => {
    if (cell instanceof Date) return { ok: false, message: 'ist ein Datum, keine Zahl' };
    const parsed = parse(cell);
    return parsed.ok && parsed.value > limit ? { ok: false, message: 'ist zu groß' } : parsed;
  };
}

const KINDS = new Map(
  (Object.entries(KIND_NAMES) as [BudgetFigureKind, readonly string[]][]).flatMap(([kind, names]) =>
    names.map((n) => [loose(n), kind] as const),
  ),
);

function parseKind(text: string): Parsed<BudgetFigureKind> {
  const kind = KINDS.get(loose(text));
  return kind
    ? { ok: true, value: kind }
    : { ok: false, message: `„${text}“ ist keine Art; erwartet: Voranschlag, Ist oder Trend` };
}
