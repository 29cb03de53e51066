import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Grant } from './account.entity';
import { Session, SessionKind } from './session.entity';
import { hashToken, isWellFormedToken } from './tokens';

/** Who is asking: resolved once per request (and per WebSocket operation) from the session token. */
export type Viewer =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      sessionId: string;
      accountId: string;
      personId: string;
      name: string;
      isAdmin: boolean;
      grants: readonly Grant[];
      expiresAt: Date;
    }
  | { kind: 'guest'; sessionId: string; guestId: string; meetingId: string; displayName: string; expiresAt: Date };

export type SignedInViewer = Exclude<Viewer, { kind: 'anonymous' }>;

export const ANONYMOUS: Viewer = Object.freeze({ kind: 'anonymous' });

/** The name others see for the viewer: a person's name, a guest's chosen display name. */
export function viewerName(viewer: Viewer): string | null {
  if (viewer.kind === 'user') return viewer.name;
  if (viewer.kind === 'guest') return viewer.displayName;
  return null;
}

// lastSeenAt is for people looking at their sessions, not a clock: one write a minute is plenty.
const LAST_SEEN_RESOLUTION_MS = 60_000;

async function viewerOf(em: EntityManager, where: FilterQuery<Session>, now: Date): Promise<SignedInViewer | null> {
  const session = await em.findOne(Session, where, { populate: ['account.person', 'guest'] });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (!session.lastSeenAt || now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    // A native update: it bypasses the unit of work, so it is neither flushed with nor audited as a change.
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
  }
  return holderOf(session);
}

/** Who holds a session whose account (with its person) or guest is loaded; null for a disabled or unfinished account. */
export function holderOf(session: Session): SignedInViewer | null {
  const base = { sessionId: session.id, expiresAt: session.expiresAt };
  if (session.kind === SessionKind.USER) {
    const account = session.account?.getEntity();
    if (!account || account.disabledAt || !account.passwordHash) return null;
    const person = account.person.getEntity();
    return {
      ...base,
      kind: 'user',
      accountId: account.id,
      personId: person.id,
      name: person.name,
      isAdmin: account.isAdmin,
      grants: account.grants,
    };
  }
  const guest = session.guest?.getEntity();
  if (!guest) return null;
  return { ...base, kind: 'guest', guestId: guest.id, meetingId: guest.meeting.id, displayName: guest.displayName };
}

/** The viewer a presented token stands for; null when it is malformed, unknown, expired or revoked. */
export function viewerFromToken(em: EntityManager, token: string, now: Date): Promise<SignedInViewer | null> {
  if (!isWellFormedToken(token)) return Promise.resolve(null);
  return viewerOf(em, { tokenHash: hashToken(token) }, now);
}

/** The viewer of a session that is still valid now; live subscriptions re-check with it. */
export function viewerFromSession(em: EntityManager, sessionId: string, now: Date): Promise<SignedInViewer | null> {
  return viewerOf(em, { id: sessionId }, now);
}
