import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { CommitteeResolver } from './committees/committee.resolver';
import { MembershipResolver } from './committees/membership.resolver';
import { ContributionResolver } from './meetings/contribution.resolver';
import { InvitationResolver } from './meetings/invitation.resolver';
import { MeetingResolver } from './meetings/meeting.resolver';
import { OrganizationResolver } from './organizations/organization.resolver';
import { PersonResolver } from './people/person.resolver';
import { RegionResolver } from './regions/region.resolver';
import { PositionResolver } from './tables/position.resolver';
import { WorkingTableResolver } from './tables/working-table.resolver';
import { TaskResolver } from './tasks/task.resolver';
import { MeetingEvent } from './live/meeting-event.type';
import { MeetingEventsResolver } from './live/meeting-events.resolver';
import { PositionDocResolver } from './tables/position-doc.resolver';
import { ParticipantResolver } from './live/participant.resolver';
import { PositionWorkshopResolver } from './workshops/position-workshop.resolver';
import { VotingResolver } from './workshops/voting.resolver';
import { MeetingWorkshopResolver, WorkshopResolver } from './workshops/workshop.resolver';
import type { Topics } from './pubsub';

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
  MeetingEventsResolver,
  PositionDocResolver,
  ParticipantResolver,
  WorkshopResolver,
  MeetingWorkshopResolver,
  VotingResolver,
  PositionWorkshopResolver,
] as const;

/**
 * The schema; `pubSub` is what type-graphql hands to topic-based subscriptions (the live bus in
 * the server; printing the schema needs none and gets an in-memory one).
 */
export function buildPlanwerkSchema(pubSub: PubSub<Topics> = createPubSub()): Promise<GraphQLSchema> {
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
