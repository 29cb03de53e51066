import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../api/graphql';
import { personName } from '../committees/people';
import forms from '../ui/forms.module.css';
import type { ImportOwnersQuery } from './import.operations';

type Owners = ResultOf<typeof ImportOwnersQuery>;

type Owner = Owners['committees' | 'organizations' | 'people'][number];

/** A person with their title; a body as "SZ² – Strategisches Zentrum …", the short form people write first. */
function ownerName(owner: Owner): string {
  if ('title' in owner) return personName(owner);
  return owner.shortName ? `${owner.shortName} – ${owner.name}` : owner.name;
}

/** Chooses a committee, an organisation or a person: who owns a next step, who is invited. */
export function OwnerSelect({
  owners,
  label,
  value,
  onChange,
  placeholder,
}: {
  owners: Owners | undefined;
  label: string;
  value: string | null;
  onChange: (ownerId: string | null) => void;
  /** The empty choice's text; "Zuständige wählen …" when left out. */
  placeholder?: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      className={forms.select}
      aria-label={label}
      aria-invalid={!value}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value || null)}
    >
      <option value="">{placeholder ?? t('protocolImport.chooseOwner')}</option>
      {owners &&
        (['committees', 'organizations', 'people'] as const).map((group) => (
          <optgroup key={group} label={t(`protocolImport.${group}`)}>
            {owners[group].map((owner) => (
              <option key={owner.id} value={owner.id}>
                {ownerName(owner)}
              </option>
            ))}
          </optgroup>
        ))}
    </select>
  );
}
