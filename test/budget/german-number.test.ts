import { describe, expect, it } from 'vitest';
import { parseCents, parseCount, parseScaled } from '../../schema/german-number';
import { parsePeriod } from '../../server/budget/import/period';

describe('German numbers', () => {
  it.each([
    ['21.500.000,00', 2_150_000_000],
    ['1.234,5', 123_450],
    ['19500000', 1_950_000_000],
    ['21 500 000,00 €', 2_150_000_000],
    ['EUR 1.500', 150_000],
    ['0,07', 7],
    ['22.900.000', 2_290_000_000],
  ])('reads "%s" as %i cents', (text, cents) => {
    expect(parseCents(text)).toEqual({ ok: true, value: cents });
  });

  it.each([
    [21_500_000, 2_150_000_000],
    [1234.56, 123_456],
    [0.1 + 0.2, 30],
  ])('reads the spreadsheet number %f as %i cents, through the 15 digits a spreadsheet keeps', (value, cents) => {
    expect(parseCents(value)).toEqual({ ok: true, value: cents });
  });

  it.each([
    ['21.5', /deutschen Zahlenformat/],
    ['1.2345,00', /deutschen Zahlenformat/],
    ['1,2,3', /deutschen Zahlenformat/],
    ['abc', /deutschen Zahlenformat/],
    ['1,234', /mehr als 2 Nachkommastellen/],
    ['-3,00', /nicht negativ/],
  ])('refuses "%s"', (text, message) => {
    const parsed = parseCents(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it('reads counts with thousands dots and days with one decimal', () => {
    expect(parseCount('1.234')).toEqual({ ok: true, value: 1234 });
    expect(parseCount(12.5)).toEqual({ ok: false, message: '„12,5“ muss eine ganze Zahl sein' });
    expect(parseScaled('123,5', 1)).toEqual({ ok: true, value: 1235 });
    expect(parseCents(1e21)).toMatchObject({ ok: false, message: expect.stringMatching(/zu groß/) });
  });
});

describe('periods: the year and month columns', () => {
  it.each([
    [2011, '3', 3],
    [2011, '03', 3],
    [2011, 'März', 3],
    [2011, 'Mrz.', 3],
    [2011, 'dezember', 12],
    [2011, '03/2011', 3],
    [2011, '3.2011', 3],
    [null, '2011-03', 3],
    [2011, '31.03.2011', 3],
    [2011, '2011-03-31', 3],
    [2011, new Date(Date.UTC(2011, 2, 31)), 3],
    ['2011', null, null],
  ])('reads year %s and month %s', (year, month, expected) => {
    expect(parsePeriod(year, month)).toEqual({ ok: true, value: { year: 2011, month: expected } });
  });

  it('refuses a month outside 1–12, a month of another year, and a missing year', () => {
    expect(parsePeriod(2011, '13')).toMatchObject({ ok: false });
    expect(parsePeriod(2012, '31.03.2011')).toEqual({
      ok: false,
      message: 'Monat „31.03.2011“ liegt nicht im Jahr 2012',
    });
    expect(parsePeriod(null, null)).toEqual({ ok: false, message: 'Jahr fehlt' });
    expect(parsePeriod('11', null)).toEqual({ ok: false, message: '„11“ ist keine Jahreszahl' });
  });
});
