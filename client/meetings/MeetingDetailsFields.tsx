import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../schema/limits';
import type { ResultOf } from '../api/graphql';
import forms from '../ui/forms.module.css';
import styles from './MeetingForms.module.css';
import type { DirectoryQuery } from './meeting.operations';
import { type MeetingWhen, meetingInstants } from './meeting-time';
import { PersonSelect } from './PersonSelect';

export interface MeetingDetails extends MeetingWhen {
  title: string;
  place: string;
  description: string;
  hostCommitteeId: string;
  protocolAuthorId: string;
}

type Directory = ResultOf<typeof DirectoryQuery>;

/** Title, day and hours (or all day), place, host body, description and protocol author of a meeting. */
export function MeetingDetailsFields({
  details,
  directory,
  onChange,
}: {
  details: MeetingDetails;
  directory: Directory | undefined;
  onChange: (details: MeetingDetails) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = <K extends keyof MeetingDetails>(key: K, value: MeetingDetails[K]) =>
    onChange({ ...details, [key]: value });
  return (
    <>
      <label className={forms.field}>
        {t('meetingForm.title')}
        <input
          className={forms.input}
          required
          maxLength={LIMITS.title}
          value={details.title}
          onChange={(event) => set('title', event.target.value)}
        />
      </label>
      <div className={styles.row}>
        <label className={forms.field}>
          {t('meetingForm.day')}
          <input
            className={forms.input}
            type="date"
            required
            value={details.day}
            onChange={(event) => set('day', event.target.value)}
          />
        </label>
        <label className={styles.check}>
          <input type="checkbox" checked={details.allDay} onChange={(event) => set('allDay', event.target.checked)} />
          {t('meetingForm.allDay')}
        </label>
      </div>
      {!details.allDay && (
        <div className={styles.row}>
          <label className={forms.field}>
            {t('meetingForm.start')}
            <input
              className={forms.input}
              type="time"
              required
              value={details.start}
              onChange={(event) => set('start', event.target.value)}
            />
          </label>
          <label className={forms.field}>
            {t('meetingForm.end')}
            <input
              className={forms.input}
              type="time"
              min={details.start || undefined}
              value={details.end}
              onChange={(event) => set('end', event.target.value)}
            />
          </label>
        </div>
      )}
      <div className={styles.row}>
        <label className={forms.field}>
          {t('meetingForm.place')}
          <input
            className={forms.input}
            maxLength={LIMITS.title}
            value={details.place}
            onChange={(event) => set('place', event.target.value)}
          />
        </label>
        <label className={forms.field}>
          {t('meetingForm.host')}
          <select
            className={forms.select}
            value={details.hostCommitteeId}
            onChange={(event) => set('hostCommitteeId', event.target.value)}
          >
            <option value="">{t('meetingForm.noHost')}</option>
            {directory?.committees.map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.shortName ? `${committee.shortName} – ${committee.name}` : committee.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className={forms.field}>
        {t('meetingForm.description')}
        <textarea
          className={forms.input}
          rows={3}
          maxLength={LIMITS.longText}
          value={details.description}
          aria-describedby={`${id}-description`}
          onChange={(event) => set('description', event.target.value)}
        />
        <span id={`${id}-description`} className={styles.hint}>
          {t('meetingForm.descriptionHint')}
        </span>
      </label>
      <PersonSelect
        label={t('meetingForm.protocolAuthor')}
        people={directory?.people}
        value={details.protocolAuthorId}
        placeholder={t('meetingForm.noProtocolAuthor')}
        onChange={(personId) => set('protocolAuthorId', personId)}
      />
    </>
  );
}

/** The details as CreateMeetingInput and UpdateMeetingInput take them; empty fields clear. */
export function detailsInput(details: MeetingDetails) {
  return {
    title: details.title.trim(),
    ...meetingInstants(details),
    place: details.place.trim() || null,
    description: details.description.trim() || null,
    hostCommitteeId: details.hostCommitteeId || null,
    protocolAuthorId: details.protocolAuthorId || null,
  };
}
