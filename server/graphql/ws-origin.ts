import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Express's compiled "trust proxy": whether the hop at `address` may report the client's scheme and host. */
export type TrustProxy = (address: string, hop: number) => boolean;

const first = (header: string | string[] | undefined) =>
  (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();

/** The origin the request was made to, as Express's `req.protocol` and `req.host` tell it; null without a host. */
function ownOrigin(req: IncomingMessage, trustProxy: TrustProxy): string | null {
  const trusted = trustProxy(req.socket.remoteAddress ?? '', 0);
  const scheme =
    (trusted && first(req.headers['x-forwarded-proto'])) || ((req.socket as TLSSocket).encrypted ? 'https' : 'http');
  const host = (trusted && first(req.headers['x-forwarded-host'])) || req.headers.host;
  if (!host) return null;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a WebSocket upgrade may open: from the page's own origin or one of PLANWERK_CORS_ORIGINS
 * (the origins allowed over HTTP). Browsers send `Origin` with every WebSocket handshake, and no page
 * can leave it out or change it; an upgrade without one therefore comes from a program, which holds
 * any cookie it sends itself (like curl over HTTP), and opens as before. A page of a foreign origin,
 * even another port of the same host, would ride on the visitor's cookie: it never opens.
 */
export function originAllowed(
  origin: string | undefined,
  req: IncomingMessage,
  { allowed, trustProxy }: { allowed: readonly string[]; trustProxy: TrustProxy },
): boolean {
  if (origin === undefined) return true;
  return origin === ownOrigin(req, trustProxy) || allowed.includes(origin);
}
