import { describe, expect, it } from 'vitest';
import {
  completeReportSelection,
  completeSelection,
  defaultScope,
  isBudgetYear,
  readReportSelection,
  readSelection,
  reportParams,
  scopeFromValue,
  scopeValue,
  selectionParams,
} from '../../client/budget/budget-selection';

const budget = { kind: 'budget', id: 'b1' } as const;
const region = { kind: 'region', id: 'r1' } as const;

describe('budget selection in the address', () => {
  it('reads a budget or a region, areas and year, and ignores what makes no sense', () => {
    expect(readSelection(new URLSearchParams('budget=b1&area=a1&area=a2&year=2011'))).toEqual({
      scope: budget,
      areaIds: ['a1', 'a2'],
      year: 2011,
    });
    expect(readSelection(new URLSearchParams('region=r1&year=11'))).toEqual({ scope: region, areaIds: [], year: null });
    expect(readSelection(new URLSearchParams('year=2011x&area='))).toEqual({ scope: null, areaIds: [], year: null });
    expect(readSelection(new URLSearchParams('region=r1&year=9999')).year).toBeNull();
    expect([1899, 1900, 2011.5, 2200, 2201].map(isBudgetYear)).toEqual([false, true, false, true, false]);
  });

  it('writes what it reads, leaving out what is not chosen', () => {
    const selection = { scope: region, areaIds: ['a1', 'a2'], year: 2012 };
    expect(selectionParams(selection).toString()).toBe('region=r1&area=a1&area=a2&year=2012');
    expect(readSelection(selectionParams(selection))).toEqual(selection);
    expect(selectionParams({ scope: null, areaIds: [], year: null }).toString()).toBe('');
  });

  it('opens the first budget, else the first region, and then its default year', () => {
    expect(defaultScope([{ id: 'b1' }], [{ id: 'r1' }])).toEqual(budget);
    expect(defaultScope([], [{ id: 'r1' }])).toEqual(region);
    expect(defaultScope([], [])).toBeNull();

    const empty = { scope: null, areaIds: [], year: null };
    // The year waits until the scope is in the address and its figures are known.
    expect(completeSelection(empty, { scope: budget, year: 2011 })).toEqual({ ...empty, scope: budget });
    expect(completeSelection({ ...empty, scope: budget }, { scope: null, year: 2011 })).toEqual({
      ...empty,
      scope: budget,
      year: 2011,
    });
    expect(completeSelection({ ...empty, scope: budget, year: 2010 }, { scope: region, year: 2011 })).toBeNull();
    expect(completeSelection({ ...empty, scope: budget }, { scope: null, year: null })).toBeNull();
  });

  it('reports the current month by default, and a chosen year through December', () => {
    expect(readReportSelection(new URLSearchParams('region=r1&year=2011&month=13'))).toEqual({
      scope: region,
      year: 2011,
      month: null,
    });
    const today = '2013-04-10';
    expect(completeReportSelection({ scope: null, year: null, month: null }, { scope: budget, today })).toEqual({
      scope: budget,
      year: 2013,
      month: 4,
    });
    expect(completeReportSelection({ scope: region, year: 2011, month: null }, { scope: budget, today })).toEqual({
      scope: region,
      year: 2011,
      month: 12,
    });
    expect(completeReportSelection({ scope: region, year: 2011, month: 6 }, { scope: budget, today })).toBeNull();
    expect(reportParams({ scope: region, year: 2011, month: 6 }).toString()).toBe('region=r1&year=2011&month=6');
  });

  it('carries a scope through a select value', () => {
    expect(scopeFromValue(scopeValue(budget))).toEqual(budget);
    expect(scopeFromValue(scopeValue(region))).toEqual(region);
    expect(scopeFromValue('')).toBeNull();
    expect(scopeFromValue('meeting:m1')).toBeNull();
  });
});
