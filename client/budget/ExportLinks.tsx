import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportOptions, type ExportView, exportUrl } from './budget-files';
import type { BudgetScope } from './budget-selection';
import styles from './ExportLinks.module.css';

interface ExportLinksProps {
  scope: BudgetScope;
  views: readonly ExportView[];
  options?: ExportOptions;
}

/** Downloads of what is on screen (same scope, areas and period), as CSV for Excel or as XLSX. */
export function ExportLinks({ scope, views, options }: ExportLinksProps) {
  const { t } = useTranslation();
  const year = options?.year ?? undefined;
  const month = options?.month ?? undefined;
  return (
    <ul className={styles.exports}>
      {views.map((view) => {
        const label = t(`budget.export.views.${view}`, { year, month });
        return (
          <li key={view}>
            <span className={styles.view}>{label}</span>
            {EXPORT_FORMATS.map((format) => (
              <a key={format} className={styles.file} href={exportUrl(scope, view, format, options)} download>
                {format.toUpperCase()}
                <span className="visually-hidden"> ({label})</span>
              </a>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
