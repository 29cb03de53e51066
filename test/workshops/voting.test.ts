import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SessionClient, signInAs } from '../support/auth';
import { buildMeeting, buildPosition, buildTable } from '../support/factories';
import { errorCode } from '../support/graphql';
import { followMeeting, type LiveGuests, meetingSeq, startLiveServer, waitFor, wsClient } from '../support/live';
import type { TestServer } from '../support/server';

const VOTE = `mutation ($p: ID!, $dots: Int!) { castVotes(positionId: $p, dots: $dots) { budget used remaining dots { positionId dots } } }`;
const SET_PHASE = `mutation ($m: ID!, $phase: WorkshopPhase!) { setPhase(meetingId: $m, phase: $phase) { phase } }`;
const BUDGET = `mutation ($t: ID!, $dots: Int!) { setVoteBudget(tableId: $t, dots: $dots) { voteBudget } }`;
const VISIBILITY = `mutation ($m: ID!, $hidden: Boolean, $revealed: Boolean) { setVoteVisibility(meetingId: $m, hidden: $hidden, revealed: $revealed) { votesHidden votesRevealed votesVisible } }`;
const CONFIRM = `mutation ($t: ID!, $ids: [ID!]!) { confirmTopFive(tableId: $t, positionIds: $ids) { positions { id rank } } }`;
const TABLE = `query ($id: ID!) { meeting(id: $id) { workingTables { id totalDots tallies { positionId dots }
  topFiveProposal { proposed { positionId dots place } ties { place dots positionIds atCutoff } } } } }`;

