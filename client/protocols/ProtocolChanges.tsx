import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { diffCounts, diffParts } from './diff-hunks';
import styles from './ProtocolChanges.module.css';
import { ProtocolDiffQuery } from './protocol.operations';
import { useRefetchOn } from './use-refetch-on';

export interface Version {
  number: number;
  publishedAt: string;
}

/** Two states to compare: published versions, `to: null` being the current draft. */
interface Comparison {
  from: number;
  to: number | null;
}

/** The newest two versions, or the only one against the draft. */
function latestComparison([newest, previous]: readonly Version[]): Comparison | null {
  if (!newest) return null;
  return previous ? { from: previous.number, to: newest.number } : { from: newest.number, to: null };
}

const MARKERS = { ADDED: '+', REMOVED: '−', SAME: ' ' } as const;

function VersionOptions({ versions }: { versions: readonly Version[] }) {
  const { t } = useTranslation();
  return versions.map((version) => (
    <option key={version.number} value={version.number}>
      {t('protocol.versionName', { number: version.number })}
    </option>
  ));
}

/** What changed between two versions of the protocol, or since one, line by line. */
export function ProtocolChanges({
  meetingId,
  versions,
  revision,
}: {
  meetingId: string;
  versions: readonly Version[];
  /** Grows with every completed change of the sections (a diff may end at the draft). */
  revision: number;
}) {
  const { t } = useTranslation();
  // Until someone picks, follow the newest versions, so a fresh publication shows its changes.
  const [chosen, setChosen] = useState<Comparison | null>(null);
  const comparison = chosen ?? latestComparison(versions);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ProtocolDiffQuery,
    variables: { meetingId, from: comparison?.from ?? 0, to: comparison?.to ?? null },
    pause: !comparison,
  });
  useRefetchOn(revision, reexecute, !comparison);
  if (!comparison) return null;
  const lines = data?.protocolDiff ?? [];
  const counts = diffCounts(lines);
  const choose = (change: Partial<Comparison>) => setChosen({ ...comparison, ...change });

  return (
    <section aria-labelledby="protocol-changes" className={styles.changes}>
      <h2 id="protocol-changes">{t('protocol.changes.title')}</h2>
      <div className={styles.pick}>
        <label className={forms.field}>
          {t('protocol.changes.from')}
          <select
            className={forms.select}
            value={comparison.from}
            onChange={(event) => choose({ from: Number(event.target.value) })}
          >
            <VersionOptions versions={versions} />
          </select>
        </label>
        <label className={forms.field}>
          {t('protocol.changes.to')}
          <select
            className={forms.select}
            value={comparison.to ?? ''}
            onChange={(event) => choose({ to: event.target.value ? Number(event.target.value) : null })}
          >
            <option value="">{t('protocol.draft')}</option>
            <VersionOptions versions={versions} />
          </select>
        </label>
      </div>
      {error && <ErrorNotice error={error} />}
      {fetching && !data && <Loading />}
      {data && (
        <>
          <p role="status" className={styles.summary}>
            {counts.added + counts.removed === 0
              ? t('protocol.changes.none')
              : `${t('protocol.changes.added', { count: counts.added })}, ${t('protocol.changes.removed', { count: counts.removed })}`}
          </p>
          <div className={styles.diff}>
            {diffParts(lines).map((part, index) =>
              part.kind === 'skipped' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts of one diff, replaced as a whole.
                <p key={index} className={styles.skipped}>
                  {t('protocol.changes.unchanged', { count: part.count })}
                </p>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: parts of one diff, replaced as a whole.
                <ul key={index} className={styles.lines}>
                  {part.lines.map((line) => (
                    <li key={`${line.oldNumber}-${line.newNumber}`} className={styles[line.kind]}>
                      <span className={styles.marker} aria-hidden="true">
                        {MARKERS[line.kind]}
                      </span>
                      {line.kind === 'ADDED' && (
                        <ins>
                          <span className="visually-hidden">{t('protocol.changes.addedLine')}: </span>
                          {line.text}
                        </ins>
                      )}
                      {line.kind === 'REMOVED' && (
                        <del>
                          <span className="visually-hidden">{t('protocol.changes.removedLine')}: </span>
                          {line.text}
                        </del>
                      )}
                      {line.kind === 'SAME' && <span>{line.text}</span>}
                    </li>
                  ))}
                </ul>
              ),
            )}
          </div>
        </>
      )}
    </section>
  );
}
