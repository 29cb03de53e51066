import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultOf } from '../graphql/graphql';
import forms from '../ui/forms.module.css';
import type { CommitteesQuery } from './committee.operations';
import type { TreeNode } from './committee-tree';
import styles from './CommitteeSection.module.css';
import { MemberTable } from './MemberTable';
import { NominationForm } from './NominationForm';

export type Committee = ResultOf<typeof CommitteesQuery>['committees'][number];

const HEADINGS = ['h2', 'h3', 'h4'] as const;

/** A committee with its members and, nested, its subgroups. */
export function CommitteeSection({ node, depth }: { node: TreeNode<Committee>; depth: number }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const committee = node.item;
  const Heading = HEADINGS[Math.min(depth, HEADINGS.length - 1)] ?? 'h4';
  const headingId = `committee-${committee.id}`;
  const label = committee.shortName ?? committee.name;
  return (
    <section aria-labelledby={headingId} className={depth === 0 ? styles.committee : styles.subcommittee}>
      <header className={styles.header}>
        <div>
          <Heading id={headingId} className={styles.name}>
            {committee.name}
            {committee.shortName && <span className={styles.short}> ({committee.shortName})</span>}
          </Heading>
          <p className={styles.meta}>
            {[t(`committeeKinds.${committee.kind}`), committee.region?.name].filter(Boolean).join(' · ')}
          </p>
        </div>
        <button
          type="button"
          className={forms.secondary}
          aria-expanded={editing}
          aria-controls={`${headingId}-members`}
          onClick={() => setEditing(!editing)}
        >
          {editing ? t('committees.finishEditing') : t('committees.edit')}
          <span className="visually-hidden">: {label}</span>
        </button>
      </header>
      {committee.description && <p>{committee.description}</p>}
      <div id={`${headingId}-members`}>
        <MemberTable committee={committee} editing={editing} />
        {editing && <NominationForm committee={committee} />}
      </div>
      {node.children.length > 0 && (
        <div className={styles.children} role="group" aria-label={`${t('committees.subcommittees')}: ${label}`}>
          {node.children.map((child) => (
            <CommitteeSection key={child.item.id} node={child} depth={depth + 1} />
          ))}
        </div>
      )}
    </section>
  );
}
