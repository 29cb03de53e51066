import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Position } from '../../server/tables/position.entity';
import { WorkingTable } from '../../server/tables/working-table.entity';
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

describe('loading a meeting with its tables, positions and authors', () => {
  let server: TestServer;
  let meetingId: string;

  const loadBoard = async () => {
    const { data, errors } = await server.gql(BOARD, { id: meetingId });
    expect(errors).toBeUndefined();
    return data!.meeting;
  };

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    meetingId = (await server.gql(`{ meetings { id } }`)).data!.meetings[0].id;
  });
  afterAll(() => server.close());

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
    expect(after).toBeLessThanOrEqual(12);
  });
});
