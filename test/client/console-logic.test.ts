import { describe, expect, it } from 'vitest';
import { clockOffset, formatCountdown, remainingAt } from '../../client/workshop/console/countdown';
import { PHASES, phaseStep } from '../../client/workshop/console/phases';
import {
  addToOrder,
  initialTopFive,
  moveInOrder,
  removeFromOrder,
  tiedOutside,
} from '../../client/workshop/console/top-five-order';

describe('workshop phases', () => {
  it('run from preparing to closed', () => {
    expect(PHASES).toEqual(['PREPARE', 'COLLECT', 'GROUP', 'VOTE', 'PRIORITISE', 'NEXT_STEPS', 'CLOSED']);
  });

  it('step forward and back, and stop at either end', () => {
    expect(phaseStep('VOTE', 1)).toBe('PRIORITISE');
    expect(phaseStep('VOTE', -1)).toBe('GROUP');
    expect(phaseStep('PREPARE', -1)).toBeNull();
    expect(phaseStep('CLOSED', 1)).toBeNull();
  });
});

// Six positions: a and b 4 dots each, c 3, d, e and f 2 each; the proposal cuts inside the tie at 2.
const proposal = {
  proposed: ['a', 'b', 'c', 'd', 'e'].map((positionId) => ({ positionId })),
  ties: [{ positionIds: ['a', 'b'] }, { positionIds: ['d', 'e', 'f'] }],
};

describe('the top five to confirm', () => {
  it('starts from the proposal when nothing is ranked yet', () => {
    expect(initialTopFive([{ id: 'a' }, { id: 'b', rank: null }], proposal)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(initialTopFive([{ id: 'a' }], null)).toEqual([]);
  });

  it('starts from the confirmed ranks, in their order, once there are some', () => {
    const positions = [
      { id: 'x', rank: 2 },
      { id: 'y', rank: null },
      { id: 'z', rank: 1 },
    ];
    expect(initialTopFive(positions, proposal)).toEqual(['z', 'x']);
  });

  it('offers the tied positions left out of the order, and none for ties wholly inside it', () => {
    expect(tiedOutside(['a', 'b', 'c', 'd', 'e'], proposal)).toEqual(['f']);
    expect(tiedOutside(['a', 'b', 'c', 'd', 'f'], proposal)).toEqual(['e']);
    expect(tiedOutside(['a', 'b', 'c'], proposal)).toEqual([]);
    expect(tiedOutside(['a'], null)).toEqual([]);
  });

  it('moves an entry up or down by one place and leaves the ends alone', () => {
    expect(moveInOrder(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('takes an entry out and adds one last, never beyond five or twice', () => {
    expect(removeFromOrder(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
    expect(addToOrder(['a', 'c'], 'f')).toEqual(['a', 'c', 'f']);
    expect(addToOrder(['a', 'c'], 'a')).toEqual(['a', 'c']);
    expect(addToOrder(['a', 'b', 'c', 'd', 'e'], 'f')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('the timer countdown', () => {
  const running = {
    status: 'RUNNING' as const,
    endsAt: '2012-10-19T10:05:00.000Z',
    remainingMs: 300_000,
    serverNow: '2012-10-19T10:00:00.000Z',
  };

  it('counts down to the end in server time, whatever the local clock says', () => {
    // This clock runs two seconds behind the server's.
    const receivedAt = Date.parse('2012-10-19T09:59:58.000Z');
    const offset = clockOffset(running.serverNow, receivedAt);
    expect(offset).toBe(2_000);
    expect(remainingAt(running, offset, receivedAt)).toBe(300_000);
    expect(remainingAt(running, offset, receivedAt + 60_000)).toBe(240_000);
    expect(remainingAt(running, offset, receivedAt + 400_000)).toBe(0);
  });

  it('stands still while paused or stopped', () => {
    expect(remainingAt({ ...running, status: 'PAUSED', endsAt: null, remainingMs: 90_000 }, 0, Date.now())).toBe(
      90_000,
    );
    expect(remainingAt({ ...running, status: 'STOPPED', endsAt: null, remainingMs: 0 }, 0, Date.now())).toBe(0);
  });

  it('shows minutes and seconds, rounding up to the next second', () => {
    expect(formatCountdown(300_000)).toBe('5:00');
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(9_000)).toBe('0:09');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(3_723_000)).toBe('1:02:03');
  });
});
