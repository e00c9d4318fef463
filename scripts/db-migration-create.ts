// npm run db:migration:create -- NAME — writes prisma/migrations/<timestamp>_NAME/migration.sql
// for the changes made to prisma/schema.prisma since the last migration.
import { createMigration } from "@/lib/db/migrate";
import { openDatabase } from "@/lib/db/open-database";
import { runCli } from "./run-cli";

runCli(async () => {
  const name = process.argv[2];
  if (!name) throw new Error("Usage: npm run db:migration:create -- NAME");
  const scratch = await openDatabase({ kind: "pglite", dataDir: "memory://" });
  try {
    const folder = await createMigration(scratch.adapter, name);
    console.log(folder ? `Created ${folder}/migration.sql` : "The schema has no changes: no migration created.");
  } finally {
    await scratch.close();
  }
});
