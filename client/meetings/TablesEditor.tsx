import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorNotice } from '../ui/ErrorNotice';
import forms from '../ui/forms.module.css';
import { ReorderableList } from '../ui/ReorderableList';
import styles from './MeetingForms.module.css';
import type { Meeting } from './meeting';
import {
  CreateWorkingTableMutation,
  DeleteWorkingTableMutation,
  UpdateWorkingTableMutation,
} from './meeting.operations';
import { TableForm } from './TableForm';
import { newTable } from './table-form';
import { useRefusal } from './use-refusal';

type Table = Meeting['workingTables'][number];

/** The facilitator's part of the tables: add (also tables of one's own), rename, move, set dots, remove. */
export function TablesEditor({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [created, create] = useMutation(CreateWorkingTableMutation);
  const [updated, update] = useMutation(UpdateWorkingTableMutation);
  const [removed, remove] = useMutation(DeleteWorkingTableMutation);
  const adding = useRefusal();
  const changing = useRefusal();
  const busy = updated.fetching || removed.fetching;
  const tables = meeting.workingTables;

  const removal = (table: Table) =>
    table.positions.length === 0
      ? t('tablesEditor.removeEmpty')
      : t('tablesEditor.removeCards', { count: table.positions.length });

  return (
    <div className={styles.form}>
      {changing.refusal && <ErrorNotice error={changing.refusal} onDismiss={changing.dismiss} />}
      {tables.length > 0 && (
        <ReorderableList
          items={tables}
          id={(table) => table.id}
          label={(table) => table.title}
          movable={editing === null && tables.every((table) => table.viewerCan.manage)}
          disabled={busy}
          aria-label={t('tablesEditor.order')}
          onMove={(id, order) => void changing.run(update({ id, input: { order } }))}
        >
          {(table) =>
            editing === table.id ? (
              <TableForm
                heading={t('tablesEditor.editHeading', { title: table.title })}
                initial={{ kind: table.kind, title: table.title, voteBudget: String(table.voteBudget) }}
                submitLabel={t('tablesEditor.save')}
                refusal={changing.refusal}
                busy={busy}
                onCancel={() => setEditing(null)}
                onSubmit={async (input) => {
                  const done = await changing.run(update({ id: table.id, input }));
                  if (done) setEditing(null);
                  return done;
                }}
              />
            ) : (
              <article aria-label={table.title} className={styles.itemText}>
                <h3>{table.title}</h3>
                <p className={styles.muted}>
                  {[
                    t(`tableKinds.${table.kind}`),
                    t('tablesEditor.dots', { count: table.voteBudget }),
                    t('tablesEditor.cards', { count: table.positions.length }),
                  ].join(' · ')}
                </p>
                {table.viewerCan.manage && (
                  <div className={styles.actions}>
                    <button
                      type="button"
                      className={`${forms.secondary} ${styles.small}`}
                      aria-label={t('tablesEditor.editNamed', { title: table.title })}
                      onClick={() => setEditing(table.id)}
                    >
                      {t('tablesEditor.edit')}
                    </button>
                    <ConfirmButton
                      tone="danger"
                      label={t('tablesEditor.remove')}
                      accessibleLabel={t('tablesEditor.removeNamed', { title: table.title })}
                      title={t('tablesEditor.removeTitle', { title: table.title })}
                      message={removal(table)}
                      disabled={busy}
                      onConfirm={() => void changing.run(remove({ id: table.id }))}
                    />
                  </div>
                )}
              </article>
            )
          }
        </ReorderableList>
      )}
      <TableForm
        heading={t('tablesEditor.add')}
        initial={newTable('')}
        submitLabel={t('tablesEditor.addSubmit')}
        refusal={adding.refusal}
        busy={created.fetching}
        onSubmit={(input) => adding.run(create({ input: { meetingId: meeting.id, ...input } }))}
      />
    </div>
  );
}
