import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { LIMITS } from '../../schema/limits';
import type { ResultOf } from '../api/graphql';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import {
  type CommitteeFieldsFragment,
  CreateCommitteeMutation,
  RegionsQuery,
  UpdateCommitteeMutation,
} from './committee.operations';
import { possibleParents } from './committee-tree';

type CommitteeFields = ResultOf<typeof CommitteeFieldsFragment>;
type Kind = CommitteeFields['kind'];

const KINDS: Kind[] = ['WORKING_GROUP', 'STEERING', 'OTHER'];

interface CommitteeFormProps {
  /** The committee to change; null for a new one. */
  committee: CommitteeFields | null;
  /** Every committee, for the parent choice. */
  committees: readonly CommitteeFields[];
  onDone: () => void;
}

/** Name, short name, kind, region, parent and description of a committee (admins). */
export function CommitteeForm({ committee, committees, onDone }: CommitteeFormProps) {
  const { t } = useTranslation();
  const [regions] = useQuery({ query: RegionsQuery });
  const [{ fetching: creating }, create] = useMutation(CreateCommitteeMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateCommitteeMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [values, setValues] = useState({
    name: committee?.name ?? '',
    shortName: committee?.shortName ?? '',
    kind: committee?.kind ?? 'WORKING_GROUP',
    regionId: committee?.region?.id ?? '',
    parentId: committee?.parent?.id ?? '',
    description: committee?.description ?? '',
  });
  const set = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      name: values.name.trim(),
      shortName: values.shortName.trim() || null,
      kind: values.kind,
      regionId: values.regionId || null,
      parentId: values.parentId || null,
      description: values.description.trim() || null,
    };
    const result = committee ? await update({ id: committee.id, input }) : await create({ input });
    setRefusal(result.error ?? null);
    if (!result.error) onDone();
  };

  return (
    <form className={forms.stack} onSubmit={(event) => void submit(event)}>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      {regions.error && <ErrorNotice error={regions.error} />}
      <label className={forms.field}>
        {t('committeeForm.name')}
        <input
          className={forms.input}
          required
          maxLength={LIMITS.name}
          value={values.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </label>
      <div className={forms.row}>
        <label className={forms.field}>
          {t('committeeForm.shortName')}
          <input
            className={forms.input}
            maxLength={LIMITS.name}
            value={values.shortName}
            onChange={(event) => set({ shortName: event.target.value })}
          />
        </label>
        <label className={forms.field}>
          {t('committeeForm.kind')}
          <select
            className={forms.select}
            value={values.kind}
            onChange={(event) => set({ kind: event.target.value as Kind })}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`committeeKinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className={forms.row}>
        <label className={forms.field}>
          {t('committeeForm.region')}
          <select
            className={forms.select}
            value={values.regionId}
            onChange={(event) => set({ regionId: event.target.value })}
          >
            <option value="">{t('committeeForm.noRegion')}</option>
            {(regions.data?.regions ?? []).map((region) => (
              <option key={region.id} value={region.id}>
                {region.name}
              </option>
            ))}
          </select>
        </label>
        <label className={forms.field}>
          {t('committeeForm.parent')}
          <select
            className={forms.select}
            value={values.parentId}
            onChange={(event) => set({ parentId: event.target.value })}
          >
            <option value="">{t('committeeForm.noParent')}</option>
            {possibleParents(committees, committee?.id ?? null).map((parent) => (
              <option key={parent.id} value={parent.id}>
                {parent.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className={forms.field}>
        {t('committeeForm.description')}
        <textarea
          className={forms.input}
          rows={3}
          maxLength={LIMITS.longText}
          value={values.description}
          onChange={(event) => set({ description: event.target.value })}
        />
      </label>
      <div className={forms.actions}>
        <button type="button" className={forms.secondary} onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className={forms.button} disabled={creating || updating}>
          {committee ? t('committeeForm.save') : t('committeeForm.create')}
        </button>
      </div>
    </form>
  );
}
