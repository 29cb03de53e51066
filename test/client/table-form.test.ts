import { describe, expect, it } from 'vitest';
import { newTable, tableInput, titleFollowsKind } from '../../client/meetings/table-form';

describe('the working table form', () => {
  it('sends a trimmed title, the kind and the dots as a number', () => {
    expect(tableInput({ kind: 'CUSTOM', title: '  Offene Fragen ', voteBudget: '3' })).toEqual({
      ok: true,
      input: { kind: 'CUSTOM', title: 'Offene Fragen', voteBudget: 3 },
    });
    expect(tableInput({ ...newTable('Ideen'), voteBudget: '0' })).toMatchObject({ ok: true, input: { voteBudget: 0 } });
  });

  it('names the field at fault: a blank or overlong title, a budget that is empty, negative, fractional or over 100', () => {
    expect(tableInput(newTable('   '))).toEqual({ ok: false, field: 'title' });
    expect(tableInput(newTable('x'.repeat(301)))).toEqual({ ok: false, field: 'title' });
    for (const voteBudget of ['', '-1', '2.5', '101', 'fünf']) {
      expect(tableInput({ ...newTable('Ideen'), voteBudget })).toEqual({ ok: false, field: 'voteBudget' });
    }
  });

  it('starts a new table as one of its own with five dots', () => {
    expect(newTable('')).toEqual({ kind: 'CUSTOM', title: '', voteBudget: '5' });
  });

  it('lets a kind replace the title only while it is empty or another kind’s name', () => {
    const kinds = ['Chancen', 'Kritik'];
    expect(titleFollowsKind('', kinds)).toBe(true);
    expect(titleFollowsKind('Chancen ', kinds)).toBe(true);
    expect(titleFollowsKind('Schule und Kita', kinds)).toBe(false);
  });
});
