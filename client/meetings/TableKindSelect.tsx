import { useTranslation } from 'react-i18next';
import forms from '../ui/forms.module.css';
import { TABLE_KINDS, type TableKind } from './table-form';

/** The choice of a working table's kind, as a meeting's table and a template's table offer it. */
export function TableKindSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: TableKind;
  onChange: (kind: TableKind) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className={forms.field}>
      {label}
      <select className={forms.select} value={value} onChange={(event) => onChange(event.target.value as TableKind)}>
        {TABLE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`tableKinds.${kind}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
