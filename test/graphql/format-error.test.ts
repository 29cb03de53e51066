import { OptimisticLockError } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../server/errors';
import { formatError } from '../../server/graphql/format-error';

/** What graphql-js hands to formatError for an error thrown inside a resolver. */
function fromResolver(original: Error) {
  const error = new GraphQLError(original.message, { path: ['meeting'], originalError: original });
  return {
    formatted: { ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
    error,
  };
}

describe('formatError', () => {
  it('hides an unexpected error behind INTERNAL_SERVER_ERROR without message or stack', () => {
    const { formatted, error } = fromResolver(new Error('connection to 10.0.0.5 refused, password=secret'));
    expect(formatError(formatted, error)).toEqual({
      message: 'Internal server error',
      locations: undefined,
      path: ['meeting'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('passes a coded Planwerk error through without its stack', () => {
    const { formatted, error } = fromResolver(new NotFoundError('Meeting', 'x'));
    formatted.extensions = { ...new NotFoundError('Meeting', 'x').extensions, stacktrace: ['at y'] } as never;
    expect(formatError(formatted, error).extensions).toEqual({ code: 'NOT_FOUND', entity: 'Meeting', id: 'x' });
  });

  it('names the first invalid field of a validation failure, nested fields as a dotted path', () => {
    const validation = new ArgumentValidationError([
      {
        property: 'owner',
        children: [{ property: 'name', constraints: { isNotEmpty: 'name should not be empty' }, children: [] }],
      },
    ] as never);
    const { formatted, error } = fromResolver(validation);
    expect(formatError(formatted, error)).toMatchObject({
      message: 'name should not be empty',
      extensions: { code: 'BAD_USER_INPUT', field: 'owner.name' },
    });
  });

  it('reports a lost optimistic lock as CONFLICT', () => {
    const { formatted, error } = fromResolver(new OptimisticLockError('version mismatch'));
    expect(formatError(formatted, error).extensions?.code).toBe('CONFLICT');
  });
});
