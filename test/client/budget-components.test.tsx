import { cleanup, render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { BudgetYearData, KeyFiguresData } from '../../client/budget/budget.operations';
import type { ImportReport } from '../../client/budget/budget-files';
import { ImportReportView } from '../../client/budget/ImportReportView';
import { KeyFigureTiles } from '../../client/budget/KeyFigureTiles';
import { setupI18n } from '../../client/i18n/i18n';

function inGerman(children: ReactNode) {
  return render(
    <I18nextProvider i18n={setupI18n(undefined, document.createElement('html'))}>{children}</I18nextProvider>,
  );
}

// Vitest runs without globals, so Testing Library cannot clean up by itself.
afterEach(cleanup);

const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

const ratio = (numerator: number, denominator: number, percent: number) => ({
  numerator,
  denominator,
  basisPoints: Math.round(percent * 100),
  percent,
});

// Graz 2011 as the API computes it: trend 26.2, plan 22.9, actual 19.5 million €.
const GRAZ_2011: BudgetYearData = {
  year: 2011,
  planCents: 2_290_000_000,
  actualCents: 1_950_000_000,
  trendCents: 2_620_000_000,
  trendSource: 'GIVEN',
  actualVsPlan: { amountCents: -340_000_000, ratio: ratio(-340_000_000, 2_290_000_000, -14.8) },
  savingAgainstPlan: { amountCents: 340_000_000, ratio: ratio(340_000_000, 2_290_000_000, 14.8) },
  savingAgainstTrend: { amountCents: 670_000_000, ratio: ratio(670_000_000, 2_620_000_000, 25.6) },
};

const KEY_FIGURES: KeyFiguresData = {
  year: 2011,
  throughMonth: null,
  cases: 1234,
  averageCostPerCaseCents: 3_851_234,
  nonCaseSpecificShare: null,
  socialSpaceWorkShare: ratio(1, 10, 10),
  providerBudgetShare: ratio(22, 100, 22),
  providerFunding: [
    { id: 'p1', year: 2011, fundedPositionsMin: 9, fundedPositionsMax: 22, region: { id: 'g', name: 'Graz' } },
  ],
  virtualAllocation: {
    allocationCents: 2_000_000_000,
    actualCents: 1_950_000_000,
    actualVsAllocation: { amountCents: -50_000_000, ratio: ratio(-50_000_000, 2_000_000_000, -2.5) },
  },
};

describe('<KeyFigureTiles>', () => {
  it('shows the saving against trend with its percentage, and every key figure', () => {
    inGerman(<KeyFigureTiles keyFigures={KEY_FIGURES} year={GRAZ_2011} />);
    const tile = (label: string) => plain(screen.getByText(label).parentElement!.textContent);
    expect(tile('Einsparung gegenüber Trend')).toBe(
      'Einsparung gegenüber Trend6,7 Mio. €25,6 % des Trends. Trend 26,2 Mio. €, Ist 19,5 Mio. €',
    );
    expect(tile('Einsparung gegenüber Voranschlag')).toContain('3,4 Mio. €14,8 % des Voranschlags.');
    expect(tile('Ø Kosten pro Fall')).toBe('Ø Kosten pro Fall38.512 €bei 1.234 Fällen');
    expect(tile('Anteil fallunspezifische Arbeit')).toBe(
      'Anteil fallunspezifische Arbeitkeine Angabean den Istausgaben',
    );
    expect(tile('Anteil sozialräumliches Arbeiten')).toContain('10 %');
    expect(tile('Trägerbudget')).toBe(
      'Trägerbudget22 %Anteil am Sozialraumbudget9–22 finanzierte Dienstposten bei den Trägern je Sozialraum (Graz)',
    );
    expect(tile('Virtuelle Zuweisung (Fallzahl × Median)')).toContain('20 Mio. €Ist derselben Bereiche: 19,5 Mio. €.');
    expect(tile('Virtuelle Zuweisung (Fallzahl × Median)')).toContain('Ist − Zuweisung: -500.000 € (-2,5 %)');
  });

  it('leaves out the savings where no year is given, as in the controlling report', () => {
    inGerman(<KeyFigureTiles keyFigures={{ ...KEY_FIGURES, virtualAllocation: null, cases: null }} />);
    expect(screen.queryByText('Einsparung gegenüber Trend')).toBeNull();
    expect(screen.getByText('Keine Fallzahlen erfasst')).toBeTruthy();
    expect(screen.getByText('Keine Fallzahlen mit Median erfasst')).toBeTruthy();
  });
});

const REPORT: ImportReport = {
  mode: 'preview',
  format: 'csv',
  committed: false,
  tables: [],
  rows: [],
  summary: { CREATE: 0, UPDATE: 0, UNCHANGED: 0 },
  problems: [
    { table: 'CSV', row: 2, column: 'Betrag', message: '„21.5“: Zahl im deutschen Zahlenformat erwartet' },
    { table: 'CSV', row: 3, column: null, message: 'Zeile doppelt' },
    { table: 'CSV', row: null, column: null, message: 'Datei nicht lesbar' },
  ],
  problemCount: 3,
};

describe('<ImportReportView>', () => {
  it('lists every problem by row and column, naming whole rows and the whole file', () => {
    inGerman(<ImportReportView report={REPORT} />);
    const table = screen.getByRole('table', { name: 'Prüfbericht: 3 Fehler' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['2', 'Betrag', '„21.5“: Zahl im deutschen Zahlenformat erwartet'],
      ['3', 'ganze Zeile', 'Zeile doppelt'],
      ['Datei', 'ganze Zeile', 'Datei nicht lesbar'],
    ]);
  });

  it('says how many problems it leaves out, and what each row of a good file does', () => {
    inGerman(<ImportReportView report={{ ...REPORT, problemCount: 700 }} />);
    expect(screen.getByText('Aufgeführt sind die ersten 3.')).toBeTruthy();
    cleanup();

    inGerman(
      <ImportReportView
        report={{
          ...REPORT,
          problems: [],
          problemCount: 0,
          rows: [
            { table: 'CSV', row: 2, record: 'BudgetFigure', action: 'CREATE' },
            { table: 'CSV', row: 3, record: 'CaseStatistics', action: 'UNCHANGED' },
          ],
          summary: { CREATE: 1, UPDATE: 0, UNCHANGED: 1 },
        }}
      />,
    );
    expect(screen.getByText('2 Zeilen geprüft: 1 neu, 0 geändert, 1 unverändert.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Was jede Zeile bewirkt' });
    expect(within(table).getAllByRole('row')[2]!.textContent).toBe('CSV3Fallzahlenunverändert');
  });
});
