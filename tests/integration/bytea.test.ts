// bytea through the configured database: on PGlite the conversions are Node's hex codec
// (lib/db/pglite-bytea.ts) instead of PGlite's and the adapter's byte-by-byte ones; every byte
// value, an empty value and a megabyte come back as written, in and out of transactions.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb.close();
});

const everyByte = Uint8Array.from({ length: 512 }, (_, index) => index % 256);
const megabyte = Uint8Array.from({ length: 1 << 20 }, (_, index) => (index * 7919) % 251);

async function readBack(documentId: string, index: number): Promise<Uint8Array> {
  const part = await testDb.db.sourceDocumentPart.findUniqueOrThrow({ where: { documentId_index: { documentId, index } } });
  expect(part.bytes).toBeInstanceOf(Uint8Array);
  return part.bytes;
}

test("every byte value, an empty value and a megabyte are stored and read back exactly", async () => {
  await testDb.db.sourceDocumentPart.createMany({
    data: [
      { documentId: "doc_bytes", index: 0, bytes: everyByte },
      { documentId: "doc_bytes", index: 1, bytes: new Uint8Array() },
      { documentId: "doc_bytes", index: 2, bytes: megabyte },
    ],
  });
  expect([...(await readBack("doc_bytes", 0))]).toEqual([...everyByte]);
  expect((await readBack("doc_bytes", 1)).byteLength).toBe(0);
  expect(Buffer.from(await readBack("doc_bytes", 2)).equals(Buffer.from(megabyte))).toBe(true);
  const [stored] = await testDb.db.$queryRaw<{ length: number }[]>`SELECT length("bytes") AS length FROM "SourceDocumentPart" WHERE "documentId" = 'doc_bytes' AND "index" = 2`;
  expect(Number(stored?.length)).toBe(megabyte.byteLength);
});

test("inside a transaction, and through a raw statement, bytes keep their values", async () => {
  const read = await testDb.db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "SourceDocumentPart" ("documentId", "index", "bytes") VALUES ('doc_tx', 0, ${everyByte})`;
    return tx.sourceDocumentPart.findUniqueOrThrow({ where: { documentId_index: { documentId: "doc_tx", index: 0 } } });
  });
  expect([...read.bytes]).toEqual([...everyByte]);
  const [encoded] = await testDb.db.$queryRaw<{ hex: string }[]>`SELECT encode("bytes", 'hex') AS hex FROM "SourceDocumentPart" WHERE "documentId" = 'doc_tx'`;
  expect(encoded?.hex).toBe(Buffer.from(everyByte).toString("hex"));
});
