import { describe, expect, it } from 'vitest';
import {
  centsText,
  daysText,
  readAmount,
  readCount,
  readDays,
  readKey,
  readOptional,
} from '../../client/budget/budget-entry';

describe('amounts and counts typed into the budget forms', () => {
  it('reads euros in German notation as cents, with the import’s parser', () => {
    expect(readAmount('1.234.567,89')).toEqual({ ok: true, value: 123_456_789 });
    expect(readAmount('22.900.000')).toEqual({ ok: true, value: 2_290_000_000 });
    expect(readAmount('€ 1.500,5')).toEqual({ ok: true, value: 150_050 });
  });

  it('refuses what it would have to guess, and more than one figure may be', () => {
    expect(readAmount('21.5')).toEqual({ ok: false });
    expect(readAmount('1,234')).toEqual({ ok: false });
    expect(readAmount('-5')).toEqual({ ok: false });
    expect(readAmount('')).toEqual({ ok: false });
    expect(readAmount('10.000.000.001')).toEqual({ ok: false });
  });

  it('reads case counts as whole numbers and durations with one decimal', () => {
    expect(readCount('1.234')).toEqual({ ok: true, value: 1234 });
    expect(readCount('12,5')).toEqual({ ok: false });
    expect(readCount('10.000.001')).toEqual({ ok: false });
    expect(readDays('123,5')).toEqual({ ok: true, value: 123.5 });
    expect(readDays('123,45')).toEqual({ ok: false });
  });

  it('takes an empty optional field as none', () => {
    expect(readOptional(' ', readCount)).toEqual({ ok: true, value: null });
    expect(readOptional('x', readCount)).toEqual({ ok: false });
  });

  it('gives stored values back in the notation the form reads, so a correction starts from them', () => {
    expect(centsText(123_456_789)).toBe('1.234.567,89');
    expect(readAmount(centsText(2_290_000_000))).toEqual({ ok: true, value: 2_290_000_000 });
    expect(daysText(123.5)).toBe('123,5');
  });

  it('reads the key of a record: a four-digit year, a month or the whole year, an area or the whole region', () => {
    expect(readKey({ regionId: 'r', areaId: '', year: '2027', month: '' })).toEqual({
      ok: true,
      value: { regionId: 'r', areaId: null, year: 2027, month: null },
    });
    expect(readKey({ regionId: 'r', areaId: 'a', year: '2027', month: '3' })).toEqual({
      ok: true,
      value: { regionId: 'r', areaId: 'a', year: 2027, month: 3 },
    });
    expect(readKey({ regionId: 'r', areaId: '', year: '27', month: '' })).toEqual({ ok: false });
    expect(readKey({ regionId: 'r', areaId: '', year: '1899', month: '' })).toEqual({ ok: false });
  });
});
