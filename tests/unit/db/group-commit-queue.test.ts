import { describe, expect, test } from "vitest";
import { GroupCommitQueue } from "@/lib/db/group-commit-queue";

interface Item {
  key: string;
  value: number;
}

/** A queue whose batches finish only when the test releases them; it records every batch. */
function controlledQueue(options: { maxBatch?: number; fails?: (items: Item[]) => boolean } = {}) {
  const batches: Item[][] = [];
  const releases: Array<() => void> = [];
  const queue = new GroupCommitQueue<Item, string>({
    maxBatch: options.maxBatch ?? 100,
    keyOf: (item) => item.key,
    run: async (items) => {
      batches.push(items);
      await new Promise<void>((resolve) => releases.push(resolve));
      if (options.fails?.(items)) throw new Error("batch failed");
      return items.map((item) => `${item.key}:${item.value}`);
    },
  });
  /** Releases the oldest batch not yet released, once it has started. */
  async function release(): Promise<void> {
    while (releases.length === 0) await new Promise((resolve) => setImmediate(resolve));
    releases.shift()!();
  }
  /** Lets the event loop turn until `count` batches have started. */
  async function started(count: number): Promise<void> {
    while (batches.length < count) await new Promise((resolve) => setImmediate(resolve));
  }
  return { queue, batches, release, started };
}

describe("group commit queue", () => {
  test("a lone item is written at once, in a batch of its own", async () => {
    const { queue, batches, release } = controlledQueue();
    const result = queue.submit({ key: "a", value: 1 });
    await release();
    expect(await result).toBe("a:1");
    expect(batches).toEqual([[{ key: "a", value: 1 }]]);
  });

  test("items submitted in the same turn share one batch; items arriving meanwhile form the next", async () => {
    const { queue, batches, release, started } = controlledQueue();
    const first = [queue.submit({ key: "a", value: 1 }), queue.submit({ key: "b", value: 2 })];
    await started(1);
    const second = [queue.submit({ key: "c", value: 3 }), queue.submit({ key: "d", value: 4 })];
    await new Promise((resolve) => setImmediate(resolve));
    // One batch at a time: the second waits for the first.
    expect(batches).toHaveLength(1);
    await release();
    await release();
    expect(await Promise.all([...first, ...second])).toEqual(["a:1", "b:2", "c:3", "d:4"]);
    expect(batches.map((batch) => batch.map((item) => item.key))).toEqual([["a", "b"], ["c", "d"]]);
  });

  test("items with one key never share a batch and keep their order", async () => {
    const { queue, batches, release } = controlledQueue();
    const results = [queue.submit({ key: "a", value: 1 }), queue.submit({ key: "a", value: 2 }), queue.submit({ key: "b", value: 3 })];
    await release();
    await release();
    expect(await Promise.all(results)).toEqual(["a:1", "a:2", "b:3"]);
    expect(batches.map((batch) => batch.map((item) => item.value))).toEqual([[1, 3], [2]]);
  });

  test("a batch holds at most maxBatch items; the rest form the next ones, in order", async () => {
    const { queue, batches, release } = controlledQueue({ maxBatch: 2 });
    const results = ["a", "b", "c", "d", "e"].map((key, value) => queue.submit({ key, value }));
    for (let index = 0; index < 3; index += 1) await release();
    expect(await Promise.all(results)).toEqual(["a:0", "b:1", "c:2", "d:3", "e:4"]);
    expect(batches.map((batch) => batch.map((item) => item.key))).toEqual([["a", "b"], ["c", "d"], ["e"]]);
  });

  test("when a batch fails its items are retried one by one, so only the bad one fails", async () => {
    const { queue, batches, release } = controlledQueue({ fails: (items) => items.some((item) => item.value < 0) });
    const results = [queue.submit({ key: "a", value: 1 }), queue.submit({ key: "b", value: -1 }), queue.submit({ key: "c", value: 3 })].map((promise) =>
      promise.then(
        (value) => ({ value }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    for (let index = 0; index < 4; index += 1) await release();
    expect(await Promise.all(results)).toEqual([{ value: "a:1" }, { error: "batch failed" }, { value: "c:3" }]);
    expect(batches.map((batch) => batch.length)).toEqual([3, 1, 1, 1]);
  });

  test("a batch that returns the wrong number of results fails rather than misdeliver", async () => {
    const queue = new GroupCommitQueue<Item, string>({ maxBatch: 10, keyOf: (item) => item.key, run: async () => [] });
    await expect(queue.submit({ key: "a", value: 1 })).rejects.toThrow("A batch of 1 returned 0 results");
  });
});
