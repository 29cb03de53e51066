import { useTranslation } from 'react-i18next';
import type { ImportReport } from './budget-files';
import styles from './ImportDialog.module.css';
import { type Column, NumberTable } from './NumberTable';
import tables from './tables.module.css';

/** How many rows of a good file the preview lists; the summary counts them all. */
const ROWS_LISTED = 100;

type Problem = ImportReport['problems'][number];
type Row = ImportReport['rows'][number];

/** The problems of a file, row by row: where (table, row, column) and what. */
function ProblemTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const severalTables = new Set(report.problems.map((p) => p.table)).size > 1;
  const caption = t('budget.import.problems', { count: report.problemCount });
  const columns: Column<Problem>[] = [
    { header: t('budget.import.row'), cell: (p) => p.row ?? t('budget.import.wholeFile') },
    { header: t('budget.import.column'), cell: (p) => p.column ?? t('budget.import.wholeRow'), text: true },
    { header: t('budget.import.message'), cell: (p) => p.message, text: true },
  ];
  return (
    <NumberTable
      label={caption}
      caption={
        <>
          {caption}
          {report.problemCount > report.problems.length && (
            <span className={tables.note}>{t('budget.import.firstProblems', { count: report.problems.length })}</span>
          )}
        </>
      }
      rows={report.problems}
      // Problems have no identity of their own; a report is replaced as a whole, never reordered.
      rowKey={(_, index) => index}
      columns={
        severalTables ? [{ header: t('budget.import.table'), cell: (p) => p.table, text: true }, ...columns] : columns
      }
    />
  );
}

/** What each row of a good file would do (or did): create, update, or leave a record as it is. */
function RowTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const listed = report.rows.slice(0, ROWS_LISTED);
  return (
    <NumberTable<Row>
      label={t('budget.import.rowsCaption')}
      caption={
        <>
          {t('budget.import.rowsCaption')}
          {report.rows.length > listed.length && (
            <span className={tables.note}>{t('budget.import.firstRows', { count: listed.length })}</span>
          )}
        </>
      }
      rows={listed}
      rowKey={(row) => `${row.table}:${row.row}`}
      columns={[
        { header: t('budget.import.table'), cell: (row) => row.table, text: true },
        { header: t('budget.import.row'), cell: (row) => row.row },
        { header: t('budget.import.record'), cell: (row) => t(`budget.import.records.${row.record}`), text: true },
        { header: t('budget.import.action'), cell: (row) => t(`budget.import.actions.${row.action}`), text: true },
      ]}
    />
  );
}

/** A preview's or commit's report: every problem, or what would be (was) stored. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <div className={styles.report}>
      {report.problemCount > 0 ? (
        <ProblemTable report={report} />
      ) : (
        <>
          <p>
            {t('budget.import.summary', {
              count: report.rows.length,
              created: report.summary.CREATE,
              updated: report.summary.UPDATE,
              unchanged: report.summary.UNCHANGED,
            })}
          </p>
          <RowTable report={report} />
        </>
      )}
    </div>
  );
}
