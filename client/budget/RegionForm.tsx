import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { CreateRegionMutation, type SetupRegion, UpdateRegionMutation } from './budget-setup.operations';
import { NameField } from './NameField';

type Kind = SetupRegion['kind'];
export const REGION_KINDS: Kind[] = ['SOCIAL_SPACE', 'DISTRICT', 'CITY', 'OTHER'];

interface RegionFormProps {
  region: SetupRegion | null;
  regions: readonly SetupRegion[];
  onDone: () => void;
}

/** A region: its name, what kind of place it is, and the region it lies in. */
export function RegionForm({ region, regions, onDone }: RegionFormProps) {
  const { t } = useTranslation();
  const [{ fetching: creating }, create] = useMutation(CreateRegionMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateRegionMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [name, setName] = useState(region?.name ?? '');
  const [kind, setKind] = useState<Kind>(region?.kind ?? 'SOCIAL_SPACE');
  const [parentId, setParentId] = useState(region?.parent?.id ?? '');
  // A region cannot lie within itself; deeper cycles the server refuses (BAD_USER_INPUT, parentId).
  const parents = regions.filter((candidate) => candidate.id !== region?.id);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { name: name.trim(), kind, parentId: parentId || null };
    const result = region ? await update({ id: region.id, input }) : await create({ input });
    setRefusal(result.error ?? null);
    if (!result.error) onDone();
  };

  return (
    <form className={forms.stack} onSubmit={(event) => void submit(event)}>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      <NameField value={name} onChange={setName} />
      <div className={forms.row}>
        <label className={forms.field}>
          {t('budgetSetup.regionKind')}
          <select className={forms.select} value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            {REGION_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`budgetSetup.regionKinds.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className={forms.field}>
          {t('budgetSetup.parentRegion')}
          <select className={forms.select} value={parentId} onChange={(event) => setParentId(event.target.value)}>
            <option value="">{t('budgetSetup.noParentRegion')}</option>
            {parents.map((parent) => (
              <option key={parent.id} value={parent.id}>
                {parent.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className={forms.actions}>
        <button type="button" className={forms.secondary} onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className={forms.button} disabled={creating || updating}>
          {t('budgetSetup.save')}
        </button>
      </div>
    </form>
  );
}
