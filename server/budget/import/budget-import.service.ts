import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import { LIMITS } from '../../../schema/limits';
import { ConflictError } from '../../errors';
import { Region } from '../../regions/region.entity';
import { authorizeBudgetWrite, type BudgetContext, budgetWrite } from '../budget-access';
import type { BudgetChange } from '../budget-change';
import { BudgetFigure } from '../budget-figure.entity';
import { CaseStatistics } from '../case-statistics.entity';
import { caseCounts } from '../case-statistics.service';
import { ServiceArea } from '../service-area.entity';
import { UnreadableFileError } from './file-limits';
import { type FileFormat, readTables, sniffFormat } from './read-table';
import {
  type CaseRow,
  type FigureRow,
  type ImportProblem,
  recordKey,
  type ValidatedImport,
  validateTables,
} from './validate-rows';

export type ImportMode = 'preview' | 'commit';
export type RowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** What an import found and did: every row's fate, or every problem that stopped it. */
export interface ImportReport {
  mode: ImportMode;
  format: FileFormat | null;
  /** True only when the rows were stored; a file with any problem stores nothing. */
  committed: boolean;
  tables: ValidatedImport['tables'];
  rows: { table: string; row: number; record: 'BudgetFigure' | 'CaseStatistics'; action: RowAction }[];
  summary: Record<RowAction, number>;
  problems: ImportProblem[];
  /** How many problems there were; the list stops at LIMITS.importProblems. */
  problemCount: number;
}

export interface ImportResult {
  report: ImportReport;
  changes: BudgetChange[];
}

/**
 * Imports budget figures and case counts from a CSV or XLSX file. A preview checks everything
 * and says what each row would do; a commit stores all rows in one transaction, or nothing
 * when any row has a problem. Both need the right to write: a preview, too, tells what is stored.
 * A file past the import's limits, or with NUL or a lone surrogate in a cell, is refused with
 * BAD_USER_INPUT (FileLimitError for the limits) before anything of it is held.
 */
export async function importBudgetFile({
  ctx,
  data,
  mode,
}: {
  ctx: BudgetContext;
  data: Buffer;
  mode: ImportMode;
}): Promise<ImportResult> {
  // Before the file is even read: a refused viewer gets no problem report naming regions and areas.
  await authorizeBudgetWrite(ctx);
  const { em } = ctx;
  let format: FileFormat | null = null;
  let validated: ValidatedImport;
  try {
    format = sniffFormat(data);
    const tables = await readTables(data, format);
    validated = validateTables(tables, { regions: await em.find(Region, {}), areas: await em.find(ServiceArea, {}) });
    if (!validated.tables.length && !validated.problems.length)
      throw new UnreadableFileError('Die Datei enthält keine Tabelle');
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    const problem = { table: format === 'xlsx' ? 'XLSX' : 'CSV', row: error.row, column: null, message: error.message };
    return { report: report(mode, format, emptyImport([problem]), []), changes: [] };
  }
  if (validated.problems.length) return { report: report(mode, format, validated, []), changes: [] };
  if (mode === 'preview') return { report: report(mode, format, validated, await plan(em, validated)), changes: [] };
  try {
    return await budgetWrite(ctx, async (tx) => {
      const rows = await plan(tx, validated, true);
      return { report: { ...report(mode, format, validated, rows), committed: true }, changes: changesOf(rows) };
    });
  } catch (error) {
    // Another import created a record of the same key between this one's plan and its commit.
    if (error instanceof UniqueConstraintViolationException) {
      throw new ConflictError('someone stored the same records meanwhile; preview the file again');
    }
    throw error;
  }
}

function emptyImport(problems: ImportProblem[]): ValidatedImport {
  return { tables: [], figures: [], cases: [], problems };
}

function report(
  mode: ImportMode,
  format: FileFormat | null,
  validated: ValidatedImport,
  rows: PlannedRow[],
): ImportReport {
  const summary = { CREATE: 0, UPDATE: 0, UNCHANGED: 0 };
  for (const row of rows) summary[row.action]++;
  return {
    mode,
    format,
    committed: false,
    tables: validated.tables,
    rows: rows.map(({ table, row, record, action }) => ({ table, row, record, action })),
    summary,
    problems: validated.problems.slice(0, LIMITS.importProblems),
    problemCount: validated.problems.length,
  };
}

