import { LIMITS } from '../../schema/limits';

export interface Candidate {
  positionId: string;
  dots: number;
  /** The place on the table, for a stable order among equals. */
  order: number;
}

export interface Placed {
  positionId: string;
  dots: number;
  /** Competition ranking: equal dots share a place, the next place skips (1, 2, 2, 4). */
  place: number;
}

export interface Tie {
  place: number;
  dots: number;
  positionIds: string[];
  /** Some of these made the proposal and some did not: the facilitator has to decide. */
  atCutoff: boolean;
}

export interface TopFive {
  /** At most `size` positions, most dots first, equal dots in table order. */
  proposed: Placed[];
  /** Every group of equal dots that touches the proposal. */
  ties: Tie[];
}

/** The server's proposal of a table's most important points, from the dots each got. */
export function proposeTopFive(candidates: readonly Candidate[], size: number = LIMITS.topRanks): TopFive {
  const sorted = candidates.filter((c) => c.dots > 0).sort((a, b) => b.dots - a.dots || a.order - b.order);
  const placed: Placed[] = [];
  sorted.forEach((candidate, index) => {
    const previous = placed[index - 1];
    const place = previous && previous.dots === candidate.dots ? previous.place : index + 1;
    placed.push({ positionId: candidate.positionId, dots: candidate.dots, place });
  });
  const proposed = placed.slice(0, size);
  const ties: Tie[] = [];
  for (const { place, dots } of proposed) {
    const equal = placed.filter((p) => p.place === place);
    if (equal.length < 2 || ties.some((tie) => tie.place === place)) continue;
    ties.push({
      place,
      dots,
      positionIds: equal.map((p) => p.positionId),
      atCutoff: equal.some((p) => !proposed.includes(p)),
    });
  }
  return { proposed, ties };
}
