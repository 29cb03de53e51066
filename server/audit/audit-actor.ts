import type { EntityManager } from '@mikro-orm/core';
import type { Viewer } from '../auth/viewer';

/** Who a request acts as, in the words of the audit log. */
export interface AuditActor {
  requestId: string;
  accountId: string | null;
  guestId: string | null;
  name: string;
}

// The logger context is the one piece of an EntityManager that its forks, transactions
// included, inherit; the audit subscriber reads the actor back from there.
const KEY = 'auditActor';

export function actorOf(viewer: Viewer, requestId: string): AuditActor {
  switch (viewer.kind) {
    case 'user':
      return { requestId, accountId: viewer.accountId, guestId: null, name: viewer.name };
    case 'guest':
      return { requestId, accountId: null, guestId: viewer.guestId, name: viewer.displayName };
    default:
      return { requestId, accountId: null, guestId: null, name: 'anonym' };
  }
}

/** Marks `em` (and every fork of it made afterwards) as acting for `actor`: its changes are audited. */
export function setAuditActor(em: EntityManager, actor: AuditActor): void {
  em.setLoggerContext({ ...em.getLoggerContext(), [KEY]: actor });
}

/** The actor of `em`, or undefined for work outside requests (migrations, demo data, jobs). */
export function auditActorOf(em: EntityManager): AuditActor | undefined {
  return em.getLoggerContext()[KEY] as AuditActor | undefined;
}
