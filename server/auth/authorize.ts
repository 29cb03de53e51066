import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Roles } from './roles';

/** One line of a rules table: may the viewer (described by `roles`) do this action to `subject`? */
export type Rule<S> = (roles: Roles, subject: S) => boolean | Promise<boolean>;

type Rules = Record<string, Rule<never>>;

/** The rules table of one kind of record, e.g. positions; see `server/<feature>/<feature>.policy.ts`. */
export interface Policy<R extends Rules> {
  name: string;
  rules: R;
}

type SubjectOf<R> = R extends Rule<infer S> ? S : never;

export function definePolicy<R extends Rules>(name: string, rules: R): Policy<R> {
  return { name, rules };
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

/** Rules several policies share. */
export const signedInUser: Rule<unknown> = (roles) => roles.isUser;
export const admin: Rule<unknown> = (roles) => roles.isAdmin;
