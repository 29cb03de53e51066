import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../schema/limits';
import { useLocale } from '../i18n/use-locale';
import forms from '../ui/forms.module.css';
import type { EntryArea } from './budget-entry.operations';
import { monthName } from './budget-format';
import { areaName } from './service-areas';

/** Region, service area, year and month: what a figure or case count is kept by. */
export interface RecordKey {
  regionId: string;
  /** '' for the region as a whole. */
  areaId: string;
  year: string;
  /** '' for the whole year. */
  month: string;
}

interface RecordKeyFieldsProps {
  value: RecordKey;
  onChange: (patch: Partial<RecordKey>) => void;
  regions: readonly { id: string; name: string }[];
  areas: readonly EntryArea[];
  /** Correcting a stored record: its key stays (another key is another record). */
  locked: boolean;
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1);

export function RecordKeyFields({ value, onChange, regions, areas, locked }: RecordKeyFieldsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className={forms.row}>
      <label className={forms.field}>
        {t('budgetEntry.region')}
        <select
          className={forms.select}
          disabled={locked || regions.length === 1}
          value={value.regionId}
          onChange={(event) => onChange({ regionId: event.target.value })}
        >
          {regions.map((region) => (
            <option key={region.id} value={region.id}>
              {region.name}
            </option>
          ))}
        </select>
      </label>
      <label className={forms.field}>
        {t('budgetEntry.area')}
        <select
          className={forms.select}
          disabled={locked}
          value={value.areaId}
          onChange={(event) => onChange({ areaId: event.target.value })}
        >
          <option value="">{t('budgetEntry.wholeRegion')}</option>
          {areas.map((area) => (
            <option key={area.id} value={area.id}>
              {areaName(area, t)}
            </option>
          ))}
        </select>
      </label>
      <label className={forms.field}>
        {t('budget.year')}
        <input
          className={forms.input}
          type="number"
          required
          min={LIMITS.budgetYearMin}
          max={LIMITS.budgetYearMax}
          disabled={locked}
          value={value.year}
          onChange={(event) => onChange({ year: event.target.value })}
        />
      </label>
      <label className={forms.field}>
        {t('budget.month')}
        <select
          className={forms.select}
          disabled={locked}
          value={value.month}
          onChange={(event) => onChange({ month: event.target.value })}
        >
          <option value="">{t('budgetEntry.wholeYear')}</option>
          {MONTHS.map((month) => (
            <option key={month} value={month}>
              {monthName(month, locale)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
