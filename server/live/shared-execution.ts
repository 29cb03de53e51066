import {
  createSourceEventStream,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  type FieldNode,
  getOperationAST,
  Kind,
  print,
  visit,
} from 'graphql';
import type { LiveEvent } from './meeting-event.type';

type Result = ExecutionResult | Promise<ExecutionResult>;

export interface SharedSubscribeOptions {
  /** The subscription field whose events are the same for every subscriber. */
  fieldName: string;
  /** A fresh context for executing one event (its own EntityManager); never a subscriber's. */
  createContext: () => unknown | Promise<unknown>;
  /** Executed events a group keeps for subscribers that are behind (replays, slow sockets). */
  cacheSize?: number;
}

/** Subscribers with the same document and variables (apart from the root field's arguments). */
class Group {
  subscribers = 0;
  private readonly results = new Map<string, Result>();

  constructor(
    private readonly args: ExecutionArgs,
    private readonly options: SharedSubscribeOptions,
  ) {}

  /**
   * The result of `event`, executed once for the whole group; once executed, the result itself
   * rather than its promise, so that the rest of the group takes it without a further await.
   */
  resultFor(event: LiveEvent): Result {
    const key = `${event.meetingId}:${event.seq}`;
    let result = this.results.get(key);
    if (!result) {
      const executing = Promise.resolve(this.options.createContext()).then((contextValue) =>
        execute({ ...this.args, rootValue: event, contextValue }),
      );
      executing.then(
        (done) => this.results.get(key) === executing && this.results.set(key, done),
        () => {},
      );
      result = executing;
      this.results.set(key, result);
      if (this.results.size > (this.options.cacheSize ?? 256)) {
        this.results.delete(this.results.keys().next().value as string);
      }
    }
    return result;
  }
}

/**
 * A `subscribe` for graphql-ws that executes each event of `fieldName` once per distinct
 * (document, variables) and hands every subscriber the same result, instead of executing the
 * selection set once per subscriber. Each subscriber still gets its own source stream (its replay,
 * its checks); only the per-event execution is shared. That is sound because event payloads are
 * the same for every viewer: whatever differs per viewer is asked with queries, not carried here.
 * Other subscriptions run as graphql-js would run them.
 */
export function createSharedSubscribe(options: SharedSubscribeOptions) {
  const groups = new Map<string, Group>();

  return async function subscribe(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in source)) return source;
    const operation = getOperationAST(args.document, args.operationName);
    const root = operation?.selectionSet.selections[0];
    if (!operation || root?.kind !== Kind.FIELD || root.name.value !== options.fieldName) {
      return mapIterator(
        source,
        (payload) => execute({ ...args, rootValue: payload }),
        () => {},
      );
    }
    const key = groupKey(args, root);
    let group = groups.get(key);
    if (!group) {
      group = new Group(args, options);
      groups.set(key, group);
    }
    group.subscribers += 1;
    const joined = group;
    return mapIterator(
      source as AsyncIterable<LiveEvent>,
      (event) => joined.resultFor(event),
      () => {
        joined.subscribers -= 1;
        if (joined.subscribers === 0 && groups.get(key) === joined) groups.delete(key);
      },
    );
  };
}

/**
 * What the per-event result depends on: the document and the variables used below the root
 * field. The root field's own arguments (meeting, afterSeq) only choose the source stream.
 */
function groupKey(args: ExecutionArgs, root: FieldNode): string {
  const used = new Set<string>();
  const collect = (node: Parameters<typeof visit>[0]) =>
    visit(node, {
      Variable(variable) {
        used.add(variable.name.value);
      },
    });
  collect({ ...root, arguments: [] });
  for (const definition of args.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) collect(definition);
  }
  const variables = args.variableValues ?? {};
  const relevant = [...used].sort().map((name) => [name, variables[name]]);
  return `${args.operationName ?? ''}\u0000${print(args.document)}\u0000${JSON.stringify(relevant)}`;
}

/** Maps a source stream to results; `onEnd` runs once when the subscriber goes, however it goes. */
function mapIterator<T>(
  source: AsyncIterable<T>,
  map: (value: T) => Result,
  onEnd: () => void,
): AsyncIterableIterator<ExecutionResult> {
  const iterator = source[Symbol.asyncIterator]();
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    onEnd();
  };
  // Promise chains rather than async functions: this runs per subscriber and event.
  const fail = (error: unknown): never => {
    end();
    throw error;
  };
  const toStep = (value: ExecutionResult): IteratorResult<ExecutionResult> => ({ value, done: false });
  return {
    next() {
      return iterator.next().then((step) => {
        if (step.done) {
          end();
          return { value: undefined, done: true };
        }
        let result: Result;
        try {
          result = map(step.value);
        } catch (error) {
          return fail(error);
        }
        return 'then' in result ? result.then(toStep, fail) : toStep(result);
      }, fail);
    },
    async return() {
      end();
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error) {
      end();
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
