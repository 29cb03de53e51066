import { BigIntType } from '@mikro-orm/core';
import { GraphQLSafeInt } from 'graphql-scalars';

/**
 * Money is an integer number of euro cents, never a floating-point amount.
 *
 * In PostgreSQL it is a `bigint`; in JavaScript a plain `number`, which holds every integer up to
 * 2^53 − 1 exactly (about 90 trillion €). Amounts are capped at LIMITS.amountCents (10 billion €
 * per figure), so even sums over thousands of figures stay exact, and numbers keep the arithmetic
 * and JSON simple where bigint or NUMERIC-as-string would not. GraphQL's `Int` is 32-bit (21.4
 * million € in cents, less than one Graz year), so cents travel as `SafeInt` from graphql-scalars.
 */
export const CentsScalar = GraphQLSafeInt;

export function centsColumn() {
  return new BigIntType('number');
}

/** The only currency Planwerk keeps; the column is there so a file or an export says what it means. */
export const CURRENCY = 'EUR';
