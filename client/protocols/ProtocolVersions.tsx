import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import type { Version } from './ProtocolChanges';
import styles from './ProtocolVersions.module.css';

/** The published versions, the newest first, each a link that shows it; and the draft. */
export function ProtocolVersions({ versions, shown }: { versions: readonly Version[]; shown: number | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (versions.length === 0) return null;
  const entries = [
    { number: null, label: t('protocol.draftNow') },
    ...versions.map((version) => ({
      number: version.number,
      label: t('protocol.versionOf', { number: version.number, date: formatDateTime(version.publishedAt, locale) }),
    })),
  ];
  return (
    <section aria-labelledby="protocol-versions" className={styles.versions}>
      <h2 id="protocol-versions">{t('protocol.versions')}</h2>
      <ol className={styles.list}>
        {entries.map((entry) => (
          <li key={entry.number ?? 'draft'}>
            <Link
              to={{ search: entry.number ? `?version=${entry.number}` : '' }}
              replace
              aria-current={entry.number === shown ? 'page' : undefined}
            >
              {entry.label}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
