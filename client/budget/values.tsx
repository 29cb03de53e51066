import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import type { DeviationData, RatioData } from './budget.operations';
import { formatMoney, formatPercent } from './budget-format';
import styles from './values.module.css';

function Unknown() {
  const { t } = useTranslation();
  return <span className={styles.unknown}>{t('budget.unknown')}</span>;
}

/** An amount in euro cents, or "keine Angabe" when no figure is known. */
export function Amount({ cents }: { cents: number | null | undefined }) {
  const locale = useLocale();
  return cents == null ? <Unknown /> : <span className={styles.number}>{formatMoney(cents, locale)}</span>;
}

export function Share({ ratio }: { ratio: RatioData | null | undefined }) {
  const locale = useLocale();
  return ratio == null ? <Unknown /> : <span className={styles.number}>{formatPercent(ratio.percent, locale)}</span>;
}

/** A difference with its ratio to the base: "6,7 Mio. € (25,6 %)". */
export function Difference({ deviation }: { deviation: DeviationData | null | undefined }) {
  const locale = useLocale();
  if (!deviation) return <Unknown />;
  const amount = formatMoney(deviation.amountCents, locale);
  const share = deviation.ratio && formatPercent(deviation.ratio.percent, locale);
  return <span className={styles.number}>{share ? `${amount} (${share})` : amount}</span>;
}
