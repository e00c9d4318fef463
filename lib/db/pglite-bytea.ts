import "server-only";
import type { PGlite, QueryOptions, Transaction } from "@electric-sql/pglite";

/**
 * bytea through PGlite in native code. PGlite sends parameters as text, and both it and the Prisma
 * adapter convert bytea to and from that text one byte at a time in JavaScript (`Array.from`,
 * `parseInt`): storing a 3 MB upload held the server's thread for seconds. Node's hex codec does
 * the same in milliseconds. The text format is PostgreSQL's `\x…` hex form either way.
 */
const BYTEA = 17;

function serializeBytea(value: unknown): string {
  if (!(value instanceof Uint8Array)) throw new Error("Invalid input for bytea type");
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString("hex")}`;
}

/** A plain Uint8Array of its own (not a view on Node's shared Buffer pool), as the adapter gives. */
function parseBytea(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text.slice(2), "hex"));
}

/** Options for PGlite.create: every query of the client, migrations included. */
export const NATIVE_BYTEA = { serializers: { [BYTEA]: serializeBytea }, parsers: { [BYTEA]: parseBytea } };

type Queryable = Pick<PGlite | Transaction, "query">;

function withNativeByteaOptions(options: QueryOptions | undefined): QueryOptions {
  return {
    ...options,
    serializers: { ...options?.serializers, ...NATIVE_BYTEA.serializers },
    parsers: { ...options?.parsers, ...NATIVE_BYTEA.parsers },
  };
}

/** `target` with its query method giving bytea the native conversions, over any per-query options. */
function nativeByteaQueries<T extends Queryable>(target: T, wrapTransaction: boolean): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (property === "query") {
        return (sql: string, params?: unknown[], options?: QueryOptions) => object.query(sql, params, withNativeByteaOptions(options));
      }
      if (wrapTransaction && property === "transaction") {
        return <R>(callback: (tx: Transaction) => Promise<R>) =>
          (object as unknown as PGlite).transaction((tx) => callback(nativeByteaQueries(tx, false)));
      }
      const value: unknown = Reflect.get(object, property, receiver);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

/**
 * The client as the Prisma adapter should see it: the adapter passes its own per-query parsers,
 * bytea's among them, so the native ones are put back on each query (and each transaction's).
 */
export function preferNativeBytea(client: PGlite): PGlite {
  return nativeByteaQueries(client, true);
}
