// npm run bank:generate [-- --course SLUG] — regenerates the question bank of every course in
// content/ (or one): rebuilds the course from its sources (storing structure changes, if any),
// generates the bank and stores it by the bank's stability rules.
import { parseOptions } from "./bank-cli-options";
import { loadCourses } from "./load-courses";
import { runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

runCli(async () => {
  const options = parseOptions("npm run bank:generate [-- --course SLUG]", { course: { type: "string" } });
  const loaded = await withMigratedDatabase((db) => loadCourses(db, { force: true, courseSlug: options.course }));
  if (loaded.length === 0) process.exit(2);
});
