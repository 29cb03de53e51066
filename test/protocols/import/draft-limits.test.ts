import { describe, expect, it } from 'vitest';
import { draftLimitProblem, rankOfPoints } from '../../../server/protocols/import/draft-limits';
import { parseProtocolText } from '../../../server/protocols/import/parse-protocol-text';

describe('the limits of a protocol read for import', () => {
  it('lets an ordinary protocol through and names what is too much', () => {
    expect(draftLimitProblem(parseProtocolText('Treffen 05.03.2013\n\nKritik\n• Punkt'))).toBeNull();
    expect(draftLimitProblem(parseProtocolText(`Treffen\n\nKritik\n• ${'x'.repeat(2_001)}`))).toBe(
      'the text has more characters of a point than a protocol may (2001, at most 2000)',
    );
    expect(draftLimitProblem(parseProtocolText(`Treffen\nAnwesend: ${'Ada, '.repeat(1_001)}`))).toBe(
      'the text has more attendees than a protocol may (1001, at most 1000)',
    );
  });

  it('ranks the points the top five name, in order, and refuses a text that is none of them', () => {
    expect(rankOfPoints(['a', 'b', 'a', 'c'], ['c', 'a', 'a'], 'f')).toEqual([2, null, 3, 1]);
    expect(() => rankOfPoints(['a'], ['a', 'a'], 'draft.workingTables.0.topFive')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ field: 'draft.workingTables.0.topFive' }) }),
    );
  });
});
