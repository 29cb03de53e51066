import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BudgetViewData, BudgetYearData } from './budget.operations';
import { BUDGET_PATH, selectionParams } from './budget-selection';
import { amountColumn, differenceColumn, NumberTable } from './NumberTable';

interface RegionYear {
  region: { id: string; name: string };
  figures: BudgetYearData | undefined;
}

interface RegionComparisonProps {
  byRegion: BudgetViewData['byRegion'];
  year: number;
  areaIds: readonly string[];
}

/** A pooled budget's regions side by side in one year, each linking to its own view. */
export function RegionComparison({ byRegion, year, areaIds }: RegionComparisonProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const rows: RegionYear[] = byRegion.flatMap(({ regions: [region], years }) =>
    region ? [{ region, figures: years.find((y) => y.year === year) }] : [],
  );
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('budget.regions.title', { year })}</h2>
      <NumberTable<RegionYear>
        label={t('budget.regions.title', { year })}
        rows={rows}
        rowKey={(row) => row.region.id}
        columns={[
          {
            header: t('budget.region'),
            cell: ({ region }) => {
              const scope = { kind: 'region', id: region.id } as const;
              const search = selectionParams({ scope, areaIds: [...areaIds], year }).toString();
              return <Link to={{ pathname: BUDGET_PATH, search }}>{region.name}</Link>;
            },
          },
          amountColumn(t('budget.plan'), (row) => row.figures?.planCents),
          amountColumn(t('budget.actual'), (row) => row.figures?.actualCents),
          amountColumn(t('budget.trend'), (row) => row.figures?.trendCents),
          differenceColumn(t('budget.savingAgainstTrend'), (row) => row.figures?.savingAgainstTrend),
        ]}
      />
    </section>
  );
}
