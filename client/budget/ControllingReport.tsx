import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-locale';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import type { ControllingRowData } from './budget.operations';
import { monthName } from './budget-format';
import type { BudgetScope } from './budget-selection';
import styles from './ControllingReportPage.module.css';
import { ExportLinks } from './ExportLinks';
import { KeyFigureTiles } from './KeyFigureTiles';
import { amountColumn, differenceColumn, NumberTable } from './NumberTable';
import { areaName } from './service-areas';
import { useControllingReport } from './use-budget-data';

interface ControllingReportProps {
  scope: BudgetScope;
  name: string;
  year: number;
  month: number;
}

/** Plan pro rata against actual to date per service area, the year-end forecast, and the key figures. */
export function ControllingReport({ scope, name, year, month }: ControllingReportProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tableId = useId();
  const { report, error, fetching } = useControllingReport(scope, year, month);
  if (!report) return error ? <ErrorNotice error={error} /> : <Loading />;
  const period = t('budget.report.period', { year, from: monthName(1, locale), to: monthName(month, locale) });
  return (
    <article className={styles.report} aria-busy={fetching} aria-labelledby={tableId}>
      {error && <ErrorNotice error={error} />}
      <h2 id={tableId}>
        {name} <span className={styles.period}>{period}</span>
      </h2>
      <p className={styles.meta}>
        {t('budget.report.regions', { regions: report.regions.map((r) => r.name).join(', ') })}
      </p>
      <NumberTable<ControllingRowData>
        label={t('budget.report.table', { period })}
        caption={t('budget.report.table', { period })}
        rows={report.rows}
        footer={[report.total]}
        rowKey={(row) => row.area?.id ?? 'total'}
        columns={[
          {
            header: t('budget.report.area'),
            cell: (row) => (row.area ? areaName(row.area, t) : t('budget.report.total')),
          },
          amountColumn(t('budget.report.annualPlan'), (row) => row.annualPlanCents),
          amountColumn(t('budget.report.planToDate'), (row) => row.planToDateCents),
          amountColumn(t('budget.report.actualToDate'), (row) => row.actualToDateCents),
          differenceColumn(t('budget.report.deviation'), (row) => row.actualVsPlanToDate),
          amountColumn(t('budget.report.forecast'), (row) => row.forecastCents),
          differenceColumn(t('budget.report.forecastVsPlan'), (row) => row.forecastVsPlan),
        ]}
      />
      <p className={styles.formulas}>{t('budget.report.formulas')}</p>
      <h2>{t('budget.report.keyFigures', { period })}</h2>
      <KeyFigureTiles keyFigures={report.keyFigures} />
      <section className={styles.controls} aria-label={t('budget.export.title')}>
        <ExportLinks scope={scope} views={['controlling', 'keyFigures']} options={{ year, month }} />
      </section>
    </article>
  );
}
