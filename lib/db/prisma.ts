import "server-only";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseConfigFromEnv, type DatabaseConfig } from "./config";
import { openDatabase, type OpenedDatabase } from "./open-database";

export type Db = PrismaClient;

interface Connection {
  database: OpenedDatabase;
  prisma: PrismaClient;
}

// Kept on globalThis: Next.js may load this module more than once in one server process,
// and an embedded database folder must be opened only once.
const holder = globalThis as { __dangkeConnection?: Promise<Connection> };

/** The one Prisma client of this process, for the database the environment configures. */
export async function getDb(): Promise<Db> {
  holder.__dangkeConnection ??= connect(databaseConfigFromEnv()).catch((error: unknown) => {
    holder.__dangkeConnection = undefined;
    throw error;
  });
  return (await holder.__dangkeConnection).prisma;
}

/**
 * How long an interactive transaction may wait for a connection and then run. Prisma's
 * defaults (2 s and 5 s) fail a learner's answer on a busy server: a burst of answers from one
 * learner queues on their PointsDay row lock and on the pool, and a loaded 2-core machine runs
 * each query slower. Waiting is the right outcome there; an error is not.
 */
export const TRANSACTION_DEFAULTS = { maxWait: 15_000, timeout: 30_000 } as const;

/** Builds a Prisma client over an opened database; only this module and tests call it. */
export function createPrismaClient(database: OpenedDatabase): PrismaClient {
  return new PrismaClient({ adapter: database.adapter, transactionOptions: TRANSACTION_DEFAULTS });
}

async function connect(config: DatabaseConfig): Promise<Connection> {
  const database = await openDatabase(config);
  return { database, prisma: createPrismaClient(database) };
}

/** Closes this process's connection (scripts and tests call it before exiting). */
export async function disconnectDb(): Promise<void> {
  const pending = holder.__dangkeConnection;
  holder.__dangkeConnection = undefined;
  if (!pending) return;
  const { database, prisma } = await pending;
  await prisma.$disconnect();
  await database.close();
}
