import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WS_LIMITS } from '../../server/graphql/ws-server';
import { joinAsGuest, type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, openJoin, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';
import { closeCode, firstResult, type Subscription, subscribe, wsClient } from '../support/ws';

const JOINS = `subscription ($id: ID!) { meetingJoins(meetingId: $id) { displayName } }`;

/** Resolves with the close code once the server closes the socket. */
function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

describe('sessions ending stop HTTP and WebSocket alike', () => {
  let server: TestServer;
  let admin: SessionClient;
  let meetingId: string;
  let code: string;
  const guestJoins = () => joinAsGuest(server, code, 'Neu dabei');

  /** A facilitator of the meeting, subscribed to its joins and shown to receive them. */
  async function subscribedFacilitator() {
    const client = await signInAs(server, 'user', { name: 'Moderation' });
    await setMeetingRole(admin, meetingId, client.user.personId, 'FACILITATOR');
    const subscription = subscribe(wsClient(server, client.token), JOINS, { id: meetingId });
    const first = await firstResult(subscription, guestJoins);
    expect(first.value.data).toEqual({ meetingJoins: { displayName: 'Neu dabei' } });
    return { client, subscription };
  }

  /**
   * The close code that ends the subscription's socket, or undefined if it completed instead.
   * Joins that firstResult triggered again while the first one's event was on its way may still
   * arrive before the close; they are passed over.
   */
  async function closeOf(subscription: Subscription): Promise<number | undefined> {
    for (;;) {
      try {
        if ((await subscription.next()).done) return undefined;
      } catch (error) {
        return closeCode(error);
      }
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
    meetingId = (await buildMeeting(admin)).id;
    code = await openJoin(admin, meetingId);
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('closes a WebSocket without a valid session with 4401', async () => {
      for (const token of [undefined, 'not-a-token', 'A'.repeat(43)]) {
        const subscription = subscribe(wsClient(server, token), JOINS, { id: meetingId });
        await expect(subscription.next().then(() => 0, closeCode)).resolves.toBe(4401);
        await subscription.dispose();
      }
    });

    it('refuses a subscription the viewer may not make with FORBIDDEN, over the open socket', async () => {
      const guest = await joinAsGuest(server, code);
      const subscription = subscribe(wsClient(server, guest.token), JOINS, { id: meetingId });
      const refusal = await subscription.next();
      expect(errorCode({ status: 0, ...refusal.value })).toBe('FORBIDDEN');
      await subscription.dispose();
    });

    it(`closes the connection after ${WS_LIMITS.connectionsPerSession} per session with 4429`, async () => {
      const user = await signInAs(server, 'user');
      const headers = { cookie: `planwerk_session=${user.token}` };
      const open = async () => {
        const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', { headers });
        await new Promise((resolve) => socket.once('open', resolve));
        const acknowledged = new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
        socket.send(JSON.stringify({ type: 'connection_init' }));
        return { socket, answer: await Promise.race([acknowledged, closed(socket).then((code) => `closed ${code}`)]) };
      };
      const sockets: WebSocket[] = [];
      for (let index = 0; index < WS_LIMITS.connectionsPerSession; index += 1) {
        const { socket, answer } = await open();
        expect(answer).toBe('{"type":"connection_ack"}');
        sockets.push(socket);
      }
      expect((await open()).answer).toBe('closed 4429');
      const freed = closed(sockets[0]!);
      sockets[0]!.close();
      await freed;
      expect((await open()).answer, 'a closed socket frees its place').toBe('{"type":"connection_ack"}');
      for (const socket of sockets) socket.close();
    });

    it(`closes a socket that does not initialise within ${WS_LIMITS.connectionInitWaitMs} ms with 4408`, async () => {
      const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws');
      expect(await closed(socket)).toBe(4408);
    });
  });

  it('authenticates the WebSocket by the cookie of the upgrade request, too', async () => {
    const user = await signInAs(server, 'user');
    const client = wsClient(server, undefined, { headers: { cookie: `planwerk_session=${user.token}` } });
    const result = await client.iterate({ query: `{ me { kind } }` }).next();
    expect(result.value.data).toEqual({ me: { kind: 'USER' } });
    await client.dispose();
  });

  it("signing out closes the session's WebSockets (4401) and refuses its token over HTTP", async () => {
    const { client, subscription } = await subscribedFacilitator();
    const ended = closeOf(subscription);
    expect((await client.gql(`mutation { signOut }`)).data!.signOut).toBe(true);
    expect(await ended).toBe(4401);
    expect(errorCode(await client.gql(`{ meetings { id } }`))).toBe('UNAUTHENTICATED');
    await subscription.dispose();
  });

  it('an admin revoking a session closes its WebSockets and refuses its token', async () => {
    const { client, subscription } = await subscribedFacilitator();
    const sessionId = (await client.gql(`{ sessions { id current } }`)).data!.sessions.find((s: any) => s.current).id;
    const ended = closeOf(subscription);
    expect(
      (await admin.gql(`mutation ($id: ID!) { revokeSession(id: $id) { id } }`, { id: sessionId })).errors,
    ).toBeUndefined();
    expect(await ended).toBe(4401);
    expect(errorCode(await client.gql(`{ meetings { id } }`))).toBe('UNAUTHENTICATED');
    await subscription.dispose();
  });

  it('a facilitator who is demoted stops receiving at the next event; the session itself stays', async () => {
    const { client, subscription } = await subscribedFacilitator();
    await setMeetingRole(admin, meetingId, client.user.personId, 'PARTICIPANT');
    const next = subscription.next();
    await guestJoins();
    expect(await next).toEqual({ done: true, value: undefined });
    expect(
      (await client.gql(`query ($id: ID!) { meeting(id: $id) { viewerRole } }`, { id: meetingId })).data!.meeting
        .viewerRole,
    ).toBe('PARTICIPANT');
    await subscription.dispose();
  });

  it("deleting the meeting ends its guests' sessions and sockets", async () => {
    const doomed = await buildMeeting(admin, { title: 'Wird gelöscht' });
    const guest = await joinAsGuest(server, await openJoin(admin, doomed.id));
    const socket = new WebSocket(server.wsUrl, 'graphql-transport-ws', {
      headers: { cookie: `planwerk_session=${guest.token}` },
    });
    const acknowledged = new Promise((resolve) => socket.once('message', resolve));
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await acknowledged;
    const closing = closed(socket);
    await admin.gql(`mutation ($id: ID!) { deleteMeeting(id: $id) }`, { id: doomed.id });
    expect(await closing).toBe(4401);
    expect(errorCode(await guest.gql(`{ meetings { id } }`))).toBe('UNAUTHENTICATED');
  });
});