describe('dot voting and the top five', () => {
  let server: TestServer;
  let admin: SessionClient;
  let guests: LiveGuests;
  let meetingId: string;
  let tableId: string;
  let positions: string[];
  const anna = () => guests.gql(meetingId, 'anna', 'Anna');
  const table = async () =>
    (await admin.gql(TABLE, { id: meetingId })).data!.meeting.workingTables.find((t: any) => t.id === tableId);

  beforeAll(async () => {
    ({ server, admin, guests } = await startLiveServer());
    meetingId = (await buildMeeting(admin)).id;
    tableId = (await buildTable(admin, meetingId)).id;
    positions = [];
    for (const text of ['Ziele', 'Budget', 'Qualität', 'Beteiligung', 'Prävention', 'Schule', 'Gesundheit']) {
      positions.push((await buildPosition(admin, tableId, text)).id);
    }
    // The participants are guests who joined by code (joining opens the meeting, an event).
    await guests.session(meetingId, 'anna', 'Anna');
    for (const key of ['bert', 'carla', 'dora']) await guests.session(meetingId, key);
  });
  afterAll(() => server.close());

  describe('refusals, which change nothing', () => {
    it('refuses dots outside the VOTE phase with FORBIDDEN', async () => {
      const seq = await meetingSeq(admin, meetingId);
      const response = await anna()(VOTE, { p: positions[0], dots: 1 });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_PHASE' });
      expect(await meetingSeq(admin, meetingId)).toBe(seq);
    });

    it('refuses dots without a session with UNAUTHENTICATED, and from someone who does not take part with FORBIDDEN', async () => {
      expect(errorCode(await server.gql(VOTE, { p: positions[0], dots: 1 }))).toBe('UNAUTHENTICATED');
      const stranger = await signInAs(server, 'user', { name: 'Fremd' });
      expect(errorCode(await stranger.gql(VOTE, { p: positions[0], dots: 1 }))).toBe('FORBIDDEN');
    });

    it('refuses negative dots and a budget outside 0–100 with BAD_USER_INPUT', async () => {
      expect((await anna()(VOTE, { p: positions[0], dots: -1 })).errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'dots',
      });
      expect((await admin.gql(BUDGET, { t: tableId, dots: 101 })).errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'dots',
      });
    });

    it('refuses to confirm a top five outside the PRIORITISE phase with FORBIDDEN', async () => {
      const response = await admin.gql(CONFIRM, { t: tableId, ids: positions.slice(0, 5) });
      expect(response.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'WRONG_PHASE' });
    });
  });

  describe('in the VOTE phase', () => {
    beforeAll(async () => {
      await admin.gql(SET_PHASE, { m: meetingId, phase: 'VOTE' });
    });

    it('gives dots within the budget of 5 per table and refuses more with BAD_USER_INPUT', async () => {
      expect((await anna()(VOTE, { p: positions[0], dots: 3 })).data!.castVotes).toMatchObject({
        budget: 5,
        used: 3,
        remaining: 2,
      });
      expect((await anna()(VOTE, { p: positions[1], dots: 2 })).data!.castVotes).toMatchObject({
        used: 5,
        remaining: 0,
      });
      const seq = await meetingSeq(admin, meetingId);
      const over = await anna()(VOTE, { p: positions[2], dots: 1 });
      expect(over.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'dots' });
      expect(await meetingSeq(admin, meetingId)).toBe(seq);
      // Moving dots: fewer here, then more there.
      expect((await anna()(VOTE, { p: positions[0], dots: 1 })).data!.castVotes.remaining).toBe(2);
      expect((await anna()(VOTE, { p: positions[2], dots: 2 })).data!.castVotes).toMatchObject({
        used: 5,
        dots: [
          { positionId: positions[0], dots: 1 },
          { positionId: positions[1], dots: 2 },
          { positionId: positions[2], dots: 2 },
        ],
      });
    });

    it('never lets parallel votes of one participant overspend', async () => {
      const bert = guests.gql(meetingId, 'bert');
      const results = await Promise.all(positions.map((p) => bert(VOTE, { p, dots: 1 })));
      expect(results.filter((r) => !r.errors)).toHaveLength(5);
      expect(results.filter((r) => r.errors).map((r) => errorCode(r))).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
      const balance = await bert(`query ($id: ID!) { meeting(id: $id) { workingTables { myVotes { used } } } }`, {
        id: meetingId,
      });
      expect(balance.data!.meeting.workingTables[0].myVotes.used).toBe(5);
      await Promise.all(positions.map((p) => bert(VOTE, { p, dots: 0 })));
    });

    it('follows a budget the facilitator changes', async () => {
      expect((await admin.gql(BUDGET, { t: tableId, dots: 6 })).data!.setVoteBudget.voteBudget).toBe(6);
      expect((await anna()(VOTE, { p: positions[3], dots: 1 })).data!.castVotes).toMatchObject({ budget: 6, used: 6 });
      await admin.gql(BUDGET, { t: tableId, dots: 5 });
      await anna()(VOTE, { p: positions[3], dots: 0 });
    });

    it('keeps the counts hidden, events included, until the facilitator reveals them', async () => {
      const client = wsClient(server.wsUrl, admin.token);
      const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
      await guests.gql(meetingId, 'carla')(VOTE, { p: positions[0], dots: 2 });
      await waitFor(() => log.events.some((e) => e.__typename === 'VotesChanged'), 'the vote event');
      expect(log.events.at(-1)).toMatchObject({ __typename: 'VotesChanged', tableId, totalDots: 7, tallies: null });
      expect(await table()).toMatchObject({ totalDots: 7, tallies: null, topFiveProposal: null });

      expect((await admin.gql(VISIBILITY, { m: meetingId, revealed: true })).data!.setVoteVisibility).toEqual({
        votesHidden: true,
        votesRevealed: true,
        votesVisible: true,
      });
      await waitFor(() => log.events.filter((e) => e.__typename === 'VotesChanged').length >= 2, 'the revealed counts');
      expect(log.events.slice(-2)).toMatchObject([
        { __typename: 'VoteVisibilityChanged', votesHidden: true, votesRevealed: true },
        {
          __typename: 'VotesChanged',
          totalDots: 7,
          tallies: expect.arrayContaining([{ positionId: positions[0], dots: 3 }]),
        },
      ]);
      expect((await table()).tallies).toHaveLength(3);
      await client.dispose();
    });
  });

  describe('in the PRIORITISE phase', () => {
    beforeAll(async () => {
      // Anna: 1 · 2 · 2 on the first three; Carla: 2 on the first. Dora ties the fourth and fifth.
      await guests.gql(meetingId, 'dora')(VOTE, { p: positions[3], dots: 1 });
      await guests.gql(meetingId, 'dora')(VOTE, { p: positions[4], dots: 1 });
      await guests.gql(meetingId, 'dora')(VOTE, { p: positions[5], dots: 1 });
      await admin.gql(SET_PHASE, { m: meetingId, phase: 'PRIORITISE' });
    });

    it('proposes the top five by dots and lists the ties', async () => {
      const { topFiveProposal } = await table();
      expect(topFiveProposal.proposed).toEqual([
        { positionId: positions[0], dots: 3, place: 1 },
        { positionId: positions[1], dots: 2, place: 2 },
        { positionId: positions[2], dots: 2, place: 2 },
        { positionId: positions[3], dots: 1, place: 4 },
        { positionId: positions[4], dots: 1, place: 4 },
      ]);
      expect(topFiveProposal.ties).toEqual([
        { place: 2, dots: 2, positionIds: [positions[1], positions[2]], atCutoff: false },
        { place: 4, dots: 1, positionIds: [positions[3], positions[4], positions[5]], atCutoff: true },
      ]);
    });

    it('refuses more than five, repeated, merged or foreign positions with BAD_USER_INPUT', async () => {
      const other = await buildTable(admin, meetingId, { title: 'Kritik', kind: 'CRITICISM' });
      const foreign = await buildPosition(admin, other.id, 'Anderswo');
      for (const ids of [positions.slice(0, 6), [positions[0], positions[0]], [foreign.id]]) {
        expect((await admin.gql(CONFIRM, { t: tableId, ids })).errors![0]!.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'positionIds',
        });
      }
    });

    it("stores the facilitator's order as ranks 1–5 and lets them reorder", async () => {
      const client = wsClient(server.wsUrl, admin.token);
      const log = followMeeting(client, meetingId, await meetingSeq(admin, meetingId));
      const chosen = [positions[0], positions[2], positions[1], positions[5], positions[3]];
      const ranks = (await admin.gql(CONFIRM, { t: tableId, ids: chosen })).data!.confirmTopFive.positions.filter(
        (p: any) => p.rank,
      );
      expect(ranks.sort((a: any, b: any) => a.rank - b.rank).map((p: any) => p.id)).toEqual(chosen);
      const reordered = [positions[2], positions[0], positions[1]];
      await admin.gql(CONFIRM, { t: tableId, ids: reordered });
      await waitFor(() => log.events.length >= 2, 'two rank events');
      expect(log.events.map((e) => e.ranks.map((r: any) => r.positionId))).toEqual([chosen, reordered]);
      await client.dispose();
    });
  });
});
