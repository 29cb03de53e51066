import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { LIMITS } from '../../schema/limits';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import styles from './MeetingForms.module.css';
import page from './MeetingPage.module.css';
import type { Meeting } from './meeting';
import {
  AddAttendeeMutation,
  DirectoryQuery,
  RemoveAttendeeMutation,
  UpdateAttendeeMutation,
} from './meeting.operations';
import { PersonSelect } from './PersonSelect';
import { useRefusal } from './use-refusal';

type Attendee = Meeting['attendees'][number];

/**
 * Who was there ("Anwesend"): guests who joined and participants who opened the meeting on its
 * day are checked in by themselves; facilitators add those on the paper list and correct it.
 */
export function AttendanceSection({ meeting, manages }: { meeting: Meeting; manages: boolean }) {
  const { t } = useTranslation();
  const present = meeting.attendees.filter((attendee) => attendee.present);
  const shown = manages ? meeting.attendees : present;
  return (
    <section aria-labelledby="attendance" className={page.section}>
      <h2 id="attendance">{t('attendance.title')}</h2>
      <p className={styles.muted}>{t('attendance.count', { count: present.length })}</p>
      {shown.length === 0 ? (
        <p>{t('attendance.none')}</p>
      ) : (
        <ul className={styles.list}>
          {shown.map((attendee) => (
            <AttendeeRow key={attendee.id} attendee={attendee} />
          ))}
        </ul>
      )}
      {manages && <AddAttendeeForm meetingId={meeting.id} />}
    </section>
  );
}

function AttendeeRow({ attendee }: { attendee: Attendee }) {
  const { t } = useTranslation();
  const manages = attendee.viewerCan.manage;
  const [updated, update] = useMutation(UpdateAttendeeMutation);
  const [removed, remove] = useMutation(RemoveAttendeeMutation);
  const { refusal, dismiss, run } = useRefusal();
  const text = attendee.organizationName ? `${attendee.name} (${attendee.organizationName})` : attendee.name;
  return (
    <li className={styles.item}>
      {manages ? (
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={attendee.present}
            disabled={updated.fetching}
            onChange={(event) => void run(update({ id: attendee.id, input: { present: event.target.checked } }))}
          />
          <span className={styles.itemText}>{text}</span>
        </label>
      ) : (
        <span className={styles.itemText}>{text}</span>
      )}
      <span className={styles.muted}>{t(`attendance.source.${attendee.source}`)}</span>
      {manages && attendee.source === 'ADDED' && (
        <button
          type="button"
          className={`${forms.secondary} ${styles.small}`}
          aria-label={t('attendance.removeNamed', { name: attendee.name })}
          disabled={removed.fetching}
          onClick={() => void run(remove({ id: attendee.id }))}
        >
          {t('attendance.remove')}
        </button>
      )}
      {refusal && <ErrorNotice error={refusal} onDismiss={dismiss} />}
    </li>
  );
}

function AddAttendeeForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [directory] = useQuery({ query: DirectoryQuery });
  const [personId, setPersonId] = useState('');
  const [name, setName] = useState('');
  const [organizationName, setOrganizationName] = useState('');
  const [{ fetching }, add] = useMutation(AddAttendeeMutation);
  const { refusal, dismiss, run } = useRefusal();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      meetingId,
      personId: personId || null,
      name: name.trim() || null,
      organizationName: organizationName.trim() || null,
    };
    if (await run(add({ input }))) {
      setPersonId('');
      setName('');
      setOrganizationName('');
    }
  };
  return (
    <form className={styles.panel} aria-labelledby={`${id}-title`} onSubmit={(event) => void submit(event)}>
      <h3 id={`${id}-title`}>{t('attendance.add')}</h3>
      <p className={styles.hint}>{t('attendance.addHint')}</p>
      {refusal && <ErrorNotice error={refusal} onDismiss={dismiss} />}
      <div className={styles.row}>
        <PersonSelect
          label={t('attendance.person')}
          people={directory.data?.people}
          value={personId}
          placeholder={t('attendance.onPaper')}
          onChange={setPersonId}
        />
        <label className={forms.field}>
          {t('attendance.name')}
          <input
            className={forms.input}
            maxLength={LIMITS.name}
            required={!personId}
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <label className={forms.field}>
          {t('attendance.organization')}
          <input
            className={forms.input}
            maxLength={LIMITS.name}
            value={organizationName}
            onChange={(event) => setOrganizationName(event.target.value)}
          />
        </label>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={forms.button} disabled={fetching || (!personId && !name.trim())}>
          {t('attendance.addSubmit')}
        </button>
      </div>
    </form>
  );
}
