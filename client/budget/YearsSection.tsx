import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BudgetChart } from './BudgetChart';
import type { BudgetYearData } from './budget.operations';
import { shownYears, yearPoints } from './budget-chart-data';
import { TableScroll } from './TableScroll';
import tables from './tables.module.css';
import { Amount, Difference } from './values';

/** Plan, actual and trend by year: a chart, and the same numbers with their comparisons as a table. */
export function YearsSection({ years }: { years: BudgetYearData[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows = shownYears(years);
  const first = rows[0]?.year;
  const last = rows.at(-1)?.year;
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
        description={t('budget.years.chart', { from: first, to: last })}
      />
      <TableScroll label={t('budget.years.table')}>
        <table className={tables.table}>
          <caption>{t('budget.years.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.year')}</th>
              <th scope="col">{t('budget.plan')}</th>
              <th scope="col">{t('budget.actual')}</th>
              <th scope="col">{t('budget.trend')}</th>
              <th scope="col">{t('budget.actualVsPlan')}</th>
              <th scope="col">{t('budget.savingAgainstTrend')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((y) => (
              <tr key={y.year}>
                <th scope="row">{y.year}</th>
                <td>
                  <Amount cents={y.planCents} />
                </td>
                <td>
                  <Amount cents={y.actualCents} />
                </td>
                <td>
                  <Amount cents={y.trendCents} />
                  {y.trendSource && <span className={tables.note}>{t(`budget.trendSource.${y.trendSource}`)}</span>}
                </td>
                <td>
                  <Difference deviation={y.actualVsPlan} />
                </td>
                <td>
                  <Difference deviation={y.savingAgainstTrend} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
