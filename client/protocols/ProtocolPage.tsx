import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { ResultOf } from '../api/graphql';
import { PageError } from '../app/PageError';
import { formatDateTime } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { ProtocolChanges } from './ProtocolChanges';
import { ProtocolDocument } from './ProtocolDocument';
import styles from './ProtocolPage.module.css';
import { ProtocolSections } from './ProtocolSections';
import { ProtocolVersions } from './ProtocolVersions';
import { PublishProtocol } from './PublishProtocol';
import { ProtocolPageQuery } from './protocol.operations';
import { PROTOCOL_FILES, protocolFileUrl, useProtocolLanguage } from './protocol-language';

type PageData = ResultOf<typeof ProtocolPageQuery>;
type Version = PageData['protocolVersions'][number];

/** The published version named in the address (`?version=2`), or null for the current draft. */
function shownVersion(params: URLSearchParams, versions: readonly Version[]): Version | null {
  const number = Number(params.get('version'));
  return versions.find((version) => version.number === number) ?? null;
}

export function ProtocolPage() {
  const { meetingId = '' } = useParams();
  const [{ data, error }] = useQuery({ query: ProtocolPageQuery, variables: { meetingId } });
  if (error) return <PageError error={error} />;
  if (!data) return <Loading />;
  return <ProtocolView data={data} />;
}

function ProtocolView({ data: { meeting, protocolVersions: versions } }: { data: PageData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const language = useProtocolLanguage();
  const [params, setParams] = useSearchParams();
  const shown = shownVersion(params, versions);
  // Sections and publishing where the server says the viewer may edit the protocol; everyone else reads.
  const edits = meeting.viewerCan.protocol.edit;
  const [revision, setRevision] = useState(0);
  const show = (version: number | null) => setParams(version ? { version: String(version) } : {}, { replace: true });
  const versionLabel = (version: Version) =>
    t('protocol.versionOf', { number: version.number, date: formatDateTime(version.publishedAt, locale) });

  return (
    <article className={styles.page}>
      <title>{`${t('protocol.title')}: ${meeting.title} – ${t('app.name')}`}</title>
      <header className={styles.header}>
        <p className={styles.meeting}>
          <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
        </p>
        <h1>{t('protocol.title')}</h1>
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          <section aria-labelledby="protocol-shown" className={styles.shown}>
            <h2 id="protocol-shown" className="visually-hidden">
              {shown ? versionLabel(shown) : t('protocol.draft')}
            </h2>
            <div className={styles.bar}>
              <label className={forms.field}>
                {t('protocol.show')}
                <select
                  className={forms.select}
                  value={shown?.number ?? ''}
                  onChange={(event) => show(event.target.value ? Number(event.target.value) : null)}
                >
                  <option value="">{t('protocol.draftNow')}</option>
                  {versions.map((version) => (
                    <option key={version.number} value={version.number}>
                      {versionLabel(version)}
                    </option>
                  ))}
                </select>
              </label>
              <p className={styles.downloads}>
                <span className={styles.downloadsLabel}>{t('protocol.download')}</span>
                {PROTOCOL_FILES.map((file) => (
                  <a
                    key={file.type}
                    href={protocolFileUrl(meeting.id, file.type, language, shown?.number ?? null)}
                    download
                  >
                    {file.label}
                  </a>
                ))}
              </p>
            </div>
            <ProtocolDocument
              meetingId={meeting.id}
              language={language}
              version={shown?.number ?? null}
              revision={revision}
            />
          </section>
          <ProtocolChanges meetingId={meeting.id} versions={versions} revision={revision} />
        </div>
        <aside className={styles.side} aria-label={t('protocol.tools')}>
          {edits && <PublishProtocol meetingId={meeting.id} latest={versions[0] ?? null} />}
          <ProtocolVersions versions={versions} shown={shown?.number ?? null} />
          {edits && <ProtocolSections meetingId={meeting.id} onChanged={() => setRevision((count) => count + 1)} />}
        </aside>
      </div>
    </article>
  );
}
