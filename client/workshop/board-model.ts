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

/** What the board offers the viewer at one table. */
export interface TableControls {
  /** "An diesen Tisch setzen": participants of an open meeting; facilitators lead from the console instead. */
  sit: boolean;
  /** Write a new card, and change the text of any card there (the position rule `edit` is the table's `addPosition`). */
  write: boolean;
  /** Group and separate cards (the position rule `arrange` is the table's `manage`). */
  arrange: boolean;
  /** The viewer's dots left here while the vote runs, null when they give none. */
  remaining: number | null;
  /** Give one more dot: only with dots left, as the server counts them. */
  addDot: boolean;
  /** Take one back. */
  removeDot: boolean;
}

/**
 * The controls at a table, from what the server says the viewer may do (`viewerCan` of the meeting
 * and the table) and the state of the workshop (phase, lock, dots left), which the services check
 * apart from permissions. Nothing is offered that the server would refuse but for a race.
 */
export function tableControls(meeting: BoardMeeting, table: BoardTable): TableControls {
  const can = meeting.viewerCan.workshop;
  // A locked table takes no cards from anyone; who writes in a closed meeting (its facilitators) is the capabilities' answer.
  const open = !table.locked;
  // Dots are the participants' to give; the facilitator runs the vote from the console.
  const voting = meeting.workshop.phase === 'VOTE' && can.vote && !can.facilitate;
  // Someone who has not voted or sat down yet has no balance: all of the budget is theirs.
  const remaining = voting ? (table.myVotes?.remaining ?? table.voteBudget) : null;
  const dots = voting && !table.locked;
  return {
    sit: can.participate && !can.facilitate,
    write: open && table.viewerCan.addPosition,
    arrange: open && table.viewerCan.manage,
    remaining,
    addDot: dots && (remaining ?? 0) > 0,
    removeDot: dots,
  };
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
  if (meeting.viewerCan.workshop.facilitate) return true;
  return wroteIt(card, viewer) && meeting.workshop.phase !== 'CLOSED';
}

/** Hiding a card for moderation, and showing it again: facilitators (the policy's `hide`). */
export const mayHide = (meeting: BoardMeeting, card: BoardCard) =>
  meeting.viewerCan.workshop.facilitate && !pending(card);

/** A hidden card is frozen until shown again: no edits, no grouping (the policy's `edit` and `arrange`). */
export const frozen = (card: BoardCard) => card.hidden;

/** The cards the viewer sees: a card hidden since the board loaded stays only for those who moderate. */
export function visibleCards(meeting: BoardMeeting, positions: readonly BoardCard[]): BoardCard[] {
  return meeting.viewerCan.workshop.facilitate ? [...positions] : positions.filter((card) => !card.hidden);
}
