import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../api/graphql';
import { personName } from '../committees/people';
import forms from '../ui/forms.module.css';
import type { ImportOwnersQuery } from './import.operations';

type Owners = ResultOf<typeof ImportOwnersQuery>;

/** "SZ² – Strategisches Zentrum …": the short form people write, then the full name. */
function bodyName(body: { name: string; shortName?: string | null }): string {
  return body.shortName ? `${body.shortName} – ${body.name}` : body.name;
}

/** Chooses who owns a next step: a committee, an organisation or a person. */
export function OwnerSelect({
  owners,
  label,
  value,
  onChange,
}: {
  owners: Owners | undefined;
  label: string;
  value: string | null;
  onChange: (ownerId: string | null) => void;
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
      <option value="">{t('protocolImport.chooseOwner')}</option>
      <optgroup label={t('protocolImport.committees')}>
        {owners?.committees.map((committee) => (
          <option key={committee.id} value={committee.id}>
            {bodyName(committee)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('protocolImport.organizations')}>
        {owners?.organizations.map((organization) => (
          <option key={organization.id} value={organization.id}>
            {bodyName(organization)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('protocolImport.people')}>
        {owners?.people.map((person) => (
          <option key={person.id} value={person.id}>
            {personName(person)}
          </option>
        ))}
      </optgroup>
    </select>
  );
}
