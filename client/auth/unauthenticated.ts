import type { CombinedError, Operation, OperationContext } from 'urql';
import { errorCode } from '../api/errors';

/** Pages where people get a session; never a place to return to after signing in. */
export const ENTRY_PATHS = ['/sign-in', '/join', '/invitation'] as const;

/**
 * Context for an operation whose UNAUTHENTICATED answer the page itself explains: signing in
 * with a wrong password is refused with that code, and must not send the person to sign in.
 */
export const OWN_UNAUTHENTICATED: Partial<OperationContext> = { ownUnauthenticated: true };

/** Whether a refusal means "sign in first": decided by code, never by message text. */
export function needsSignIn(error: CombinedError, operation: Pick<Operation, 'context'>): boolean {
  return errorCode(error) === 'UNAUTHENTICATED' && operation.context.ownUnauthenticated !== true;
}

export function isEntryPage(pathname: string): boolean {
  return ENTRY_PATHS.some((entry) => pathname === entry || pathname.startsWith(`${entry}/`));
}

type Place = Pick<Location, 'pathname' | 'search' | 'hash'>;

/** The sign-in page, told where to come back to; null when the person is on an entry page already. */
export function signInTarget({ pathname, search, hash }: Place): string | null {
  if (isEntryPage(pathname)) return null;
  const from = `${pathname}${search}${hash}`;
  return from === '/' ? '/sign-in' : `/sign-in?${new URLSearchParams({ next: from })}`;
}

/**
 * Where to go after signing in: the `next` the sign-in page was given if it is a path of this
 * app (never another site: `//evil.example` and `https://…` are refused), else the start page.
 */
export function returnPath(next: string | null): string {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  const { pathname } = new URL(next, 'http://planwerk.invalid');
  return isEntryPage(pathname) ? '/' : next;
}
