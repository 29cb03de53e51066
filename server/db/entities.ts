import { BaseEntity } from '../common/base.entity';
import { Committee } from '../committees/committee.entity';
import { Membership } from '../committees/membership.entity';
import { Contribution } from '../meetings/contribution.entity';
import { Invitation } from '../meetings/invitation.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { Region } from '../regions/region.entity';
import { Position } from '../tables/position.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { Task } from '../tasks/task.entity';
import { MeetingEventRecord } from '../live/meeting-event.entity';
import { Participant } from '../live/participant.entity';
import { PresenceConnection } from '../live/presence-connection.entity';
import { Vote } from '../workshops/vote.entity';
import { Workshop } from '../workshops/workshop.entity';

/** Every entity class; MikroORM gets them by reference because tsx and vitest emit no metadata to scan. */
export const entities = [
  BaseEntity,
  Organization,
  Region,
  Person,
  Committee,
  Membership,
  Meeting,
  Invitation,
  Contribution,
  WorkingTable,
  Position,
  Task,
  MeetingEventRecord,
  Workshop,
  Participant,
  PresenceConnection,
  Vote,
];
