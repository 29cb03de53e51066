import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import type { BudgetYearData, DeviationData, KeyFiguresData } from './budget.operations';
import { formatCount, formatMoney, formatPercent } from './budget-format';
import styles from './KeyFigureTiles.module.css';
import { Amount, Difference, Share } from './values';

function Tile({ label, value, children }: { label: string; value: ReactNode; children?: ReactNode }) {
  return (
    <div className={styles.tile}>
      <dt className={styles.label}>{label}</dt>
      <dd className={styles.value}>{value}</dd>
      {children && <dd className={styles.detail}>{children}</dd>}
    </div>
  );
}

/** A saving with its share of what it is measured against ("25,6 % des Trends.") and both amounts. */
function SavingTile({
  label,
  saving,
  share,
  basis,
}: {
  label: string;
  saving: DeviationData | null | undefined;
  share: (percent: string) => string;
  basis: string;
}) {
  const locale = useLocale();
  return (
    <Tile label={label} value={<Amount cents={saving?.amountCents} />}>
      {saving?.ratio && <strong>{share(formatPercent(saving.ratio.percent, locale))}</strong>} {basis}
    </Tile>
  );
}

interface KeyFigureTilesProps {
  keyFigures: KeyFiguresData;
  /** The year's plan, actual and trend; the savings tiles need them (not in the controlling report). */
  year?: BudgetYearData;
}

/** The key figures ("Kennzahlen") the protocol names, one tile each. */
export function KeyFigureTiles({ keyFigures: k, year }: KeyFigureTilesProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const money = (cents: number | null | undefined) =>
    cents == null ? t('budget.unknown') : formatMoney(cents, locale);
  const allocation = k.virtualAllocation;
  return (
    <dl className={styles.tiles}>
      {year && (
        <>
          <SavingTile
            label={t('budget.tiles.savingAgainstTrend')}
            saving={year.savingAgainstTrend}
            share={(percent) => t('budget.tiles.ofTrend', { percent })}
            basis={t('budget.tiles.trendAndActual', { trend: money(year.trendCents), actual: money(year.actualCents) })}
          />
          <SavingTile
            label={t('budget.tiles.savingAgainstPlan')}
            saving={year.savingAgainstPlan}
            share={(percent) => t('budget.tiles.ofPlan', { percent })}
            basis={t('budget.tiles.planAndActual', { plan: money(year.planCents), actual: money(year.actualCents) })}
          />
        </>
      )}
      <Tile label={t('budget.tiles.averageCostPerCase')} value={<Amount cents={k.averageCostPerCaseCents} />}>
        {k.cases == null
          ? t('budget.tiles.noCases')
          : t('budget.tiles.cases', { count: k.cases, formatted: formatCount(k.cases, locale) })}
      </Tile>
      <Tile label={t('budget.tiles.nonCaseSpecificShare')} value={<Share ratio={k.nonCaseSpecificShare} />}>
        {t('budget.tiles.ofActualSpend')}
      </Tile>
      <Tile label={t('budget.tiles.socialSpaceWorkShare')} value={<Share ratio={k.socialSpaceWorkShare} />}>
        {t('budget.tiles.ofActualSpend')}
      </Tile>
      <Tile label={t('budget.tiles.providerBudgetShare')} value={<Share ratio={k.providerBudgetShare} />}>
        {t('budget.tiles.ofSocialSpaceBudget')}
        {k.providerFunding
          .filter((f) => f.fundedPositionsMin != null)
          .map((f) => (
            <span key={f.id} className={styles.line}>
              {t('budget.tiles.fundedPositions', {
                positions:
                  f.fundedPositionsMax != null && f.fundedPositionsMax !== f.fundedPositionsMin
                    ? `${f.fundedPositionsMin}–${f.fundedPositionsMax}`
                    : String(f.fundedPositionsMin),
                region: f.region.name,
              })}
            </span>
          ))}
      </Tile>
      <Tile label={t('budget.tiles.virtualAllocation')} value={<Amount cents={allocation?.allocationCents} />}>
        {allocation ? (
          <>
            {t('budget.tiles.allocationActual', { actual: money(allocation.actualCents) })}{' '}
            <span className={styles.line}>
              {t('budget.tiles.actualVsAllocation')} <Difference deviation={allocation.actualVsAllocation} />
            </span>
          </>
        ) : (
          t('budget.tiles.noAllocation')
        )}
      </Tile>
    </dl>
  );
}
