import { Organization } from '../../server/organizations/organization.entity';
import { Person } from '../../server/people/person.entity';
import { Region, RegionKind } from '../../server/regions/region.entity';
import type { GqlClient } from './auth';
import type { TestServer } from './server';

/** Small builders that create records through the API, as a client would (signed in with the right to). */
export async function buildMeeting(client: GqlClient, fields: Record<string, unknown> = {}) {
  const { data, errors } = await client.gql(
    `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id title } }`,
    { input: { title: 'Sitzung der AG', startsAt: '2026-12-01T09:00:00Z', ...fields } },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.createMeeting as { id: string; title: string };
}

export async function buildTable(client: GqlClient, meetingId: string, fields: Record<string, unknown> = {}) {
  const { data, errors } = await client.gql(
    `mutation ($input: CreateWorkingTableInput!) { createWorkingTable(input: $input) { id title order } }`,
    { input: { meetingId, kind: 'OPPORTUNITIES', title: 'Chancen', ...fields } },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.createWorkingTable as { id: string; title: string; order: number };
}

export async function buildPosition(client: GqlClient, tableId: string, text = 'Gemeinsame Ziele') {
  const { data, errors } = await client.gql(
    `mutation ($input: CreatePositionInput!) { createPosition(input: $input) { id text version rank } }`,
    { input: { tableId, text } },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.createPosition as { id: string; text: string; version: number; rank: number | null };
}

export async function buildCommittee(client: GqlClient, fields: Record<string, unknown> = {}) {
  const { data, errors } = await client.gql(
    `mutation ($input: CreateCommitteeInput!) { createCommittee(input: $input) { id name } }`,
    { input: { name: 'AG nach § 78 SGB VIII – Region 5', kind: 'WORKING_GROUP', ...fields } },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.createCommittee as { id: string; name: string };
}

/** Any record of the demo data by name, looked up through the API. */
export async function demoIds(client: GqlClient) {
  const { data } = await client.gql(
    `{ people { id name } organizations { id shortName name } committees { id shortName name } }`,
  );
  const byName = (list: any[], name: string) => {
    const found = list.find((r) => r.name === name || r.shortName === name);
    if (!found) throw new Error(`no demo record ${name}`);
    return found.id as string;
  };
  return {
    person: (name: string) => byName(data!.people, name),
    organization: (name: string) => byName(data!.organizations, name),
    committee: (name: string) => byName(data!.committees, name),
  };
}

/** The demo meeting of 19.10.2012 (the only meeting of the demo data), asked by one of its participants. */
export async function demoMeetingId(client: GqlClient): Promise<string> {
  const { data } = await client.gql<{ meetings: { id: string }[] }>('{ meetings { id } }');
  const meeting = data?.meetings[0];
  if (!meeting) throw new Error('no demo meeting');
  return meeting.id;
}

/** A person, written straight to the database: the API has no way yet to create people. */
export async function buildPerson(server: TestServer, name: string, organizationId?: string) {
  const em = server.db.orm.em.fork();
  const person = em.create(Person, {
    name,
    organization: organizationId ? em.getReference(Organization, organizationId) : null,
  });
  await em.flush();
  return { id: person.id, name };
}

/** A region, written straight to the database, so a test needs no budget editor for `createRegion`. */
export async function buildRegion(server: TestServer, name: string) {
  const em = server.db.orm.em.fork();
  const region = em.create(Region, { name, kind: RegionKind.SOCIAL_SPACE });
  await em.flush();
  return { id: region.id, name };
}

export async function addMember(client: GqlClient, committeeId: string, personId: string, role = 'MEMBER') {
  const { errors } = await client.gql(
    `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id } }`,
    { input: { committeeId, personId, role } },
  );
  if (errors) throw new Error(JSON.stringify(errors));
}

export async function setMeetingRole(
  client: GqlClient,
  meetingId: string,
  personId: string,
  role: 'FACILITATOR' | 'PARTICIPANT',
) {
  const { data, errors } = await client.gql(
    `mutation ($input: SetMeetingRoleInput!) { setMeetingRole(input: $input) { id role } }`,
    {
      input: { meetingId, personId, role },
    },
  );
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.setMeetingRole as { id: string; role: string };
}

/** Opens the meeting for guests and returns its join code. */
export async function openJoin(client: GqlClient, meetingId: string): Promise<string> {
  const { data, errors } = await client.gql(`mutation ($id: ID!) { openMeetingJoin(meetingId: $id) { joinCode } }`, {
    id: meetingId,
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.openMeetingJoin.joinCode;
}
