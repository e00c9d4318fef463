// npm run srs:optimize [-- --user EMAIL] — optimises the FSRS parameters of one learner (or of
// every learner with enough reviews) from their review history, keeping the new parameters
// only when they predict that history better (log loss) than the ones in use.
import type { Actor } from "@/lib/auth/roles";
import { optimizeLearnerParameters, OPTIMISE_MIN_REVIEWS } from "@/lib/server/srs/optimize-learner-parameters";
import { parseOptions } from "./bank-cli-options";
import { runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

const USAGE = "npm run srs:optimize [-- --user EMAIL]";

runCli(async () => {
  const options = parseOptions(USAGE, { user: { type: "string" } });
  await withMigratedDatabase(async (db) => {
    const email = options.user?.trim().toLowerCase();
    const users = email
      ? await db.user.findMany({ where: { email }, select: { id: true, name: true, email: true, role: true } })
      : await db.$queryRaw<Actor[]>`
          SELECT u."id", u."name", u."email", u."role" FROM "User" u
          WHERE (SELECT count(*) FROM "ReviewLog" r WHERE r."userId" = u."id") >= ${OPTIMISE_MIN_REVIEWS}
          ORDER BY u."email"`;
    if (email && users.length === 0) {
      console.error(`No user with the email ${email}`);
      process.exitCode = 2;
      return;
    }
    if (users.length === 0) console.log(`No learner has ${OPTIMISE_MIN_REVIEWS} reviews yet.`);
    let kept = 0;
    for (const user of users) {
      const started = performance.now();
      const result = await optimizeLearnerParameters(db, user);
      const ms = Math.round(performance.now() - started);
      if (!result.ok) {
        console.log(`${user.email}: ${result.reason === "NOT_ENOUGH_REVIEWS" ? `${result.reviewCount} reviews, needs ${OPTIMISE_MIN_REVIEWS}` : `optimiser failed: ${result.message}`}`);
        continue;
      }
      if (result.kept === "candidate") kept += 1;
      console.log(
        `${user.email}: ${result.reviewCount} reviews, log loss ${result.currentLogLoss.toFixed(4)} (current) vs ${result.candidateLogLoss.toFixed(4)} (optimised): ${result.kept === "candidate" ? "new parameters saved" : "current parameters kept"} (${ms} ms)`,
      );
    }
    console.log(JSON.stringify({ learners: users.length, parameters_updated: kept }));
  });
});
