import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildTable, setMeetingRole } from '../support/factories';
import { followMeeting, waitFor, wsClient } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

const REMOVE_ROLE = `mutation ($id: ID!) { removeMeetingRole(id: $id) }`;

describe('a subscriber who may no longer follow the meeting', () => {
  let server: TestServer;
  let admin: SessionClient;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await signInAs(server, 'admin');
  });
  afterAll(() => server.close());

  /** A person named a participant of the meeting, signed in, with the id of their role. */
  async function participant(meetingId: string, name: string) {
    const client = await signInAs(server, 'user', { name });
    const role = await setMeetingRole(admin, meetingId, client.user.personId, 'PARTICIPANT');
    return { client, roleId: role.id };
  }

  it('refuses a person who does not take part with FORBIDDEN when they subscribe', async () => {
    const meeting = await buildMeeting(admin);
    const stranger = await signInAs(server, 'user', { name: 'Fremd' });
    const socket = wsClient(server.wsUrl, stranger.token);
    const log = followMeeting(socket, meeting.id, 0);
    await waitFor(() => log.errors.length > 0, 'the refusal');
    expect((log.errors[0] as any)[0].extensions).toEqual({ code: 'FORBIDDEN' });
    await socket.dispose();
  });

  it('gets FORBIDDEN at the next event once removed from the meeting, while others go on', async () => {
    const meeting = await buildMeeting(admin);
    const removed = await participant(meeting.id, 'Entfernt');
    const kept = await participant(meeting.id, 'Geblieben');
    const removedSocket = wsClient(server.wsUrl, removed.client.token);
    const keptSocket = wsClient(server.wsUrl, kept.client.token);
    const cut = followMeeting(removedSocket, meeting.id, 0);
    const going = followMeeting(keptSocket, meeting.id, 0);
    await buildTable(admin, meeting.id, { title: 'Vorher' });
    await waitFor(() => cut.events.length > 0 && going.events.length > 0, 'the first table for both');

    expect((await admin.gql(REMOVE_ROLE, { id: removed.roleId })).errors).toBeUndefined();
    await buildTable(admin, meeting.id, { title: 'Nachher' });
    await waitFor(() => cut.errors.length > 0, 'the refusal');
    expect((cut.errors[0] as any)[0].extensions).toEqual({ code: 'FORBIDDEN' });
    expect(cut.events.map((e) => e.table.title)).toEqual(['Vorher']);
    await waitFor(() => going.events.length >= 2, 'the second table');
    expect(going.events.map((e) => e.table.title)).toEqual(['Vorher', 'Nachher']);
    await Promise.all([removedSocket.dispose(), keptSocket.dispose()]);
  });

  it('stops receiving when the session ends: signing out closes its sockets', async () => {
    const meeting = await buildMeeting(admin);
    const leaving = await participant(meeting.id, 'Abgemeldet');
    const socket = wsClient(server.wsUrl, leaving.client.token);
    const log = followMeeting(socket, meeting.id, 0);
    await buildTable(admin, meeting.id, { title: 'Vorher' });
    await waitFor(() => log.events.length > 0, 'the first table');

    expect((await leaving.client.gql(`mutation { signOut }`)).data!.signOut).toBe(true);
    await waitFor(() => log.errors.length > 0, 'the socket to close');
    expect((log.errors[0] as { code?: number }).code).toBe(4401);
    await buildTable(admin, meeting.id, { title: 'Nachher' });
    expect(log.events.map((e) => e.table.title)).toEqual(['Vorher']);
    await socket.dispose();
  });
});
