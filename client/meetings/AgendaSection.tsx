import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { ReorderableList } from '../ui/ReorderableList';
import { type AgendaItem, AgendaItemForm, agendaInput, NEW_ITEM } from './AgendaItemForm';
import styles from './MeetingForms.module.css';
import page from './MeetingPage.module.css';
import type { Meeting } from './meeting';
import {
  CreateContributionMutation,
  DeleteContributionMutation,
  UpdateContributionMutation,
} from './meeting.operations';
import { useRefusal } from './use-refusal';

type Contribution = Meeting['contributions'][number];

function itemOf(contribution: Contribution): AgendaItem {
  return {
    title: contribution.title,
    speakerId: contribution.speaker?.id ?? '',
    speakerName: contribution.speakerName ?? '',
    affiliation: contribution.affiliation ?? '',
    summary: contribution.summary ?? '',
    plannedMinutes: contribution.plannedMinutes?.toString() ?? '',
  };
}

/** The programme: talks and agenda items in order; facilitators add, edit, move and remove them. */
export function AgendaSection({ meeting, manages }: { meeting: Meeting; manages: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [created, create] = useMutation(CreateContributionMutation);
  const [updated, update] = useMutation(UpdateContributionMutation);
  const [removed, remove] = useMutation(DeleteContributionMutation);
  const adding = useRefusal();
  const changing = useRefusal();
  const busy = updated.fetching || removed.fetching;
  const minutes = meeting.contributions.reduce((sum, c) => sum + (c.plannedMinutes ?? 0), 0);

  return (
    <section aria-labelledby="program" className={page.section}>
      <h2 id="program">{t('meeting.program')}</h2>
      {minutes > 0 && <p className={styles.muted}>{t('agenda.totalMinutes', { count: minutes })}</p>}
      {changing.refusal && <ErrorNotice error={changing.refusal} onDismiss={changing.dismiss} />}
      {meeting.contributions.length === 0 ? (
        <p>{t('meeting.noContributions')}</p>
      ) : (
        <ReorderableList
          items={meeting.contributions}
          id={(c) => c.id}
          label={(c) => c.title}
          movable={manages && editing === null}
          disabled={busy}
          aria-label={t('meeting.program')}
          onMove={(id, order) => void changing.run(update({ id, input: { order } }))}
        >
          {(contribution) =>
            editing === contribution.id ? (
              <AgendaItemForm
                heading={t('agenda.editHeading', { title: contribution.title })}
                initial={itemOf(contribution)}
                submitLabel={t('agenda.save')}
                refusal={changing.refusal}
                busy={busy}
                onCancel={() => setEditing(null)}
                onSubmit={async (item) => {
                  const done = await changing.run(update({ id: contribution.id, input: agendaInput(item) }));
                  if (done) setEditing(null);
                  return done;
                }}
              />
            ) : (
              <article aria-label={contribution.title}>
                <h3>{contribution.title}</h3>
                {(contribution.speakerName || contribution.plannedMinutes) && (
                  <p className={page.speaker}>
                    {contribution.speakerName && <span className={page.speakerName}>{contribution.speakerName}</span>}
                    {contribution.affiliation && <span className={page.affiliation}>{contribution.affiliation}</span>}
                    {contribution.plannedMinutes && (
                      <span className={styles.muted}>
                        {t('agenda.minutes', { count: contribution.plannedMinutes })}
                      </span>
                    )}
                  </p>
                )}
                {contribution.summary && <p>{contribution.summary}</p>}
                {contribution.viewerCan.manage && (
                  <div className={styles.actions}>
                    <button
                      type="button"
                      className={`${forms.secondary} ${styles.small}`}
                      aria-label={t('agenda.editNamed', { title: contribution.title })}
                      onClick={() => setEditing(contribution.id)}
                    >
                      {t('agenda.edit')}
                    </button>
                    <ConfirmButton
                      tone="danger"
                      label={t('agenda.remove')}
                      accessibleLabel={t('agenda.removeNamed', { title: contribution.title })}
                      title={t('agenda.removeTitle', { title: contribution.title })}
                      message={t('agenda.removeText')}
                      disabled={busy}
                      onConfirm={() => void changing.run(remove({ id: contribution.id }))}
                    />
                  </div>
                )}
              </article>
            )
          }
        </ReorderableList>
      )}
      {meeting.protocolFootnote && <p className={page.footnote}>{meeting.protocolFootnote}</p>}
      {manages && (
        <AgendaItemForm
          heading={t('agenda.add')}
          initial={NEW_ITEM}
          submitLabel={t('agenda.addSubmit')}
          refusal={adding.refusal}
          busy={created.fetching}
          onSubmit={(item) => adding.run(create({ input: { meetingId: meeting.id, ...agendaInput(item) } }))}
        />
      )}
    </section>
  );
}
