import { describe, expect, it } from 'vitest';
import { type BoardCard, cardGroups, presentAt } from '../../client/workshop/board-model';

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
