import { resolveDueLabel } from '../../../schema/deadline';
import type { ProtocolDocument } from '../../../server/protocols/protocol-document';
import type { SeedData } from '../../../server/seed/seed-data';

/**
 * The demo meeting as its protocol document, built from the seed the way the database holds it,
 * with a place, an attendance list and the top five of each table added, as a held workshop has.
 */
export function demoDocument(seed: SeedData): ProtocolDocument {
  const { meeting } = seed;
  const host = seed.committees.find((committee) => committee.key === meeting.host);
  const author = seed.people.find((person) => person.key === meeting.protocolAuthor);
  return {
    meetingId: '00000000-0000-4000-8000-000000000000',
    title: meeting.title,
    startsAt: `${meeting.date}T00:00:00+02:00`,
    endsAt: null,
    allDay: true,
    place: 'Rathaus Zehlendorf, Kirchstraße 1–3',
    description: meeting.description ?? null,
    host: host ? { name: host.name, shortName: host.shortName ?? null, description: host.description ?? null } : null,
    invitees: meeting.invitations.map((invitation) => ({
      name:
        'committee' in invitation ? invitation.committee : 'organization' in invitation ? invitation.organization : '',
      note: invitation.note ?? null,
      guest: invitation.guest ?? false,
    })),
    attendees: [
      { organization: 'Jugendamt Steglitz-Zehlendorf', names: ['Oliver Schruoffenegger', 'Reinhard Hoffmann'] },
      { organization: 'Stadt Graz', names: ['Ingrid Krammer'] },
      { organization: null, names: ['Gast aus Mitte'] },
    ],
    contributions: meeting.contributions.map((c) => ({
      title: c.title,
      speaker: c.speakerName,
      affiliation: c.affiliation ?? null,
      summary: c.summary ?? null,
    })),
    sections: [{ title: 'Diskussion', body: 'Eine angeregte Diskussion.\n\n- kein Punkt eines Tisches' }],
    workingTables: meeting.workingTables.map((table) => ({
      title: table.title,
      points: table.positions.map((text, index) => ({ text, rank: index < 5 ? 5 - index : null, members: [] })),
    })),
    nextSteps: meeting.tasks.map((task) => ({
      owner: task.ownerLabel,
      items: task.items,
      dueLabel: task.dueLabel,
      dueDate: resolveDueLabel(task.dueLabel),
    })),
    author: author?.name ?? null,
    footnote: meeting.protocolFootnote ?? null,
  };
}
