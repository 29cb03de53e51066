import { BadUserInputError } from '../../errors';
import { authorizeBudgetRead, type BudgetContext } from '../budget-access';
import type { BudgetData, YearRange } from '../budget-data';
import { assertPeriod, loadBudgetData } from '../budget-data.service';
import { listBudgetFigures } from '../budget-figure.service';
import { getBudget, trendBaseOf } from '../budget-view.service';
import { listCaseStatistics } from '../case-statistics.service';
import { controllingReport } from '../controlling-report';
import {
  casesSheet,
  controllingSheet,
  figuresSheet,
  keyFiguresSheet,
  monthsSheet,
  type Names,
  yearsSheet,
} from './export-views';
import type { Sheet } from './sheet';
import { writeCsv } from './write-csv';
import { writeXlsx } from './write-xlsx';

export const EXPORT_VIEWS = ['figures', 'cases', 'years', 'months', 'controlling', 'keyFigures'] as const;
export type ExportView = (typeof EXPORT_VIEWS)[number];
export type ExportFormat = 'csv' | 'xlsx';

export interface ExportRequest {
  view: ExportView;
  format: ExportFormat;
  /** The regions to export, pooled; or a budget's regions. */
  regionIds?: string[];
  budgetId?: string;
  areaIds?: string[];
  fromYear?: number;
  toYear?: number;
  trendBase?: YearRange;
  /** For months, controlling and keyFigures. */
  year?: number;
  /** For controlling (required) and keyFigures (year to date). */
  month?: number;
}

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Any budget view as a CSV or XLSX file, computed by the same functions as the GraphQL fields. */
export async function exportBudget({
  ctx,
  request,
}: {
  ctx: BudgetContext;
  request: ExportRequest;
}): Promise<ExportFile> {
  await authorizeBudgetRead(ctx);
  const { em } = ctx;
  const budget = request.budgetId ? await getBudget({ ctx, id: request.budgetId }) : null;
  const regionIds = budget ? (await budget.regions.loadItems()).map((r) => r.id) : request.regionIds;
  if (!regionIds?.length) throw new BadUserInputError('regionIds', 'name regions or a budget to export');
  const data = await loadBudgetData(em, {
    ...request,
    regionIds,
    trendBase: request.trendBase ?? (budget && trendBaseOf(budget)),
  });
  const sheet = await sheetOf(ctx, request, data);
  const stem = `planwerk-${sheet.name.toLowerCase().replace(/[^a-z0-9äöüß]+/g, '-')}`;
  const body = request.format === 'xlsx' ? await writeXlsx(sheet) : writeCsv(sheet);
  return { fileName: `${stem}.${request.format}`, contentType: CONTENT_TYPES[request.format], body };
}

async function sheetOf(ctx: BudgetContext, request: ExportRequest, data: BudgetData): Promise<Sheet> {
  const names: Names = {
    region: (id) => data.regions.find((r) => r.id === id)?.name ?? id,
    area: (id) => (id ? (data.areas.find((a) => a.id === id)?.code ?? id) : null),
  };
  const inRange = (record: { year: number }) =>
    (request.fromYear ?? -Infinity) <= record.year && record.year <= (request.toYear ?? Infinity);
  const filter = { regionIds: data.regions.map((r) => r.id), areaIds: request.areaIds };
  switch (request.view) {
    case 'figures':
      return figuresSheet((await listBudgetFigures({ ctx, filter })).filter(inRange), names);
    case 'cases':
      return casesSheet((await listCaseStatistics({ ctx, filter })).filter(inRange), names);
    case 'years':
      return yearsSheet(data);
    case 'months': {
      const year = required(request.year, 'year');
      assertPeriod(year, 1);
      return monthsSheet(data, year);
    }
    case 'controlling': {
      const year = required(request.year, 'year');
      const month = required(request.month, 'month');
      assertPeriod(year, month);
      return controllingSheet(controllingReport(data, year, month));
    }
    case 'keyFigures': {
      const year = required(request.year, 'year');
      assertPeriod(year, request.month ?? 12);
      return keyFiguresSheet(data, year, request.month ?? null);
    }
  }
}

function required(value: number | undefined, field: string): number {
  if (value === undefined) throw new BadUserInputError(field, `${field} is required for this view`);
  return value;
}
