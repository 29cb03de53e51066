import { AuditEntry } from '../audit/audit-entry.entity';
import { Account } from '../auth/account.entity';
import { AccountInvitation } from '../auth/account-invitation.entity';
import { Guest } from '../auth/guest.entity';
import { Session } from '../auth/session.entity';
import { Budget } from '../budget/budget.entity';
import { BudgetFigure } from '../budget/budget-figure.entity';
import { CaseStatistics } from '../budget/case-statistics.entity';
import { ProviderFunding } from '../budget/provider-funding.entity';
import { RegionRecord } from '../budget/region-record.entity';
import { ServiceArea } from '../budget/service-area.entity';
import { CalendarFeed } from '../calendars/calendar-feed.entity';
import { Committee } from '../committees/committee.entity';
import { Membership } from '../committees/membership.entity';
import { BaseEntity } from '../common/base.entity';
import { MeetingEventRecord } from '../live/meeting-event.entity';
import { Participant } from '../live/participant.entity';
import { PresenceConnection } from '../live/presence-connection.entity';
import { Attendee } from '../meetings/attendee.entity';
import { Contribution } from '../meetings/contribution.entity';
import { Invitation } from '../meetings/invitation.entity';
import { Meeting } from '../meetings/meeting.entity';
import { MeetingRole } from '../meetings/meeting-role.entity';
import { MeetingTemplate } from '../meetings/meeting-template.entity';
import { Notification } from '../notifications/notification.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { ProtocolSection } from '../protocols/protocol-section.entity';
import { ProtocolVersion } from '../protocols/protocol-version.entity';
import { Region } from '../regions/region.entity';
import { DeletedPosition } from '../tables/deleted-position.entity';
import { Position } from '../tables/position.entity';
import { WorkingTable } from '../tables/working-table.entity';
import { Task } from '../tasks/task.entity';
import { TaskProgress } from '../tasks/task-progress.entity';
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
  DeletedPosition,
  Task,
  ProtocolSection,
  ProtocolVersion,
  TaskProgress,
  Notification,
  CalendarFeed,
  ServiceArea,
  RegionRecord,
  BudgetFigure,
  CaseStatistics,
  ProviderFunding,
  Budget,
  Account,
  AccountInvitation,
  Guest,
  Session,
  MeetingRole,
  AuditEntry,
  MeetingEventRecord,
  Workshop,
  Participant,
  PresenceConnection,
  Vote,
  MeetingTemplate,
  Attendee,
];
