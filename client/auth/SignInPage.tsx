import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import styles from './AuthPage.module.css';
import { SignInMutation } from './auth.operations';
import { useRefusalMessage } from './refusal';
import { useSession } from './SessionProvider';
import { OWN_UNAUTHENTICATED, returnPath } from './unauthenticated';

/** Signing in with e-mail and password; afterwards back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next');
  const { restart } = useSession();
  const [{ fetching }, signIn] = useMutation(SignInMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const message = useRefusalMessage({ UNAUTHENTICATED: 'auth.signIn.wrongCredentials' });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = new FormData(event.currentTarget);
    const input = { email: String(fields.get('email')), password: String(fields.get('password')) };
    const result = await signIn({ input }, OWN_UNAUTHENTICATED);
    setRefusal(result.error ?? null);
    if (result.error) return;
    restart();
    await navigate(returnPath(next), { replace: true });
  };

  return (
    <div className={styles.page}>
      <title>{`${t('auth.signIn.title')} – ${t('app.name')}`}</title>
      <h1>{t('auth.signIn.title')}</h1>
      {next ? <Notice tone="info">{t('auth.signIn.needed')}</Notice> : <p className={styles.intro}>{t('auth.signIn.intro')}</p>}
      <form className={styles.form} onSubmit={(event) => void submit(event)}>
        {refusal && <Notice tone="error">{message(refusal)}</Notice>}
        <label className={forms.field}>
          {t('auth.signIn.email')}
          <input
            className={forms.input}
            type="email"
            name="email"
            autoComplete="username"
            required
            maxLength={LIMITS.email}
          />
        </label>
        <label className={forms.field}>
          {t('auth.signIn.password')}
          <input
            className={forms.input}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            maxLength={LIMITS.passwordMax}
          />
        </label>
        <button type="submit" className={forms.button} disabled={fetching}>
          {t('auth.signIn.submit')}
        </button>
      </form>
      <p className={styles.other}>
        {t('auth.signIn.guestHint')} <Link to="/join">{t('auth.join.link')}</Link>
      </p>
    </div>
  );
}
