import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BudgetViewData } from './budget.operations';
import { BUDGET_PATH, selectionParams } from './budget-selection';
import { TableScroll } from './TableScroll';
import tables from './tables.module.css';
import { Amount, Difference } from './values';

interface RegionComparisonProps {
  byRegion: BudgetViewData['byRegion'];
  year: number;
  areaIds: readonly string[];
}

/** A pooled budget's regions side by side in one year, each linking to its own view. */
export function RegionComparison({ byRegion, year, areaIds }: RegionComparisonProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('budget.regions.title', { year })}</h2>
      <TableScroll label={t('budget.regions.title', { year })}>
        <table className={tables.table}>
          <thead>
            <tr>
              <th scope="col">{t('budget.region')}</th>
              <th scope="col">{t('budget.plan')}</th>
              <th scope="col">{t('budget.actual')}</th>
              <th scope="col">{t('budget.trend')}</th>
              <th scope="col">{t('budget.savingAgainstTrend')}</th>
            </tr>
          </thead>
          <tbody>
            {byRegion.map(({ regions: [region], years }) => {
              if (!region) return null;
              const figures = years.find((y) => y.year === year);
              const search = selectionParams({ scope: { kind: 'region', id: region.id }, areaIds: [...areaIds], year });
              return (
                <tr key={region.id}>
                  <th scope="row">
                    <Link to={{ pathname: BUDGET_PATH, search: search.toString() }}>{region.name}</Link>
                  </th>
                  <td>
                    <Amount cents={figures?.planCents} />
                  </td>
                  <td>
                    <Amount cents={figures?.actualCents} />
                  </td>
                  <td>
                    <Amount cents={figures?.trendCents} />
                  </td>
                  <td>
                    <Difference deviation={figures?.savingAgainstTrend} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
