import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../api/graphql';
import { CalendarToggle } from '../calendars/CalendarToggle';
import { FormDialog } from '../ui/FormDialog';
import forms from '../ui/forms.module.css';
import { Heading } from '../ui/Heading';
import { CommitteeForm } from './CommitteeForm';
import styles from './CommitteeSection.module.css';
import type { CommitteesQuery } from './committee.operations';
import type { TreeNode } from './committee-tree';
import { DeleteCommittee } from './DeleteCommittee';
import { MemberTable } from './MemberTable';
import { NominationForm } from './NominationForm';

export type Committee = ResultOf<typeof CommitteesQuery>['committees'][number];

interface CommitteeSectionProps {
  node: TreeNode<Committee>;
  depth: number;
  /** Every committee, for the parent choice when editing. */
  all: readonly Committee[];
}

/** A committee with its members and, nested, its subgroups; its controls where its `viewerCan` allows them. */
export function CommitteeSection({ node, depth, all }: CommitteeSectionProps) {
  const { t } = useTranslation();
  const [editingWanted, setEditing] = useState(false);
  const committee = node.item;
  // Only those the server lets change the members, and manage the body's calendar feeds (the same
  // people: admins, speakers, coordinators), see the controls.
  const leads = committee.viewerCan.manageMembers;
  const editing = editingWanted && leads;
  const level = Math.min(2 + depth, 5);
  const headingId = `committee-${committee.id}`;
  const label = committee.shortName ?? committee.name;
  return (
    <section aria-labelledby={headingId} className={depth === 0 ? styles.committee : styles.subcommittee}>
      <header className={styles.header}>
        <div>
          <Heading level={level} id={headingId} className={styles.name}>
            {committee.name}
            {committee.shortName && <span className={styles.short}> ({committee.shortName})</span>}
          </Heading>
          <p className={styles.meta}>
            {[t(`committeeKinds.${committee.kind}`), committee.region?.name].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className={styles.actions}>
          {committee.viewerCan.edit && (
            <FormDialog
              tone="secondary"
              label={t('committeeForm.edit')}
              accessibleLabel={t('committeeForm.editOf', { name: label })}
              title={t('committeeForm.editTitle', { name: label })}
            >
              {(close) => <CommitteeForm committee={committee} committees={all} onDone={close} />}
            </FormDialog>
          )}
          {committee.viewerCan.manage && <DeleteCommittee id={committee.id} name={label} />}
          {leads && (
            <button
              type="button"
              className={forms.secondary}
              aria-label={`${editing ? t('committees.finishEditing') : t('committees.edit')}: ${label}`}
              aria-expanded={editing}
              aria-controls={`${headingId}-members`}
              onClick={() => setEditing(!editing)}
            >
              {editing ? t('committees.finishEditing') : t('committees.edit')}
            </button>
          )}
        </div>
      </header>
      {committee.description && <p>{committee.description}</p>}
      <div id={`${headingId}-members`}>
        <MemberTable committee={committee} editing={editing} headingLevel={level + 1} />
        {editing && <NominationForm committee={committee} headingLevel={level + 1} />}
      </div>
      {committee.viewerCan.calendarFeed.manage && (
        <CalendarToggle ownerId={committee.id} ownerName={label} headingLevel={level + 1} />
      )}
      {node.children.length > 0 && (
        <ul className={styles.children} aria-label={`${t('committees.subcommittees')}: ${label}`}>
          {node.children.map((child) => (
            <li key={child.item.id}>
              <CommitteeSection node={child} depth={depth + 1} all={all} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
