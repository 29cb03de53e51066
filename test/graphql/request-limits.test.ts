import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { assertAffordable } from '../../server/graphql/request-limits';

// Each list multiplies its selection by ten: five nested lists cost well over the limit of 20,000.
const schema = buildSchema('type Node { name: String, children: [Node] } type Query { nodes: [Node] }');
const query = parse(`query Deep($deep: Boolean!) { nodes { name children @include(if: $deep) {
  children { children { children { name } } } } } }`);

describe('assertAffordable', () => {
  it('decides by the variables of each request, also when the same document comes again', () => {
    expect(() => assertAffordable(schema, query, 'Deep', { deep: false })).not.toThrow();
    expect(() => assertAffordable(schema, query, 'Deep', { deep: true })).toThrow(/exceeds the limit/);
    expect(() => assertAffordable(schema, query, 'Deep', { deep: false })).not.toThrow();
    expect(() => assertAffordable(schema, query, 'Deep', { deep: true })).toThrow(/exceeds the limit/);
  });
});
