import type { IncomingHttpHeaders } from 'node:http';
import { parseCookie, stringifySetCookie } from 'cookie';

export const SESSION_COOKIE = 'planwerk_session';

export interface PresentedToken {
  token: string;
  /** A browser's cookie, as opposed to a client's explicit Authorization header. */
  fromCookie: boolean;
}

/** The session token a request carries: `Authorization: Bearer <token>` first, else the cookie. */
export function presentedToken(headers: IncomingHttpHeaders): PresentedToken | null {
  const authorization = headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return { token: match?.[1] ?? '', fromCookie: false };
  }
  const token = headers.cookie ? parseCookie(headers.cookie)[SESSION_COOKIE] : undefined;
  return token === undefined ? null : { token, fromCookie: true };
}

/** httpOnly so scripts cannot read it; SameSite=Lax so other sites cannot send it with their forms. */
export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: new Date(0),
  });
}

/** Lets a resolver set or clear the session cookie of the HTTP response it answers. */
export interface SessionCookieJar {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** Over WebSocket there is no response to carry a cookie; clients there use the returned token. */
export const NO_COOKIES: SessionCookieJar = { set: () => {}, clear: () => {} };