interface PlannedRow {
  table: string;
  row: number;
  record: 'BudgetFigure' | 'CaseStatistics';
  action: RowAction;
  id: string;
  regionId: string;
}

/**
 * Compares every row with what is stored (one query per table for all regions of the file)
 * and, when `apply` is set, creates or updates the records inside the caller's transaction.
 */
async function plan(em: EntityManager, validated: ValidatedImport, apply = false): Promise<PlannedRow[]> {
  const regionIds = [...new Set([...validated.figures, ...validated.cases].map((r) => r.regionId))];
  const figures = new Map(
    (await em.find(BudgetFigure, { region: { $in: regionIds } })).map((f) => [recordKey(keyOf(f, f.kind)), f]),
  );
  const cases = new Map(
    (await em.find(CaseStatistics, { region: { $in: regionIds } })).map((c) => [recordKey(keyOf(c)), c]),
  );
  const planned = [
    ...validated.figures.map((row) => planFigure(em, row, figures.get(recordKey(row)), apply)),
    ...validated.cases.map((row) => planCase(em, row, cases.get(recordKey(row)), apply)),
  ];
  if (apply) await em.flush();
  return planned;
}

function keyOf(record: BudgetFigure | CaseStatistics, kind?: string) {
  return {
    regionId: record.region.id,
    areaId: record.area?.id ?? null,
    year: record.year,
    month: record.month ?? null,
    kind,
  };
}

type Stored = BudgetFigure | CaseStatistics;

function planFigure(em: EntityManager, row: FigureRow, existing: BudgetFigure | undefined, apply: boolean): PlannedRow {
  const fields = { amountCents: row.amountCents, source: row.source };
  return planRow(em, BudgetFigure, 'BudgetFigure', row, existing, { kind: row.kind }, fields, apply);
}

function planCase(em: EntityManager, row: CaseRow, existing: CaseStatistics | undefined, apply: boolean): PlannedRow {
  return planRow(em, CaseStatistics, 'CaseStatistics', row, existing, {}, caseCounts(row), apply);
}

/** CREATE, UPDATE or UNCHANGED for one row, and the write itself when `apply` is set. */
function planRow<T extends Stored>(
  em: EntityManager,
  entity: EntityClass<T>,
  name: PlannedRow['record'],
  row: FigureRow | CaseRow,
  existing: T | undefined,
  key: object,
  fields: Record<string, unknown>,
  apply: boolean,
): PlannedRow {
  const stored = existing as Record<string, unknown> | undefined;
  const same = stored && Object.entries(fields).every(([name, value]) => (stored[name] ?? null) === value);
  const action: RowAction = !existing ? 'CREATE' : same ? 'UNCHANGED' : 'UPDATE';
  let record: Stored | undefined = existing;
  if (apply && existing) em.assign(existing, fields as never);
  if (apply && !existing) {
    record = em.create(entity, {
      region: em.getReference(Region, row.regionId),
      area: row.areaId ? em.getReference(ServiceArea, row.areaId) : null,
      year: row.year,
      month: row.month,
      ...key,
      ...fields,
    } as never);
  }
  return { table: row.table, row: row.row, record: name, action, id: record?.id ?? '', regionId: row.regionId };
}

function changesOf(rows: PlannedRow[]): BudgetChange[] {
  const changes: BudgetChange[] = [];
  for (const record of ['BudgetFigure', 'CaseStatistics'] as const) {
    for (const action of ['CREATE', 'UPDATE'] as const) {
      const changed = rows.filter((r) => r.record === record && r.action === action);
      if (!changed.length) continue;
      changes.push({
        record,
        action: action === 'CREATE' ? 'CREATED' : 'UPDATED',
        ids: changed.map((r) => r.id),
        regionIds: [...new Set(changed.map((r) => r.regionId))],
      });
    }
  }
  return changes;
}
