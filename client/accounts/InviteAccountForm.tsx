import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LIMITS } from '../../schema/limits';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import { useRefusal } from '../meetings/use-refusal';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import styles from './Accounts.module.css';
import { invitationLink } from './account-rules';
import { InviteAccountMutation } from './accounts.operations';

/** Invites a person by e-mail address; the single-use link to hand on is shown once, as the server gives it once. */
export function InviteAccountForm({ onInvited }: { onInvited: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [budgetEditor, setBudgetEditor] = useState(false);
  const [invited, invite] = useMutation(InviteAccountMutation);
  const inviting = useRefusal();
  const [link, setLink] = useState<{ email: string; url: string; expiresAt: string } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const grants = budgetEditor ? (['BUDGET_EDITOR'] as const) : [];
    const result = await invite({ input: { email: email.trim(), name: name.trim(), grants: [...grants] } });
    await inviting.run(Promise.resolve(result));
    const data = result.data?.inviteAccount;
    if (!data) return;
    setLink({
      email: data.account.email,
      url: invitationLink(window.location.origin, data.token),
      expiresAt: data.expiresAt,
    });
    setEmail('');
    setName('');
    setBudgetEditor(false);
    onInvited();
  };

  return (
    <form className={styles.panel} aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h2 id={`${id}-title`}>{t('accounts.invite')}</h2>
      {inviting.refusal && <ErrorNotice error={inviting.refusal} onDismiss={inviting.dismiss} />}
      {link && (
        <Notice tone="success" onDismiss={() => setLink(null)}>
          <p>{t('accounts.invited', { email: link.email, until: formatDateTime(link.expiresAt, locale) })}</p>
          <label className={forms.field}>
            {t('accounts.invitationLink')}
            <input className={forms.input} readOnly value={link.url} onFocus={(event) => event.target.select()} />
          </label>
        </Notice>
      )}
      <div className={styles.row}>
        <label className={forms.field}>
          {t('accounts.email')}
          <input
            className={forms.input}
            type="email"
            required
            maxLength={LIMITS.email}
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </label>
        <label className={forms.field}>
          {t('accounts.name')}
          <input
            className={forms.input}
            required
            maxLength={LIMITS.name}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
      </div>
      <label className={forms.checkbox}>
        <input type="checkbox" checked={budgetEditor} onChange={(event) => setBudgetEditor(event.target.checked)} />
        {t('accounts.budgetEditor')}
      </label>
      <div>
        <button type="submit" className={forms.button} disabled={invited.fetching}>
          {t('accounts.inviteSubmit')}
        </button>
      </div>
    </form>
  );
}
