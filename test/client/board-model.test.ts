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
  visibleCards,
  wroteIt,
} from '../../client/workshop/board-model';

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

describe('who may delete and hide a card', () => {
  const meeting = (viewerRole: 'FACILITATOR' | 'PARTICIPANT' | null, phase = 'COLLECT') =>
    ({ viewerRole, workshop: { phase } }) as unknown as BoardMeeting;
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
