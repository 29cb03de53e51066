import type { Refusals } from '../auth/refusal';

/** What the board says when the server refuses a card, a dot or a seat. */
export const BOARD_REFUSALS: Refusals = {
  'FORBIDDEN:TABLE_LOCKED': 'board.refusals.tableLocked',
  'FORBIDDEN:WRONG_PHASE': 'board.refusals.wrongPhase',
  'BAD_USER_INPUT:dots': 'board.refusals.overBudget',
  'BAD_USER_INPUT:text': 'board.refusals.text',
  'BAD_USER_INPUT:update': 'board.refusals.text',
  CONFLICT: 'board.refusals.conflict',
};
