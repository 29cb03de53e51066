import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, buildCommittee, buildPerson, demoIds } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const DUE = `query ($ownerId: ID!, $withinDays: Int) {
  dueTasks(ownerId: $ownerId, withinDays: $withinDays) { ownerLabel dueDate overdue daysOverdue }
}`;

describe('due soon / overdue next steps', () => {
  let server: TestServer;
  let clock = new Date('2012-11-25T10:00:00Z');
  let ids: Awaited<ReturnType<typeof demoIds>>;
  let youthOfficer: string;
  let regionMember: string;
  let guest: string;
  let region1: string;

  const due = async (ownerId: string, withinDays?: number) => {
    const response = await server.gql(DUE, { ownerId, withinDays });
    if (response.errors) throw new Error(JSON.stringify(response.errors));
    return response.data!.dueTasks.map((t: any) => t.ownerLabel);
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => clock });
    ids = await demoIds(server);
    youthOfficer = (await buildPerson(server, 'Petra Jugendamt', ids.organization('JugA'))).id;
    regionMember = (await buildPerson(server, 'Rolf Region')).id;
    guest = (await buildPerson(server, 'Gabi Gast')).id;
    region1 = (await buildCommittee(server, { name: 'AG Region 1 (Test)', parentId: ids.committee('AG') })).id;
    await addMember(server, region1, regionMember);
    await addMember(server, ids.committee('SZ²'), guest, 'GUEST');
  });
  afterAll(() => server.close());

  describe('refusals', () => {
    it('refuses a malformed owner and a negative or huge window with BAD_USER_INPUT', async () => {
      expect(errorCode(await server.gql(DUE, { ownerId: 'x' }))).toBe('BAD_USER_INPUT');
      const negative = await server.gql(DUE, { ownerId: youthOfficer, withinDays: -1 });
      expect([errorCode(negative), negative.errors![0]!.extensions!.field]).toEqual(['BAD_USER_INPUT', 'withinDays']);
      expect(errorCode(await server.gql(DUE, { ownerId: youthOfficer, withinDays: 367 }))).toBe('BAD_USER_INPUT');
    });

    it('refuses an unknown owner with NOT_FOUND', async () => {
      expect(errorCode(await server.gql(DUE, { ownerId: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    });
  });

  it('shows a person the steps of their organisation and of the bodies above their committees', async () => {
    expect(await due(youthOfficer)).toEqual(['JugA']);
    expect(await due(regionMember)).toEqual([]);
    expect(await due(regionMember, 130)).toEqual(['AG']);
    expect(await due(guest, 366)).toEqual([]);
  });

  it('shows a body its own steps and those of the bodies above it', async () => {
    expect(await due(ids.organization('JugA'))).toEqual(['JugA']);
    expect(await due(ids.committee('SZ²'), 40)).toEqual(['SZ2']);
    expect(await due(region1, 200)).toEqual(['AG']);
  });

  it('keeps overdue steps until they are done, the earliest first', async () => {
    clock = new Date('2013-01-05T10:00:00Z');
    const { data } = await server.gql(DUE, { ownerId: ids.organization('JugA'), withinDays: 0 });
    expect(data!.dueTasks).toEqual([{ ownerLabel: 'JugA', dueDate: '2012-11-30', overdue: true, daysOverdue: 36 }]);

    const { data: tasks } = await server.gql(`{ tasks { id ownerLabel } }`);
    const jugA = tasks!.tasks.find((t: any) => t.ownerLabel === 'JugA').id;
    await server.gql(`mutation ($id: ID!) { addTaskProgress(taskId: $id, text: "Erledigt", status: DONE) { id } }`, {
      id: jugA,
    });
    expect(await due(youthOfficer, 366)).toEqual([]);

    await addMember(server, ids.committee('SZ²'), regionMember, 'SPEAKER');
    expect(await due(regionMember, 366)).toEqual(['SZ2', 'AG']);
  });
});
