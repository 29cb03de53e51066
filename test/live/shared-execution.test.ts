import {
  type ExecutionResult,
  GraphQLBoolean,
  GraphQLID,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../server/live/event-queue';
import { createSharedSubscribe } from '../../server/live/shared-execution';

/** A schema with a meetingEvents subscription whose text resolver counts how often it runs. */
function fixture() {
  const streams = new Set<EventQueue<object>>();
  const counter = { executions: 0 };
  const Event = new GraphQLObjectType({
    name: 'Event',
    fields: {
      seq: { type: GraphQLInt },
      text: {
        type: GraphQLString,
        args: { loud: { type: GraphQLBoolean } },
        resolve: (event: { text: string }, { loud }) => {
          counter.executions += 1;
          return loud ? event.text.toUpperCase() : event.text;
        },
      },
    },
  });
  const stream = () => {
    const queue = new EventQueue<object>(100, () => new Error('overflow'));
    streams.add(queue);
    queue.onEnd(() => streams.delete(queue));
    return queue;
  };
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        meetingEvents: {
          type: Event,
          args: { meetingId: { type: new GraphQLNonNull(GraphQLID) }, afterSeq: { type: GraphQLInt } },
          subscribe: stream,
          resolve: (event) => event,
        },
        other: { type: Event, subscribe: stream, resolve: (event) => event },
      },
    }),
  });
  const subscribe = createSharedSubscribe({ fieldName: 'meetingEvents', createContext: () => ({}) });
  const open = async (query: string, variableValues: Record<string, unknown>) =>
    (await subscribe({ schema, document: parse(query), variableValues })) as AsyncIterableIterator<ExecutionResult>;
  const publish = (seq: number) => {
    for (const queue of streams) queue.push({ meetingId: 'm', seq, text: `Punkt ${seq}` });
  };
  return { counter, open, publish };
}

const QUERY = `subscription ($m: ID!, $after: Int, $loud: Boolean) { meetingEvents(meetingId: $m, afterSeq: $after) { seq text(loud: $loud) } }`;

describe('shared execution of meeting events', () => {
  it('executes each event once for all subscribers of one document and hands them the same result', async () => {
    const { counter, open, publish } = fixture();
    const subscribers = await Promise.all([0, 3, 7].map((after) => open(QUERY, { m: 'm', after, loud: false })));
    publish(1);
    publish(2);
    const results = await Promise.all(subscribers.map(async (s) => [(await s.next()).value, (await s.next()).value]));
    expect(counter.executions).toBe(2);
    expect(results[0]![0]).toEqual({ data: { meetingEvents: { seq: 1, text: 'Punkt 1' } } });
    expect(results[1]![0]).toBe(results[0]![0]);
    expect(results[2]![1]).toBe(results[0]![1]);
    for (const s of subscribers) await s.return!();
  });

  it('executes apart for subscribers whose variables change the selection, or whose document differs', async () => {
    const { counter, open, publish } = fixture();
    const quiet = await open(QUERY, { m: 'm', loud: false });
    const loud = await open(QUERY, { m: 'm', loud: true });
    const other = await open(`subscription { meetingEvents(meetingId: "m") { seq text } }`, {});
    publish(1);
    expect((await loud.next()).value).toEqual({ data: { meetingEvents: { seq: 1, text: 'PUNKT 1' } } });
    expect((await quiet.next()).value).toEqual({ data: { meetingEvents: { seq: 1, text: 'Punkt 1' } } });
    await other.next();
    expect(counter.executions).toBe(3);
    for (const s of [quiet, loud, other]) await s.return!();
  });

  it('runs other subscriptions once per subscriber, as graphql-js does', async () => {
    const { counter, open, publish } = fixture();
    const first = await open(`subscription { other { text } }`, {});
    const second = await open(`subscription { other { text } }`, {});
    publish(1);
    await first.next();
    await second.next();
    expect(counter.executions).toBe(2);
  });

  it('returns the errors of a subscription that cannot start', async () => {
    const { open } = fixture();
    const result = (await open(QUERY, {})) as ExecutionResult;
    expect(result.errors?.[0]?.message).toMatch(/\$m/);
  });
});
