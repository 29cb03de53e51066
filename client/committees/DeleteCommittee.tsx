import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormDialog } from '../ui/FormDialog';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { CommitteeDeletionImpactQuery, DeleteCommitteeMutation } from './committee.operations';

/** The six things deleting a committee touches, in the order the confirmation names them. */
const IMPACTS = ['memberships', 'tasks', 'invitations', 'calendarFeeds', 'subcommittees', 'hostedMeetings'] as const;

/** What is lost, asked of the server when the dialog opens, then delete or keep. */
function Confirmation({ id, name, onDone }: { id: string; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ data, error }] = useQuery({ query: CommitteeDeletionImpactQuery, variables: { id } });
  const [{ fetching }, deleteCommittee] = useMutation(DeleteCommitteeMutation);
  const [refusal, setRefusal] = useState<CombinedError | null>(null);
  const impact = data?.committee.deletionImpact;

  const confirm = async () => {
    const result = await deleteCommittee({ id });
    setRefusal(result.error ?? null);
    if (!result.error) onDone();
  };

  const lost = impact ? IMPACTS.filter((key) => impact[key] > 0) : [];
  return (
    <div className={forms.stack}>
      {error && <ErrorNotice error={error} />}
      {refusal && <ErrorNotice error={refusal} onDismiss={() => setRefusal(null)} />}
      {!impact && !error && <Loading />}
      {impact && (
        <>
          <p>{t('committeeForm.deleteIntro', { name })}</p>
          {lost.length > 0 ? (
            <ul>
              {lost.map((key) => (
                <li key={key}>{t(`committeeForm.impact.${key}`, { count: impact[key] })}</li>
              ))}
            </ul>
          ) : (
            <p>{t('committeeForm.nothingElse')}</p>
          )}
          <p>{t('committeeForm.cannotUndo')}</p>
        </>
      )}
      <div className={forms.actions}>
        <button type="button" className={forms.secondary} onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="button" className={forms.danger} disabled={!impact || fetching} onClick={() => void confirm()}>
          {t('committeeForm.deleteConfirm')}
        </button>
      </div>
    </div>
  );
}

/** "Gremium löschen" for admins, with a confirmation that names everything it takes along. */
export function DeleteCommittee({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation();
  return (
    <FormDialog
      tone="danger"
      label={t('committeeForm.delete')}
      accessibleLabel={t('committeeForm.deleteOf', { name })}
      title={t('committeeForm.deleteTitle', { name })}
    >
      {(close) => <Confirmation id={id} name={name} onDone={close} />}
    </FormDialog>
  );
}
