// npm run db:seed [-- --demo] — creates the demo class and one account per role. On the
// embedded database this always happens; on a PostgreSQL server only with --demo, so a real
// server never gets demo logins it did not ask for.
import { databaseConfigFromEnv, describeDatabase } from "@/lib/db/config";
import { disconnectDb, getDb } from "@/lib/db/prisma";
import { seedDemoAccounts } from "@/lib/server/seed/demo-accounts";
import { runCli } from "./run-cli";

runCli(async () => {
  const config = databaseConfigFromEnv();
  if (config.kind === "postgres" && !process.argv.includes("--demo")) {
    console.error(`Refusing to add demo accounts to ${describeDatabase(config)} without --demo.`);
    process.exit(2);
  }
  try {
    const { created } = await seedDemoAccounts(await getDb());
    console.log(created.length > 0 ? `Created demo accounts: ${created.join(", ")}` : "Demo accounts already exist.");
  } finally {
    await disconnectDb();
  }
});
