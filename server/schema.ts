import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AuditResolver } from './audit/audit.resolver';
import { AccountResolver } from './auth/account.resolver';
import { AuthResolver } from './auth/auth.resolver';
import { GuestResolver } from './auth/guest.resolver';
import { MeResolver } from './auth/me.resolver';
import { SessionResolver } from './auth/session.resolver';
import { BudgetResolver } from './budget/budget.resolver';
import { BudgetFigureResolver } from './budget/budget-figure.resolver';
import { BudgetViewResolver } from './budget/budget-view.resolver';
import { CaseStatisticsResolver } from './budget/case-statistics.resolver';
import { ProviderFundingResolver } from './budget/provider-funding.resolver';
import { BudgetFigureRecordResolver, CaseStatisticsRecordResolver } from './budget/region-record.resolver';
import { ServiceAreaResolver } from './budget/service-area.resolver';
import { CalendarFeedResolver } from './calendars/calendar-feed.resolver';
import { CommitteeResolver } from './committees/committee.resolver';
import { MembershipResolver } from './committees/membership.resolver';
import { MeetingEvent } from './live/meeting-event.type';
import { MeetingEventsResolver } from './live/meeting-events.resolver';
import { ParticipantResolver } from './live/participant.resolver';
import { ContributionResolver } from './meetings/contribution.resolver';
import { InvitationResolver } from './meetings/invitation.resolver';
import { MeetingResolver } from './meetings/meeting.resolver';
import { MeetingJoinResolver } from './meetings/meeting-join.resolver';
import { MeetingRoleResolver } from './meetings/meeting-role.resolver';
import { NotificationResolver } from './notifications/notification.resolver';
import { OrganizationResolver } from './organizations/organization.resolver';
import { PersonResolver } from './people/person.resolver';
import { ProtocolImportResolver } from './protocols/import/protocol-import.resolver';
import { ProtocolResolver } from './protocols/protocol.resolver';
import { createPubSub, type PubSub } from './pubsub';
import { RegionResolver } from './regions/region.resolver';
import { PositionResolver } from './tables/position.resolver';
import { PositionDocResolver } from './tables/position-doc.resolver';
import { WorkingTableResolver } from './tables/working-table.resolver';
import { DueTasksResolver } from './tasks/due-tasks.resolver';
import { TaskResolver } from './tasks/task.resolver';
import { TaskProgressHistoryResolver, TaskProgressResolver } from './tasks/task-progress.resolver';
import { PositionWorkshopResolver } from './workshops/position-workshop.resolver';
import { VotingResolver } from './workshops/voting.resolver';
import { MeetingWorkshopResolver, WorkshopResolver } from './workshops/workshop.resolver';

export const resolvers = [
  OrganizationResolver,
  PersonResolver,
  RegionResolver,
  CommitteeResolver,
  MembershipResolver,
  MeetingResolver,
  InvitationResolver,
  ContributionResolver,
  WorkingTableResolver,
  PositionResolver,
  TaskResolver,
  ProtocolResolver,
  ProtocolImportResolver,
  TaskProgressResolver,
  TaskProgressHistoryResolver,
  DueTasksResolver,
  NotificationResolver,
  CalendarFeedResolver,
  ServiceAreaResolver,
  BudgetFigureResolver,
  BudgetFigureRecordResolver,
  CaseStatisticsResolver,
  CaseStatisticsRecordResolver,
  ProviderFundingResolver,
  BudgetResolver,
  BudgetViewResolver,
  AuthResolver,
  MeResolver,
  AccountResolver,
  SessionResolver,
  GuestResolver,
  MeetingRoleResolver,
  MeetingJoinResolver,
  AuditResolver,
  MeetingEventsResolver,
  PositionDocResolver,
  ParticipantResolver,
  WorkshopResolver,
  MeetingWorkshopResolver,
  VotingResolver,
  PositionWorkshopResolver,
] as const;

/** The schema over `pubSub`, which type-graphql's topic-based subscriptions publish through. */
export function buildPlanwerkSchema(pubSub: PubSub = createPubSub()): Promise<GraphQLSchema> {
  return buildSchema({ resolvers: [...resolvers], validate: true, pubSub, orphanedTypes: liveEventTypes() });
}

/**
 * The event types of every feature: nothing refers to them by name (the subscription returns the
 * MeetingEvent interface), so type-graphql is told about them, found by what they implement.
 */
function liveEventTypes(): Function[] {
  return getMetadataStorage()
    .objectTypes.filter((type) => type.interfaceClasses?.includes(MeetingEvent))
    .map((type) => type.target);
}

/** The schema as committed in schema/schema.graphql: sorted, so the file changes only with the schema. */
export function printPlanwerkSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
