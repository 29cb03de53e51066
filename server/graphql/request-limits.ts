import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  isListType,
  isNonNullType,
  NoSchemaIntrospectionCustomRule,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { QueryTooComplexError } from '../errors';

/**
 * How big a request may be. The demo meeting's full query asked through the `meetings` list
 * (test/meetings/demo-meeting.test.ts: depth 5, cost 7,551, 101 tokens) fits with room to spare;
 * what is refused only an attacker sends.
 */
export const REQUEST_LIMITS = {
  /** Nesting of selections. */
  depth: 10,
  /** Aliased fields per operation: they multiply work without making the document bigger. */
  aliases: 15,
  /** Directives per operation. */
  directives: 10,
  /** Lexical tokens per document, checked while parsing. */
  tokens: 2_000,
  /** Estimated cost: 1 per field, and a list field counts its selection LIST_FACTOR times. */
  cost: 20_000,
  /** Bytes of a request body or WebSocket message. */
  bodyBytes: 256 * 1024,
} as const;

const LIST_FACTOR = 10;

/** Fields that return lists cost their selection ten times over; a field may set its own `complexity`. */
const listEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  let type = field.type;
  if (isNonNullType(type)) type = type.ofType;
  return 1 + childComplexity * (isListType(type) ? LIST_FACTOR : 1);
};

function report(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new QueryTooComplexError(error.message.replace(/^Syntax Error: /, '')));
}

const refuse = () => ({ onReject: [report], propagateOnRejection: false });

/** Token limit for graphql-js's parser; graphql-armor's own token plugin cannot return a coded error from Apollo's parsing hook. */
export const parseOptions: ParseOptions = { maxTokens: REQUEST_LIMITS.tokens };

/**
 * The cost of each recently asked (document, operation, variables), by parsed document: Apollo's
 * document store and the WebSocket server's document cache hand out the same DocumentNode for the
 * same query text, so a client repeating its board query skips the walk over the whole document
 * with type information that estimating takes. Variables are part of the key because field
 * arguments and @include/@skip may change the cost; each document keeps a bounded number of them,
 * and long variables (a card's text) are not kept at all: such requests rarely repeat.
 */
const costs = new WeakMap<DocumentNode, LRUCache<string, number>>();
const COSTS_PER_DOCUMENT = 100;
const MAX_COST_KEY = 1_000;

function costOf(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number | null {
  let known = costs.get(query);
  if (!known) {
    known = new LRUCache({ max: COSTS_PER_DOCUMENT });
    costs.set(query, known);
  }
  const key = JSON.stringify([operationName ?? null, variables ?? null]);
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query,
      operationName,
      variables,
      estimators: [fieldExtensionsEstimator(), listEstimator],
    });
  } catch {
    return null;
  }
  if (key.length <= MAX_COST_KEY) known.set(key, cost);
  return cost;
}

/**
 * Refuses an operation whose estimated cost (graphql-query-complexity, type-graphql's choice)
 * exceeds the limit. It needs the request's variables, so it runs per request rather than as a
 * validation rule. Variables that do not fit the operation are left to execution to refuse.
 */
export function assertAffordable(
  schema: GraphQLSchema,
  query: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): void {
  const cost = costOf(schema, query, operationName, variables);
  if (cost !== null && cost > REQUEST_LIMITS.cost)
    throw new QueryTooComplexError(`Query cost ${cost} exceeds the limit of ${REQUEST_LIMITS.cost}`);
}

/**
 * graphql-armor (depth, aliases, directives; field suggestions hidden when introspection is off)
 * as Apollo plugins and validation rules; the WebSocket server applies the same rules.
 */
export function requestLimits({ introspection }: { introspection: boolean }) {
  const armor = new ApolloArmor({
    // Depth counts fields, not fragment spreads: a client that names its fragments pays nothing extra.
    maxDepth: { n: REQUEST_LIMITS.depth, flattenFragments: true, ...refuse() },
    maxAliases: { n: REQUEST_LIMITS.aliases, ...refuse() },
    maxDirectives: { n: REQUEST_LIMITS.directives, ...refuse() },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: !introspection },
  }).protect();
  const validationRules: ValidationRule[] = [...armor.validationRules];
  if (!introspection) validationRules.push(NoSchemaIntrospectionCustomRule);
  return { plugins: armor.plugins, validationRules };
}
