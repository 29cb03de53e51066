import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BudgetChart } from './BudgetChart';
import type { BudgetYearData } from './budget.operations';
import { shownYears, yearPoints } from './budget-chart-data';
import { amountColumn, differenceColumn, NumberTable } from './NumberTable';
import tables from './tables.module.css';
import { Amount } from './values';

/** Plan, actual and trend by year: a chart, and the same numbers with their comparisons as a table. */
export function YearsSection({ years }: { years: BudgetYearData[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = shownYears(years);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('budget.years.title')}</h2>
      <BudgetChart
        data={yearPoints(years)}
        series={[
          { key: 'plan', label: t('budget.plan') },
          { key: 'actual', label: t('budget.actual') },
          { key: 'trend', label: t('budget.trend') },
        ]}
        description={t('budget.years.chart', { from: rows[0]?.year, to: rows.at(-1)?.year })}
      />
      <NumberTable<BudgetYearData>
        label={t('budget.years.table')}
        caption={t('budget.years.table')}
        rows={rows}
        rowKey={(y) => y.year}
        columns={[
          { header: t('budget.year'), cell: (y) => y.year },
          amountColumn(t('budget.plan'), (y) => y.planCents),
          amountColumn(t('budget.actual'), (y) => y.actualCents),
          {
            header: t('budget.trend'),
            cell: (y) => (
              <>
                <Amount cents={y.trendCents} />
                {y.trendSource && <span className={tables.note}>{t(`budget.trendSource.${y.trendSource}`)}</span>}
              </>
            ),
          },
          differenceColumn(t('budget.actualVsPlan'), (y) => y.actualVsPlan),
          differenceColumn(t('budget.savingAgainstTrend'), (y) => y.savingAgainstTrend),
        ]}
      />
    </section>
  );
}
