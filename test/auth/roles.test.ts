import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Grant } from '../../server/auth/account.entity';
import { may } from '../../server/auth/authorize';
import { Roles } from '../../server/auth/roles';
import type { Viewer } from '../../server/auth/viewer';
import { budgetPolicy } from '../../server/budget/budget.policy';
import { Organization, OrganizationKind } from '../../server/organizations/organization.entity';
import { clientWithToken, type SessionClient, signInAs } from '../support/auth';
import { buildCommittee, buildMeeting } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const MEETING = `query ($id: ID!) { meeting(id: $id) { id viewerRole } }`;
const ADD_MEMBER = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`;

describe('roles that come from committees, organisations and invitations', () => {
  let server: TestServer;
  let admin: SessionClient;
  let ag: string;
  let agRegion1: string;
  let elsewhere: string;
  let meetingId: string;

  const userIn = async (
    committeeId: string | null,
    role = 'MEMBER',
    period: { since?: string; until?: string } = {},
  ) => {
    const client = await signInAs(server, 'user');
    if (committeeId) {
      const added = await admin.gql(ADD_MEMBER, {
        input: { committeeId, personId: client.user.personId, role, ...period },
      });
      expect(added.errors).toBeUndefined();
    }
    return client;
  };

  beforeAll(async () => {
    server = await startTestServer({ now: () => new Date('2012-10-19T09:00:00Z') });
    admin = await signInAs(server, 'admin');
    ag = (await buildCommittee(admin, { name: 'AG nach § 78 SGB VIII' })).id;
    agRegion1 = (await buildCommittee(admin, { name: 'AG – Region 1', parentId: ag })).id;
    elsewhere = (await buildCommittee(admin, { name: 'Andere AG' })).id;
    meetingId = (await buildMeeting(admin, { title: 'SZ² 19.10.2012' })).id;
    await admin.gql(`mutation ($input: InviteInput!) { invite(input: $input) { id } }`, {
      input: { meetingId, inviteeId: ag },
    });
  });
  afterAll(() => server.close());

  it('lets members of an invited committee, and of the committees below it, take part', async () => {
    for (const client of [await userIn(ag), await userIn(agRegion1)]) {
      expect((await client.gql(MEETING, { id: meetingId })).data!.meeting.viewerRole).toBe('PARTICIPANT');
      expect((await client.gql(`{ meetings { id } }`)).data!.meetings).toEqual([{ id: meetingId }]);
    }
  });

  it('keeps out members of other committees, and memberships that ended or have not begun', async () => {
    for (const client of [
      await userIn(elsewhere),
      await userIn(agRegion1, 'MEMBER', { until: '2012-09-30' }),
      await userIn(ag, 'MEMBER', { since: '2013-01-01' }),
      await userIn(null),
    ]) {
      expect(errorCode(await client.gql(MEETING, { id: meetingId }))).toBe('FORBIDDEN');
      expect((await client.gql(`{ meetings { id } }`)).data!.meetings).toEqual([]);
    }
  });

  it('lets the people of an invited organisation, invited people and members of the host take part', async () => {
    const em = server.db.orm.em.fork();
    const juga = em.create(Organization, { name: 'Jugendamt Spandau', kind: OrganizationKind.YOUTH_OFFICE });
    await em.flush();
    const invitedThrough = async (input: object) => {
      const { token, account } = (
        await admin.gql(
          `mutation ($input: InviteAccountInput!) { inviteAccount(input: $input) { token account { person { id } } } }`,
          { input },
        )
      ).data!.inviteAccount;
      const accepted = await server.gql(
        `mutation ($input: AcceptAccountInvitationInput!) { acceptAccountInvitation(input: $input) { token } }`,
        {
          input: { token, password: 'passwort-passwort' },
        },
      );
      return {
        client: clientWithToken(server, accepted.data!.acceptAccountInvitation.token),
        personId: account.person.id as string,
      };
    };
    const fromSpandau = await invitedThrough({
      email: 'spandau@test.example',
      name: 'Gast aus Spandau',
      organizationId: juga.id,
    });
    const personally = await invitedThrough({ email: 'hinte@test.example', name: 'Wolfgang Hinte' });
    for (const inviteeId of [juga.id, personally.personId]) {
      await admin.gql(`mutation ($input: InviteInput!) { invite(input: $input) { id } }`, {
        input: { meetingId, inviteeId, guest: true },
      });
    }
    for (const { client } of [fromSpandau, personally]) {
      expect((await client.gql(MEETING, { id: meetingId })).data!.meeting.viewerRole).toBe('PARTICIPANT');
    }
    const hosted = await buildMeeting(admin, { title: 'Sitzung der anderen AG', hostCommitteeId: elsewhere });
    expect((await (await userIn(elsewhere)).gql(MEETING, { id: hosted.id })).data!.meeting.viewerRole).toBe(
      'PARTICIPANT',
    );
  });

  it("lets speakers and coordinators manage their own committee's members, not another's", async () => {
    const speaker = await userIn(agRegion1, 'SPEAKER');
    const coordinator = await userIn(agRegion1, 'COORDINATOR');
    const newcomer = await signInAs(server, 'user');
    const add = (client: SessionClient, committeeId: string) =>
      client.gql(ADD_MEMBER, { input: { committeeId, personId: newcomer.user.personId, role: 'GUEST' } });
    expect(errorCode(await add(speaker, elsewhere))).toBe('FORBIDDEN');
    expect(errorCode(await add(speaker, ag)), 'leading a regional AG is not leading the AG').toBe('FORBIDDEN');
    expect((await add(coordinator, agRegion1)).errors).toBeUndefined();
    expect(errorCode(await add(await userIn(agRegion1), agRegion1)), 'a plain member may not').toBe('FORBIDDEN');
  });

  it('lets the owners of a next step mark progress, and only that, and see it without its meeting', async () => {
    const closed = await buildMeeting(admin, { title: 'Interne Sitzung' });
    const task = (
      await admin.gql(`mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
        input: {
          meetingId: closed.id,
          ownerId: agRegion1,
          items: ['Benennung Personen für AG'],
          dueLabel: 'Dezember 2012',
        },
      })
    ).data!.createTask.id;
    const owner = await userIn(agRegion1);
    const { data } = await owner.gql(`{ tasks { id meeting { id } } }`);
    expect(data!.tasks).toEqual([{ id: task, meeting: null }]);
    expect(
      errorCode(
        await owner.gql(`mutation ($id: ID!) { updateTask(id: $id, input: { items: ["Anders"] }) { id } }`, {
          id: task,
        }),
      ),
    ).toBe('FORBIDDEN');
    const progress = await owner.gql(
      `mutation ($id: ID!) { updateTask(id: $id, input: { status: IN_PROGRESS }) { status } }`,
      { id: task },
    );
    expect(progress.data!.updateTask.status).toBe('IN_PROGRESS');
    expect(
      errorCode(await (await userIn(elsewhere)).gql(`query ($id: ID!) { task(id: $id) { id } }`, { id: task })),
    ).toBe('FORBIDDEN');
  });

  it('reads budgets for members of any committee and budget editors; writes them for editors and admins', async () => {
    const user = (personId: string, changes: Partial<Viewer> = {}) =>
      ({
        kind: 'user',
        sessionId: 's',
        accountId: 'a',
        personId,
        name: 'n',
        isAdmin: false,
        grants: [],
        expiresAt: new Date(),
        ...changes,
      }) as Viewer;
    const decide = async (viewer: Viewer) => {
      const roles = new Roles(server.db.orm.em.fork(), viewer, '2012-10-19');
      return [await may({ roles }, budgetPolicy, 'read', null), await may({ roles }, budgetPolicy, 'write', null)];
    };
    const member = (await userIn(elsewhere)).user.personId;
    const outsider = (await userIn(null)).user.personId;
    expect(await decide(user(member))).toEqual([true, false]);
    expect(await decide(user(outsider))).toEqual([false, false]);
    expect(await decide(user(outsider, { grants: [Grant.BUDGET_EDITOR] }))).toEqual([true, true]);
    expect(await decide(user(outsider, { isAdmin: true }))).toEqual([true, true]);
    expect(
      await decide({
        kind: 'guest',
        sessionId: 's',
        guestId: 'g',
        meetingId,
        displayName: 'Gast',
        expiresAt: new Date(),
      }),
    ).toEqual([false, false]);
    expect(await decide({ kind: 'anonymous' })).toEqual([false, false]);
  });
});
