/** The outcome of one item of a batch: its value, or the error that refused it alone. */
export type Outcome<O> = { value: O } | { error: unknown };

interface Waiting<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit per key: while a batch of a key is being written, further items of that key wait
 * and then go together in the next batch. Under contention (twenty people typing into one card)
 * one transaction carries many items instead of each waiting for the row lock in turn; without
 * contention every batch holds one item and nothing waits.
 */
export class KeyedBatches {
  private readonly waiting = new Map<string, Waiting<any, any>[]>();

  run<I, O>(key: string, item: I, work: (items: I[]) => Promise<Outcome<O>[]>): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      const queue = this.waiting.get(key);
      if (queue) {
        queue.push({ item, resolve, reject });
        return;
      }
      this.waiting.set(key, [{ item, resolve, reject }]);
      void this.drain(key, work);
    });
  }

  private async drain<I, O>(key: string, work: (items: I[]) => Promise<Outcome<O>[]>): Promise<void> {
    for (let batch = this.waiting.get(key) ?? []; batch.length > 0; batch = this.waiting.get(key) ?? []) {
      // Items arriving from here on form the next batch.
      this.waiting.set(key, []);
      try {
        const outcomes = await work(batch.map((waiting) => waiting.item));
        batch.forEach((waiting, index) => {
          const outcome = outcomes[index] ?? { error: new Error('the batch gave no outcome for this item') };
          if ('error' in outcome) waiting.reject(outcome.error);
          else waiting.resolve(outcome.value);
        });
      } catch (error) {
        for (const waiting of batch) waiting.reject(error);
      }
    }
    this.waiting.delete(key);
  }
}
