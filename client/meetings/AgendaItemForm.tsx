import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LIMITS } from '../../schema/limits';
import { personName } from '../committees/people';
import forms from '../ui/forms.module.css';
import styles from './MeetingForms.module.css';
import { DirectoryQuery } from './meeting.operations';
import { PanelForm, type PanelFormProps } from './PanelForm';
import { PersonSelect } from './PersonSelect';

export interface AgendaItem {
  title: string;
  speakerId: string;
  speakerName: string;
  affiliation: string;
  summary: string;
  plannedMinutes: string;
}

export const NEW_ITEM: AgendaItem = {
  title: '',
  speakerId: '',
  speakerName: '',
  affiliation: '',
  summary: '',
  plannedMinutes: '',
};

/** The item as CreateContributionInput and UpdateContributionInput take it; empty fields clear. */
export function agendaInput(item: AgendaItem) {
  return {
    title: item.title.trim(),
    speakerId: item.speakerId || null,
    speakerName: item.speakerName.trim() || null,
    affiliation: item.affiliation.trim() || null,
    summary: item.summary.trim() || null,
    plannedMinutes: item.plannedMinutes ? Number(item.plannedMinutes) : null,
  };
}

/** A talk or agenda item: title, a speaker from the directory or as written with affiliation, summary, minutes. */
export function AgendaItemForm({
  heading,
  initial,
  submitLabel,
  refusal,
  busy,
  onSubmit,
  onCancel,
}: PanelFormProps<AgendaItem> & { submitLabel: string }) {
  const { t } = useTranslation();
  const [directory] = useQuery({ query: DirectoryQuery });
  const [item, setItem] = useState(initial);
  const set = (change: Partial<AgendaItem>) => setItem((current) => ({ ...current, ...change }));
  const people = directory.data?.people ?? [];

  // Choosing a person fills in their name and organisation, which stay editable ("Prof. Dr. …, ISSAB Essen").
  const chooseSpeaker = (speakerId: string) => {
    const person = people.find((each) => each.id === speakerId);
    set({
      speakerId,
      ...(person && {
        speakerName: personName(person),
        affiliation: person.organization?.name ?? item.affiliation,
      }),
    });
  };
  const submit = async () => {
    if (await onSubmit(item)) setItem(initial);
  };

  return (
    <PanelForm
      heading={heading}
      refusal={refusal}
      busy={busy}
      submitLabel={submitLabel}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label className={forms.field}>
        {t('agenda.itemTitle')}
        <input
          className={forms.input}
          required
          maxLength={LIMITS.title}
          value={item.title}
          onChange={(event) => set({ title: event.target.value })}
        />
      </label>
      <div className={styles.row}>
        <PersonSelect
          label={t('agenda.speakerFromDirectory')}
          people={people}
          value={item.speakerId}
          placeholder={t('agenda.nobodyFromDirectory')}
          onChange={chooseSpeaker}
        />
        <label className={forms.field}>
          {t('agenda.speakerName')}
          <input
            className={forms.input}
            maxLength={LIMITS.name}
            value={item.speakerName}
            onChange={(event) => set({ speakerName: event.target.value })}
          />
        </label>
        <label className={forms.field}>
          {t('agenda.affiliation')}
          <input
            className={forms.input}
            maxLength={LIMITS.title}
            value={item.affiliation}
            onChange={(event) => set({ affiliation: event.target.value })}
          />
        </label>
        <label className={forms.field}>
          {t('agenda.plannedMinutes')}
          <input
            className={forms.input}
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.plannedMinutes}
            value={item.plannedMinutes}
            onChange={(event) => set({ plannedMinutes: event.target.value })}
          />
        </label>
      </div>
      <label className={forms.field}>
        {t('agenda.summary')}
        <textarea
          className={forms.input}
          rows={3}
          maxLength={LIMITS.longText}
          value={item.summary}
          onChange={(event) => set({ summary: event.target.value })}
        />
      </label>
    </PanelForm>
  );
}
