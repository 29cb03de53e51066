import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import styles from './AuthPage.module.css';
import { SignInMutation } from './auth.operations';
import { EntryPage } from './EntryPage';
import { OWN_UNAUTHENTICATED, returnPath } from './unauthenticated';
import { useSessionStart } from './use-session-start';

/** Signing in with e-mail and password; afterwards back to the page that asked for it. */
export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = params.get('next');
  const { start, busy, refusal } = useSessionStart(
    SignInMutation,
    { UNAUTHENTICATED: 'auth.signIn.wrongCredentials' },
    OWN_UNAUTHENTICATED,
  );
  const signIn = (fields: FormData) =>
    void start({ input: { email: String(fields.get('email')), password: String(fields.get('password')) } }, () =>
      returnPath(next),
    );

  return (
    <EntryPage
      title={t('auth.signIn.title')}
      lead={
        next ? (
          <Notice tone="info">{t('auth.signIn.needed')}</Notice>
        ) : (
          <p className={styles.intro}>{t('auth.signIn.intro')}</p>
        )
      }
      submit={t('auth.signIn.submit')}
      busy={busy}
      refusal={refusal}
      onSubmit={signIn}
      footer={
        <>
          {t('auth.signIn.guestHint')} <Link to="/join">{t('auth.join.link')}</Link>
        </>
      }
    >
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
    </EntryPage>
  );
}
