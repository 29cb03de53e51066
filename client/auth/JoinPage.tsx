import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { normalizeJoinCode } from '../../schema/join-code';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';
import styles from './AuthPage.module.css';
import { JoinMeetingMutation } from './auth.operations';
import { EntryPage } from './EntryPage';
import { useSessionStart } from './use-session-start';

/**
 * Joining a meeting as a guest, without an account: the code from the link or QR code (or typed,
 * in any case and with spaces), a name others see, and optionally an organisation.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState(useParams().code ?? '');
  const [codeChecked, setCodeChecked] = useState(false);
  const { start, busy, refusal } = useSessionStart(JoinMeetingMutation, {
    'BAD_USER_INPUT:code': 'auth.join.unknownCode',
    'BAD_USER_INPUT:displayName': 'auth.join.nameMissing',
  });
  const normalized = normalizeJoinCode(code);
  const codeProblem = codeChecked && !normalized;

  const join = (fields: FormData) => {
    setCodeChecked(true);
    if (!normalized) return;
    const input = {
      code: normalized,
      displayName: String(fields.get('displayName')),
      organizationName: String(fields.get('organizationName')).trim() || null,
    };
    void start({ input }, ({ joinMeeting: { me } }) => (me.guest ? `/meetings/${me.guest.meeting.id}` : '/'));
  };

  return (
    <EntryPage
      title={t('auth.join.title')}
      lead={<p className={styles.intro}>{t('auth.join.intro')}</p>}
      submit={t('auth.join.submit')}
      busy={busy}
      refusal={refusal}
      onSubmit={join}
      footer={
        <>
          {t('auth.join.accountHint')} <Link to="/sign-in">{t('auth.signIn.link')}</Link>
        </>
      }
    >
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
    </EntryPage>
  );
}
