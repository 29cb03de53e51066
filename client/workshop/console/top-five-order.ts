import { LIMITS } from '../../../schema/limits';

export interface Proposal {
  proposed: readonly { positionId: string }[];
  ties: readonly { positionIds: readonly string[] }[];
}

/**
 * The order the facilitator starts from: the ranks already confirmed, if any, else the server's
 * proposal (most dots first, equal dots in table order).
 */
export function initialTopFive(
  positions: readonly { id: string; rank?: number | null }[],
  proposal: Proposal | null,
): string[] {
  const ranked = positions
    .filter((position): position is { id: string; rank: number } => typeof position.rank === 'number')
    .sort((a, b) => a.rank - b.rank)
    .map((position) => position.id);
  if (ranked.length > 0) return ranked;
  return proposal ? proposal.proposed.map((placed) => placed.positionId) : [];
}

/** Positions tied with one in the order but left out of it: the facilitator may swap them in. */
export function tiedOutside(order: readonly string[], proposal: Proposal | null): string[] {
  if (!proposal) return [];
  const tied = proposal.ties.filter((tie) => tie.positionIds.some((id) => order.includes(id)));
  return [...new Set(tied.flatMap((tie) => tie.positionIds))].filter((id) => !order.includes(id));
}

/** The order with the item at `index` moved one place up (−1) or down (+1); unchanged at the ends. */
export function moveInOrder(order: readonly string[], index: number, step: 1 | -1): string[] {
  const target = index + step;
  if (index < 0 || target < 0 || target >= order.length || index >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target] as string, next[index] as string];
  return next;
}

/** The order with `id` taken out. */
export function removeFromOrder(order: readonly string[], id: string): string[] {
  return order.filter((entry) => entry !== id);
}

/** The order with `id` added last, unless it is there already or the order is full. */
export function addToOrder(order: readonly string[], id: string, size: number = LIMITS.topRanks): string[] {
  return order.includes(id) || order.length >= size ? [...order] : [...order, id];
}
