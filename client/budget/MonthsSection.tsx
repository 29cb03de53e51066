import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { BudgetChart } from './BudgetChart';
import type { BudgetMonthData } from './budget.operations';
import { monthPoints } from './budget-chart-data';
import { monthName } from './budget-format';
import { TableScroll } from './TableScroll';
import tables from './tables.module.css';
import { Amount, Difference } from './values';

/** Plan against actual month by month, and both cumulated from January. */
export function MonthsSection({ year, months }: { year: number; months: BudgetMonthData[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const withActuals = months.filter((m) => m.actualCents != null).length;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('budget.months.title', { year })}</h2>
      {withActuals === 0 && <p>{t('budget.months.noMonthlyActuals')}</p>}
      <BudgetChart
        data={monthPoints(months)}
        categoryLabel={(month) => monthName(month, locale, 'short')}
        series={[
          { key: 'plan', label: t('budget.monthPlan') },
          { key: 'actual', label: t('budget.actual') },
        ]}
        description={t('budget.months.chart', { year })}
      />
      <TableScroll label={t('budget.months.table', { year })}>
        <table className={tables.table}>
          <caption>{t('budget.months.table', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.month')}</th>
              <th scope="col">{t('budget.monthPlan')}</th>
              <th scope="col">{t('budget.actual')}</th>
              <th scope="col">{t('budget.actualVsPlan')}</th>
              <th scope="col">{t('budget.planToDate')}</th>
              <th scope="col">{t('budget.actualToDate')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthName(m.month, locale)}</th>
                <td>
                  <Amount cents={m.planCents} />
                </td>
                <td>
                  <Amount cents={m.actualCents} />
                </td>
                <td>
                  <Difference deviation={m.actualVsPlan} />
                </td>
                <td>
                  <Amount cents={m.planToDateCents} />
                </td>
                <td>
                  <Amount cents={m.actualToDateCents} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
