import { describe, expect, it } from 'vitest';
import { proposeTopFive } from '../../server/workshops/top-five';

const candidates = (dots: number[]) => dots.map((d, order) => ({ positionId: `p${order}`, dots: d, order }));

describe('proposeTopFive', () => {
  it('takes the five with most dots, most first', () => {
    const { proposed, ties } = proposeTopFive(candidates([1, 7, 3, 9, 2, 5, 4]));
    expect(proposed.map((p) => [p.positionId, p.place])).toEqual([
      ['p3', 1],
      ['p1', 2],
      ['p5', 3],
      ['p6', 4],
      ['p2', 5],
    ]);
    expect(ties).toEqual([]);
  });

  it('leaves out positions without dots, even when fewer than five remain', () => {
    expect(proposeTopFive(candidates([0, 2, 0, 1])).proposed.map((p) => p.positionId)).toEqual(['p1', 'p3']);
    expect(proposeTopFive(candidates([0, 0]))).toEqual({ proposed: [], ties: [] });
  });

  it('shares places among equal dots and keeps the table order among them', () => {
    const { proposed } = proposeTopFive(candidates([3, 5, 3, 5, 1]));
    expect(proposed.map((p) => [p.positionId, p.place])).toEqual([
      ['p1', 1],
      ['p3', 1],
      ['p0', 3],
      ['p2', 3],
      ['p4', 5],
    ]);
  });

  it('lists a tie inside the five, and one across the cut-off as needing a decision', () => {
    const { proposed, ties } = proposeTopFive(candidates([6, 4, 4, 2, 1, 1, 1]));
    expect(proposed.map((p) => p.positionId)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(ties).toEqual([
      { place: 2, dots: 4, positionIds: ['p1', 'p2'], atCutoff: false },
      { place: 5, dots: 1, positionIds: ['p4', 'p5', 'p6'], atCutoff: true },
    ]);
  });

  it('ignores ties wholly outside the five', () => {
    expect(proposeTopFive(candidates([9, 8, 7, 6, 5, 1, 1])).ties).toEqual([]);
  });

  it('takes another size', () => {
    expect(proposeTopFive(candidates([1, 2, 3]), 2).proposed.map((p) => p.positionId)).toEqual(['p2', 'p1']);
  });
});
