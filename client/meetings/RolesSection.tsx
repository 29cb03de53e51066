import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { EnumOf } from '../api/graphql';
import { personName } from '../committees/people';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import styles from './MeetingForms.module.css';
import page from './MeetingPage.module.css';
import type { Meeting } from './meeting';
import { DirectoryQuery, RemoveMeetingRoleMutation, SetMeetingRoleMutation } from './meeting.operations';
import { PersonSelect } from './PersonSelect';
import { useRefusal } from './use-refusal';

type RoleKind = EnumOf<'MeetingRoleKind'>;
const KINDS: readonly RoleKind[] = ['FACILITATOR', 'PARTICIPANT'];

/** Facilitators and named participants; facilitators name more from the directory, change and remove them. */
export function RolesSection({ meeting, manages }: { meeting: Meeting; manages: boolean }) {
  const { t } = useTranslation();
  const [changed, setRole] = useMutation(SetMeetingRoleMutation);
  const [removed, removeRole] = useMutation(RemoveMeetingRoleMutation);
  const { refusal, dismiss, run } = useRefusal();
  const busy = changed.fetching || removed.fetching;
  return (
    <section aria-labelledby="roles" className={page.section}>
      <h2 id="roles">{t('meetingRoles.title')}</h2>
      <p className={styles.muted}>{t('meetingRoles.intro')}</p>
      {refusal && <ErrorNotice error={refusal} onDismiss={dismiss} />}
      <ul className={styles.list}>
        {meeting.roles.map((role) => {
          const name = personName(role.person);
          return (
            <li key={role.id} className={styles.item}>
              <span className={styles.itemText}>{name}</span>
              {role.viewerCan.manage ? (
                <span className={styles.actions}>
                  <select
                    className={forms.select}
                    aria-label={t('meetingRoles.roleOf', { name })}
                    value={role.role}
                    disabled={busy}
                    onChange={(event) =>
                      void run(
                        setRole({
                          input: {
                            meetingId: meeting.id,
                            personId: role.person.id,
                            role: event.target.value as RoleKind,
                          },
                        }),
                      )
                    }
                  >
                    {KINDS.map((kind) => (
                      <option key={kind} value={kind}>
                        {t(`meetingRoles.kinds.${kind}`)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className={`${forms.secondary} ${styles.small}`}
                    aria-label={t('meetingRoles.removeNamed', { name })}
                    disabled={busy}
                    onClick={() => void run(removeRole({ id: role.id }))}
                  >
                    {t('meetingRoles.remove')}
                  </button>
                </span>
              ) : (
                <span className={styles.muted}>{t(`meetingRoles.kinds.${role.role}`)}</span>
              )}
            </li>
          );
        })}
      </ul>
      {manages && <NameForm meeting={meeting} />}
    </section>
  );
}

function NameForm({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const id = useId();
  const [directory] = useQuery({ query: DirectoryQuery });
  const [personId, setPersonId] = useState('');
  const [role, setRole] = useState<RoleKind>('PARTICIPANT');
  const [{ fetching }, name] = useMutation(SetMeetingRoleMutation);
  const { refusal, dismiss, run } = useRefusal();
  const named = new Set(meeting.roles.map((each) => each.person.id));
  const candidates = directory.data?.people.filter((person) => !named.has(person.id)) ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (personId && (await run(name({ input: { meetingId: meeting.id, personId, role } })))) setPersonId('');
  };
  return (
    <form className={styles.panel} aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-title`}>{t('meetingRoles.add')}</h3>
      {refusal && <ErrorNotice error={refusal} onDismiss={dismiss} />}
      <div className={styles.row}>
        <PersonSelect
          label={t('meetingRoles.person')}
          people={candidates}
          value={personId}
          placeholder={t('meetingRoles.choosePerson')}
          required
          onChange={setPersonId}
        />
        <label className={forms.field}>
          {t('meetingRoles.role')}
          <select className={forms.select} value={role} onChange={(event) => setRole(event.target.value as RoleKind)}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`meetingRoles.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={forms.button} disabled={fetching || !personId}>
          {t('meetingRoles.name')}
        </button>
      </div>
    </form>
  );
}
