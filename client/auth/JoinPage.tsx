import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { normalizeJoinCode } from '../../schema/join-code';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import styles from './AuthPage.module.css';
import { JoinMeetingMutation } from './auth.operations';
import { useRefusalMessage } from './refusal';
import { useSession } from './SessionProvider';

/**
 * Joining a meeting as a guest, without an account: the code from the link or QR code (or typed,
 * in any case and with spaces), a name others see, and optionally an organisation.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { restart } = useSession();
  const [code, setCode] = useState(useParams().code ?? '');
  const [codeChecked, setCodeChecked] = useState(false);
  const [{ fetching }, join] = useMutation(JoinMeetingMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const message = useRefusalMessage({
    'BAD_USER_INPUT:code': 'auth.join.unknownCode',
    'BAD_USER_INPUT:displayName': 'auth.join.nameMissing',
  });
  const normalized = normalizeJoinCode(code);
  const codeProblem = codeChecked && !normalized;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCodeChecked(true);
    if (!normalized) return;
    const fields = new FormData(event.currentTarget);
    const input = {
      code: normalized,
      displayName: String(fields.get('displayName')),
      organizationName: String(fields.get('organizationName')).trim() || null,
    };
    const result = await join({ input });
    setRefusal(result.error ?? null);
    const meeting = result.data?.joinMeeting.me.guest?.meeting;
    if (!meeting) return;
    restart();
    await navigate(`/meetings/${meeting.id}`, { replace: true });
  };

  return (
    <div className={styles.page}>
      <title>{`${t('auth.join.title')} – ${t('app.name')}`}</title>
      <h1>{t('auth.join.title')}</h1>
      <p className={styles.intro}>{t('auth.join.intro')}</p>
      <form className={styles.form} onSubmit={(event) => void submit(event)}>
        {refusal && <Notice tone="error">{message(refusal)}</Notice>}
        <label className={forms.field}>
          {t('auth.join.code')}
          <input
            className={`${forms.input} ${styles.code}`}
            name="code"
            value={code}
            onChange={(event) => setCode(event.target.value)}
            onBlur={() => setCodeChecked(code !== '')}
            required
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={12}
            aria-invalid={codeProblem}
            aria-describedby={`${id}-code`}
          />
          <span id={`${id}-code`} className={codeProblem ? styles.problem : styles.hint}>
            {t(codeProblem ? 'auth.join.codeInvalid' : 'auth.join.codeHint')}
          </span>
        </label>
        <label className={forms.field}>
          {t('auth.join.displayName')}
          <input
            className={forms.input}
            name="displayName"
            required
            autoComplete="name"
            maxLength={LIMITS.name}
            aria-describedby={`${id}-name`}
          />
          <span id={`${id}-name`} className={styles.hint}>
            {t('auth.join.displayNameHint')}
          </span>
        </label>
        <label className={forms.field}>
          {t('auth.join.organization')}
          <input className={forms.input} name="organizationName" autoComplete="organization" maxLength={LIMITS.name} />
        </label>
        <button type="submit" className={forms.button} disabled={fetching}>
          {t('auth.join.submit')}
        </button>
      </form>
      <p className={styles.other}>
        {t('auth.join.accountHint')} <Link to="/sign-in">{t('auth.signIn.link')}</Link>
      </p>
    </div>
  );
}
