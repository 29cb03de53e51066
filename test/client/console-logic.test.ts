import { describe, expect, it, vi } from 'vitest';
import { coalesced } from '../../client/workshop/console/coalesced';
import { meetingPhases, PHASES, phaseStep } from '../../client/workshop/console/phases';
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

  it('step through the phases a meeting runs through, also from one it no longer does', () => {
    const ag = meetingPhases(['PREPARE', 'NEXT_STEPS']);
    expect(ag).toEqual(['PREPARE', 'NEXT_STEPS', 'CLOSED']);
    expect(phaseStep('PREPARE', 1, ag)).toBe('NEXT_STEPS');
    expect(phaseStep('CLOSED', -1, ag)).toBe('NEXT_STEPS');
    expect(phaseStep('VOTE', -1, ag)).toBe('PREPARE');
    expect(phaseStep('VOTE', 1, ag)).toBe('NEXT_STEPS');
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

describe('asking the server again after a burst of events', () => {
  it('asks once more after the run under way, however many requests came meanwhile, never two at once', async () => {
    const answers: (() => void)[] = [];
    let running = 0;
    let overlapped = false;
    const refresh = coalesced(
      () =>
        new Promise<void>((resolve) => {
          running += 1;
          overlapped ||= running > 1;
          answers.push(() => {
            running -= 1;
            resolve();
          });
        }),
    );
    refresh();
    refresh();
    refresh();
    refresh();
    expect(answers).toHaveLength(1);
    answers[0]!();
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]!();
    await Promise.resolve();
    refresh();
    await vi.waitFor(() => expect(answers).toHaveLength(3));
    answers[2]!();
    expect(overlapped).toBe(false);
  });
});
