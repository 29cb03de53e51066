import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Position } from '../../server/tables/position.entity';
import { WorkingTable } from '../../server/tables/working-table.entity';
import { type SessionClient, signInDemo } from '../support/auth';
import { startTestServer, type TestServer } from '../support/server';
import { countStatements } from '../support/sql-counter';

/** The workshop board as the browser asks it, with what the viewer may do at every level. */
const BOARD = /* GraphQL */ `
  query Board($id: ID!) {
    meeting(id: $id) {
      title
      viewerCan { read manage protocol { edit } workshop { participate vote facilitate } }
      workingTables {
        title
        viewerCan { addPosition manage }
        positions { text version author { name } viewerCan { edit arrange delete } }
      }
      tasks { items viewerCan { manage progress } }
      contributions { title viewerCan { manage } }
    }
  }
`;

/** The same board without asking what the viewer may do. */
const BOARD_ALONE = BOARD.replace(/viewerCan \{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '');

/** A clock that stands still: the session's once-a-minute lastSeenAt write cannot fall between the two counts. */
const NOW = new Date('2012-10-19T12:00:00+02:00');

describe('capabilities on the workshop board', () => {
  let server: TestServer;
  let participant: SessionClient;
  let facilitator: SessionClient;
  let meetingId: string;

  const loadBoard = async (client: SessionClient, query = BOARD) => {
    const { data, errors } = await client.gql(query, { id: meetingId });
    expect(errors).toBeUndefined();
    return data!.meeting;
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => NOW });
    participant = await signInDemo(server, 'wolfgang.hinte@planwerk.example');
    facilitator = await signInDemo(server, 'reinhard.hoffmann@planwerk.example');
    meetingId = (await participant.gql(`{ meetings { id } }`)).data!.meetings[0].id;
  });
  afterAll(() => server.close());

  it('tells a participant what they may do, and a facilitator more', async () => {
    const asParticipant = await loadBoard(participant);
    expect(asParticipant.viewerCan).toEqual({
      read: true,
      manage: false,
      protocol: { edit: false },
      workshop: { participate: true, vote: true, facilitate: false },
    });
    const card = asParticipant.workingTables[0].positions[0];
    expect(card.viewerCan).toEqual({ edit: true, arrange: false, delete: false });
    expect(asParticipant.workingTables[0].viewerCan).toEqual({ addPosition: true, manage: false });
    expect(asParticipant.tasks[0].viewerCan.manage).toBe(false);

    const asFacilitator = await loadBoard(facilitator);
    expect(asFacilitator.viewerCan.manage).toBe(true);
    expect(asFacilitator.workingTables[0].positions[0].viewerCan).toEqual({ edit: true, arrange: true, delete: true });
    expect(asFacilitator.tasks[0].viewerCan).toEqual({ manage: true, progress: true });
  });

  it('costs the same number of SQL statements with 53 positions as with 353, and few more than without', async () => {
    const before = await countStatements(server.db.orm, () => loadBoard(participant));
    expect(BOARD_ALONE).not.toContain('viewerCan');
    const withoutCapabilities = await countStatements(server.db.orm, () => loadBoard(participant, BOARD_ALONE));

    const em = server.db.orm.em.fork();
    const tables = await em.find(WorkingTable, { meeting: meetingId });
    for (const table of tables) {
      for (let i = 0; i < 100; i += 1) em.create(Position, { table, text: `Zusätzlicher Punkt ${i}`, order: 100 + i });
    }
    await em.flush();

    let board: any;
    const after = await countStatements(server.db.orm, async () => {
      board = await loadBoard(participant);
    });
    expect(board.workingTables.flatMap((t: any) => t.positions)).toHaveLength(353);
    expect(after).toBe(before);
    // What the rules load beyond the board (e.g. the next steps' owners) is batched: a fixed few, whatever the number of cards.
    expect(after - withoutCapabilities).toBeLessThanOrEqual(2);
  });
});

describe('capabilities of the viewer', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => NOW });
  });
  afterAll(() => server.close());

  const SIGN_IN = /* GraphQL */ `
    mutation ($input: SignInInput!) {
      signIn(input: $input) { me { viewerCan { meeting { create } budget { write } account { manage } } } }
    }
  `;

  it('answers for the session that signing in starts, not for the anonymous request', async () => {
    const { data, errors } = await server.gql(SIGN_IN, {
      input: { email: 'admin@planwerk.example', password: 'planwerk-demo' },
    });
    expect(errors).toBeUndefined();
    expect(data!.signIn.me.viewerCan).toEqual({
      meeting: { create: true },
      budget: { write: true },
      account: { manage: true },
    });
  });

  it('tells a participant without a committee that they may not create a meeting', async () => {
    const participant = await signInDemo(server, 'ingrid.krammer@planwerk.example');
    const { data } = await participant.gql(
      `{ me { viewerCan { meeting { create } protocol { import } task { create } } } }`,
    );
    expect(data!.me.viewerCan).toEqual({
      meeting: { create: false },
      protocol: { import: false },
      task: { create: true },
    });
  });
});
