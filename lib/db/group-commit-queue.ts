import "server-only";
/**
 * Group commit: requests that arrive while the database is busy are written together, in one
 * batch, instead of one round trip each. A request never waits for a timer: when no batch is
 * running, one starts at the end of the current turn of the event loop with what has arrived by
 * then; while it runs, the next requests queue, and the next batch takes them all. So one
 * learner's answer costs what it did alone, and fifty at once cost a few statements
 * (bench:answer, docs/BENCHMARKS.md: one batch at a time was faster than two side by side).
 *
 * Items with the same key (e.g. the same learner) never share a batch: the later waits for the
 * next one, in arrival order, so each sees the writes of the one before.
 *
 * If a batch fails, its items are retried one by one, so one bad item fails alone.
 */
export interface GroupCommitOptions<Item, Result> {
  /** Writes a batch (items with distinct keys); returns one result per item, in order. */
  run(items: Item[]): Promise<Result[]>;
  keyOf(item: Item): string;
  /** Most items in one batch. */
  maxBatch: number;
}

interface Pending<Item, Result> {
  item: Item;
  key: string;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

type Outcome<Result> = { result: Result } | { error: unknown };

export class GroupCommitQueue<Item, Result> {
  private readonly queue: Array<Pending<Item, Result>> = [];
  private running = false;
  private scheduled = false;

  constructor(private readonly options: GroupCommitOptions<Item, Result>) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.queue.push({ item, key: this.options.keyOf(item), resolve, reject });
      if (!this.scheduled && !this.running) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.startBatch();
        });
      }
    });
  }

  private startBatch(): void {
    if (this.running) return;
    const batch = this.takeBatch();
    if (batch.length === 0) return;
    this.running = true;
    void this.runBatch(batch).then((outcomes) => {
      // The next batch goes to the database before this one's callers get their results, so
      // the database works while they are answered.
      this.running = false;
      this.startBatch();
      batch.forEach((entry, index) => {
        const outcome = outcomes[index]!;
        if ("result" in outcome) entry.resolve(outcome.result);
        else entry.reject(outcome.error);
      });
    });
  }

  /** The oldest queued items, one per key; the rest stay queued in order. */
  private takeBatch(): Array<Pending<Item, Result>> {
    const batch: Array<Pending<Item, Result>> = [];
    const taken = new Set<string>();
    let kept = 0;
    for (const entry of this.queue) {
      if (batch.length < this.options.maxBatch && !taken.has(entry.key)) {
        batch.push(entry);
        taken.add(entry.key);
      } else {
        this.queue[kept++] = entry;
      }
    }
    this.queue.length = kept;
    return batch;
  }

  /** Each item's result or error; never rejects. */
  private async runBatch(batch: Array<Pending<Item, Result>>): Promise<Array<Outcome<Result>>> {
    try {
      const results = await this.options.run(batch.map((entry) => entry.item));
      if (results.length !== batch.length) throw new Error(`A batch of ${batch.length} returned ${results.length} results`);
      return results.map((result) => ({ result }));
    } catch (error) {
      if (batch.length === 1) return [{ error }];
      const outcomes: Array<Outcome<Result>> = [];
      for (const entry of batch) {
        try {
          const [result] = await this.options.run([entry.item]);
          outcomes.push({ result: result! });
        } catch (alone) {
          outcomes.push({ error: alone });
        }
      }
      return outcomes;
    }
  }
}
