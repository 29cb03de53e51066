import { describe, expect, it } from 'vitest';
import { movedTo } from '../../server/common/order';

describe('moving one item of an ordered list', () => {
  const agenda = ['begrüßung', 'ist-stand', 'hinte', 'graz'];

  it('puts it at the new place and keeps the others in their order', () => {
    expect(movedTo(agenda, 'graz', 1)).toEqual(['begrüßung', 'graz', 'ist-stand', 'hinte']);
    expect(movedTo(agenda, 'begrüßung', 2)).toEqual(['ist-stand', 'hinte', 'begrüßung', 'graz']);
  });

  it('clamps a place beyond either end, and leaves the list alone for an id it does not hold', () => {
    expect(movedTo(agenda, 'ist-stand', 99)).toEqual(['begrüßung', 'hinte', 'graz', 'ist-stand']);
    expect(movedTo(agenda, 'hinte', -3)).toEqual(['hinte', 'begrüßung', 'ist-stand', 'graz']);
    expect(movedTo(agenda, 'unbekannt', 0)).toEqual(agenda);
  });
});
