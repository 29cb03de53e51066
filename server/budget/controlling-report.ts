import type { BudgetData } from './budget-data';
import { amount, budgetKeyFigures, type KeyFigureValues } from './budget-view';
import { actualThrough, type FigureFact, monthAmount, monthsThrough, planThrough, yearAmount } from './math/figures';
import { yearEndForecast } from './math/forecast';
import { type Deviation, versus } from './math/rational';
import type { ServiceArea } from './service-area.entity';

/** One line of the monthly controlling report: a service area, or the total. */
export interface ControllingRowValues {
  /** null: the total over the whole view. */
  area: ServiceArea | null;
  annualPlanCents: number | null;
  /** Plan from January through the report month (monthly plans, else the annual plan pro rata). */
  planToDateCents: number | null;
  actualToDateCents: number | null;
  /** actual to date − plan to date, relative to plan to date. */
  actualVsPlanToDate: Deviation | null;
  /** actual to date · 12 / month. */
  forecastCents: number | null;
  /** forecast − annual plan, relative to the annual plan. */
  forecastVsPlan: Deviation | null;
  /** Months through the report month that have monthly actuals. */
  monthsWithActuals: number[];
}

export interface ControllingReportValues {
  year: number;
  throughMonth: number;
  rows: ControllingRowValues[];
  total: ControllingRowValues;
  keyFigures: KeyFigureValues;
}

/** The monthly controlling report ("Finanzcontrolling"): per service area and in total, year to date. */
export function controllingReport(data: BudgetData, year: number, month: number): ControllingReportValues {
  const inYear = data.facts.filter((f) => f.year === year && f.kind !== 'TREND_GIVEN');
  const areas = data.areas.filter((area) => inYear.some((f) => f.areaId === area.id));
  return {
    year,
    throughMonth: month,
    rows: areas.map((area) =>
      row(
        data,
        year,
        month,
        area,
        inYear.filter((f) => f.areaId === area.id),
      ),
    ),
    total: row(data, year, month, null, inYear),
    keyFigures: budgetKeyFigures(data, { year, throughMonth: month }),
  };
}

function row(
  data: BudgetData,
  year: number,
  month: number,
  area: ServiceArea | null,
  facts: FigureFact[],
): ControllingRowValues {
  const annualPlanCents = amount(data, 'PLAN', yearAmount(year), facts);
  const planToDateCents = amount(data, 'PLAN', planThrough(year, month), facts);
  const actualToDateCents = amount(data, 'ACTUAL', actualThrough(year, month), facts);
  const forecastCents = actualToDateCents === null ? null : yearEndForecast(actualToDateCents, month);
  return {
    area,
    annualPlanCents,
    planToDateCents,
    actualToDateCents,
    actualVsPlanToDate: versus(actualToDateCents, planToDateCents),
    forecastCents,
    forecastVsPlan: versus(forecastCents, annualPlanCents),
    monthsWithActuals: monthsThrough(month).filter((m) => amount(data, 'ACTUAL', monthAmount(year, m), facts) !== null),
  };
}
