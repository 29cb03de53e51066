import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewerCan } from '../session/viewer-can';
import { ErrorNotice } from '../ui/ErrorNotice';
import { FormDialog } from '../ui/FormDialog';
import { Loading } from '../ui/Loading';
import { CommitteeForm } from './CommitteeForm';
import { CommitteeSection } from './CommitteeSection';
import styles from './CommitteesPage.module.css';
import { CommitteesQuery } from './committee.operations';
import { committeeTree } from './committee-tree';

export function CommitteesPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const [{ data, error, fetching }] = useQuery({ query: CommitteesQuery });
  return (
    <>
      <title>{`${t('committees.title')} – ${t('app.name')}`}</title>
      <h1>{t('committees.title')}</h1>
      <div className={styles.lead}>
        <p className={styles.intro}>{t('committees.intro')}</p>
        {can?.committee.create && data && (
          <FormDialog label={t('committeeForm.new')} title={t('committeeForm.newTitle')}>
            {(close) => <CommitteeForm committee={null} committees={data.committees} onDone={close} />}
          </FormDialog>
        )}
      </div>
      {error && <ErrorNotice error={error} />}
      {fetching && !data && <Loading />}
      {data && data.committees.length === 0 && <p>{t('committees.empty')}</p>}
      {data && (
        <div className={styles.list}>
          {committeeTree(data.committees).map((node) => (
            <CommitteeSection key={node.item.id} node={node} depth={0} all={data.committees} />
          ))}
        </div>
      )}
    </>
  );
}
