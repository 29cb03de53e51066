import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import forms from '../../ui/forms.module.css';
import styles from './Console.module.css';
import { SetVoteVisibilityMutation } from './console.operations';
import { useRefusal } from './use-refusal';

interface Visibility {
  votesHidden: boolean;
  votesRevealed: boolean;
  votesVisible: boolean;
}

/** Whether the dots stay hidden while people vote (so nobody follows the crowd), and revealing them. */
export function VotesControl({ meetingId, workshop }: { meetingId: string; workshop: Visibility }) {
  const { t } = useTranslation();
  const id = useId();
  const [{ fetching }, setVisibility] = useMutation(SetVoteVisibilityMutation);
  const { run, notice } = useRefusal();
  return (
    <section aria-labelledby={`${id}-title`} className={styles.panel}>
      <h2 id={`${id}-title`}>{t('console.votes.title')}</h2>
      {notice}
      <p className={styles.state}>{t(workshop.votesVisible ? 'console.votes.visible' : 'console.votes.hidden')}</p>
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={workshop.votesHidden}
          disabled={fetching}
          onChange={(event) => void run(setVisibility({ meetingId, hidden: event.target.checked }))}
        />
        {t('console.votes.hideUntilRevealed')}
      </label>
      {workshop.votesHidden && (
        <div className={styles.actions}>
          <button
            type="button"
            className={workshop.votesRevealed ? forms.secondary : forms.button}
            disabled={fetching}
            onClick={() => void run(setVisibility({ meetingId, revealed: !workshop.votesRevealed }))}
          >
            {t(workshop.votesRevealed ? 'console.votes.conceal' : 'console.votes.reveal')}
          </button>
        </div>
      )}
    </section>
  );
}
