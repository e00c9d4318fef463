// npm run db:migrate — applies pending migrations to the configured database.
import { databaseConfigFromEnv, describeDatabase } from "@/lib/db/config";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { runCli } from "./run-cli";

runCli(async () => {
  const config = databaseConfigFromEnv();
  const database = await openDatabase(config);
  try {
    const applied = await applyMigrations(database.adapter);
    console.log(
      applied.length > 0
        ? `Applied ${applied.length} migration(s) to ${describeDatabase(config)}: ${applied.join(", ")}`
        : `${describeDatabase(config)} is up to date.`,
    );
  } finally {
    await database.close();
  }
});
