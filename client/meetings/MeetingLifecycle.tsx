import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type CombinedError, useMutation } from 'urql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { type Meeting, meetingContents } from './meeting';
import { DeleteMeetingMutation, UpdateMeetingMutation } from './meeting.operations';

/** Closing the meeting (participants then only read) or opening it again, and deleting it after naming what goes with it. */
export function MeetingLifecycle({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [updating, update] = useMutation(UpdateMeetingMutation);
  const [deleting, remove] = useMutation(DeleteMeetingMutation);
  const closed = Boolean(meeting.closedAt);
  const contents = meetingContents(meeting);
  const lost = (Object.keys(contents) as (keyof typeof contents)[])
    .filter((key) => contents[key] > 0)
    .map((key) => t(`meetingLifecycle.lost.${key}`, { count: contents[key] }));

  const toggleClosed = async () =>
    setRefusal((await update({ id: meeting.id, input: { closed: !closed } })).error ?? null);
  const deleteMeeting = async () => {
    const result = await remove({ id: meeting.id });
    setRefusal(result.error ?? null);
    if (!result.error) navigate('/', { replace: true });
  };

  return (
    <>
      <button
        type="button"
        className={forms.secondary}
        disabled={updating.fetching}
        onClick={() => void toggleClosed()}
      >
        {closed ? t('meetingLifecycle.reopen') : t('meetingLifecycle.close')}
      </button>
      <ConfirmButton
        tone="danger"
        label={t('meetingLifecycle.delete')}
        title={t('meetingLifecycle.deleteTitle', { title: meeting.title })}
        confirmLabel={t('meetingLifecycle.deleteConfirm')}
        disabled={deleting.fetching}
        message={
          <>
            <p>{lost.length ? t('meetingLifecycle.deleteLoses') : t('meetingLifecycle.deleteEmpty')}</p>
            {lost.length > 0 && (
              <ul>
                {lost.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <p>{t('meetingLifecycle.deleteFinal')}</p>
          </>
        }
        onConfirm={() => void deleteMeeting()}
      />
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
    </>
  );
}
