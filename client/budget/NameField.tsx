import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../schema/limits';
import forms from '../ui/forms.module.css';

/** A budget, region or service area's name, as each setup form asks for it. */
export function NameField({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className={forms.field}>
      {t('budgetSetup.name')}
      <input
        className={forms.input}
        required
        maxLength={LIMITS.name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );
}
