import { describe, expect, it } from 'vitest';
import { groupByOrganization, onMeetingDay } from '../../server/meetings/attendance';

describe('the attendance list', () => {
  it('groups who was there by organisation, alphabetically, those without one last', () => {
    expect(
      groupByOrganization([
        { name: 'Petra Gast', organizationName: 'Nachbarschaftsheim' },
        { name: 'Reinhard Hoffmann', organizationName: 'Jugendamt Steglitz-Zehlendorf' },
        { name: 'Jan Gast', organizationName: null },
        { name: 'Anna Auf-Papier', organizationName: ' Nachbarschaftsheim ' },
        { name: 'Ömer Ohne', organizationName: '' },
      ]),
    ).toEqual([
      { organization: 'Jugendamt Steglitz-Zehlendorf', names: ['Reinhard Hoffmann'] },
      { organization: 'Nachbarschaftsheim', names: ['Anna Auf-Papier', 'Petra Gast'] },
      { organization: null, names: ['Jan Gast', 'Ömer Ohne'] },
    ]);
  });

  it('checks people in on the meeting days in Berlin, from the start day to the end day', () => {
    const meeting = { startsAt: new Date('2027-01-14T08:00:00Z'), endsAt: new Date('2027-01-15T15:00:00Z') };
    expect(onMeetingDay(meeting, new Date('2027-01-13T22:59:00Z'))).toBe(false);
    expect(onMeetingDay(meeting, new Date('2027-01-13T23:00:00Z'))).toBe(true);
    expect(onMeetingDay(meeting, new Date('2027-01-15T22:59:00Z'))).toBe(true);
    expect(onMeetingDay(meeting, new Date('2027-01-15T23:00:00Z'))).toBe(false);
    expect(onMeetingDay({ startsAt: meeting.startsAt }, new Date('2027-01-14T20:00:00Z'))).toBe(true);
  });
});
