import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../api/graphql';
import forms from '../ui/forms.module.css';
import styles from './DraftReview.module.css';
import type { ImportOwnersQuery } from './import.operations';
import { type Draft, type DraftGaps, withAuthorName } from './import-draft';

interface DraftDetailsProps {
  draft: Draft;
  gaps: DraftGaps;
  committees: ResultOf<typeof ImportOwnersQuery>['committees'] | undefined;
  onChange: (draft: Draft) => void;
}

/** The meeting's details as read: title, day, place, host and who took the minutes, each to correct. */
export function DraftDetails({ draft, gaps, committees, onChange }: DraftDetailsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className={styles.fields}>
        <label className={`${forms.field} ${styles.title}`}>
          {t('protocolImport.meetingTitle')}
          <input
            className={forms.input}
            required
            aria-invalid={gaps.title}
            value={draft.title}
            onChange={(event) => onChange({ ...draft, title: event.target.value })}
          />
        </label>
        <label className={forms.field}>
          {t('protocolImport.date')}
          <input
            className={forms.input}
            type="date"
            required
            aria-invalid={gaps.date}
            value={draft.date ?? ''}
            onChange={(event) => onChange({ ...draft, date: event.target.value || null })}
          />
        </label>
      </div>
      <div className={styles.fields}>
        <label className={`${forms.field} ${styles.title}`}>
          {t('protocolImport.place')}
          <input
            className={forms.input}
            value={draft.place ?? ''}
            onChange={(event) => onChange({ ...draft, place: event.target.value || null })}
          />
        </label>
        <label className={forms.field}>
          {t('protocolImport.host')}
          <select
            className={forms.select}
            value={draft.hostCommitteeId ?? ''}
            onChange={(event) => onChange({ ...draft, hostCommitteeId: event.target.value || null })}
          >
            <option value="">{t('protocolImport.noHost')}</option>
            {committees?.map((committee) => (
              <option key={committee.id} value={committee.id}>
                {committee.shortName ? `${committee.shortName} – ${committee.name}` : committee.name}
              </option>
            ))}
          </select>
        </label>
        <label className={forms.field}>
          <span>
            {t('protocolImport.author')}
            {draft.authorName && (
              <span className={styles.note}>
                {t(draft.authorId ? 'protocolImport.authorKnown' : 'protocolImport.authorNew')}
              </span>
            )}
          </span>
          <input
            className={forms.input}
            value={draft.authorName ?? ''}
            onChange={(event) => onChange(withAuthorName(draft, event.target.value))}
          />
        </label>
      </div>
      {draft.footnote && (
        <dl className={styles.facts}>
          <div>
            <dt>{t('protocolImport.footnote')}</dt>
            <dd>{draft.footnote}</dd>
          </div>
        </dl>
      )}
    </>
  );
}
