import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Position } from '../../server/tables/position.entity';
import { WorkingTable } from '../../server/tables/working-table.entity';
import { type SessionClient, signInAs, signInDemo } from '../support/auth';
import { errorCode } from '../support/graphql';
import { startTestServer, type TestServer } from '../support/server';
import { countStatements } from '../support/sql-counter';

const BOARD = /* GraphQL */ `
  query Board($id: ID!) {
    meeting(id: $id) {
      title
      hostCommittee { name }
      contributions { title speaker { name organization { name } } }
      workingTables { title positions { text version rank author { name organization { name } } } }
      tasks { items dueDate overdue owner { __typename ... on Committee { name } ... on Organization { name } } }
    }
  }
`;

/** A clock that stands still: the session's once-a-minute lastSeenAt write cannot fall between the two counts. */
const NOW = new Date('2012-10-19T12:00:00+02:00');

describe('loading a meeting with its tables, positions and authors', () => {
  let server: TestServer;
  /** A demo participant: the board is what participants look at. */
  let participant: SessionClient;
  let meetingId: string;

  const loadBoard = async () => {
    const { data, errors } = await participant.gql(BOARD, { id: meetingId });
    expect(errors).toBeUndefined();
    return data!.meeting;
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true, now: () => NOW });
    participant = await signInDemo(server, 'wolfgang.hinte@planwerk.example');
    meetingId = (await participant.gql(`{ meetings { id } }`)).data!.meetings[0].id;
  });
  afterAll(() => server.close());

  it('shows the board to nobody outside the meeting', async () => {
    const outsider = await signInAs(server, 'user', { name: 'Unbeteiligt' });
    expect(errorCode(await outsider.gql(BOARD, { id: meetingId }))).toBe('FORBIDDEN');
    expect(errorCode(await server.gql(BOARD, { id: meetingId }))).toBe('UNAUTHENTICATED');
  });

  it('costs the same number of SQL statements with 53 positions as with 353', async () => {
    const before = await countStatements(server.db.orm, loadBoard);

    const em = server.db.orm.em.fork();
    const tables = await em.find(WorkingTable, { meeting: meetingId });
    for (const table of tables) {
      for (let i = 0; i < 100; i += 1) em.create(Position, { table, text: `Zusätzlicher Punkt ${i}`, order: 100 + i });
    }
    await em.flush();

    let board: any;
    const after = await countStatements(server.db.orm, async () => {
      board = await loadBoard();
    });
    expect(board.workingTables.map((t: any) => t.positions.length)).toEqual([120, 123, 110]);
    expect(after).toBe(before);
    // Ten for the board, one for the session, two for the viewer's roles (memberships, meeting role).
    expect(after).toBeLessThanOrEqual(13);
  });
});
