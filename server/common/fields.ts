import { IsOptional, MaxLength } from 'class-validator';
import { Field } from 'type-graphql';

/**
 * Optional free text of at most `max` characters (a place, a summary, an affiliation): the GraphQL
 * field and its validation in one, so every input that takes such text checks it alike. Null or
 * left out clears or skips it.
 */
export function OptionalText(max: number, options: { description?: string } = {}): PropertyDecorator {
  return (target, key) => {
    Field(() => String, { nullable: true, ...options })(target, key);
    IsOptional()(target, key);
    MaxLength(max)(target, key);
  };
}
