import { describe, expect, it } from 'vitest';
import { formatCount, formatMoney, formatPercent, monthName } from '../../client/budget/budget-format';

/** Intl separates number and unit with no-break spaces; the tests read them as spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('budget numbers for the interface language', () => {
  it('writes millions as German budgets do: "21,5 Mio. €"', () => {
    expect(plain(formatMoney(2_150_000_000, 'de-DE'))).toBe('21,5 Mio. €');
    expect(plain(formatMoney(670_000_000, 'de-DE'))).toBe('6,7 Mio. €');
    expect(plain(formatMoney(2_200_000_000, 'de-DE'))).toBe('22 Mio. €');
    expect(plain(formatMoney(-340_000_000, 'de-DE'))).toBe('-3,4 Mio. €');
    expect(plain(formatMoney(150_000_000_000, 'de-DE'))).toBe('1,5 Mrd. €');
  });

  it('writes smaller amounts in whole euros, never as "0,7 Mio."', () => {
    expect(plain(formatMoney(3_851_234, 'de-DE'))).toBe('38.512 €');
    expect(plain(formatMoney(99_999_999, 'de-DE'))).toBe('1.000.000 €');
    expect(plain(formatMoney(-67_000_000, 'de-DE'))).toBe('-670.000 €');
    expect(plain(formatMoney(0, 'de-DE'))).toBe('0 €');
  });

  it('follows English when it is chosen', () => {
    expect(formatMoney(670_000_000, 'en-GB')).toBe('€6.7m');
    expect(formatMoney(3_851_234, 'en-GB')).toBe('€38,512');
    expect(formatPercent(25.6, 'en-GB')).toBe('25.6%');
  });

  it('writes the percent the server rounded, with one decimal at most: "25,6 %", "22 %"', () => {
    expect(plain(formatPercent(25.6, 'de-DE'))).toBe('25,6 %');
    expect(plain(formatPercent(22, 'de-DE'))).toBe('22 %');
    expect(plain(formatPercent(-14.8, 'de-DE'))).toBe('-14,8 %');
  });

  it('names months and groups counts', () => {
    expect(monthName(3, 'de-DE')).toBe('März');
    expect(monthName(3, 'en-GB', 'short')).toBe('Mar');
    expect(formatCount(1234, 'de-DE')).toBe('1.234');
  });
});
