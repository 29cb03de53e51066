import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { useLocale } from '../i18n/use-locale';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormDialog } from '../ui/FormDialog';
import styles from './BudgetEntry.module.css';
import { centsText, daysText } from './budget-entry';
import {
  BudgetRecordsQuery,
  type CaseRow,
  DeleteBudgetFigureMutation,
  DeleteCaseStatisticsMutation,
  type EntryArea,
  type FigureRow,
} from './budget-entry.operations';
import { formatCount, monthName } from './budget-format';
import { CaseForm } from './CaseForm';
import { FigureForm } from './FigureForm';
import { areaName } from './service-areas';
import { TableScroll } from './TableScroll';
import tables from './tables.module.css';

interface EntryProps {
  regions: readonly { id: string; name: string }[];
  areas: readonly EntryArea[];
  year: number;
  /** After a change: the page asks for its views again. */
  onChanged: () => void;
}

/** "Zahl erfassen" and "Fallzahlen erfassen": new figures and case counts, beside the import. */
export function EntryButtons({ regions, areas, year, onChanged }: EntryProps) {
  const { t } = useTranslation();
  if (regions.length === 0) return null;
  const common = { regions, areas, year, onSaved: onChanged };
  return (
    <>
      <FormDialog tone="secondary" label={t('budgetEntry.newFigure')} title={t('budgetEntry.newFigureTitle')}>
        {(close) => <FigureForm figure={null} {...common} onDone={close} />}
      </FormDialog>
      <FormDialog tone="secondary" label={t('budgetEntry.newCases')} title={t('budgetEntry.newCasesTitle')}>
        {(close) => <CaseForm cases={null} {...common} onDone={close} />}
      </FormDialog>
    </>
  );
}

/** Where a record belongs, as one cell: its area (or the whole region), with the region when several are pooled. */
function useRecordPlace(pooled: boolean) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (record: FigureRow | CaseRow) => ({
    place: [pooled ? record.region.name : null, record.area ? areaName(record.area, t) : t('budgetEntry.wholeRegion')]
      .filter(Boolean)
      .join(' · '),
    period: record.month ? monthName(record.month, locale) : t('budgetEntry.wholeYear'),
  });
}

/** The figures and case counts stored for the year, each to be corrected or deleted. */
export function BudgetRecords({ regions, areas, year, onChanged }: EntryProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const [{ data, error }] = useQuery({
    query: BudgetRecordsQuery,
    variables: { regionIds: regions.map((region) => region.id), year },
  });
  const [, deleteFigure] = useMutation(DeleteBudgetFigureMutation);
  const [, deleteCases] = useMutation(DeleteCaseStatisticsMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const placeOf = useRecordPlace(regions.length > 1);
  const common = { regions, areas, year, onSaved: onChanged };

  const remove = async (removal: Promise<{ error?: CombinedError }>) => {
    const { error: refused } = await removal;
    setRefusal(refused ?? null);
    if (!refused) onChanged();
  };

  return (
    <section aria-labelledby={headingId} className={styles.records}>
      <h2 id={headingId}>{t('budgetEntry.recordsTitle', { year })}</h2>
      <p className={styles.meta}>{t('budgetEntry.recordsIntro')}</p>
      {error && <ErrorNotice error={error} />}
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      {data && data.budgetFigures.length === 0 && <p>{t('budgetEntry.noFigures', { year })}</p>}
      {data && data.budgetFigures.length > 0 && (
        <TableScroll label={t('budgetEntry.figuresTable', { year })}>
          <table className={tables.table}>
            <caption>{t('budgetEntry.figuresTable', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budgetEntry.place')}</th>
                <th scope="col">{t('budget.month')}</th>
                <th scope="col">{t('budgetEntry.kind')}</th>
                <th scope="col">{t('budgetEntry.amountColumn')}</th>
                <th scope="col" className={tables.text}>
                  {t('budgetEntry.source')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('budgetEntry.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.budgetFigures.map((figure) => {
                const { place, period } = placeOf(figure);
                const name = `${t(`budgetEntry.kinds.${figure.kind}`)} ${place} ${period}`;
                return (
                  <tr key={figure.id}>
                    <th scope="row">{place}</th>
                    <td>{period}</td>
                    <td>{t(`budgetEntry.kinds.${figure.kind}`)}</td>
                    <td>{centsText(figure.amountCents)} €</td>
                    <td className={`${tables.text} ${styles.source}`}>{figure.source ?? t('common.none')}</td>
                    <td>
                      <div className={styles.actions}>
                        <FormDialog
                          tone="secondary"
                          label={t('budgetEntry.correct')}
                          accessibleLabel={t('budgetEntry.correctOf', { name })}
                          title={t('budgetEntry.correctFigureTitle')}
                        >
                          {(close) => <FigureForm figure={figure} {...common} onDone={close} />}
                        </FormDialog>
                        <ConfirmButton
                          tone="danger"
                          label={t('budgetEntry.delete')}
                          accessibleLabel={t('budgetEntry.deleteOf', { name })}
                          title={t('budgetEntry.deleteFigureTitle')}
                          message={t('budgetEntry.deleteFigureMessage', {
                            name,
                            amount: `${centsText(figure.amountCents)} €`,
                          })}
                          onConfirm={() => void remove(deleteFigure({ id: figure.id }))}
                        />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {data && data.caseStatistics.length > 0 && (
        <TableScroll label={t('budgetEntry.casesTable', { year })}>
          <table className={tables.table}>
            <caption>{t('budgetEntry.casesTable', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('budgetEntry.place')}</th>
                <th scope="col">{t('budget.month')}</th>
                <th scope="col">{t('budgetEntry.caseFields.cases')}</th>
                <th scope="col">{t('budgetEntry.caseFields.averageDurationDays')}</th>
                <th scope="col">{t('budgetEntry.caseFields.medianCost')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('budgetEntry.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.caseStatistics.map((cases) => {
                const { place, period } = placeOf(cases);
                const name = `${t('budgetEntry.caseFields.cases')} ${place} ${period}`;
                return (
                  <tr key={cases.id}>
                    <th scope="row">{place}</th>
                    <td>{period}</td>
                    <td>{formatCount(cases.cases, locale)}</td>
                    <td>
                      {cases.averageDurationDays == null ? t('common.none') : daysText(cases.averageDurationDays)}
                    </td>
                    <td>
                      {cases.medianCostCents == null ? t('common.none') : `${centsText(cases.medianCostCents)} €`}
                    </td>
                    <td>
                      <div className={styles.actions}>
                        <FormDialog
                          tone="secondary"
                          label={t('budgetEntry.correct')}
                          accessibleLabel={t('budgetEntry.correctOf', { name })}
                          title={t('budgetEntry.correctCasesTitle')}
                        >
                          {(close) => <CaseForm cases={cases} {...common} onDone={close} />}
                        </FormDialog>
                        <ConfirmButton
                          tone="danger"
                          label={t('budgetEntry.delete')}
                          accessibleLabel={t('budgetEntry.deleteOf', { name })}
                          title={t('budgetEntry.deleteCasesTitle')}
                          message={t('budgetEntry.deleteCasesMessage', { name })}
                          onConfirm={() => void remove(deleteCases({ id: cases.id }))}
                        />
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
