import {
  type ChangeSet,
  ChangeSetType,
  type EventSubscriber,
  type FlushEventArgs,
  Reference,
  wrap,
} from '@mikro-orm/core';
import { auditActorOf } from './audit-actor';
import { AuditAction, type AuditChanges, AuditEntry } from './audit-entry.entity';

/**
 * Bookkeeping that changes with every write and tells a reader nothing; and a position's Yjs
 * document (`doc`), binary state that mirrors its text, which is recorded.
 */
const UNAUDITED_FIELDS = new Set(['id', 'createdAt', 'updatedAt', 'lastSeenAt', 'version', 'textVersion', 'doc']);
/**
 * The undo snapshot of a deleted position: the trail has the position's DELETE, and a restore is
 * the position's CREATE again, so the snapshot would only repeat them.
 */
const UNAUDITED_ENTITIES = new Set(['DeletedPosition']);
/** Recorded as changed, never with their values. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);
const REDACTED = '[redacted]';

const ACTIONS: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: AuditAction.CREATE,
  [ChangeSetType.UPDATE]: AuditAction.UPDATE,
  [ChangeSetType.DELETE]: AuditAction.DELETE,
};

function shown(field: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return SECRET_FIELDS.has(field) ? REDACTED : value;
}

function changesOf(changeSet: ChangeSet<object>): AuditChanges {
  // Deletions carry no snapshot in the change set; the entity's last loaded state is the "before".
  const snapshot = changeSet.originalEntity ?? wrap(changeSet.entity, true).__originalEntityData ?? {};
  const before = snapshot as Record<string, unknown>;
  const after = changeSet.payload as Record<string, unknown>;
  const fields = changeSet.type === ChangeSetType.DELETE ? Object.keys(before) : Object.keys(after);
  const changes: AuditChanges = {};
  for (const field of fields.filter((name) => !UNAUDITED_FIELDS.has(name))) {
    changes[field] = {
      before: changeSet.type === ChangeSetType.CREATE ? null : shown(field, before[field]),
      after: changeSet.type === ChangeSetType.DELETE ? null : shown(field, after[field]),
    };
  }
  return changes;
}

/** Links along which a record belongs to a meeting, tried in order. */
const MEETING_LINKS = ['meeting', 'table', 'position', 'guest'];

/**
 * The meeting a record belongs to, so facilitators can read their meetings' trail: a meeting
 * itself, a record with a meeting reference, or one reached through a loaded table, position or
 * guest (services load those to authorise, so they are loaded when their records change).
 */
function meetingIdOf(changeSet: ChangeSet<object>): string | null {
  if (changeSet.name === 'Meeting') return changeSet.getSerializedPrimaryKey();
  return meetingIdThrough(changeSet.entity);
}

function meetingIdThrough(entity: object): string | null {
  for (const link of MEETING_LINKS) {
    const value = (entity as Record<string, unknown>)[link];
    if (!value) continue;
    const target = Reference.isReference(value) ? value.unwrap() : (value as object);
    if (link === 'meeting') return wrap(target, true).getSerializedPrimaryKey();
    if (wrap(target).isInitialized()) return meetingIdThrough(target);
  }
  return null;
}

/**
 * Writes an AuditEntry for every record a request creates, changes or deletes, in the same flush
 * (and so the same transaction) as the change. Services need not do anything: the actor comes
 * from the EntityManager's context (audit-actor.ts).
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const actor = auditActorOf(em);
    if (!actor) return;
    for (const changeSet of [...uow.getChangeSets()]) {
      const action = ACTIONS[changeSet.type];
      if (!action || changeSet.entity instanceof AuditEntry || UNAUDITED_ENTITIES.has(changeSet.name)) continue;
      const changes = changesOf(changeSet);
      if (action === AuditAction.UPDATE && Object.keys(changes).length === 0) continue;
      const entry = new AuditEntry();
      Object.assign(entry, {
        requestId: actor.requestId,
        actorAccountId: actor.accountId,
        actorGuestId: actor.guestId,
        actorName: actor.name,
        action,
        entityName: changeSet.name,
        entityId: changeSet.getSerializedPrimaryKey(),
        meetingId: meetingIdOf(changeSet),
        changes,
      });
      uow.computeChangeSet(entry);
    }
  }
}
