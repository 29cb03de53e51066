import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { useViewerCan } from '../session/viewer-can';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import { detailsInput, type MeetingDetails, MeetingDetailsFields } from './MeetingDetailsFields';
import styles from './MeetingForms.module.css';
import { CreateMeetingMutation, DirectoryQuery, MeetingsQuery, MeetingTemplatesQuery } from './meeting.operations';
import { type Start, StartChoice } from './StartChoice';

const EMPTY: MeetingDetails = {
  title: '',
  day: '',
  allDay: false,
  start: '09:00',
  end: '',
  place: '',
  description: '',
  hostCommitteeId: '',
  protocolAuthorId: '',
};

/** "Neue Sitzung": a template or an earlier meeting to start from, then title, day and place; the creator facilitates it. */
export function NewMeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [meetings] = useQuery({ query: MeetingsQuery });
  const mayCreate = useViewerCan()?.meeting.create;
  const [templates] = useQuery({ query: MeetingTemplatesQuery, pause: !mayCreate });
  const [directory] = useQuery({ query: DirectoryQuery, pause: !mayCreate });
  const [chosen, setStart] = useState<Start | null>(null);
  const [details, setDetails] = useState(EMPTY);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [{ fetching }, create] = useMutation(CreateMeetingMutation);
  const firstTemplate = templates.data?.meetingTemplates[0];
  const start: Start | null = chosen ?? (firstTemplate ? { templateId: firstTemplate.id } : null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create({ input: { ...detailsInput(details), ...start } });
    setRefusal(result.error ?? null);
    if (result.data) navigate(`/meetings/${result.data.createMeeting.id}`);
  };

  const title = t('newMeeting.title');
  if (meetings.error) return <ErrorNotice error={meetings.error} />;
  if (!meetings.data || mayCreate === undefined) return <Loading />;
  return (
    <>
      <title>{`${title} – ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {!mayCreate ? (
        <Notice tone="info">{t('newMeeting.notAllowed')}</Notice>
      ) : (
        <form className={styles.form} onSubmit={(event) => void submit(event)}>
          <p className={styles.hint}>{t('newMeeting.intro')}</p>
          {templates.error && <ErrorNotice error={templates.error} />}
          {start && templates.data && (
            <StartChoice
              templates={templates.data.meetingTemplates}
              meetings={meetings.data.meetings}
              start={start}
              onChange={setStart}
            />
          )}
          <MeetingDetailsFields details={details} directory={directory.data} onChange={setDetails} />
          {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
          <div className={styles.actions}>
            <button type="submit" className={forms.button} disabled={fetching || !start}>
              {t('newMeeting.create')}
            </button>
            <Link to="/" className={forms.secondary}>
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      )}
    </>
  );
}
