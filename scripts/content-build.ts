// npm run content:build [-- --force] — builds every course in content/ into the configured
// database (unchanged courses are skipped unless --force).
import { loadCourses } from "./load-courses";
import { runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

runCli(async () => {
  await withMigratedDatabase((db) => loadCourses(db, { force: process.argv.includes("--force") }));
});
