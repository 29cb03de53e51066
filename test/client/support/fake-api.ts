import { cacheExchange } from '@urql/exchange-graphcache';
import { Client, type Exchange, type ExecutionResult, fetchExchange, subscriptionExchange } from 'urql';
import { expect } from 'vitest';
import { cacheConfig } from '../../../client/api/cache';

export type Body = { data?: unknown; errors?: unknown[] };
type Answer = (variables: Record<string, unknown>) => Body | Promise<Body>;
type Answers = [operationName: string, answer: Answer][];

/**
 * A urql client with the app's cache configuration over a fake API: each operation name gets
 * its answer (pairs, since operation names are PascalCase and Biome takes such keys for components); `requests` lists the operations that reached the "server", in order.
 */
export function clientAnswering(...answerList: Answers) {
  return fakeClient(answerList, []);
}

/**
 * As `clientAnswering`, with a live link: `push` sends a subscription result to every open
 * subscription, `open()` counts them and `variables` holds what each one was started with.
 */
export function clientWithLive(...answerList: Answers) {
  const sinks = new Set<{ next: (result: ExecutionResult) => void }>();
  const variables: Record<string, unknown>[] = [];
  const live = subscriptionExchange({
    forwardSubscription: (request) => ({
      subscribe: (sink) => {
        sinks.add(sink);
        variables.push(request.variables ?? {});
        return { unsubscribe: () => sinks.delete(sink) };
      },
    }),
  });
  const push = (result: ExecutionResult) => {
    for (const sink of sinks) sink.next(result);
  };
  return { ...fakeClient(answerList, [live]), push, open: () => sinks.size, variables };
}

function fakeClient(answerList: Answers, liveExchanges: Exchange[]) {
  const answers = new Map(answerList);
  const requests: string[] = [];
  const client = new Client({
    url: 'http://planwerk.test/graphql',
    preferGetMethod: false,
    exchanges: [cacheExchange(cacheConfig), fetchExchange, ...liveExchanges],
    fetch: async (_url, init) => {
      const { operationName, variables } = JSON.parse(String(init?.body)) as {
        operationName: string;
        variables: Record<string, unknown>;
      };
      requests.push(operationName);
      const answer = answers.get(operationName);
      if (!answer) throw new Error(`no answer for ${operationName}`);
      return new Response(JSON.stringify(await answer(variables)), { headers: { 'content-type': 'application/json' } });
    },
  });
  return { client, requests };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Follows a query's results; `latest()` is what a component would render now. */
export function watch<T>(source: {
  subscribe: (onResult: (result: { data?: T }) => void) => { unsubscribe: () => void };
}) {
  let data: T | undefined;
  source.subscribe((result) => {
    data = result.data ?? data;
  });
  return { latest: () => data };
}

export const until = (condition: () => boolean) => expect.poll(condition, { timeout: 2_000, interval: 5 }).toBe(true);
