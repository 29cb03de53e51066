import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useRefusal } from '../meetings/use-refusal';
import { useViewer } from '../session/viewer';
import { useViewerCan } from '../session/viewer-can';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { Loading } from '../ui/Loading';
import { Notice } from '../ui/Notice';
import styles from './Accounts.module.css';
import { accountStatus, isOwnAccount, withGrant } from './account-rules';
import { type AccountEntry, AccountsQuery, UpdateAccountMutation } from './accounts.operations';
import { InviteAccountForm } from './InviteAccountForm';

/** `/accounts`: admins list accounts, invite people by e-mail, disable and enable accounts, give the budget-editor grant. */
export function AccountsPage() {
  const { t } = useTranslation();
  const can = useViewerCan();
  const admin = can?.account.manage;
  const [{ data, error }, refetch] = useQuery({ query: AccountsQuery, pause: !admin });
  const title = t('accounts.title');
  return (
    <>
      <title>{`${title} – ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {!can ? (
        <Loading />
      ) : !admin ? (
        <Notice tone="info">{t('accounts.adminsOnly')}</Notice>
      ) : (
        <div className={styles.page}>
          <InviteAccountForm onInvited={() => refetch({ requestPolicy: 'network-only' })} />
          {error && <ErrorNotice error={error} />}
          {!data && !error && <Loading />}
          {data && <AccountTable accounts={data.accounts} />}
        </div>
      )}
    </>
  );
}

function AccountTable({ accounts }: { accounts: readonly AccountEntry[] }) {
  const { t } = useTranslation();
  const changing = useRefusal();
  return (
    <section aria-labelledby="accounts-list">
      <h2 id="accounts-list">{t('accounts.list', { count: accounts.length })}</h2>
      {changing.refusal && <ErrorNotice error={changing.refusal} onDismiss={changing.dismiss} />}
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('accounts.name')}</th>
              <th scope="col">{t('accounts.email')}</th>
              <th scope="col">{t('accounts.status')}</th>
              <th scope="col">{t('accounts.budgetEditor')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('accounts.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((account) => (
              <AccountRow key={account.id} account={account} run={changing.run} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function AccountRow({ account, run }: { account: AccountEntry; run: ReturnType<typeof useRefusal>['run'] }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [updating, update] = useMutation(UpdateAccountMutation);
  const own = isOwnAccount(account, viewer?.personId);
  const status = accountStatus(account);
  const name = account.person.name;
  const budgetEditor = account.isAdmin || account.grants.includes('BUDGET_EDITOR');
  return (
    <tr>
      <th scope="row">
        {name}
        {account.isAdmin && <span className={styles.tag}>{t('accounts.admin')}</span>}
      </th>
      <td>{account.email}</td>
      <td>
        <span className={styles[status]}>{t(`accounts.statuses.${status}`)}</span>
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('accounts.budgetEditorOf', { name })}
          checked={budgetEditor}
          // Admins hold every grant; a grant of their own would change nothing.
          disabled={account.isAdmin || updating.fetching}
          onChange={(event) =>
            void run(
              update({
                id: account.id,
                input: { grants: withGrant(account.grants, 'BUDGET_EDITOR', event.target.checked) },
              }),
            )
          }
        />
      </td>
      <td>
        {!own &&
          (status === 'disabled' ? (
            <button
              type="button"
              className={forms.secondary}
              aria-label={t('accounts.enableNamed', { name })}
              disabled={updating.fetching}
              onClick={() => void run(update({ id: account.id, input: { disabled: false } }))}
            >
              {t('accounts.enable')}
            </button>
          ) : (
            <ConfirmButton
              tone="danger"
              label={t('accounts.disable')}
              accessibleLabel={t('accounts.disableNamed', { name })}
              title={t('accounts.disableTitle', { name })}
              message={t('accounts.disableText')}
              disabled={updating.fetching}
              onConfirm={() => void run(update({ id: account.id, input: { disabled: true } }))}
            />
          ))}
      </td>
    </tr>
  );
}
