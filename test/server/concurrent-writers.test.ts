import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, joinAsGuest, type SessionClient, signIn, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable, openJoin, setMeetingRole } from '../support/factories';
import { YjsEditor } from '../support/live';
import { startTestServer, type TestServer } from '../support/server';

const POOL = 4;
const CREATE = `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id } }`;

/**
 * Four times as many writers as the pool has connections, all at once. Each request holds at
 * most one connection at a time (its permission facts are read on its transaction's connection),
 * so they queue for slots instead of holding one while waiting for another.
 */
describe(`concurrent writers on a pool of ${POOL}`, () => {
  let server: TestServer;
  let admin: SessionClient;
  let meetingId: string;
  let tableId: string;
  beforeAll(async () => {
    // A generous acquire timeout: should requests wait on each other, they fail, not slowly pass.
    server = await startTestServer({ env: { DATABASE_POOL_MAX: String(POOL), DATABASE_ACQUIRE_TIMEOUT_MS: '20000' } });
    admin = await signInAs(server, 'admin');
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
  });
  afterAll(() => server.close());

  it('all succeed — participants with accounts, guests, co-editors of different cards — and a bystander is answered meanwhile', async () => {
    const participants = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const user = await createUser(server, { name: `Teilnehmerin ${i}` });
        await setMeetingRole(admin, meetingId, user.personId, 'PARTICIPANT');
        return signIn(server, user.email);
      }),
    );
    const code = await openJoin(admin, meetingId);
    const guests = await Promise.all(Array.from({ length: 5 }, (_, i) => joinAsGuest(server, code, `Gast ${i}`)));
    const editors = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        const guest = await joinAsGuest(server, code, `Schreiberin ${i}`);
        const editor = new YjsEditor(guest.gql, (await buildPosition(admin, tableId, `Karte ${i}`)).id);
        await editor.load();
        return editor;
      }),
    );
    expect(participants.length + guests.length + editors.length).toBe(4 * POOL);

    const writes = [
      ...participants.map((p, i) => p.gql(CREATE, { input: { tableId, text: `Punkt ${i}` } })),
      ...guests.map((g, i) => g.gql(CREATE, { input: { tableId, text: `Gastpunkt ${i}` } })),
      ...editors.map((e) => e.edit((text) => text.insert(text.length, ' und mehr'))),
    ];
    const bystander = admin.gql(`query ($id: ID!) { meeting(id: $id) { title } }`, { id: meetingId });
    const results = await Promise.all(writes);
    expect(results.map((r) => r.errors ?? null)).toEqual(results.map(() => null));
    expect((await bystander).data?.meeting.title).toBe('Sitzung der AG');
    for (const editor of editors) expect(editor.text).toMatch(/^Karte \d und mehr$/);

    const orders: { order: number }[] = await server.db.orm.em
      .fork()
      .execute('select "order" from position where table_id = ?', [tableId]);
    expect(orders).toHaveLength(5 + 6 + 5);
    expect(new Set(orders.map((row) => row.order)).size).toBe(orders.length);
  });
});
