import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { detailsInput, type MeetingDetails, MeetingDetailsFields } from './MeetingDetailsFields';
import styles from './MeetingForms.module.css';
import page from './MeetingPage.module.css';
import type { Meeting } from './meeting';
import { DirectoryQuery, UpdateMeetingMutation } from './meeting.operations';
import { meetingWhen } from './meeting-time';
import { type Phase, PhaseChoice } from './PhaseChoice';

function detailsOf(meeting: Meeting): MeetingDetails {
  return {
    ...meetingWhen(meeting),
    title: meeting.title,
    place: meeting.place ?? '',
    description: meeting.description ?? '',
    hostCommitteeId: meeting.hostCommittee?.id ?? '',
    protocolAuthorId: meeting.protocolAuthor?.id ?? '',
  };
}

/** The facilitator's form for the meeting's details, its phases and whether it reviews open steps. */
export function MeetingDetailsEditor({ meeting, onDone }: { meeting: Meeting; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [directory] = useQuery({ query: DirectoryQuery });
  const [details, setDetails] = useState(() => detailsOf(meeting));
  const [phases, setPhases] = useState<Phase[]>(() => [...meeting.phases]);
  const [reviewsOpenSteps, setReviewsOpenSteps] = useState(meeting.reviewsOpenSteps);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const [{ fetching }, update] = useMutation(UpdateMeetingMutation);
  useEffect(() => heading.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await update({ id: meeting.id, input: { ...detailsInput(details), phases, reviewsOpenSteps } });
    setRefusal(result.error ?? null);
    if (!result.error) onDone();
  };

  return (
    <section aria-labelledby="edit-meeting" className={page.header}>
      <h1 id="edit-meeting" ref={heading} tabIndex={-1}>
        {t('meetingForm.editTitle', { title: meeting.title })}
      </h1>
      <form className={styles.form} onSubmit={(event) => void submit(event)}>
        <MeetingDetailsFields details={details} directory={directory.data} onChange={setDetails} />
        <PhaseChoice phases={phases} onChange={setPhases} />
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={reviewsOpenSteps}
            onChange={(event) => setReviewsOpenSteps(event.target.checked)}
          />
          {t('meetingForm.reviewsOpenSteps')}
        </label>
        {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
        <div className={styles.actions}>
          <button type="submit" className={forms.button} disabled={fetching}>
            {t('meetingForm.save')}
          </button>
          <button type="button" className={forms.secondary} onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
