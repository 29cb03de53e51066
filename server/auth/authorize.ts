import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Roles } from './roles';

/** One line of a rules table: may the viewer (described by `roles`) do this action to `subject`? */
export type Rule<S> = (roles: Roles, subject: S) => boolean | Promise<boolean>;

export type Rules = Record<string, Rule<never>>;

const ABOUT_THE_VIEWER = Symbol('about the viewer');

/**
 * A rule about the viewer alone, asked with the subject `null` (create a meeting, write budget
 * data): its answer holds for no record in particular, so it is offered as a capability of the
 * viewer (`me.viewerCan`), not of an object.
 */
export type ViewerRule = Rule<null> & { readonly [ABOUT_THE_VIEWER]: true };

export function viewerRule(rule: (roles: Roles) => boolean | Promise<boolean>): ViewerRule {
  return Object.assign((roles: Roles, _nothing: null) => rule(roles), { [ABOUT_THE_VIEWER]: true as const });
}

export function isViewerRule(rule: Rule<never>): rule is ViewerRule {
  return ABOUT_THE_VIEWER in rule;
}

/** The rules table of one kind of record, e.g. positions; see `server/<feature>/<feature>.policy.ts`. */
export interface Policy<R extends Rules> {
  /** In messages: "You may not manage this meeting". */
  name: string;
  /** The name in camel case ("calendar feed" → "calendarFeed"): capability types and fields are named by it. */
  key: string;
  rules: R;
}

export type SubjectOf<R> = R extends Rule<infer S> ? S : never;

export function definePolicy<R extends Rules>(name: string, rules: R): Policy<R> {
  const key = name.replace(/ (\w)/g, (_space, letter: string) => letter.toUpperCase());
  return { name, key, rules };
}

/** Whether the viewer may do `action` to `subject`; for views that adapt instead of refusing. */
export async function may<R extends Rules, A extends keyof R & string>(
  ctx: { roles: Roles },
  policy: Policy<R>,
  action: A,
  subject: SubjectOf<R[A]>,
): Promise<boolean> {
  const rule = policy.rules[action] as Rule<SubjectOf<R[A]>>;
  return rule(ctx.roles, subject);
}

/**
 * Refuses unless the policy allows the action: UNAUTHENTICATED for anonymous viewers (signing in
 * might help), FORBIDDEN for everyone else. Services call it inside their transaction, after
 * loading the subject and before changing anything.
 */
export async function authorize<R extends Rules, A extends keyof R & string>(
  ctx: { roles: Roles },
  policy: Policy<R>,
  action: A,
  subject: SubjectOf<R[A]>,
): Promise<void> {
  if (await may(ctx, policy, action, subject)) return;
  if (ctx.roles.viewer.kind === 'anonymous') throw new UnauthenticatedError();
  throw new ForbiddenError(`You may not ${action} this ${policy.name}`);
}

/** Rules several policies share; they look at the viewer only. */
export const signedInUser = (roles: Roles): boolean => roles.isUser;
export const admin = (roles: Roles): boolean => roles.isAdmin;
