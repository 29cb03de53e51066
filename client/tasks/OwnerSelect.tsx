import { useTranslation } from 'react-i18next';
import { personName } from '../committees/people';
import forms from '../ui/forms.module.css';
import type { Directory } from './task-rules';

interface Party {
  id: string;
  name: string;
  shortName?: string | null;
  title?: string | null;
}

interface OwnerSelectProps {
  choices: Directory<Party>;
  value: string;
  onChange: (ownerId: string) => void;
  invalid: boolean;
  describedBy?: string;
}

const label = (party: Party) =>
  party.shortName ? `${party.shortName} – ${party.name}` : 'title' in party ? personName(party) : party.name;

/** "Wer": a committee, an organisation or a person from the directory, grouped by kind. */
export function OwnerSelect({ choices, value, onChange, invalid, describedBy }: OwnerSelectProps) {
  const { t } = useTranslation();
  const groups = [
    ['committees', choices.committees],
    ['organizations', choices.organizations],
    ['people', choices.people],
  ] as const;
  return (
    <label className={forms.field}>
      {t('taskEditor.owner')}
      <select
        className={forms.select}
        required
        value={value}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{t('taskEditor.chooseOwner')}</option>
        {groups.map(
          ([group, parties]) =>
            parties.length > 0 && (
              <optgroup key={group} label={t(`taskEditor.${group}`)}>
                {parties.map((party) => (
                  <option key={party.id} value={party.id}>
                    {label(party)}
                  </option>
                ))}
              </optgroup>
            ),
        )}
      </select>
    </label>
  );
}
