import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeetingEventRecord } from '../../server/live/meeting-event.entity';
import { joinAsGuest, type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable, openJoin, setMeetingRole } from '../support/factories';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';

const DELETE = `mutation ($id: ID!) { deletePosition(id: $id) }`;
const RESTORE = `mutation ($id: ID!) { restorePosition(id: $id) { id text authorName authorGuestId hidden } }`;
const HIDE = `mutation ($id: ID!, $hidden: Boolean!) { setPositionHidden(id: $id, hidden: $hidden) { id hidden rank } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePositionInput!) { updatePosition(id: $id, input: $input) { id } }`;
const LOCK = `mutation ($id: ID!, $locked: Boolean!) { setTableLocked(tableId: $id, locked: $locked) { id } }`;
const BOARD = `query ($id: ID!) {
  meeting(id: $id) { workingTables { id positions { id text hidden viewerCan { edit delete hide } } } }
}`;
const PROTOCOL = `query ($id: ID!) { meetingProtocol(meetingId: $id) }`;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('deleting, restoring and hiding cards', () => {
  let server: TestServer;
  let clock = new Date('2026-12-07T10:00:00Z');
  let facilitator: SessionClient;
  let participant: SessionClient;
  let guest: SessionClient;
  let otherGuest: SessionClient;
  let meetingId: string;
  let tableId: string;

  const cards = async (client: SessionClient) =>
    (await client.gql(BOARD, { id: meetingId })).data!.meeting.workingTables.find((t: any) => t.id === tableId)
      .positions as any[];
  const lastEvent = async () =>
    (
      await server.db.orm.em
        .fork()
        .find(MeetingEventRecord, { meeting: meetingId }, { orderBy: { seq: 'desc' }, limit: 1 })
    )[0]!;

  beforeAll(async () => {
    server = await startTestServer({ now: () => clock });
    facilitator = await signInAs(server, 'admin', { name: 'Moderatorin' });
    participant = await signInAs(server, 'user', { name: 'Teilnehmer' });
    meetingId = (await buildMeeting(facilitator)).id;
    await setMeetingRole(facilitator, meetingId, (participant as any).user.personId, 'PARTICIPANT');
    tableId = (await buildTable(facilitator, meetingId)).id;
    const code = await openJoin(facilitator, meetingId);
    guest = await joinAsGuest(server, code, 'Gisela');
    otherGuest = await joinAsGuest(server, code, 'Gerd');
  });
  afterAll(() => server.close());

  it('lets a guest delete her own card and undo it within the minute, under the same id and place', async () => {
    const first = await buildPosition(guest, tableId, 'Mehr Zeit für Übergänge');
    const second = await buildPosition(guest, tableId, 'Gemeinsame Fortbildungen');
    const [mine] = (await cards(guest)).filter((c) => c.id === second.id);
    expect(mine.viewerCan).toEqual({ edit: true, delete: true, hide: false });
    expect((await cards(otherGuest)).find((c) => c.id === second.id).viewerCan.delete).toBe(false);

    expect((await guest.gql(DELETE, { id: second.id })).data!.deletePosition).toBe(second.id);
    expect((await lastEvent()).type).toBe('PositionRemoved');
    expect((await cards(guest)).map((c) => c.id)).toEqual([first.id]);

    clock = new Date(clock.getTime() + 5_000);
    const restored = (await guest.gql(RESTORE, { id: second.id })).data!.restorePosition;
    expect(restored).toMatchObject({
      id: second.id,
      text: 'Gemeinsame Fortbildungen',
      authorName: 'Gisela',
      hidden: false,
    });
    expect(restored.authorGuestId).not.toBeNull();
    expect((await lastEvent()).type).toBe('PositionAdded');
    expect((await cards(otherGuest)).map((c) => c.id)).toEqual([first.id, second.id]);
  });

  it('restores a card whose place a card written meanwhile took, after it', async () => {
    const last = await buildPosition(guest, tableId, 'Zuletzt geschrieben');
    await guest.gql(DELETE, { id: last.id });
    const meanwhile = await buildPosition(otherGuest, tableId, 'Inzwischen geschrieben');
    const restored = await guest.gql(RESTORE, { id: last.id });
    expect(restored.errors).toBeUndefined();
    expect((await cards(guest)).map((c) => c.id).slice(-2)).toEqual([meanwhile.id, last.id]);
    await guest.gql(DELETE, { id: last.id });
    await otherGuest.gql(DELETE, { id: meanwhile.id });
  });

  it('refuses another guest, a second undo, an undo after the minute, and an unknown id, changing nothing', async () => {
    const card = await buildPosition(guest, tableId, 'Elternarbeit stärken');
    const before = await cards(facilitator);
    expect(errorCode(await otherGuest.gql(DELETE, { id: card.id }))).toBe('FORBIDDEN');
    expect(errorCode(await participant.gql(DELETE, { id: card.id }))).toBe('FORBIDDEN');
    expect(await cards(facilitator)).toEqual(before);

    await guest.gql(DELETE, { id: card.id });
    expect(errorCode(await otherGuest.gql(RESTORE, { id: card.id }))).toBe('FORBIDDEN');
    expect(errorCode(await guest.gql(RESTORE, { id: UNKNOWN }))).toBe('NOT_FOUND');
    const malformed = await guest.gql(RESTORE, { id: 'x' });
    expect(malformed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    clock = new Date(clock.getTime() + 61_000);
    expect(errorCode(await guest.gql(RESTORE, { id: card.id }))).toBe('NOT_FOUND');
    expect((await cards(facilitator)).map((c) => c.id)).not.toContain(card.id);
  });

  it('refuses deleting and restoring at a locked table, and an author once the meeting is closed', async () => {
    const card = await buildPosition(participant, tableId, 'Kita und Schule an einen Tisch');
    await facilitator.gql(LOCK, { id: tableId, locked: true });
    expect(errorCode(await participant.gql(DELETE, { id: card.id }))).toBe('FORBIDDEN');
    await facilitator.gql(LOCK, { id: tableId, locked: false });
    await participant.gql(DELETE, { id: card.id });
    await facilitator.gql(LOCK, { id: tableId, locked: true });
    expect(errorCode(await participant.gql(RESTORE, { id: card.id }))).toBe('FORBIDDEN');
    await facilitator.gql(LOCK, { id: tableId, locked: false });
    expect((await participant.gql(RESTORE, { id: card.id })).errors).toBeUndefined();

    await facilitator.gql(`mutation ($id: ID!) { updateMeeting(id: $id, input: { closed: true }) { id } }`, {
      id: meetingId,
    });
    expect(errorCode(await participant.gql(DELETE, { id: card.id }))).toBe('FORBIDDEN');
    await facilitator.gql(`mutation ($id: ID!) { updateMeeting(id: $id, input: { closed: false }) { id } }`, {
      id: meetingId,
    });
  });

  it('lets a facilitator hide a card from participants and the protocol, frozen until shown again', async () => {
    const card = await buildPosition(participant, tableId, 'Beleidigender Text');
    expect(errorCode(await participant.gql(HIDE, { id: card.id, hidden: true }))).toBe('FORBIDDEN');
    expect(errorCode(await guest.gql(HIDE, { id: card.id, hidden: true }))).toBe('FORBIDDEN');
    expect(errorCode(await facilitator.gql(HIDE, { id: UNKNOWN, hidden: true }))).toBe('NOT_FOUND');
    expect((await cards(participant)).find((c) => c.id === card.id).hidden).toBe(false);

    await facilitator.gql(`mutation ($id: ID!) { updatePosition(id: $id, input: { rank: 1 }) { id } }`, {
      id: card.id,
    });
    const SPOTLIGHT = `mutation ($m: ID!, $p: ID) { setSpotlight(meetingId: $m, positionId: $p) { spotlight { id } } }`;
    await facilitator.gql(SPOTLIGHT, { m: meetingId, p: card.id });
    const hidden = (await facilitator.gql(HIDE, { id: card.id, hidden: true })).data!.setPositionHidden;
    expect(hidden).toEqual({ id: card.id, hidden: true, rank: null });
    const event = await server.db.orm.em
      .fork()
      .find(MeetingEventRecord, { meeting: meetingId, type: 'PositionHiddenChanged' });
    expect(event.at(-1)!.payload).toEqual({ positionId: card.id, tableId, hidden: true, shown: null });

    expect((await cards(participant)).map((c) => c.id)).not.toContain(card.id);
    expect((await cards(guest)).map((c) => c.id)).not.toContain(card.id);
    const spotlight = await participant.gql(`query ($id: ID!) { meeting(id: $id) { workshop { spotlight { id } } } }`, {
      id: meetingId,
    });
    expect(spotlight.data!.meeting.workshop.spotlight).toBeNull();
    const spotlit = await facilitator.gql(SPOTLIGHT, { m: meetingId, p: card.id });
    expect(spotlit.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionId' });
    const seen = (await cards(facilitator)).find((c) => c.id === card.id);
    expect(seen).toMatchObject({ hidden: true, viewerCan: { edit: false, delete: true, hide: true } });
    const doc = await participant.gql(`query ($id: ID!) { positionDoc(positionId: $id) { text } }`, { id: card.id });
    expect(errorCode(doc)).toBe('NOT_FOUND');
    expect(errorCode(await facilitator.gql(UPDATE, { id: card.id, input: { text: 'Anders' } }))).toBe('FORBIDDEN');
    const protocol = (await facilitator.gql(PROTOCOL, { id: meetingId })).data!.meetingProtocol as string;
    expect(protocol).not.toContain('Beleidigender Text');
    expect(protocol).toContain('Mehr Zeit für Übergänge');

    // Nor is it among anyone's top five.
    await facilitator.gql(`mutation ($m: ID!) { setPhase(meetingId: $m, phase: PRIORITISE) { phase } }`, {
      m: meetingId,
    });
    const ranked = await facilitator.gql(
      `mutation ($t: ID!, $p: [ID!]!) { confirmTopFive(tableId: $t, positionIds: $p) { id } }`,
      { t: tableId, p: [card.id] },
    );
    expect(ranked.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'positionIds' });
    await facilitator.gql(`mutation ($m: ID!) { setPhase(meetingId: $m, phase: COLLECT) { phase } }`, { m: meetingId });

    const shown = await facilitator.gql(HIDE, { id: card.id, hidden: false });
    expect(shown.data!.setPositionHidden.hidden).toBe(false);
    expect((await lastEvent()).payload).toMatchObject({
      hidden: false,
      shown: { id: card.id, text: 'Beleidigender Text' },
    });
    expect((await cards(participant)).map((c) => c.id)).toContain(card.id);
  });

  it('lets a facilitator delete anyone’s card and undo it', async () => {
    const card = await buildPosition(guest, tableId, 'Doppelt');
    await facilitator.gql(DELETE, { id: card.id });
    const restored = await facilitator.gql(RESTORE, { id: card.id });
    expect(restored.data!.restorePosition).toMatchObject({ id: card.id, authorName: 'Gisela' });
    // Restored, it is the guest's own again.
    expect((await cards(guest)).find((c) => c.id === card.id).viewerCan.delete).toBe(true);
  });
});
