import { CombinedError } from 'urql';
import type { BudgetScope } from './budget-selection';

/** The views `GET /budget/export` writes, and the two file formats. */
export type ExportView = 'figures' | 'cases' | 'years' | 'months' | 'controlling' | 'keyFigures';
export type ExportFormat = 'csv' | 'xlsx';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'xlsx'];

export interface ExportOptions {
  areaIds?: readonly string[];
  year?: number | null;
  month?: number | null;
}

/** The views of one year (or of the year through a month); the others span all years. */
const VIEWS_OF_A_YEAR: readonly ExportView[] = ['months', 'controlling', 'keyFigures'];

/** The address of a view as a file: the same scope, areas and period as on screen. */
export function exportUrl(
  scope: BudgetScope,
  view: ExportView,
  format: ExportFormat,
  { areaIds = [], year, month }: ExportOptions = {},
): string {
  const params = new URLSearchParams({ view, format });
  params.set(scope.kind === 'budget' ? 'budgetId' : 'regionIds', scope.id);
  if (areaIds.length) params.set('areaIds', areaIds.join(','));
  if (VIEWS_OF_A_YEAR.includes(view)) {
    if (year != null) params.set('year', String(year));
    if (month != null) params.set('month', String(month));
  }
  return `/budget/export?${params}`;
}

export type ImportMode = 'preview' | 'commit';
export type RowAction = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/** What `POST /budget/import` answers for a readable request (see README, "Budget and controlling"). */
export interface ImportReport {
  mode: ImportMode;
  format: 'csv' | 'xlsx' | null;
  /** True only when the rows were stored; a file with any problem stores nothing. */
  committed: boolean;
  tables: { name: string; kind: string; rows: number }[];
  rows: { table: string; row: number; record: 'BudgetFigure' | 'CaseStatistics'; action: RowAction }[];
  summary: Record<RowAction, number>;
  /** `row` null: the file as a whole; `column` null: the row as a whole. */
  problems: { table: string; row: number | null; column: string | null; message: string }[];
  /** All problems; `problems` stops at the server's limit. */
  problemCount: number;
}

/** A report to show, or a refusal of the request itself in the API's error shape. */
export type ImportOutcome = { kind: 'report'; report: ImportReport } | { kind: 'refused'; error: CombinedError };

function isReport(body: unknown): body is ImportReport {
  const report = body as Partial<ImportReport> | null;
  return typeof report?.committed === 'boolean' && Array.isArray(report.problems) && Array.isArray(report.rows);
}

function hasErrors(body: unknown): body is { errors: ConstructorParameters<typeof CombinedError>[0]['graphQLErrors'] } {
  return Array.isArray((body as { errors?: unknown } | null)?.errors);
}

/**
 * Sends a CSV or XLSX file to the import endpoint. A preview answers with a report; a commit
 * stores every row or, when any row has a problem, nothing (422, with the same report).
 * Refusals of the request (400, 404, 409, 413, 500) come as GraphQL errors and so read like
 * any other refusal through describeError.
 */
export async function sendBudgetFile(file: Blob, mode: ImportMode, send: typeof fetch = fetch): Promise<ImportOutcome> {
  const body = new FormData();
  body.append('file', file);
  let response: Response;
  try {
    response = await send(`/budget/import?mode=${mode}`, { method: 'POST', body, credentials: 'same-origin' });
  } catch (error) {
    return { kind: 'refused', error: new CombinedError({ networkError: error as Error }) };
  }
  const answer: unknown = await response.json().catch(() => null);
  if ((response.ok || response.status === 422) && isReport(answer)) return { kind: 'report', report: answer };
  if (hasErrors(answer)) return { kind: 'refused', error: new CombinedError({ graphQLErrors: answer.errors }) };
  return {
    kind: 'refused',
    error: new CombinedError({ networkError: new Error(`import answered ${response.status}`), response }),
  };
}
