import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { useViewerCan } from '../session/viewer-can';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormDialog } from '../ui/FormDialog';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { AreaForm } from './AreaForm';
import { BudgetForm } from './BudgetForm';
import styles from './BudgetSetup.module.css';
import {
  BudgetSetupQuery,
  DeleteBudgetMutation,
  DeleteRegionMutation,
  DeleteServiceAreaMutation,
  type SetupData,
} from './budget-setup.operations';
import { RegionForm } from './RegionForm';
import { areaName } from './service-areas';

/** Runs a deletion and keeps its refusal to show. */
function useRemoval() {
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const run = async (removal: Promise<{ error?: CombinedError }>) => setRefusal((await removal).error ?? null);
  return { refusal, clear: () => setRefusal(null), run };
}

function Budgets({ data }: { data: SetupData }) {
  const { t } = useTranslation();
  const [, deleteBudget] = useMutation(DeleteBudgetMutation);
  const removal = useRemoval();
  return (
    <section aria-labelledby="budgets" className={styles.section}>
      <div className={styles.sectionHead}>
        <h2 id="budgets">{t('budgetSetup.budgets')}</h2>
        <FormDialog label={t('budgetSetup.newBudget')} title={t('budgetSetup.newBudget')}>
          {(close) => <BudgetForm budget={null} regions={data.regions} onDone={close} />}
        </FormDialog>
      </div>
      <p className={styles.meta}>{t('budgetSetup.budgetsIntro')}</p>
      {removal.refusal && <ErrorNotice error={removal.refusal} onDismiss={removal.clear} />}
      {data.budgets.length === 0 && <p>{t('budgetSetup.noBudgets')}</p>}
      <ul className={styles.list}>
        {data.budgets.map((budget) => (
          <li key={budget.id} className={styles.item}>
            <div>
              <strong>{budget.name}</strong>
              <span className={styles.meta}>
                {budget.regions.map((region) => region.name).join(', ')}
                {budget.trendBaseFromYear != null &&
                  ` · ${t('budget.trendBase', { from: budget.trendBaseFromYear, to: budget.trendBaseToYear })}`}
              </span>
            </div>
            <div className={styles.actions}>
              <FormDialog
                tone="secondary"
                label={t('budgetSetup.edit')}
                accessibleLabel={t('budgetSetup.editOf', { name: budget.name })}
                title={t('budgetSetup.editOf', { name: budget.name })}
              >
                {(close) => <BudgetForm budget={budget} regions={data.regions} onDone={close} />}
              </FormDialog>
              <ConfirmButton
                tone="danger"
                label={t('budgetSetup.delete')}
                accessibleLabel={t('budgetSetup.deleteOf', { name: budget.name })}
                title={t('budgetSetup.deleteOf', { name: budget.name })}
                message={t('budgetSetup.deleteBudgetMessage', { name: budget.name })}
                onConfirm={() => void removal.run(deleteBudget({ id: budget.id }))}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Regions({ data }: { data: SetupData }) {
  const { t } = useTranslation();
  const [, deleteRegion] = useMutation(DeleteRegionMutation);
  const removal = useRemoval();
  return (
    <section aria-labelledby="regions" className={styles.section}>
      <div className={styles.sectionHead}>
        <h2 id="regions">{t('budgetSetup.regions')}</h2>
        <FormDialog label={t('budgetSetup.newRegion')} title={t('budgetSetup.newRegion')}>
          {(close) => <RegionForm region={null} regions={data.regions} onDone={close} />}
        </FormDialog>
      </div>
      {removal.refusal && <ErrorNotice error={removal.refusal} onDismiss={removal.clear} />}
      {data.regions.length === 0 && <p>{t('budgetSetup.noRegions')}</p>}
      <ul className={styles.list}>
        {data.regions.map((region) => (
          <li key={region.id} className={styles.item}>
            <div>
              <strong>{region.name}</strong>
              <span className={styles.meta}>
                {[t(`budgetSetup.regionKinds.${region.kind}`), region.parent?.name].filter(Boolean).join(' · ')}
              </span>
            </div>
            <div className={styles.actions}>
              <FormDialog
                tone="secondary"
                label={t('budgetSetup.edit')}
                accessibleLabel={t('budgetSetup.editOf', { name: region.name })}
                title={t('budgetSetup.editOf', { name: region.name })}
              >
                {(close) => <RegionForm region={region} regions={data.regions} onDone={close} />}
              </FormDialog>
              {region.inUse ? (
                <span className={styles.meta}>{t('budgetSetup.regionInUse')}</span>
              ) : (
                <ConfirmButton
                  tone="danger"
                  label={t('budgetSetup.delete')}
                  accessibleLabel={t('budgetSetup.deleteOf', { name: region.name })}
                  title={t('budgetSetup.deleteOf', { name: region.name })}
                  message={t('budgetSetup.deleteRegionMessage', { name: region.name })}
                  onConfirm={() => void removal.run(deleteRegion({ id: region.id }))}
                />
              )}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Areas({ data }: { data: SetupData }) {
  const { t } = useTranslation();
  const [, deleteArea] = useMutation(DeleteServiceAreaMutation);
  const removal = useRemoval();
  const areas = [...data.serviceAreas].sort((a, b) => a.order - b.order);
  return (
    <section aria-labelledby="areas" className={styles.section}>
      <div className={styles.sectionHead}>
        <h2 id="areas">{t('budgetSetup.areas')}</h2>
        <FormDialog label={t('budgetSetup.newArea')} title={t('budgetSetup.newArea')}>
          {(close) => <AreaForm area={null} onDone={close} />}
        </FormDialog>
      </div>
      <p className={styles.meta}>{t('budgetSetup.areasIntro')}</p>
      {removal.refusal && <ErrorNotice error={removal.refusal} onDismiss={removal.clear} />}
      <ul className={styles.list}>
        {areas.map((area) => {
          const name = areaName(area, t);
          return (
            <li key={area.id} className={styles.item}>
              <div>
                <strong>{name}</strong>
                <span className={styles.meta}>{area.code}</span>
              </div>
              {!area.builtIn && (
                <div className={styles.actions}>
                  <FormDialog
                    tone="secondary"
                    label={t('budgetSetup.edit')}
                    accessibleLabel={t('budgetSetup.editOf', { name })}
                    title={t('budgetSetup.editOf', { name })}
                  >
                    {(close) => <AreaForm area={area} onDone={close} />}
                  </FormDialog>
                  {area.inUse ? (
                    <span className={styles.meta}>{t('budgetSetup.areaInUse')}</span>
                  ) : (
                    <ConfirmButton
                      tone="danger"
                      label={t('budgetSetup.delete')}
                      accessibleLabel={t('budgetSetup.deleteOf', { name })}
                      title={t('budgetSetup.deleteOf', { name })}
                      message={t('budgetSetup.deleteAreaMessage', { name })}
                      onConfirm={() => void removal.run(deleteArea({ id: area.id }))}
                    />
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * `/budget/setup`: the budgets, regions and service areas figures are kept by. Regions for those
 * the region rules let manage them, budgets and areas for those who write budget data.
 */
export function BudgetSetupPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const editor = Boolean(can?.budget.write || can?.region.manage);
  const [{ data, error, fetching }] = useQuery({
    query: BudgetSetupQuery,
    pause: !editor,
    // Whether a region or area is in use changes with every figure entered elsewhere.
    requestPolicy: 'cache-and-network',
  });
  return (
    <>
      <title>{`${t('budgetSetup.title')} – ${t('app.name')}`}</title>
      <h1>{t('budgetSetup.title')}</h1>
      <p>
        <Link to="/budget">{t('budgetSetup.back')}</Link>
      </p>
      {can && !editor && <Notice tone="info">{t('budgetSetup.notYours')}</Notice>}
      {error && <ErrorNotice error={error} />}
      {editor && fetching && !data && <Loading />}
      {editor && data && (
        <div className={styles.sections}>
          {can?.region.manage && <Regions data={data} />}
          {can?.budget.write && <Budgets data={data} />}
          {can?.budget.write && <Areas data={data} />}
        </div>
      )}
    </>
  );
}
