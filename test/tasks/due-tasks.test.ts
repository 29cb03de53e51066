import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlClient, joinAsGuest, type SessionClient, signIn, signInAs, signInDemo } from '../support/auth';
import { addMember, buildCommittee, demoIds, openJoin } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const DUE = `query ($ownerId: ID, $withinDays: Int) {
  dueTasks(ownerId: $ownerId, withinDays: $withinDays) { ownerLabel dueDate overdue daysOverdue }
}`;

type SignedIn = Awaited<ReturnType<typeof signInAs>>;

describe('due soon / overdue next steps', () => {
  let server: TestServer;
  let clock = new Date('2012-11-25T10:00:00Z');
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let admin: SessionClient;
  let youthOfficer: SignedIn;
  let regionMember: SignedIn;
  let sz2Guest: SignedIn;
  let region1: string;

  /** The owner labels of the steps `client` gets: its own when no owner is named. */
  const due = async (client: GqlClient, ownerId?: string, withinDays?: number) => {
    const response = await client.gql(DUE, { ownerId, withinDays });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.dueTasks.map((t: any) => t.ownerLabel);
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => clock });
    admin = await signInDemo(server, 'admin@planwerk.example');
    ids = await demoIds(admin);
    youthOfficer = await signInAs(server, 'user', {
      name: 'Petra Jugendamt',
      organizationId: ids.organization('JugA'),
    });
    regionMember = await signInAs(server, 'user', { name: 'Rolf Region' });
    sz2Guest = await signInAs(server, 'user', { name: 'Gabi Gast' });
    region1 = (await buildCommittee(admin, { name: 'AG Region 1 (Test)', parentId: ids.committee('AG') })).id;
    await addMember(admin, region1, regionMember.user.personId);
    await addMember(admin, ids.committee('SZ²'), sz2Guest.user.personId, 'GUEST');
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('refuses anonymous visitors with UNAUTHENTICATED', async () => {
      expect(errorCode(await server.gql(DUE, {}))).toBe('UNAUTHENTICATED');
      expect(errorCode(await server.gql(DUE, { ownerId: ids.organization('JugA') }))).toBe('UNAUTHENTICATED');
    });

    it('refuses a malformed owner and a negative or huge window with BAD_USER_INPUT', async () => {
      expect(errorCode(await admin.gql(DUE, { ownerId: 'x' }))).toBe('BAD_USER_INPUT');
      const negative = await admin.gql(DUE, { withinDays: -1 });
      expect([errorCode(negative), negative.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'withinDays']);
      expect(errorCode(await admin.gql(DUE, { ownerId: youthOfficer.user.personId, withinDays: 367 }))).toBe(
        'BAD_USER_INPUT',
      );
    });

    it('refuses an unknown owner with NOT_FOUND', async () => {
      expect(errorCode(await admin.gql(DUE, { ownerId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    });

    it('gives guests, who own nothing, an empty list of their own and refuses them other owners', async () => {
      const guest = await joinAsGuest(
        server,
        await openJoin(admin, (await admin.gql(`{ meetings { id } }`)).data!.meetings[0].id),
      );
      expect(await due(guest, undefined, 366)).toEqual([]);
      expect(errorCode(await guest.gql(DUE, { ownerId: ids.organization('JugA') }))).toBe('FORBIDDEN');
    });

    it("shows someone else's steps only where the viewer may read them", async () => {
      const bystander = await signInAs(server, 'user', { name: 'Unbeteiligt' });
      expect(await due(bystander, ids.organization('JugA'))).toEqual([]);
      const participant = await signInDemo(server, 'oliver.schruoffenegger@planwerk.example');
      expect(await due(participant, ids.organization('JugA'))).toEqual(['JugA']);
    });
  });

  it("shows the viewer their own steps: their organisation's and those of the bodies above their committees", async () => {
    expect(await due(youthOfficer)).toEqual(['JugA']);
    expect(await due(regionMember)).toEqual([]);
    expect(await due(regionMember, undefined, 130)).toEqual(['AG']);
    expect(await due(sz2Guest, undefined, 366)).toEqual([]);
  });

  it('shows a named person the same, and a body its own steps and those of the bodies above it', async () => {
    expect(await due(admin, youthOfficer.user.personId)).toEqual(['JugA']);
    expect(await due(admin, ids.organization('JugA'))).toEqual(['JugA']);
    expect(await due(admin, ids.committee('SZ²'), 40)).toEqual(['SZ2']);
    expect(await due(admin, region1, 200)).toEqual(['AG']);
  });

  it('keeps overdue steps until they are done, the earliest first', async () => {
    clock = new Date('2013-01-05T10:00:00Z');
    // Forty days on, the sessions of November have run out (30 days): everyone signs in again.
    admin = await signInDemo(server, 'admin@planwerk.example');
    const youthOfficerNow = await signIn(server, youthOfficer.user.email);
    const regionMemberNow = await signIn(server, regionMember.user.email);
    const { data } = await admin.gql(DUE, { ownerId: ids.organization('JugA'), withinDays: 0 });
    expect(data!.dueTasks).toEqual([{ ownerLabel: 'JugA', dueDate: '2012-11-30', overdue: true, daysOverdue: 36 }]);

    const { data: tasks } = await admin.gql(`{ tasks { id ownerLabel } }`);
    const jugA = tasks!.tasks.find((t: any) => t.ownerLabel === 'JugA').id;
    const done = await youthOfficerNow.gql(
      `mutation ($id: ID!) { addTaskProgress(taskId: $id, text: "Erledigt", status: DONE) { id } }`,
      {
        id: jugA,
      },
    );
    expect(done.errors).toBeUndefined();
    expect(await due(youthOfficerNow, undefined, 366)).toEqual([]);

    await addMember(admin, ids.committee('SZ²'), regionMember.user.personId, 'SPEAKER');
    expect(await due(regionMemberNow, undefined, 366)).toEqual(['SZ2', 'AG']);
  });
});
