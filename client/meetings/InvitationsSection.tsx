import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LIMITS } from '../../schema/limits';
import { OwnerSelect } from '../protocols/OwnerSelect';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { partyNames } from '../ui/party';
import styles from './MeetingForms.module.css';
import page from './MeetingPage.module.css';
import type { Meeting } from './meeting';
import { DirectoryQuery, InviteMutation, RemoveInvitationMutation } from './meeting.operations';
import { useRefusal } from './use-refusal';

/** Who is invited: bodies, organisations and people; facilitators add and remove them. */
export function InvitationsSection({ meeting, manages }: { meeting: Meeting; manages: boolean }) {
  const { t } = useTranslation();
  const [{ fetching }, removeInvitation] = useMutation(RemoveInvitationMutation);
  const { refusal, dismiss, run } = useRefusal();
  return (
    <section aria-labelledby="invitees" className={page.section}>
      <h2 id="invitees">{t('meeting.invitees')}</h2>
      {refusal && <ErrorNotice error={refusal} onDismiss={dismiss} />}
      {meeting.invitations.length === 0 ? (
        <p>{t('invitations.none')}</p>
      ) : (
        <ul className={page.invitees}>
          {meeting.invitations.map((invitation) => {
            const invitee = partyNames(invitation.invitee);
            return (
              <li key={invitation.id}>
                <span className={page.invitee}>{invitee.name}</span>
                {invitation.guest && <span className={page.guest}>{t('common.guest')}</span>}
                {invitation.note && <span className={page.note}>{invitation.note}</span>}
                {invitation.viewerCan.manage && (
                  <button
                    type="button"
                    className={`${forms.secondary} ${styles.small}`}
                    aria-label={t('invitations.removeNamed', { name: invitee.name })}
                    disabled={fetching}
                    onClick={() => void run(removeInvitation({ id: invitation.id }))}
                  >
                    {t('invitations.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {manages && <InviteForm meetingId={meeting.id} />}
    </section>
  );
}

function InviteForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [directory] = useQuery({ query: DirectoryQuery });
  const [inviteeId, setInviteeId] = useState<string | null>(null);
  const [guest, setGuest] = useState(false);
  const [note, setNote] = useState('');
  const [{ fetching }, invite] = useMutation(InviteMutation);
  const { refusal, dismiss, run } = useRefusal();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!inviteeId) return;
    if (await run(invite({ input: { meetingId, inviteeId, guest, note: note.trim() || null } }))) {
      setInviteeId(null);
      setGuest(false);
      setNote('');
    }
  };
  return (
    <form className={styles.panel} aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-title`}>{t('invitations.add')}</h3>
      {refusal && <ErrorNotice error={refusal} onDismiss={dismiss} />}
      <div className={styles.row}>
        <div className={forms.field}>
          <span>{t('invitations.invitee')}</span>
          <OwnerSelect
            owners={directory.data}
            label={t('invitations.invitee')}
            value={inviteeId}
            onChange={setInviteeId}
            placeholder={t('invitations.choose')}
          />
        </div>
        <label className={forms.field}>
          {t('invitations.note')}
          <input
            className={forms.input}
            maxLength={LIMITS.title}
            placeholder={t('invitations.notePlaceholder')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={guest} onChange={(event) => setGuest(event.target.checked)} />
          {t('invitations.asGuest')}
        </label>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={forms.button} disabled={fetching || !inviteeId}>
          {t('invitations.invite')}
        </button>
      </div>
    </form>
  );
}
