import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { LIMITS, SERVICE_AREA_CODE } from '../../schema/limits';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { CreateServiceAreaMutation, type SetupArea, UpdateServiceAreaMutation } from './budget-setup.operations';
import { NameField } from './NameField';

/** A custom service area ("Leistungsbereich"): a stable code, and a name that can change. */
export function AreaForm({ area, onDone }: { area: SetupArea | null; onDone: () => void }) {
  const { t } = useTranslation();
  const hintId = useId();
  const [{ fetching: creating }, create] = useMutation(CreateServiceAreaMutation);
  const [{ fetching: updating }, update] = useMutation(UpdateServiceAreaMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [code, setCode] = useState(area?.code ?? '');
  const [name, setName] = useState(area?.name ?? '');
  const codeValid = SERVICE_AREA_CODE.test(code);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!area && !codeValid) return;
    const result = area
      ? await update({ id: area.id, input: { name: name.trim() } })
      : await create({ input: { code, name: name.trim() } });
    setRefusal(result.error ?? null);
    if (!result.error) onDone();
  };

  return (
    <form className={forms.stack} onSubmit={(event) => void submit(event)}>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      <label className={forms.field}>
        {t('budgetSetup.areaCode')}
        <input
          className={forms.input}
          required
          disabled={area !== null}
          maxLength={LIMITS.serviceAreaCode}
          pattern={SERVICE_AREA_CODE.source}
          value={code}
          aria-describedby={hintId}
          onChange={(event) => setCode(event.target.value.toUpperCase())}
        />
      </label>
      <p id={hintId} className={forms.hint}>
        {t('budgetSetup.areaCodeHint')}
      </p>
      <NameField value={name} onChange={setName} />
      <div className={forms.actions}>
        <button type="button" className={forms.secondary} onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className={forms.button} disabled={creating || updating || (!area && !codeValid)}>
          {t('budgetSetup.save')}
        </button>
      </div>
    </form>
  );
}
