import {
  type ChangeSet,
  ChangeSetType,
  type EntityClass,
  type EntityManager,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import { Committee } from '../committees/committee.entity';
import { Membership } from '../committees/membership.entity';
import { Invitation } from '../meetings/invitation.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingRole } from '../meetings/meeting-role.entity';
import { Person } from '../people/person.entity';
import { Account } from './account.entity';
import type { AccessChange } from './auth.events';
import { Guest } from './guest.entity';
import { Session } from './session.entity';

/**
 * The inputs of roles.ts and viewer.ts, with the fields that matter (null: all of them). Only
 * updates and deletions count: a new record can give access but never take it away, and live
 * checks only need to notice the latter.
 */
const ACCESS_INPUTS: [EntityClass<object>, string[] | null][] = [
  [Account, ['isAdmin', 'grants', 'disabledAt', 'passwordHash']],
  [Session, null],
  [Guest, null],
  [Person, ['organization', 'name']],
  [Committee, ['parent']],
  [Membership, null],
  [Meeting, ['hostCommittee']],
  [MeetingRole, null],
  [Invitation, null],
];

function takesAccessAway(changeSet: ChangeSet<object>): boolean {
  if (changeSet.type === ChangeSetType.CREATE) return false;
  const input = ACCESS_INPUTS.find(([type]) => changeSet.entity instanceof type);
  if (!input) return false;
  const [, fields] = input;
  return changeSet.type === ChangeSetType.DELETE || !fields || fields.some((field) => field in changeSet.payload);
}

function endsSession(entity: object, type: ChangeSetType): entity is Session {
  return entity instanceof Session && (type === ChangeSetType.DELETE || Boolean(entity.revokedAt));
}

/**
 * Notices, while flushing, changes to access-relevant records and announces them once their
 * transaction has committed, so that nobody re-decides against data that may still roll back.
 */
export class AccessChangeSubscriber implements EventSubscriber {
  private readonly pending = new WeakMap<EntityManager, AccessChange>();

  constructor(private readonly announce: (change: AccessChange) => void) {}

  onFlush({ em, uow }: FlushEventArgs): void {
    for (const changeSet of uow.getChangeSets()) {
      if (!takesAccessAway(changeSet)) continue;
      const change = this.pending.get(em) ?? { revokedSessionIds: [] };
      this.pending.set(em, change);
      if (endsSession(changeSet.entity, changeSet.type)) change.revokedSessionIds.push(changeSet.entity.id);
    }
  }

  afterTransactionCommit({ em }: TransactionEventArgs): void {
    const change = this.pending.get(em);
    if (!change) return;
    this.pending.delete(em);
    this.announce(change);
  }

  afterTransactionRollback({ em }: TransactionEventArgs): void {
    this.pending.delete(em);
  }
}
