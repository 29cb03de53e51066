import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';
import styles from './AuthPage.module.css';
import { AcceptInvitationMutation } from './auth.operations';
import { EntryPage } from './EntryPage';
import { useSessionStart } from './use-session-start';

/** Where an invitation link leads (`/invitation/<token>`): the invited person sets a password and is signed in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const id = useId();
  const { token = '' } = useParams();
  const [mismatch, setMismatch] = useState(false);
  const { start, busy, refusal } = useSessionStart(AcceptInvitationMutation, {
    'BAD_USER_INPUT:token': 'auth.invitation.invalidLink',
    'BAD_USER_INPUT:password': 'auth.invitation.passwordLength',
  });

  const accept = (fields: FormData) => {
    const password = String(fields.get('password'));
    const repeated = password === fields.get('repeat');
    setMismatch(!repeated);
    if (repeated) void start({ input: { token, password } }, () => '/');
  };

  return (
    <EntryPage
      title={t('auth.invitation.title')}
      lead={<p className={styles.intro}>{t('auth.invitation.intro')}</p>}
      submit={t('auth.invitation.submit')}
      busy={busy}
      refusal={refusal}
      onSubmit={accept}
    >
      <label className={forms.field}>
        {t('auth.invitation.password')}
        <input
          className={forms.input}
          type="password"
          name="password"
          autoComplete="new-password"
          required
          minLength={LIMITS.passwordMin}
          maxLength={LIMITS.passwordMax}
          aria-describedby={`${id}-password`}
        />
        <span id={`${id}-password`} className={styles.hint}>
          {t('auth.invitation.passwordHint', { min: LIMITS.passwordMin })}
        </span>
      </label>
      <label className={forms.field}>
        {t('auth.invitation.repeat')}
        <input
          className={forms.input}
          type="password"
          name="repeat"
          autoComplete="new-password"
          required
          maxLength={LIMITS.passwordMax}
          aria-invalid={mismatch}
          aria-describedby={mismatch ? `${id}-repeat` : undefined}
        />
        {mismatch && (
          <span id={`${id}-repeat`} className={styles.problem}>
            {t('auth.invitation.mismatch')}
          </span>
        )}
      </label>
    </EntryPage>
  );
}
