import { describe, expect, it } from 'vitest';
import {
  type BoardCard,
  type BoardMeeting,
  type BoardTable,
  type CardViewer,
  cardGroups,
  mayDelete,
  mayHide,
  presentAt,
  tableControls,
  visibleCards,
  wroteIt,
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

describe('who may delete and hide a card', () => {
  const meeting = (viewerRole: 'FACILITATOR' | 'PARTICIPANT' | null, phase = 'COLLECT') =>
    ({
      viewerCan: { workshop: { facilitate: viewerRole === 'FACILITATOR' } },
      workshop: { phase },
    }) as unknown as BoardMeeting;
  const table = (locked = false) => ({ locked }) as unknown as BoardTable;
  const written = (by: { author?: string; guest?: string }, extra: Partial<BoardCard> = {}) =>
    ({
      id: 'p',
      text: 'Karte',
      author: by.author ? { id: by.author } : null,
      authorGuestId: by.guest ?? null,
      hidden: false,
      ...extra,
    }) as unknown as BoardCard;
  const guest: CardViewer = { kind: 'guest', id: 'g-1' };
  const person: CardViewer = { kind: 'user', id: 'p-1' };

  it('lets authors delete their own card while the meeting is open, a guest by her guest id', () => {
    expect(mayDelete(meeting(null), table(), written({ guest: 'g-1' }), guest)).toBe(true);
    expect(mayDelete(meeting('PARTICIPANT'), table(), written({ author: 'p-1' }), person)).toBe(true);
    expect(mayDelete(meeting(null), table(), written({ guest: 'g-2' }), guest)).toBe(false);
    // A person and a guest never share an id space: a guest id equal to a person id is not hers.
    expect(mayDelete(meeting(null), table(), written({ author: 'g-1' }), guest)).toBe(false);
    expect(mayDelete(meeting(null, 'CLOSED'), table(), written({ guest: 'g-1' }), guest)).toBe(false);
  });

  it('lets facilitators delete any card, also in a closed meeting, but nobody at a locked table', () => {
    expect(mayDelete(meeting('FACILITATOR', 'CLOSED'), table(), written({ guest: 'g-2' }), person)).toBe(true);
    expect(mayDelete(meeting('FACILITATOR'), table(true), written({}), person)).toBe(false);
    expect(mayDelete(meeting(null), table(true), written({ guest: 'g-1' }), guest)).toBe(false);
    expect(mayDelete(meeting('FACILITATOR'), table(), written({}, { id: 'optimistic-1' }), person)).toBe(false);
  });

  it('lets only facilitators hide, and shows hidden cards only to them', () => {
    const cards = [written({}, { id: 'a' }), written({}, { id: 'b', hidden: true })];
    expect(mayHide(meeting('FACILITATOR'), cards[0]!)).toBe(true);
    expect(mayHide(meeting('PARTICIPANT'), cards[0]!)).toBe(false);
    expect(visibleCards(meeting('FACILITATOR'), cards).map((c) => c.id)).toEqual(['a', 'b']);
    expect(visibleCards(meeting('PARTICIPANT'), cards).map((c) => c.id)).toEqual(['a']);
    expect(wroteIt(written({ author: 'p-1' }), null)).toBe(false);
  });
});
