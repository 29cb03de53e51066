import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import styles from './AuthPage.module.css';
import { AcceptInvitationMutation } from './auth.operations';
import { useRefusalMessage } from './refusal';
import { useSession } from './SessionProvider';

/** Where an invitation link leads (`/invitation/<token>`): the invited person sets a password and is signed in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { token = '' } = useParams();
  const { restart } = useSession();
  const [{ fetching }, accept] = useMutation(AcceptInvitationMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [mismatch, setMismatch] = useState(false);
  const message = useRefusalMessage({
    'BAD_USER_INPUT:token': 'auth.invitation.invalidLink',
    'BAD_USER_INPUT:password': 'auth.invitation.passwordLength',
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    const password = String(fields.get('password'));
    setMismatch(password !== fields.get('repeat'));
    if (password !== fields.get('repeat')) return;
    const result = await accept({ input: { token, password } });
    setRefusal(result.error ?? null);
    if (result.error) return;
    restart();
    await navigate('/', { replace: true });
  };

  const lengthHint = t('auth.invitation.passwordHint', { min: LIMITS.passwordMin });
  return (
    <div className={styles.page}>
      <title>{`${t('auth.invitation.title')} – ${t('app.name')}`}</title>
      <h1>{t('auth.invitation.title')}</h1>
      <p className={styles.intro}>{t('auth.invitation.intro')}</p>
      <form className={styles.form} onSubmit={(event) => void submit(event)}>
        {refusal && <Notice tone="error">{message(refusal)}</Notice>}
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
            {lengthHint}
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
        <button type="submit" className={forms.button} disabled={fetching}>
          {t('auth.invitation.submit')}
        </button>
      </form>
    </div>
  );
}
