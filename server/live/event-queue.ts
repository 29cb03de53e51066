/**
 * A push-to-pull queue: the live feed pushes, graphql-ws pulls with `for await`. Hand-written
 * instead of a Repeater because it sits on the hot path of every subscriber of a meeting and must
 * end a subscriber that falls too far behind rather than buffer without bound.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | null = null;
  private drained: (() => void)[] = [];
  private closed = false;
  private failure: unknown = null;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly overflowError: () => Error,
  ) {}

  get ended(): boolean {
    return this.closed;
  }

  push(item: T): void {
    if (this.closed) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value: item, done: false });
      return;
    }
    this.items.push(item);
    if (this.items.length > this.limit) this.fail(this.overflowError());
  }

  /** Ends the queue with an error the consumer sees after the items already queued. */
  fail(error: unknown): void {
    if (this.closed) return;
    this.failure = error;
    this.items = [];
    this.finish();
  }

  /** Runs `cleanup` once when the queue ends, however it ends. */
  onEnd(cleanup: () => void): void {
    if (this.closed) cleanup();
    else this.cleanups.push(cleanup);
  }

  /** Resolves when the consumer has taken every queued item (for paced replays). */
  whenDrained(): Promise<void> {
    if (this.items.length === 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.drained.push(resolve));
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) {
      const value = this.items.shift() as T;
      if (this.items.length === 0) this.wakeDrained();
      return Promise.resolve({ value, done: false });
    }
    if (this.closed) {
      if (this.failure !== null) {
        const error = this.failure;
        this.failure = null;
        return Promise.reject(error);
      }
      return Promise.resolve({ value: undefined, done: true });
    }
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.items = [];
    this.failure = null;
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.wakeDrained();
    if (this.waiting) {
      const { resolve, reject } = this.waiting;
      this.waiting = null;
      if (this.failure !== null) {
        reject(this.failure);
        this.failure = null;
      } else resolve({ value: undefined, done: true });
    }
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  private wakeDrained(): void {
    for (const resolve of this.drained.splice(0)) resolve();
  }
}
