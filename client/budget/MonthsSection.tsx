import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { BudgetChart } from './BudgetChart';
import type { BudgetMonthData } from './budget.operations';
import { monthPoints } from './budget-chart-data';
import { monthName } from './budget-format';
import { amountColumn, differenceColumn, NumberTable } from './NumberTable';

/** Plan against actual month by month, and both cumulated from January. */
export function MonthsSection({ year, months }: { year: number; months: BudgetMonthData[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('budget.months.title', { year })}</h2>
      {months.every((m) => m.actualCents == null) && <p>{t('budget.months.noMonthlyActuals')}</p>}
      <BudgetChart
        data={monthPoints(months)}
        categoryLabel={(month) => monthName(month, locale, 'short')}
        series={[
          { key: 'plan', label: t('budget.monthPlan') },
          { key: 'actual', label: t('budget.actual') },
        ]}
        description={t('budget.months.chart', { year })}
      />
      <NumberTable<BudgetMonthData>
        label={t('budget.months.table', { year })}
        caption={t('budget.months.table', { year })}
        rows={months}
        rowKey={(m) => m.month}
        columns={[
          { header: t('budget.month'), cell: (m) => monthName(m.month, locale) },
          amountColumn(t('budget.monthPlan'), (m) => m.planCents),
          amountColumn(t('budget.actual'), (m) => m.actualCents),
          differenceColumn(t('budget.actualVsPlan'), (m) => m.actualVsPlan),
          amountColumn(t('budget.planToDate'), (m) => m.planToDateCents),
          amountColumn(t('budget.actualToDate'), (m) => m.actualToDateCents),
        ]}
      />
    </section>
  );
}
