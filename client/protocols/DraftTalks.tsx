import { useTranslation } from 'react-i18next';
import forms from '../ui/forms.module.css';
import styles from './DraftReview.module.css';
import type { Draft } from './import-draft';

type Talk = NonNullable<Draft['contributions']>[number];

/** The talks as read, with who spoke; one that should not become an agenda item can be left out. */
export function DraftTalks({ talks, onChange }: { talks: readonly Talk[]; onChange: (talks: Talk[]) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="draft-talks" className={styles.part}>
      <h3 id="draft-talks">{t('protocolImport.talks')}</h3>
      {talks.length === 0 ? (
        <p>{t('protocolImport.noTalks')}</p>
      ) : (
        <ol className={styles.talks}>
          {talks.map((talk, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: talks of one draft have no ids yet.
            <li key={index}>
              <strong>{talk.title}</strong>
              {talk.speakerName && (
                <span className={styles.note}>{[talk.speakerName, talk.affiliation].filter(Boolean).join(', ')}</span>
              )}
              <button
                type="button"
                className={forms.secondary}
                aria-label={t('protocolImport.removeTalk', { title: talk.title })}
                onClick={() => onChange(talks.filter((_, at) => at !== index))}
              >
                {t('protocolImport.leaveOut')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
