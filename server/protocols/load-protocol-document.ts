import type { EntityManager } from '@mikro-orm/postgresql';
import { Committee } from '../committees/committee.entity';
import { findOrFail } from '../common/find';
import type { PartyEntity } from '../common/party';
import { groupByOrganization } from '../meetings/attendance';
import { Attendee } from '../meetings/attendee.entity';
import { Contribution } from '../meetings/contribution.entity';
import { Invitation } from '../meetings/invitation.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Person } from '../people/person.entity';
import { personName } from '../people/person-name';
import { Position } from '../tables/position.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { Task } from '../tasks/task.entity';
import type { ProtocolDocument, ProtocolPoint } from './protocol-document';
import { ProtocolSection } from './protocol-section.entity';

function partyName(party: PartyEntity): string {
  if (party instanceof Person) return personName(party);
  return party instanceof Committee && party.shortName ? `${party.name} (${party.shortName})` : party.name;
}

function invitee(invitation: Invitation): PartyEntity {
  const party =
    invitation.committee?.getEntity() ?? invitation.organization?.getEntity() ?? invitation.person?.getEntity();
  if (!party) throw new Error(`invitation ${invitation.id} names no invitee`);
  return party;
}

function ownerLabel(task: Task): string {
  if (task.ownerLabel) return task.ownerLabel;
  const owner =
    task.ownerCommittee?.getEntity() ?? task.ownerOrganization?.getEntity() ?? task.ownerPerson?.getEntity();
  if (!owner) throw new Error(`task ${task.id} has no owner`);
  return ('shortName' in owner ? owner.shortName : null) ?? partyName(owner);
}

function point(position: Position): ProtocolPoint {
  return { text: position.text, rank: position.rank ?? null, members: [] };
}

/** Hidden cards are moderated away; a blank one (none can be written now) would be an empty bullet. */
function inProtocol(position: Position): boolean {
  return !position.hidden && /\S/.test(position.text);
}

/**
 * Reads everything the protocol of a meeting shows in seven queries, however many tables,
 * points and steps it has: relations are joined into the query of their owner.
 */
export async function loadProtocolDocument(em: EntityManager, meetingId: string): Promise<ProtocolDocument> {
  const meeting = await findOrFail(em, Meeting, meetingId, 'meetingId', {
    populate: ['hostCommittee', 'protocolAuthor'],
  });
  const invitations = await em.find(
    Invitation,
    { meeting },
    { populate: ['committee', 'organization', 'person'], orderBy: { order: 'asc', createdAt: 'asc' } },
  );
  const contributions = await em.find(Contribution, { meeting }, { orderBy: { order: 'asc', createdAt: 'asc' } });
  const attendees = await em.find(Attendee, { meeting, present: true }, { fields: ['name', 'organizationName'] });
  const sections = await em.find(ProtocolSection, { meeting }, { orderBy: { order: 'asc', createdAt: 'asc' } });
  const tables = await em.find(
    WorkingTable,
    { meeting },
    {
      populate: ['positions'],
      orderBy: { order: 'asc', createdAt: 'asc', positions: { order: 'asc', createdAt: 'asc' } },
    },
  );
  const tasks = await em.find(
    Task,
    { meeting },
    { populate: ['ownerCommittee', 'ownerOrganization', 'ownerPerson'], orderBy: { order: 'asc', createdAt: 'asc' } },
  );
  const host = meeting.hostCommittee?.$;
  const author = meeting.protocolAuthor?.$;
  return {
    meetingId: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt?.toISOString() ?? null,
    allDay: meeting.allDay,
    place: meeting.place ?? null,
    description: meeting.description ?? null,
    host: host ? { name: host.name, shortName: host.shortName ?? null, description: host.description ?? null } : null,
    invitees: invitations.map((invitation) => ({
      name: partyName(invitee(invitation)),
      note: invitation.note ?? null,
      guest: invitation.guest,
    })),
    attendees: groupByOrganization(
      attendees.map(({ name, organizationName }) => ({ name, organizationName: organizationName ?? null })),
    ),
    contributions: contributions.map((c) => ({
      title: c.title,
      speaker: c.speakerName ?? null,
      affiliation: c.affiliation ?? null,
      summary: c.summary ?? null,
    })),
    sections: sections.map((s) => ({ title: s.title, body: s.body })),
    workingTables: tables.map((table) => ({
      title: table.title,
      points: table.positions.getItems().filter(inProtocol).map(point),
    })),
    nextSteps: tasks.map((task) => ({
      owner: ownerLabel(task),
      items: task.items,
      dueLabel: task.dueLabel ?? null,
      dueDate: task.dueDate ?? null,
    })),
    author: author ? personName(author) : null,
    footnote: meeting.protocolFootnote ?? null,
  };
}
