import type { BudgetData } from '../budget-data';
import { type BudgetFigure, BudgetFigureKind } from '../budget-figure.entity';
import { budgetKeyFigures, budgetMonths, budgetYears, TrendSource } from '../budget-view';
import type { CaseStatistics } from '../case-statistics.entity';
import type { ControllingReportValues, ControllingRowValues } from '../controlling-report';
import { KIND_NAMES } from '../import/columns';
import type { Deviation } from '../math/rational';
import { CURRENCY } from '../money';
import type { RegionRecord } from '../region-record.entity';
import { cents, decimal, integer, percent, type Sheet, type SheetValue, text } from './sheet';

/** Every view the API shows, as a sheet; the figures and cases sheets are the import format. */

function deviationCells(d: Deviation | null): SheetValue[] {
  return [d?.amountCents ?? null, d?.ratio?.basisPoints ?? null];
}

const KIND_LABEL: Record<BudgetFigureKind, string> = {
  [BudgetFigureKind.PLAN]: KIND_NAMES.PLAN[0],
  [BudgetFigureKind.ACTUAL]: KIND_NAMES.ACTUAL[0],
  [BudgetFigureKind.TREND_GIVEN]: KIND_NAMES.TREND_GIVEN[0],
};

/** Names are looked up here because the records come with references only. */
export interface Names {
  region: (id: string) => string;
  area: (id: string | null | undefined) => string | null;
}

/** The columns a figure or case count is found by, named as the importer reads them. */
const KEY_COLUMNS = [text('Region'), text('Leistungsbereich'), integer('Jahr'), integer('Monat')];

function keyCells(record: RegionRecord, names: Names): SheetValue[] {
  return [names.region(record.region.id), names.area(record.area?.id), record.year, record.month ?? null];
}

export function figuresSheet(figures: BudgetFigure[], names: Names): Sheet {
  return {
    name: 'Budgetzahlen',
    columns: [...KEY_COLUMNS, text('Art'), cents('Betrag'), text('Währung'), text('Quelle')],
    rows: figures.map((f) => [...keyCells(f, names), KIND_LABEL[f.kind], f.amountCents, CURRENCY, f.source ?? null]),
  };
}

export function casesSheet(records: CaseStatistics[], names: Names): Sheet {
  return {
    name: 'Fallzahlen',
    columns: [
      ...KEY_COLUMNS,
      integer('Fälle'),
      integer('Abgeschlossene Fälle'),
      integer('Betreute Minderjährige'),
      decimal('Ø Dauer (Tage)'),
      cents('Median Kosten pro Fall'),
      text('Quelle'),
    ],
    rows: records.map((c) => [
      ...keyCells(c, names),
      c.cases,
      c.closedCases ?? null,
      c.minorsServed ?? null,
      c.averageDurationDays ?? null,
      c.medianCostCents ?? null,
      c.source ?? null,
    ]),
  };
}

export function yearsSheet(data: BudgetData): Sheet {
  return {
    name: 'Jahre',
    columns: [
      integer('Jahr'),
      cents('Voranschlag'),
      cents('Istausgaben'),
      cents('Trend'),
      text('Trendquelle'),
      cents('Ist − Voranschlag'),
      percent('Ist − Voranschlag (%)'),
      cents('Einsparung ggü. Voranschlag'),
      percent('Einsparung ggü. Voranschlag (%)'),
      cents('Einsparung ggü. Trend'),
      percent('Einsparung ggü. Trend (%)'),
    ],
    rows: budgetYears(data).map((y) => [
      y.year,
      y.planCents,
      y.actualCents,
      y.trendCents,
      y.trendSource === null ? null : y.trendSource === TrendSource.GIVEN ? 'angegeben' : 'berechnet',
      ...deviationCells(y.actualVsPlan),
      ...deviationCells(y.savingAgainstPlan),
      ...deviationCells(y.savingAgainstTrend),
    ]),
  };
}

export function monthsSheet(data: BudgetData, year: number): Sheet {
  return {
    name: `Monate ${year}`,
    columns: [
      integer('Jahr'),
      integer('Monat'),
      cents('Plan'),
      cents('Ist'),
      cents('Ist − Plan'),
      percent('Ist − Plan (%)'),
      cents('Plan kumuliert'),
      cents('Ist kumuliert'),
    ],
    rows: budgetMonths(data, year).map((m) => [
      m.year,
      m.month,
      m.planCents,
      m.actualCents,
      ...deviationCells(m.actualVsPlan),
      m.planToDateCents,
      m.actualToDateCents,
    ]),
  };
}

export function controllingSheet(report: ControllingReportValues): Sheet {
  const line = (row: ControllingRowValues, label: string): SheetValue[] => [
    label,
    row.annualPlanCents,
    row.planToDateCents,
    row.actualToDateCents,
    ...deviationCells(row.actualVsPlanToDate),
    row.forecastCents,
    ...deviationCells(row.forecastVsPlan),
  ];
  return {
    name: `Controlling ${report.year}-${String(report.throughMonth).padStart(2, '0')}`,
    columns: [
      text('Leistungsbereich'),
      cents('Jahresplan'),
      cents('Plan anteilig'),
      cents('Ist bis Monat'),
      cents('Abweichung'),
      percent('Abweichung (%)'),
      cents('Prognose Jahresende'),
      cents('Prognose − Jahresplan'),
      percent('Prognose − Jahresplan (%)'),
    ],
    rows: [...report.rows.map((row) => line(row, row.area?.name ?? '')), line(report.total, 'Gesamt')],
  };
}

export function keyFiguresSheet(data: BudgetData, year: number, throughMonth: number | null): Sheet {
  const k = budgetKeyFigures(data, { year, throughMonth });
  const allocation = k.virtualAllocation;
  const regionName = (id: string) => data.regions.find((r) => r.id === id)?.name ?? id;
  const positions = k.providerFunding.flatMap((f): SheetValue[][] => [
    [
      `Finanzierte Dienstposten bei den Trägern, von (${regionName(f.region.id)})`,
      null,
      null,
      f.fundedPositionsMin ?? null,
    ],
    [
      `Finanzierte Dienstposten bei den Trägern, bis (${regionName(f.region.id)})`,
      null,
      null,
      f.fundedPositionsMax ?? null,
    ],
  ]);
  return {
    name: `Kennzahlen ${year}${throughMonth ? `-${String(throughMonth).padStart(2, '0')}` : ''}`,
    columns: [text('Kennzahl'), cents('Betrag'), percent('Anteil'), integer('Anzahl')],
    rows: [
      ['Fälle', null, null, k.cases],
      ['Ø Kosten pro Fall', k.averageCostPerCaseCents, null, null],
      [
        'Anteil fallunspezifische Arbeit an den Gesamtausgaben',
        null,
        k.nonCaseSpecificShare?.basisPoints ?? null,
        null,
      ],
      [
        'Anteil sozialräumliches Arbeiten an den Gesamtausgaben',
        null,
        k.socialSpaceWorkShare?.basisPoints ?? null,
        null,
      ],
      ['Trägerbudget (Anteil am Sozialraumbudget)', null, k.providerBudgetShare?.basisPoints ?? null, null],
      ['Virtuelle Zuweisung (Fallzahl × Median)', allocation?.allocationCents ?? null, null, null],
      ['Istausgaben derselben Bereiche', allocation?.actualCents ?? null, null, null],
      ['Ist − virtuelle Zuweisung', ...deviationCells(allocation?.actualVsAllocation ?? null), null],
      ...positions,
    ],
  };
}
