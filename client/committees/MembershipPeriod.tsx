import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormDialog } from '../ui/FormDialog';
import forms from '../ui/forms.module.css';
import { UpdateMembershipMutation } from './committee.operations';

interface Membership {
  id: string;
  since?: string | null;
  until?: string | null;
}

function PeriodForm({ membership, onDone }: { membership: Membership; onDone: () => void }) {
  const { t } = useTranslation();
  const [since, setSince] = useState(membership.since ?? '');
  const [until, setUntil] = useState(membership.until ?? '');
  const [{ fetching }, update] = useMutation(UpdateMembershipMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const backwards = Boolean(since && until && until < since);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (backwards) return;
    const result = await update({ id: membership.id, input: { since: since || null, until: until || null } });
    setRefusal(result.error ?? null);
    if (!result.error) onDone();
  };

  return (
    <form className={forms.stack} onSubmit={(event) => void submit(event)}>
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      <div className={forms.row}>
        <label className={forms.field}>
          {t('committees.since')}
          <input className={forms.input} type="date" value={since} onChange={(event) => setSince(event.target.value)} />
        </label>
        <label className={forms.field}>
          {t('committees.until')}
          <input
            className={forms.input}
            type="date"
            value={until}
            aria-invalid={backwards || undefined}
            aria-describedby={backwards ? `${membership.id}-backwards` : undefined}
            onChange={(event) => setUntil(event.target.value)}
          />
        </label>
      </div>
      {backwards && (
        <p id={`${membership.id}-backwards`} role="alert" className={forms.problem}>
          {t('committees.untilBeforeSince')}
        </p>
      )}
      <p className={forms.hint}>{t('committees.periodHint')}</p>
      <div className={forms.actions}>
        <button type="button" className={forms.secondary} onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className={forms.button} disabled={fetching || backwards}>
          {t('committees.savePeriod')}
        </button>
      </div>
    </form>
  );
}

/** Since when and until when someone is a member: set, changed or cleared in a dialog. */
export function MembershipPeriod({ membership, name }: { membership: Membership; name: string }) {
  const { t } = useTranslation();
  return (
    <FormDialog
      tone="secondary"
      label={t('committees.period')}
      accessibleLabel={t('committees.periodOf', { name })}
      title={t('committees.periodTitle', { name })}
    >
      {(close) => <PeriodForm membership={membership} onDone={close} />}
    </FormDialog>
  );
}
