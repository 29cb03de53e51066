import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { addMember, buildCommittee, demoIds } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const ADD = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id role since until person { name } committee { name } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateMembershipInput!) { updateMembership(id: $id, input: $input) { id role since until } }`;
const REMOVE = `mutation ($id: ID!) { removeMembership(id: $id) }`;
const COMMITTEE = `query ($id: ID!) { committee(id: $id) { name kind parent { shortName } region { name } subcommittees { name } memberships { role person { name } } } }`;

describe('committees and their members', () => {
  let server: TestServer;
  /** Creates, changes and deletes committees, and names each new committee's speaker. */
  let admin: SessionClient;
  /** Manages the members of the committees she speaks for. */
  let speaker: Awaited<ReturnType<typeof signInAs>>;
  let ids: Awaited<ReturnType<typeof demoIds>>;

  /** A committee made by the admin, with the speaker named. */
  const committeeWithSpeaker = async (fields: Record<string, unknown> = {}) => {
    const committee = await buildCommittee(admin, fields);
    await addMember(admin, committee.id, speaker.user.personId, 'SPEAKER');
    return committee;
  };
  const SPEAKER = { role: 'SPEAKER', person: { name: 'Sprecherin' } };

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    admin = await signInAs(server, 'admin');
    speaker = await signInAs(server, 'user', { name: 'Sprecherin' });
    ids = await demoIds(speaker);
  });
  afterAll(() => server.close());

  it('lists the demo bodies: SZ², the AG umbrella and its four regional AGs', async () => {
    const { data } = await speaker.gql(COMMITTEE, { id: ids.committee('AG') });
    expect(data!.committee.subcommittees.map((c: any) => c.name)).toEqual([
      'AG nach § 78 SGB VIII – Region 1',
      'AG nach § 78 SGB VIII – Region 2',
      'AG nach § 78 SGB VIII – Region 3',
      'AG nach § 78 SGB VIII – Region 4',
    ]);
    expect(data!.committee.region.name).toBe('Steglitz-Zehlendorf');
  });

  describe('refusals, which change nothing', () => {
    it('refuses a blank name and an unknown kind with BAD_USER_INPUT', async () => {
      const blank = await admin.gql(`mutation { createCommittee(input: { name: " ", kind: OTHER }) { id } }`);
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      expect(blank.errors![0]!.extensions!.field).toBe('name');
      const unknownKind = await admin.gql(
        `mutation { createCommittee(input: { name: "Beirat", kind: COUNCIL }) { id } }`,
      );
      expect(errorCode(unknownKind)).toBe('BAD_USER_INPUT');
      expect((await admin.gql(`{ committees { id } }`)).data!.committees).toHaveLength(6);
    });

    it('refuses to place a committee below its own sub-committee', async () => {
      const parent = await buildCommittee(admin, { name: 'Steuerungsgruppe' });
      const child = await buildCommittee(admin, { name: 'Unterarbeitsgruppe', parentId: parent.id });
      const response = await admin.gql(
        `mutation ($id: ID!, $parentId: ID) { updateCommittee(id: $id, input: { parentId: $parentId }) { id } }`,
        {
          id: parent.id,
          parentId: child.id,
        },
      );
      expect(errorCode(response)).toBe('BAD_USER_INPUT');
      expect(response.errors![0]!.extensions!.field).toBe('parentId');
      expect((await admin.gql(COMMITTEE, { id: parent.id })).data!.committee.parent).toBeNull();
    });

    it('refuses a second membership of the same person with CONFLICT and a period that ends before it starts', async () => {
      const committee = await committeeWithSpeaker();
      const input = { committeeId: committee.id, personId: ids.person('Wolfgang Hinte'), role: 'GUEST' };
      expect((await speaker.gql(ADD, { input })).errors).toBeUndefined();
      expect(errorCode(await speaker.gql(ADD, { input: { ...input, role: 'MEMBER' } }))).toBe('CONFLICT');
      const backwards = await speaker.gql(ADD, {
        input: { ...input, personId: ids.person('Ingrid Krammer'), since: '2013-01-01', until: '2012-01-01' },
      });
      expect(errorCode(backwards)).toBe('BAD_USER_INPUT');
      expect(backwards.errors![0]!.extensions!.field).toBe('until');
      const { data } = await speaker.gql(COMMITTEE, { id: committee.id });
      expect(data!.committee.memberships).toEqual([{ role: 'GUEST', person: { name: 'Wolfgang Hinte' } }, SPEAKER]);
    });

    it('lets only admins create and delete committees, and only speakers change theirs and its members (FORBIDDEN, nothing changed)', async () => {
      const committee = await committeeWithSpeaker({ name: 'Beirat' });
      const committees = async () => (await admin.gql(`{ committees { id } }`)).data!.committees.length;
      const before = await committees();
      const rename = `mutation ($id: ID!) { updateCommittee(id: $id, input: { name: "Umbenannt" }) { id } }`;
      expect(
        errorCode(await speaker.gql(`mutation ($id: ID!) { deleteCommittee(id: $id) }`, { id: committee.id })),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await speaker.gql(`mutation { createCommittee(input: { name: "Eigenes Gremium", kind: OTHER }) { id } }`),
        ),
      ).toBe('FORBIDDEN');
      const member = await signInAs(server, 'user', { name: 'Mitglied' });
      await addMember(speaker, committee.id, member.user.personId);
      const input = { committeeId: committee.id, personId: ids.person('Ingrid Krammer'), role: 'MEMBER' };
      expect(errorCode(await member.gql(ADD, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await member.gql(rename, { id: committee.id }))).toBe('FORBIDDEN');
      expect(errorCode(await server.gql(ADD, { input }))).toBe('UNAUTHENTICATED');
      expect((await admin.gql(COMMITTEE, { id: committee.id })).data!.committee).toMatchObject({
        name: 'Beirat',
        memberships: [{ role: 'MEMBER', person: { name: 'Mitglied' } }, SPEAKER],
      });
      expect(await committees()).toBe(before);
    });

    it("lets a speaker change her own committee's details", async () => {
      const committee = await committeeWithSpeaker({ name: 'Beirat Nord' });
      const update = `mutation ($id: ID!) { updateCommittee(id: $id, input: { name: "Beirat Nord-Ost", description: "Zwei Regionen" }) { id } }`;
      expect((await speaker.gql(update, { id: committee.id })).errors).toBeUndefined();
      expect((await admin.gql(COMMITTEE, { id: committee.id })).data!.committee).toMatchObject({
        name: 'Beirat Nord-Ost',
      });
    });
  });

  it('names a speaker for a working group, changes the role and removes the membership', async () => {
    const group = await committeeWithSpeaker({ name: 'AG Sozialraumbudget', parentId: ids.committee('AG') });
    const added = await speaker.gql(ADD, {
      input: {
        committeeId: group.id,
        personId: ids.person('Oliver Schruoffenegger'),
        role: 'MEMBER',
        since: '2012-10-19',
      },
    });
    expect(added.data!.addMembership).toMatchObject({
      role: 'MEMBER',
      since: '2012-10-19',
      until: null,
      person: { name: 'Oliver Schruoffenegger' },
      committee: { name: 'AG Sozialraumbudget' },
    });
    const id = added.data!.addMembership.id;
    expect((await speaker.gql(UPDATE, { id, input: { role: 'SPEAKER' } })).data!.updateMembership.role).toBe('SPEAKER');
    expect((await speaker.gql(COMMITTEE, { id: group.id })).data!.committee).toMatchObject({
      parent: { shortName: 'AG' },
      memberships: [SPEAKER, { role: 'SPEAKER', person: { name: 'Oliver Schruoffenegger' } }],
    });
    expect((await speaker.gql(REMOVE, { id })).data!.removeMembership).toBe(id);
    expect((await speaker.gql(COMMITTEE, { id: group.id })).data!.committee.memberships).toEqual([SPEAKER]);
  });

  it('tells an admin what deleting a committee takes along, and nobody else', async () => {
    const committee = await committeeWithSpeaker({ name: 'Arbeitskreis Jugendhilfeplanung' });
    await buildCommittee(admin, { name: 'Unterarbeitskreis', parentId: committee.id });
    await admin.gql(`mutation ($input: CreateTaskInput!) { createTask(input: $input) { id } }`, {
      input: { ownerId: committee.id, items: ['Bedarf erheben'] },
    });
    const IMPACT = `query ($id: ID!) { committee(id: $id) { deletionImpact {
      memberships tasks invitations calendarFeeds subcommittees hostedMeetings } } }`;
    expect((await admin.gql(IMPACT, { id: committee.id })).data!.committee.deletionImpact).toEqual({
      memberships: 1,
      tasks: 1,
      invitations: 0,
      calendarFeeds: 0,
      subcommittees: 1,
      hostedMeetings: 0,
    });
    expect(errorCode(await speaker.gql(IMPACT, { id: committee.id }))).toBe('FORBIDDEN');
  });

  it('renames and deletes a committee', async () => {
    const committee = await buildCommittee(admin, { name: 'Arbeitskreis' });
    const renamed = await admin.gql(
      `mutation ($id: ID!) { updateCommittee(id: $id, input: { name: "Arbeitskreis Prävention", description: null }) { name description } }`,
      {
        id: committee.id,
      },
    );
    expect(renamed.data!.updateCommittee).toEqual({ name: 'Arbeitskreis Prävention', description: null });
    expect(
      (await admin.gql(`mutation ($id: ID!) { deleteCommittee(id: $id) }`, { id: committee.id })).data!.deleteCommittee,
    ).toBe(committee.id);
    expect(errorCode(await admin.gql(COMMITTEE, { id: committee.id }))).toBe('NOT_FOUND');
  });
});
