import type { Context } from '../context';
import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Meeting } from '../meetings/meeting.entity';
import type { Position } from '../tables/position.entity';

/**
 * Every permission decision of the live workshop features, in one module.
 *
 * TEMPORARY until access control (issue 3) is merged: who may do what is not decided yet, so the
 * `can…` functions below allow everyone. They are async like the access policies they will call. Domain rules (phases, locked tables, vote budgets) are
 * not permissions and are enforced by the services regardless of these. When access lands, each
 * body becomes a call of the entity policies (`authorize(ctx, action, subject)`), and
 * `participantKey`/`participantName` read `ctx.viewer` instead of what the client sends.
 */

export const PARTICIPANT_HEADER = 'x-planwerk-participant';
export const PARTICIPANT_NAME_HEADER = 'x-planwerk-participant-name';

function sent(ctx: Context, header: string, param: string): string | null {
  const fromParams = ctx.transport.connectionParams?.[param];
  const value = typeof fromParams === 'string' ? fromParams : ctx.transport.headers[header];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * Who the caller is as a participant of a live meeting: votes, table choice and presence hang on
 * it. TEMPORARY: the string a client sends as the `x-planwerk-participant` header (HTTP) or as
 * `connectionParams.participant` (graphql-ws), trusted as is. With access control it becomes the
 * viewer: `user:<personId>` or `guest:<guestId>`.
 */
export function participantKey(ctx: Context): string | null {
  const key = sent(ctx, PARTICIPANT_HEADER, 'participant');
  return key && key.length <= 200 ? key : null;
}

/**
 * The name others see for the caller. TEMPORARY: `connectionParams.displayName` or the
 * URI-encoded `x-planwerk-participant-name` header; with access control the guest's display name
 * or the person's name.
 */
export function participantName(ctx: Context): string | null {
  const name = sent(ctx, PARTICIPANT_NAME_HEADER, 'displayName');
  if (!name) return null;
  try {
    return decodeURIComponent(name).slice(0, 200);
  } catch {
    return name.slice(0, 200);
  }
}

/** The participant key, or UNAUTHENTICATED for operations that need one (votes, tables). */
export function requireParticipantKey(ctx: Context): string {
  const key = participantKey(ctx);
  if (!key) throw new UnauthenticatedError('Join the meeting first: no participant is known for this request');
  return key;
}

/** Refuses with FORBIDDEN unless `allowed`. */
export async function authorize(allowed: Promise<boolean>, message?: string): Promise<void> {
  if (!(await allowed)) throw new ForbiddenError(message);
}

/** May follow the live events of the meeting. */
export async function canSubscribe(_ctx: Context, _meeting: Meeting): Promise<boolean> {
  return true;
}

/**
 * Asked before every event a subscriber gets, so it must be cheap: a cached decision per session
 * (e.g. access's LiveAccess.allows), not a query per event. False ends the subscription.
 */
export async function mayStillReceive(_ctx: Context, _meetingId: string): Promise<boolean> {
  return true;
}

/** Runs the meeting: phases, timer, spotlight, table locks, vote budgets and visibility, top five. */
export async function canFacilitate(_ctx: Context, _meeting: Meeting): Promise<boolean> {
  return true;
}

/** Takes part: joins, chooses a table, is present. */
export async function canParticipate(_ctx: Context, _meeting: Meeting): Promise<boolean> {
  return true;
}

/** Gives dots (the VOTE phase and the budget are checked by the vote service). */
export async function canVote(_ctx: Context, _meeting: Meeting): Promise<boolean> {
  return true;
}

/** Co-edits, merges or separates `position` of the meeting (locks and the phase are checked by the services). */
export async function canEditPosition(_ctx: Context, _meeting: Meeting, _position: Position): Promise<boolean> {
  return true;
}

/** Turns a position of the meeting into a next step. */
export async function canCreateTask(_ctx: Context, _meeting: Meeting): Promise<boolean> {
  return true;
}
