import { may } from '../auth/authorize';
import type { Context } from '../context';
import type { Position } from './position.entity';
import { positionPolicy } from './position.policy';

/** The positions the viewer sees: hidden ones only where they may moderate them (and then marked `hidden`). */
export async function visiblePositions(ctx: Pick<Context, 'roles'>, positions: Position[]): Promise<Position[]> {
  const hidden = positions.filter((position) => position.hidden);
  if (hidden.length === 0) return positions;
  const shown = new Set<Position>();
  for (const position of hidden) if (await may(ctx, positionPolicy, 'hide', position)) shown.add(position);
  return positions.filter((position) => !position.hidden || shown.has(position));
}
