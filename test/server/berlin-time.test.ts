import { describe, expect, it } from 'vitest';
import { berlinDay } from '../../server/common/berlin-time';

describe('the Berlin day of an instant', () => {
  it('turns at Berlin midnight, in winter and in summer time, asked one instant after another', () => {
    expect(berlinDay(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(berlinDay(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    expect(berlinDay(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(berlinDay(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
  });

  it('stays right across the switches to and from summer time and back in time', () => {
    expect(berlinDay(new Date('2026-03-29T00:30:00Z'))).toBe('2026-03-29');
    expect(berlinDay(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(berlinDay(new Date('2026-03-28T22:59:00Z'))).toBe('2026-03-28');
    expect(berlinDay(new Date('2026-10-24T21:59:00Z'))).toBe('2026-10-24');
    expect(berlinDay(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(berlinDay(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(berlinDay(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });
});
