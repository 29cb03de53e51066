import { describe, expect, it } from 'vitest';
import { bodiesOf, type CommitteeMembers } from '../../client/session/memberships';

const TODAY = '2013-04-10';
const person = (id: string) => ({ id });

// AG above its Region 1; SZ² apart.
const committees: CommitteeMembers[] = [
  { id: 'ag', parent: null, memberships: [] },
  {
    id: 'region-1',
    parent: { id: 'ag' },
    memberships: [
      { role: 'SPEAKER', person: person('speaker') },
      { role: 'MEMBER', person: person('member') },
      { role: 'COORDINATOR', person: person('former'), until: '2013-01-31' },
    ],
  },
  {
    id: 'sz2',
    parent: null,
    memberships: [
      { role: 'GUEST', person: person('member') },
      { role: 'MEMBER', person: person('future'), since: '2013-05-01' },
    ],
  },
];

describe("the viewer's bodies", () => {
  it('counts the committees one belongs to today and those above them, not those as a guest', () => {
    expect(bodiesOf(committees, 'member', TODAY).sort()).toEqual(['ag', 'region-1']);
    expect(bodiesOf(committees, 'former', TODAY)).toEqual([]);
    expect(bodiesOf(committees, 'future', TODAY)).toEqual([]);
    expect(bodiesOf(committees, 'future', '2013-05-01')).toEqual(['sz2']);
  });
});
