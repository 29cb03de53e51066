import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../session/viewer';
import forms from '../ui/forms.module.css';
import { type PartyNames, partyNames } from '../ui/party';
import styles from './TaskFilters.module.css';
import { TaskOwnersQuery } from './task.operations';
import { MINE, MY_BODIES, TASK_VIEWS, type TaskSelection } from './task-filter';

/** Each owner once, in the order people read them. */
function distinctOwners(owners: PartyNames[], locale: string | undefined): PartyNames[] {
  const byId = new Map(owners.map((owner) => [owner.id, owner]));
  return [...byId.values()].sort((a, b) => a.short.localeCompare(b.short, locale));
}

interface TaskFiltersProps {
  selection: TaskSelection;
  onChange: (selection: TaskSelection) => void;
}

/** What to show (a view) and whose steps: anyone's, the viewer's own or their bodies', or one owner's. */
export function TaskFilters({ selection, onChange }: TaskFiltersProps) {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  // Guests own no steps and may look up no one's deadlines: the due view has nothing for them.
  const views = viewer?.kind === 'user' ? TASK_VIEWS : TASK_VIEWS.filter((view) => view !== 'due');
  const [{ data }] = useQuery({ query: TaskOwnersQuery });
  const owners = distinctOwners(data?.tasks.map((task) => partyNames(task.owner)) ?? [], i18n.resolvedLanguage);
  return (
    <form className={styles.filters} aria-label={t('tasks.filters')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className={styles.views}>
        <legend>{t('tasks.view')}</legend>
        <div className={styles.segments}>
          {views.map((view) => (
            <label key={view} className={styles.segment}>
              <input
                type="radio"
                name="view"
                value={view}
                checked={selection.view === view}
                onChange={() => onChange({ ...selection, view })}
              />
              <span>{t(`tasks.views.${view}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className={forms.field}>
        {t('tasks.owner')}
        <select
          className={forms.select}
          value={selection.ownerId ?? ''}
          onChange={(event) => onChange({ ...selection, ownerId: event.target.value || null })}
        >
          <option value="">{t('tasks.anyOwner')}</option>
          {viewer?.kind === 'user' && (
            <>
              <option value={MINE}>{t('auth.tasks.mine')}</option>
              <option value={MY_BODIES}>{t('auth.tasks.myBodies')}</option>
            </>
          )}
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.short === owner.name ? owner.name : `${owner.short} – ${owner.name}`}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
