import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../schema/limits';
import { AuditEntry } from '../../server/audit/audit-entry.entity';
import { Session } from '../../server/auth/session.entity';
import type { SessionClient } from '../support/auth';
import { buildMeeting, buildTable } from '../support/factories';
import { SUBSCRIBE, startLiveServer } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';
import { RawSocket, upgradeAnswer } from '../support/ws';

const FLOOD = 2_000;
const CREATE_POSITION = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`;

async function healthz(server: TestServer) {
  const response = await fetch(`${server.url}/healthz`);
  return [response.status, await response.json()];
}

describe('hostile WebSocket clients: each refused with a code, nothing stored, /healthz still answers', () => {
  let server: TestServer;
  let admin: SessionClient;
  let guest: SessionClient;
  let meetingId: string;
  let tableId: string;
  let stored: () => Promise<number>;

  beforeAll(async () => {
    let guests: Awaited<ReturnType<typeof startLiveServer>>['guests'];
    ({ server, admin, guests } = await startLiveServer());
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
    guest = await guests.session(meetingId, 'flood', 'Flutende');
    stored = async () => {
      const em = server.db.orm.em.fork();
      return (await em.count(AuditEntry)) + (await em.count(Session));
    };
  });
  afterAll(() => server.close());

  describe(`a guest opening ${FLOOD} subscriptions on one socket`, () => {
    it(`keeps the first ${LIMITS.subscriptionsPerSocket} and refuses every other with RATE_LIMITED, without running it`, async () => {
      const limit = LIMITS.subscriptionsPerSocket;
      const socket = new RawSocket(server);
      await socket.init({ token: guest.token });
      const storedBefore = await stored();
      for (let id = 1; id <= FLOOD; id += 1) socket.subscribe(String(id), SUBSCRIBE, { meetingId });
      await socket.until(() => socket.messages.filter((m) => m.type === 'error').length >= FLOOD - limit, 'refusals');

      const refused = socket.messages.filter((m) => m.type === 'error');
      expect(refused.map((m) => Number(m.id))).toEqual(Array.from({ length: FLOOD - limit }, (_, i) => limit + 1 + i));
      expect(new Set(refused.map((m) => JSON.stringify(m.payload)))).toEqual(
        new Set([
          JSON.stringify([
            {
              message: `At most ${limit} subscriptions at once on one connection`,
              extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS', limit },
            },
          ]),
        ]),
      );
      expect(await stored(), 'a refused subscription writes nothing, not even presence').toBe(storedBefore);

      // Only the kept subscriptions are live: one event reaches exactly those.
      await admin.gql(CREATE_POSITION, { input: { tableId, text: 'Nach der Flut' } });
      const added = (id: string) =>
        socket.of(id).some((m) => m.payload?.data?.meetingEvents?.__typename === 'PositionAdded');
      await socket.until(() => added(String(limit)), 'the event on the last kept subscription');
      const reached = Array.from({ length: FLOOD }, (_, i) => String(i + 1)).filter(added);
      expect(reached).toEqual(Array.from({ length: limit }, (_, i) => String(i + 1)));

      // The limit counts what is held at once: completing one makes room for another.
      socket.send({ id: '1', type: 'complete' });
      socket.subscribe('again', SUBSCRIBE, { meetingId });
      await admin.gql(CREATE_POSITION, { input: { tableId, text: 'Platz gemacht' } });
      await socket.until(() => added('again'), 'the event on the subscription that took the freed place');
      expect(socket.of('again').filter((m) => m.type === 'error')).toEqual([]);

      expect(await healthz(server)).toEqual([200, { status: 'ok' }]);
      socket.close();
    });
  });

  describe('a page of a foreign origin using the visitor’s cookie', () => {
    const ownOrigin = () => new URL(server.url).origin;

    it.each([
      ['another port of the same host', (port: number) => `http://127.0.0.1:${port + 1}`],
      ['another scheme on the same host and port', (port: number) => `https://127.0.0.1:${port}`],
      ['another host name for the same address', (port: number) => `http://localhost:${port}`],
      ['a sandboxed page (Origin: null)', () => 'null'],
    ])('from %s is refused before the socket opens: 403, FORBIDDEN', async (_case, origin) => {
      const port = Number(new URL(server.url).port);
      const answer = await upgradeAnswer(server, { ...guest.headers, origin: origin(port) });
      expect(answer).not.toBe('open');
      const { status, body } = answer as { status: number; body: string };
      expect(status).toBe(403);
      expect(JSON.parse(body)).toEqual({
        errors: [
          {
            message: 'WebSockets may only be opened from the origins the API allows',
            extensions: { code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' },
          },
        ],
      });
      expect(await healthz(server)).toEqual([200, { status: 'ok' }]);
    });

    it('opens for the page’s own origin, and for a program that sends no Origin, as before', async () => {
      expect(await upgradeAnswer(server, { ...guest.headers, origin: ownOrigin() })).toBe('open');
      expect(await upgradeAnswer(server, guest.headers)).toBe('open');
      const socket = new RawSocket(server, { ...guest.headers, origin: ownOrigin() });
      await socket.init();
      socket.subscribe('me', `{ me { kind } }`);
      await socket.until(() => socket.of('me').some((m) => m.type === 'complete'), 'the answer');
      expect(socket.of('me')[0]!.payload).toEqual({ data: { me: { kind: 'GUEST' } } });
      socket.close();
    });

    it('opens for the origins of PLANWERK_CORS_ORIGINS and, behind a trusted proxy, for the forwarded origin', async () => {
      const proxied = await startTestServer({
        env: { PLANWERK_CORS_ORIGINS: 'https://planwerk.example', PLANWERK_TRUST_PROXY: 'loopback' },
      });
      try {
        expect(await upgradeAnswer(proxied, { origin: 'https://planwerk.example' })).toBe('open');
        expect(await upgradeAnswer(proxied, { origin: 'https://evil.example' })).toMatchObject({ status: 403 });
        const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'workshop.example' };
        expect(await upgradeAnswer(proxied, { ...forwarded, origin: 'https://workshop.example' })).toBe('open');
        expect(await upgradeAnswer(proxied, { ...forwarded, origin: 'http://workshop.example' })).toMatchObject({
          status: 403,
        });
      } finally {
        await proxied.close();
      }
      const untrusting = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'workshop.example' };
      expect(
        await upgradeAnswer(server, { ...untrusting, origin: 'https://workshop.example' }),
        'without PLANWERK_TRUST_PROXY forwarded headers are not believed',
      ).toMatchObject({ status: 403 });
    });
  });
});
