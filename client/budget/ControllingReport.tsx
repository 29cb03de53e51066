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
import { areaName } from './service-areas';
import { TableScroll } from './TableScroll';
import tables from './tables.module.css';
import { useControllingReport } from './use-budget-data';
import { Amount, Difference } from './values';

function ReportRow({ row, label }: { row: ControllingRowData; label: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>
        <Amount cents={row.annualPlanCents} />
      </td>
      <td>
        <Amount cents={row.planToDateCents} />
      </td>
      <td>
        <Amount cents={row.actualToDateCents} />
      </td>
      <td>
        <Difference deviation={row.actualVsPlanToDate} />
      </td>
      <td>
        <Amount cents={row.forecastCents} />
      </td>
      <td>
        <Difference deviation={row.forecastVsPlan} />
      </td>
    </tr>
  );
}

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
      <TableScroll label={t('budget.report.table', { period })}>
        <table className={tables.table}>
          <caption>{t('budget.report.table', { period })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budget.report.area')}</th>
              <th scope="col">{t('budget.report.annualPlan')}</th>
              <th scope="col">{t('budget.report.planToDate')}</th>
              <th scope="col">{t('budget.report.actualToDate')}</th>
              <th scope="col">{t('budget.report.deviation')}</th>
              <th scope="col">{t('budget.report.forecast')}</th>
              <th scope="col">{t('budget.report.forecastVsPlan')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <ReportRow
                key={row.area?.id ?? 'total'}
                row={row}
                label={row.area ? areaName(row.area, t) : t('budget.report.total')}
              />
            ))}
          </tbody>
          <tfoot>
            <ReportRow row={report.total} label={t('budget.report.total')} />
          </tfoot>
        </table>
      </TableScroll>
      <p className={styles.formulas}>{t('budget.report.formulas')}</p>
      <h2>{t('budget.report.keyFigures', { period })}</h2>
      <KeyFigureTiles keyFigures={report.keyFigures} />
      <section className={styles.controls} aria-label={t('budget.export.title')}>
        <ExportLinks scope={scope} views={['controlling', 'keyFigures']} options={{ year, month }} />
      </section>
    </article>
  );
}
