import { useTranslation } from 'react-i18next';
import type { ImportReport } from './budget-files';
import styles from './ImportDialog.module.css';
import { TableScroll } from './TableScroll';
import tables from './tables.module.css';

/** How many rows of a good file the preview lists; the summary counts them all. */
const ROWS_LISTED = 100;

/** The problems of a file, row by row: where (table, row, column) and what. */
function ProblemTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const severalTables = new Set(report.problems.map((p) => p.table)).size > 1;
  return (
    <table className={tables.table}>
      <caption>
        {t('budget.import.problems', { count: report.problemCount })}
        {report.problemCount > report.problems.length && (
          <span className={tables.note}>{t('budget.import.firstProblems', { count: report.problems.length })}</span>
        )}
      </caption>
      <thead>
        <tr>
          {severalTables && <th scope="col">{t('budget.import.table')}</th>}
          <th scope="col">{t('budget.import.row')}</th>
          <th scope="col" className={tables.text}>
            {t('budget.import.column')}
          </th>
          <th scope="col" className={tables.text}>
            {t('budget.import.message')}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.problems.map((problem, index) => (
          // Problems have no identity; the report's order is theirs.
          // biome-ignore lint/suspicious/noArrayIndexKey: a report is replaced as a whole, never reordered.
          <tr key={index}>
            {severalTables && <td>{problem.table}</td>}
            <td>{problem.row ?? t('budget.import.wholeFile')}</td>
            <td className={tables.text}>{problem.column ?? t('budget.import.wholeRow')}</td>
            <td className={tables.text}>{problem.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What each row of a good file would do (or did): create, update, or leave a record as it is. */
function RowTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const listed = report.rows.slice(0, ROWS_LISTED);
  return (
    <table className={tables.table}>
      <caption>
        {t('budget.import.rowsCaption')}
        {report.rows.length > listed.length && (
          <span className={tables.note}>{t('budget.import.firstRows', { count: listed.length })}</span>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('budget.import.table')}</th>
          <th scope="col">{t('budget.import.row')}</th>
          <th scope="col" className={tables.text}>
            {t('budget.import.record')}
          </th>
          <th scope="col" className={tables.text}>
            {t('budget.import.action')}
          </th>
        </tr>
      </thead>
      <tbody>
        {listed.map((row) => (
          <tr key={`${row.table}:${row.row}`}>
            <td>{row.table}</td>
            <td>{row.row}</td>
            <td className={tables.text}>{t(`budget.import.records.${row.record}`)}</td>
            <td className={tables.text}>{t(`budget.import.actions.${row.action}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A preview's or commit's report: every problem, or what would be (was) stored. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const rowCount = report.rows.length;
  return (
    <div className={styles.report}>
      {report.problemCount > 0 ? (
        <TableScroll label={t('budget.import.problems', { count: report.problemCount })}>
          <ProblemTable report={report} />
        </TableScroll>
      ) : (
        <>
          <p>
            {t('budget.import.summary', {
              count: rowCount,
              created: report.summary.CREATE,
              updated: report.summary.UPDATE,
              unchanged: report.summary.UNCHANGED,
            })}
          </p>
          <TableScroll label={t('budget.import.rowsCaption')}>
            <RowTable report={report} />
          </TableScroll>
        </>
      )}
    </div>
  );
}
