import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../api/graphql';
import { formatDate } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import forms from '../ui/forms.module.css';
import styles from './MeetingForms.module.css';
import type { MeetingsQuery, MeetingTemplatesQuery } from './meeting.operations';

export type Start = { templateId: string } | { copyFromMeetingId: string };

type Template = ResultOf<typeof MeetingTemplatesQuery>['meetingTemplates'][number];
type Meeting = ResultOf<typeof MeetingsQuery>['meetings'][number];

/** Where a new meeting starts: one of the templates, or the structure of an earlier meeting. */
export function StartChoice({
  templates,
  meetings,
  start,
  onChange,
}: {
  templates: readonly Template[];
  meetings: readonly Meeting[];
  start: Start;
  onChange: (start: Start) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const copying = 'copyFromMeetingId' in start;
  return (
    <fieldset className={styles.fieldset}>
      <legend>{t('newMeeting.startFrom')}</legend>
      {templates.map((template) => (
        <label key={template.id} className={styles.check}>
          <input
            type="radio"
            name="start"
            checked={'templateId' in start && start.templateId === template.id}
            onChange={() => onChange({ templateId: template.id })}
          />
          <span>
            {template.name}
            <span className={styles.hint}>
              {' – '}
              {t('newMeeting.structure', {
                tables: template.structure.tables.length,
                agenda: template.structure.agenda.length,
              })}
            </span>
          </span>
        </label>
      ))}
      {meetings.length > 0 && (
        <>
          <label className={styles.check}>
            <input
              type="radio"
              name="start"
              checked={copying}
              onChange={() => onChange({ copyFromMeetingId: meetings[0]?.id ?? '' })}
            />
            {t('newMeeting.likeEarlier')}
          </label>
          {copying && (
            <label className={forms.field}>
              {t('newMeeting.earlierMeeting')}
              <select
                className={forms.select}
                value={start.copyFromMeetingId}
                onChange={(event) => onChange({ copyFromMeetingId: event.target.value })}
              >
                {meetings.map((meeting) => (
                  <option key={meeting.id} value={meeting.id}>
                    {`${formatDate(meeting.startsAt, locale)} – ${meeting.title}`}
                  </option>
                ))}
              </select>
              <span className={styles.hint}>{t('newMeeting.copyHint')}</span>
            </label>
          )}
        </>
      )}
    </fieldset>
  );
}
