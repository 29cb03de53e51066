import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import { DraftAttendees } from './DraftAttendees';
import { DraftDetails } from './DraftDetails';
import styles from './DraftReview.module.css';
import { DraftSteps } from './DraftSteps';
import { DraftTalks } from './DraftTalks';
import { ImportOwnersQuery } from './import.operations';
import { type Draft, draftGaps, isComplete } from './import-draft';

interface DraftReviewProps {
  draft: Draft;
  headingRef: RefObject<HTMLHeadingElement | null>;
  saving: boolean;
  onChange: (draft: Draft) => void;
  onSave: (draft: Draft) => void;
}

/** The draft read from the text, for review: what will be saved, and what is still missing. */
export function DraftReview({ draft, headingRef, saving, onChange, onSave }: DraftReviewProps) {
  const { t } = useTranslation();
  const [owners] = useQuery({ query: ImportOwnersQuery });
  const gaps = draftGaps(draft);

  return (
    <section aria-labelledby="import-review" className={styles.review}>
      <h2 id="import-review" ref={headingRef} tabIndex={-1}>
        {t('protocolImport.review')}
      </h2>
      <p className={styles.intro}>{t('protocolImport.reviewIntro')}</p>
      <DraftDetails draft={draft} gaps={gaps} committees={owners.data?.committees} onChange={onChange} />
      <DraftAttendees attendees={draft.attendees ?? []} onChange={(attendees) => onChange({ ...draft, attendees })} />
      <DraftTalks
        talks={draft.contributions ?? []}
        onChange={(contributions) => onChange({ ...draft, contributions })}
      />

      <h3>{t('meeting.tables')}</h3>
      {draft.workingTables.length === 0 ? (
        <p>{t('protocolImport.noTables')}</p>
      ) : (
        <div className={styles.tables}>
          {draft.workingTables.map((table, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: tables of one draft have no ids yet.
            <section key={index} aria-labelledby={`draft-table-${index}`} className={styles.table}>
              <h4 id={`draft-table-${index}`}>{table.title}</h4>
              <p className={styles.count}>
                {[t(`tableKinds.${table.kind}`), t('meeting.points', { count: table.positions.length })]
                  .filter((part) => part !== table.title)
                  .join(' · ')}
              </p>
              <ol>
                {table.positions.map((position, at) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: points of one draft have no ids yet.
                  <li key={at}>
                    {position}
                    {table.topFive?.includes(position) && (
                      <span className={styles.note}>
                        {t('protocolImport.rank', { rank: table.topFive.indexOf(position) + 1 })}
                      </span>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}

      <h3>{t('meeting.nextSteps')}</h3>
      <DraftSteps tasks={draft.tasks} owners={owners.data} onChange={(tasks) => onChange({ ...draft, tasks })} />

      {!isComplete(gaps) && (
        <Notice tone="info">
          <p className={styles.gapsTitle}>{t('protocolImport.gaps')}</p>
          <ul className={styles.gaps}>
            {gaps.title && <li>{t('protocolImport.gapTitle')}</li>}
            {gaps.date && <li>{t('protocolImport.gapDate')}</li>}
            {gaps.owners.length > 0 && <li>{t('protocolImport.gapOwners', { count: gaps.owners.length })}</li>}
          </ul>
        </Notice>
      )}
      <button
        type="button"
        className={forms.button}
        disabled={saving || !isComplete(gaps)}
        onClick={() => onSave(draft)}
      >
        {t('protocolImport.save')}
      </button>
    </section>
  );
}
