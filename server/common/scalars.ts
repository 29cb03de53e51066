import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';

/** Calendar day `YYYY-MM-DD`; the domain keeps such days as strings to stay clear of time zones. */
export const DateScalar = GraphQLDate;
export const DateTimeScalar = GraphQLDateTime;

/** `YYYY-MM-DD` of a value the Date scalar parsed (always UTC midnight). */
export function toIsoDay(value: Date): string {
  return value.toISOString().slice(0, 10);
}
