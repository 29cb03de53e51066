import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDay } from '../i18n/format';
import { useLocale } from '../i18n/use-locale';
import forms from '../ui/forms.module.css';
import { Notice } from '../ui/Notice';
import styles from './DraftReview.module.css';
import { ImportOwnersQuery } from './import.operations';
import { type Draft, draftGaps, isComplete } from './import-draft';
import { OwnerSelect } from './OwnerSelect';

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
  const locale = useLocale();
  const [owners] = useQuery({ query: ImportOwnersQuery });
  const gaps = draftGaps(draft);
  const setOwner = (index: number, ownerId: string | null) =>
    onChange({ ...draft, tasks: draft.tasks.map((task, at) => (at === index ? { ...task, ownerId } : task)) });

  return (
    <section aria-labelledby="import-review" className={styles.review}>
      <h2 id="import-review" ref={headingRef} tabIndex={-1}>
        {t('protocolImport.review')}
      </h2>
      <p className={styles.intro}>{t('protocolImport.reviewIntro')}</p>
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
      <dl className={styles.facts}>
        <div>
          <dt>{t('protocolImport.author')}</dt>
          <dd>
            {draft.authorName ?? t('common.none')}
            {draft.authorName && (
              <span className={styles.note}>
                {t(draft.authorId ? 'protocolImport.authorKnown' : 'protocolImport.authorNew')}
              </span>
            )}
          </dd>
        </div>
        {draft.footnote && (
          <div>
            <dt>{t('protocolImport.footnote')}</dt>
            <dd>{draft.footnote}</dd>
          </div>
        )}
      </dl>

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
                  <li key={at}>{position}</li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}

      <h3>{t('meeting.nextSteps')}</h3>
      {draft.tasks.length === 0 ? (
        <p>{t('protocolImport.noTasks')}</p>
      ) : (
        <table className={styles.steps}>
          <thead>
            <tr>
              <th scope="col">{t('tasks.who')}</th>
              <th scope="col">{t('tasks.what')}</th>
              <th scope="col">{t('tasks.due')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.tasks.map((task, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps of one draft have no ids yet.
              <tr key={index} className={task.ownerId ? undefined : styles.unknown}>
                <td>
                  <div className={styles.who}>
                    <span className={styles.owner}>{task.ownerLabel}</span>
                    {!task.ownerId && <span className={styles.flag}>{t('protocolImport.unknownOwner')}</span>}
                    <OwnerSelect
                      owners={owners.data}
                      label={t('protocolImport.ownerOf', { label: task.ownerLabel })}
                      value={task.ownerId ?? null}
                      onChange={(ownerId) => setOwner(index, ownerId)}
                    />
                  </div>
                </td>
                <td>
                  <ul className={styles.items}>
                    {task.items.map((item, at) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: "Was" lines are plain text without identity.
                      <li key={at}>{item}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <span className={styles.due}>{task.dueLabel ?? t('tasks.noDue')}</span>
                  <span className={styles.resolved}>
                    {task.dueDate ? (
                      <time dateTime={task.dueDate}>{formatDay(task.dueDate, locale)}</time>
                    ) : (
                      task.dueLabel && t('protocolImport.noDate')
                    )}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

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
