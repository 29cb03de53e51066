/** Amounts from a million up read in millions ("21,5 Mio. €"); smaller ones in whole euros. */
const COMPACT_FROM_EUROS = 1_000_000;

const formats = new Map<string, Intl.NumberFormat>();

/** Intl formats are costly to make and a table needs hundreds of numbers: one per locale and kind. */
function numberFormat(locale: string, kind: 'compact' | 'euros' | 'percent'): Intl.NumberFormat {
  const key = `${locale}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, OPTIONS[kind]);
    formats.set(key, format);
  }
  return format;
}

const OPTIONS: Record<'compact' | 'euros' | 'percent', Intl.NumberFormatOptions> = {
  compact: {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  },
  euros: { style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0 },
  percent: { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 },
};

/** Euro cents as people read budgets: "21,5 Mio. €", "6,7 Mio. €", "38.512 €" (en: "€21.5M"). */
export function formatMoney(cents: number, locale: string): string {
  const euros = cents / 100;
  return numberFormat(locale, Math.abs(euros) >= COMPACT_FROM_EUROS ? 'compact' : 'euros').format(euros);
}

/**
 * A percentage the server already rounded to one decimal ("25,6 %", "22 %"). Formatting the
 * rounded `percent`, not the basis points, keeps a single rounding from the exact ratio.
 */
export function formatPercent(percent: number, locale: string): string {
  return numberFormat(locale, 'percent').format(percent / 100);
}

/** A month's name in the interface language, "März" or "March"; `style` short gives "März"/"Mar". */
export function monthName(month: number, locale: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** A whole number with the locale's grouping ("1.234"). */
export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}
