import type { ResultOf } from '../api/graphql';
import type { BoardQuery } from './board.operations';

export type BoardMeeting = NonNullable<ResultOf<typeof BoardQuery>['meeting']>;
export type BoardTable = BoardMeeting['workingTables'][number];
export type BoardCard = BoardTable['positions'][number];
export type Participant = BoardMeeting['workshop']['participants'][number];

/** A card and the duplicates merged into it. */
export interface CardGroup {
  head: BoardCard;
  members: BoardCard[];
}

/** The table's cards in their order, each merged duplicate under the card it was merged into. */
export function cardGroups(positions: readonly BoardCard[]): CardGroup[] {
  const heads = new Set(positions.filter((position) => !position.group).map((position) => position.id));
  const groups = new Map<string, CardGroup>();
  for (const position of positions) {
    const groupId = position.group?.id;
    if (groupId && heads.has(groupId)) continue;
    groups.set(position.id, { head: position, members: [] });
  }
  for (const position of positions) {
    const groupId = position.group?.id;
    if (groupId && heads.has(groupId)) groups.get(groupId)?.members.push(position);
  }
  return [...groups.values()];
}

/** The viewer's dots on a position, from their balance on its table. */
export function myDotsOn(table: BoardTable, positionId: string): number {
  return table.myVotes?.dots.find((tally) => tally.positionId === positionId)?.dots ?? 0;
}

/** Everyone's dots on a position, while votes are visible. */
export function allDotsOn(table: BoardTable, positionId: string): number | null {
  return table.tallies ? (table.tallies.find((tally) => tally.positionId === positionId)?.dots ?? 0) : null;
}

/** Who is at the table now. */
export function presentAt(participants: readonly Participant[], tableId: string): Participant[] {
  return participants.filter((participant) => participant.present && participant.tableId === tableId);
}

/** Cards are written, changed and grouped only while the table is open and the meeting is not closed. */
export function writable(meeting: BoardMeeting, table: BoardTable): boolean {
  return !table.locked && meeting.workshop.phase !== 'CLOSED';
}

/** Whether a card is still only on this screen, waiting for the server to store it. */
export const pending = (card: BoardCard) => card.id.startsWith('optimistic-');

/** Who is looking, as far as authorship goes: a person's id, or a guest's. */
export interface CardViewer {
  kind: 'user' | 'guest';
  id: string;
}

/** Whether the viewer wrote the card: a person by their id, a guest by theirs. */
export function wroteIt(card: BoardCard, viewer: CardViewer | null): boolean {
  if (!viewer) return false;
  return viewer.kind === 'user' ? card.author?.id === viewer.id : card.authorGuestId === viewer.id;
}

/**
 * The rules of deleting a card as the server's position policy has them (`delete`), with the lock
 * it checks before: facilitators at any unlocked table; its author while the meeting is open too.
 */
export function mayDelete(meeting: BoardMeeting, table: BoardTable, card: BoardCard, viewer: CardViewer | null) {
  if (pending(card) || table.locked) return false;
  if (meeting.viewerRole === 'FACILITATOR') return true;
  return wroteIt(card, viewer) && meeting.workshop.phase !== 'CLOSED';
}

/** Hiding a card for moderation, and showing it again: facilitators (the policy's `hide`). */
export const mayHide = (meeting: BoardMeeting, card: BoardCard) =>
  meeting.viewerRole === 'FACILITATOR' && !pending(card);

/** A hidden card is frozen until shown again: no edits, no grouping (the policy's `edit` and `arrange`). */
export const frozen = (card: BoardCard) => card.hidden;

/** The cards the viewer sees: a card hidden since the board loaded stays only for those who moderate. */
export function visibleCards(meeting: BoardMeeting, positions: readonly BoardCard[]): BoardCard[] {
  return meeting.viewerRole === 'FACILITATOR' ? [...positions] : positions.filter((card) => !card.hidden);
}
