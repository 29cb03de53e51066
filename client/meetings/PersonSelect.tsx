import { personName } from '../committees/people';
import forms from '../ui/forms.module.css';

interface Person {
  id: string;
  name: string;
  title?: string | null;
  organization?: { name: string; shortName?: string | null } | null;
}

/** A person from the directory, with their organisation beside the name; `placeholder` is the empty choice. */
export function PersonSelect({
  label,
  people,
  value,
  placeholder,
  required,
  onChange,
}: {
  label: string;
  people: readonly Person[] | undefined;
  value: string;
  placeholder: string;
  required?: boolean;
  onChange: (personId: string) => void;
}) {
  return (
    <label className={forms.field}>
      {label}
      <select
        className={forms.select}
        required={required}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {people?.map((person) => (
          <option key={person.id} value={person.id}>
            {personName(person)}
            {person.organization && ` (${person.organization.shortName ?? person.organization.name})`}
          </option>
        ))}
      </select>
    </label>
  );
}
