import { describe, expect, it } from 'vitest';
import {
  type BoardCard,
  type BoardMeeting,
  type BoardTable,
  cardGroups,
  presentAt,
  tableControls,
} from '../../client/workshop/board-model';
import { boardMeeting } from './support/board-fixture';

const card = (id: string, group: string | null = null) =>
  ({ id, text: id, group: group ? { id: group } : null }) as unknown as BoardCard;

describe('cards on the board', () => {
  it('shows merged duplicates under the card they were merged into, in the table order', () => {
    const groups = cardGroups([card('a'), card('b', 'c'), card('c'), card('d', 'a')]);
    expect(groups.map((group) => [group.head.id, group.members.map((member) => member.id)])).toEqual([
      ['a', ['d']],
      ['c', ['b']],
    ]);
  });

  it('shows a card alone when its group card is not on the table', () => {
    expect(cardGroups([card('b', 'gone')]).map((group) => group.head.id)).toEqual(['b']);
  });

  it('seats only the present participants at their table', () => {
    const people = [
      { id: '1', displayName: 'Ingrid', tableId: 't', present: true },
      { id: '2', displayName: 'Wolfgang', tableId: 't', present: false },
      { id: '3', displayName: 'Oliver', tableId: 'u', present: true },
    ];
    expect(presentAt(people, 't').map((person) => person.displayName)).toEqual(['Ingrid']);
  });
});

describe('controls at a table', () => {
  type Workshop = { participate: boolean; vote: boolean; facilitate: boolean };
  const PARTICIPANT: Workshop = { participate: true, vote: true, facilitate: false };
  const FACILITATOR: Workshop = { participate: true, vote: true, facilitate: true };
  const OUTSIDER: Workshop = { participate: false, vote: false, facilitate: false };

  function board(
    workshop: Workshop,
    {
      phase = 'COLLECT',
      locked = false,
      remaining = 5 as number | null,
      table = { addPosition: true, manage: false },
    } = {},
  ) {
    const meeting = boardMeeting() as unknown as BoardMeeting;
    const first = meeting.workingTables[0] as BoardTable;
    const tableOf = {
      ...first,
      locked,
      viewerCan: table,
      myVotes: remaining === null ? null : { ...first.myVotes!, remaining },
    } as BoardTable;
    const shown = {
      ...meeting,
      viewerCan: { ...meeting.viewerCan, workshop },
      workshop: { ...meeting.workshop, phase },
    } as BoardMeeting;
    return tableControls(shown, tableOf);
  }

  it("offers a participant a seat and cards, but not the facilitator's grouping", () => {
    expect(board(PARTICIPANT)).toEqual({
      sit: true,
      write: true,
      arrange: false,
      remaining: null,
      addDot: false,
      removeDot: false,
    });
  });

  it('offers a facilitator grouping and no seat or dots', () => {
    const controls = board(FACILITATOR, { phase: 'VOTE', table: { addPosition: true, manage: true } });
    expect(controls).toMatchObject({ sit: false, write: true, arrange: true, remaining: null, addDot: false });
  });

  it('offers nothing where the server says the viewer may not (a closed meeting, someone outside)', () => {
    expect(board(OUTSIDER, { phase: 'VOTE', table: { addPosition: false, manage: false } })).toEqual({
      sit: false,
      write: false,
      arrange: false,
      remaining: null,
      addDot: false,
      removeDot: false,
    });
  });

  it('offers "+" only while the server counts dots left, and "−" until the table is locked', () => {
    expect(board(PARTICIPANT, { phase: 'VOTE', remaining: 2 })).toMatchObject({ remaining: 2, addDot: true });
    expect(board(PARTICIPANT, { phase: 'VOTE', remaining: 0 })).toMatchObject({
      remaining: 0,
      addDot: false,
      removeDot: true,
    });
    // No balance yet: the whole budget is left.
    expect(board(PARTICIPANT, { phase: 'VOTE', remaining: null })).toMatchObject({ remaining: 5, addDot: true });
    expect(board(PARTICIPANT, { phase: 'VOTE', locked: true })).toMatchObject({ addDot: false, removeDot: false });
  });

  it('offers no cards on a locked table, and in a closed workshop what the server still allows', () => {
    expect(board(PARTICIPANT, { locked: true }).write).toBe(false);
    // What the server answers a participant once the meeting closed.
    expect(board(OUTSIDER, { phase: 'CLOSED', table: { addPosition: false, manage: false } })).toMatchObject({
      sit: false,
      write: false,
    });
    expect(board(FACILITATOR, { phase: 'CLOSED', table: { addPosition: true, manage: true } })).toMatchObject({
      write: true,
      arrange: true,
    });
  });
});
