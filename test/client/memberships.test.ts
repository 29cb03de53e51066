import { describe, expect, it } from 'vitest';
import { bodiesOf, type CommitteeMembers, leadsCommittee } from '../../client/session/memberships';
import type { Viewer } from '../../client/session/viewer';

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

const user = (personId: string, isAdmin = false): Viewer => ({
  kind: 'user',
  id: personId,
  personId,
  name: personId,
  isAdmin,
  organization: null,
});

describe("the viewer's bodies and roles", () => {
  it('counts the committees one belongs to today and those above them, not those as a guest', () => {
    expect(bodiesOf(committees, 'member', TODAY).sort()).toEqual(['ag', 'region-1']);
    expect(bodiesOf(committees, 'former', TODAY)).toEqual([]);
    expect(bodiesOf(committees, 'future', TODAY)).toEqual([]);
    expect(bodiesOf(committees, 'future', '2013-05-01')).toEqual(['sz2']);
  });

  it('lets speakers and coordinators of a committee, and admins, edit its members', () => {
    const [ag, region1, sz2] = committees as [CommitteeMembers, CommitteeMembers, CommitteeMembers];
    expect(leadsCommittee(user('speaker'), region1, TODAY)).toBe(true);
    // Leading a regional AG is not leading the AG above it.
    expect(leadsCommittee(user('speaker'), ag, TODAY)).toBe(false);
    expect(leadsCommittee(user('member'), region1, TODAY)).toBe(false);
    expect(leadsCommittee(user('former'), region1, TODAY)).toBe(false);
    expect(leadsCommittee(user('someone', true), sz2, TODAY)).toBe(true);
    expect(leadsCommittee(null, region1, TODAY)).toBe(false);
    const guest: Viewer = { kind: 'guest', id: 'g', personId: null, name: 'Gast', organization: null, meetingId: 'm' };
    expect(leadsCommittee(guest, region1, TODAY)).toBe(false);
  });
});
