import type { FormattedExecutionResult } from 'graphql';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestServer } from './server';

/** A graphql-ws client as a non-browser client uses it: the session token in connectionParams, no retries. */
export function wsClient(
  server: TestServer,
  token?: string,
  options: { headers?: Record<string, string> } = {},
): Client {
  const { headers } = options;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: server.wsUrl,
    webSocketImpl: headers ? HeaderWebSocket : WebSocket,
    connectionParams: token ? { token } : undefined,
    retryAttempts: 0,
    lazy: true,
  });
}

export interface Subscription {
  /** The next result; `done` when the server completed the subscription. Rejects with the close event when the socket closed. */
  next: () => Promise<IteratorResult<FormattedExecutionResult<Record<string, unknown>, unknown>>>;
  dispose: () => Promise<void>;
}

export function subscribe(client: Client, query: string, variables?: Record<string, unknown>): Subscription {
  const iterator = client.iterate({ query, variables });
  return {
    next: () => iterator.next(),
    dispose: async () => {
      await iterator.return?.();
      await client.dispose();
    },
  };
}

/** The close code a rejected `next()` carries (a CloseEvent from the socket), if any. */
export function closeCode(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? Number((error as { code: unknown }).code)
    : undefined;
}

const pause = (ms: number) => new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));

/**
 * The subscription's first result, or its refusal. Once subscribed the server registers the
 * subscription on its own schedule, so `trigger` runs again every 100 ms until an event arrives,
 * at most `attempts` times.
 */
export async function firstResult(subscription: Subscription, trigger: () => Promise<unknown>, attempts = 50) {
  const next = subscription.next();
  next.catch(() => {});
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const settled = await Promise.race([
      next.then(
        () => true,
        () => true,
      ),
      pause(attempt === 0 ? 0 : 100),
    ]);
    if (settled) return next;
    await trigger();
  }
  throw new Error(`no result after ${attempts} triggers`);
}

/** A message of the graphql-transport-ws protocol as it arrives. */
export type ProtocolMessage = { type: string; id?: string; payload?: any };

/**
 * A bare graphql-ws connection that speaks the protocol message by message, for specs that send
 * what no well-behaved client would (thousands of subscribe messages at once).
 */
export class RawSocket {
  readonly messages: ProtocolMessage[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly socket: WebSocket;

  constructor(server: Pick<TestServer, 'wsUrl'>, headers: Record<string, string> = {}) {
    this.socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers });
    this.socket.on('message', (data) => this.messages.push(JSON.parse(String(data))));
    this.closed = new Promise((resolve) =>
      this.socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
  }

  /** Opens and initialises the connection; resolves once the server acknowledged it, rejects when it closed instead. */
  async init(payload?: Record<string, unknown>): Promise<void> {
    if (this.socket.readyState === WebSocket.CONNECTING)
      await new Promise((resolve) => this.socket.once('open', resolve));
    this.send({ type: 'connection_init', payload });
    await this.until(
      () => this.messages.some((m) => m.type === 'connection_ack') || this.socket.readyState >= WebSocket.CLOSING,
      'connection_ack',
    );
    if (!this.messages.some((m) => m.type === 'connection_ack')) throw new Error('closed instead of acknowledged');
  }

  send(message: ProtocolMessage): void {
    this.socket.send(JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables?: Record<string, unknown>): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** The messages for operation `id`. */
  of(id: string): ProtocolMessage[] {
    return this.messages.filter((message) => message.id === id);
  }

  async until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * What the server answers a WebSocket upgrade with these headers: `open` when it switched
 * protocols, otherwise the HTTP status and body it refused with.
 */
export function upgradeAnswer(
  server: Pick<TestServer, 'wsUrl'>,
  headers: Record<string, string>,
): Promise<'open' | { status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers });
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', reject);
  });
}
