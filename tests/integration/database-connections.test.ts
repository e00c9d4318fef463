import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "../support/test-database";

/**
 * The server's connections to PostgreSQL: connections the server ends while they are idle (a
 * restart, an administrator's pg_terminate_backend) must not end the process, and the next
 * requests are served on new ones.
 */
describe.runIf(testDatabaseKind() === "postgres")("database connections", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb?.close();
  });

  test("idle connections the server terminates are replaced, and the next queries are answered", async () => {
    const { db } = testDb;
    const backends = async () => (await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
    // Hold four transactions open together, so that the pool opens four connections; then let them go idle.
    let arrived = 0;
    let allArrived!: () => void;
    const barrier = new Promise<void>((resolve) => (allArrived = resolve));
    const opened = new Set(
      await Promise.all(
        Array.from({ length: 4 }, () =>
          db.$transaction(async (tx) => {
            const pid = (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
            if (++arrived === 4) allArrived();
            await barrier;
            return pid;
          }),
        ),
      ),
    );
    expect(opened.size).toBe(4);
    const ended = await db.$queryRaw<{ ended: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid()`;
    expect(ended.filter((row) => row.ended).length).toBeGreaterThanOrEqual(3);
    // The pool notices the ended connections as their sockets close; until then a query may
    // still be handed one of them, and fails like any lost connection.
    await expect.poll(async () => {
      const answered = await Promise.allSettled(Array.from({ length: 4 }, () => backends()));
      return answered.every((result) => result.status === "fulfilled");
    }).toBe(true);
    expect(await db.$transaction(async (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
  });
});
