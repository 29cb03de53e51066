/**
 * The columns of an import table. A table (a CSV file or a worksheet) holds budget figures
 * when it has an amount column, case counts when it has a cases column; headers are matched
 * loosely (case, umlauts, spaces and punctuation do not matter) in German or English. The
 * export writes the first name of each column, so an exported file imports as it is.
 */
export type TableKind = 'FIGURES' | 'CASES';

export interface ColumnSpec {
  key: string;
  /** The first is the one exports write. */
  names: [string, ...string[]];
  required?: boolean;
}

const common: ColumnSpec[] = [
  { key: 'region', names: ['Region', 'Sozialraum', 'Bezirk'], required: true },
  { key: 'area', names: ['Leistungsbereich', 'Bereich', 'Service area', 'Area'] },
  { key: 'year', names: ['Jahr', 'Year'] },
  { key: 'month', names: ['Monat', 'Month', 'Zeitraum', 'Datum'] },
];

export const COLUMNS: Record<TableKind, ColumnSpec[]> = {
  FIGURES: [
    ...common,
    { key: 'kind', names: ['Art', 'Kind', 'Typ'], required: true },
    { key: 'amount', names: ['Betrag', 'Betrag (EUR)', 'Betrag in €', 'Betrag (€)', 'Amount'], required: true },
    { key: 'currency', names: ['Währung', 'Currency'] },
    { key: 'source', names: ['Quelle', 'Source'] },
  ],
  CASES: [
    ...common,
    { key: 'cases', names: ['Fälle', 'Fallzahl', 'Cases'], required: true },
    { key: 'closedCases', names: ['Abgeschlossene Fälle', 'Closed cases'] },
    { key: 'minorsServed', names: ['Betreute Minderjährige', 'Minors served'] },
    {
      key: 'averageDurationDays',
      names: ['Ø Dauer (Tage)', 'Durchschnittliche Dauer (Tage)', 'Average duration (days)'],
    },
    { key: 'medianCost', names: ['Median Kosten pro Fall', 'Mediankosten pro Fall', 'Median cost per case'] },
    { key: 'source', names: ['Quelle', 'Source'] },
  ],
};

/** Values of the kind column, German first. */
export const KIND_NAMES = {
  PLAN: ['Voranschlag', 'Plan', 'Soll', 'Ansatz'],
  ACTUAL: ['Ist', 'Istausgaben', 'Ausgaben', 'Actual'],
  TREND_GIVEN: ['Trend', 'Trend (angegeben)', 'Trend given', 'TREND_GIVEN'],
} as const;

/** Lower case, umlauts spelled out, only letters and digits: "Ø Dauer (Tage)" → "dauertage". */
export function loose(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]/g, '');
}

export interface HeaderMatch {
  kind: TableKind;
  /** Column index of each known key. */
  columns: Map<string, number>;
  problems: { column: string; message: string }[];
}

/** Which kind of table a header row starts, and where its columns are; null when neither. */
export function matchHeader(header: string[]): HeaderMatch | null {
  const has = (key: string, kind: TableKind) => header.some((h) => specFor(kind, h)?.key === key);
  const kind: TableKind | null = has('amount', 'FIGURES') ? 'FIGURES' : has('cases', 'CASES') ? 'CASES' : null;
  if (!kind) return null;
  const columns = new Map<string, number>();
  const problems: HeaderMatch['problems'] = [];
  header.forEach((name, index) => {
    if (name.trim() === '') return;
    const spec = specFor(kind, name);
    if (!spec)
      problems.push({
        column: name,
        message: `unbekannte Spalte; erwartet: ${COLUMNS[kind].map((c) => c.names[0]).join(', ')}`,
      });
    else if (columns.has(spec.key))
      problems.push({ column: name, message: `Spalte „${spec.names[0]}“ kommt doppelt vor` });
    else columns.set(spec.key, index);
  });
  for (const spec of COLUMNS[kind]) {
    if (spec.required && !columns.has(spec.key))
      problems.push({ column: spec.names[0], message: 'Pflichtspalte fehlt' });
  }
  if (!columns.has('year') && !columns.has('month')) problems.push({ column: 'Jahr', message: 'Pflichtspalte fehlt' });
  return { kind, columns, problems };
}

function specFor(kind: TableKind, header: string): ColumnSpec | undefined {
  const name = loose(header);
  return COLUMNS[kind].find((spec) => spec.names.some((n) => loose(n) === name));
}
