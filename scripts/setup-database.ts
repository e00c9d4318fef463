import { databaseConfigFromEnv, describeDatabase, type DatabaseConfig } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { createPrismaClient, type Db } from "@/lib/db/prisma";

/**
 * Opens the configured database, applies pending migrations, runs `work`, and closes it again
 * (the embedded database may be open in one process at a time).
 */
export async function withMigratedDatabase<T>(work: (db: Db, config: DatabaseConfig) => Promise<T>): Promise<T> {
  const config = databaseConfigFromEnv();
  console.log(`▸ Database: ${describeDatabase(config)}`);
  const database = await openDatabase(config);
  try {
    const applied = await applyMigrations(database.adapter);
    if (applied.length > 0) console.log(`▸ Applied migrations: ${applied.join(", ")}`);
    const db = createPrismaClient(database);
    try {
      return await work(db, config);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.close();
  }
}
