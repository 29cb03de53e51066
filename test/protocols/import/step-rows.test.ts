import { describe, expect, it } from 'vitest';
import {
  joinItems,
  readStepCells,
  readStepLine,
  type StepRow,
  splitDue,
  stepTask,
} from '../../../server/protocols/import/step-rows';

function plainRows(lines: string[]) {
  const rows: StepRow[] = [];
  for (const line of lines) expect(readStepLine(rows, line)).toBe(true);
  return rows.map(stepTask);
}

describe('next-steps rows (Wer / Was / Bis wann)', () => {
  it('reads tab-separated rows and rows aligned with spaces, with wrapped "Was" lines', () => {
    expect(
      plainRows([
        'Wer\tWas\tBis wann',
        'JugA\tTräger einladen\tEnde Januar 2027',
        'AG 2      Konzept:           Frühjahr 2027',
        '          Ziele,',
        '          Zeitplan',
      ]),
    ).toEqual([
      { ownerLabel: 'JugA', items: ['Träger einladen'], dueLabel: 'Ende Januar 2027' },
      { ownerLabel: 'AG 2', items: ['Konzept: Ziele, Zeitplan'], dueLabel: 'Frühjahr 2027' },
    ]);
  });

  it('reads pipe rows without outer pipes, skipping the rule under the header', () => {
    expect(plainRows(['Wer | Was | Bis wann', '--- | --- | ---', 'SZ² | Einladung | 14.01.2027'])).toEqual([
      { ownerLabel: 'SZ²', items: ['Einladung'], dueLabel: '14.01.2027' },
    ]);
  });

  it('ends the table at a line that continues a row already complete', () => {
    const rows: StepRow[] = [];
    expect(readStepLine(rows, 'AG  Modell  Ostern 2013')).toBe(true);
    expect(readStepLine(rows, 'Reinhard Hoffmann')).toBe(false);
  });

  it('takes the lines of Markdown cells as items, as written', () => {
    const rows: StepRow[] = [];
    readStepCells(rows, [['Wer'], ['Was'], ['Bis wann']]);
    readStepCells(rows, [['JugA'], ['Vorüberlegungen:', 'Träger,'], ['November 2012 (30.11.2012)']]);
    readStepCells(rows, [['AG'], ['Modell'], []]);
    expect(rows.map(stepTask)).toEqual([
      { ownerLabel: 'JugA', items: ['Vorüberlegungen:', 'Träger,'], dueLabel: 'November 2012', dueDate: '2012-11-30' },
      { ownerLabel: 'AG', items: ['Modell'], dueLabel: null },
    ]);
  });

  it('keeps the label as written and the day the export wrote beside it', () => {
    expect(splitDue('nach den Winterferien (15.01.2027)')).toEqual({
      dueLabel: 'nach den Winterferien',
      dueDate: '2027-01-15',
    });
    expect(splitDue('Ostern 2013')).toEqual({ dueLabel: 'Ostern 2013' });
    expect(splitDue('Ostern 2013 (31 March 2013)')).toEqual({ dueLabel: 'Ostern 2013', dueDate: '2013-03-31' });
    expect(splitDue('Träger (alle Regionen)')).toEqual({ dueLabel: 'Träger (alle Regionen)' });
    expect(splitDue('(31.02.2013)')).toEqual({ dueLabel: '(31.02.2013)' });
    expect(splitDue(null)).toEqual({ dueLabel: null });
  });

  it('joins lines after a colon while they end in a comma, and drops separating commas', () => {
    expect(
      joinItems(['Vorüberlegungen:', 'Leistungsbereiche,', 'Region bestimmen', 'Träger,', 'Evtl. starten']),
    ).toEqual(['Vorüberlegungen: Leistungsbereiche, Region bestimmen', 'Träger', 'Evtl. starten']);
    expect(joinItems(['Offen:'])).toEqual(['Offen']);
  });
});
