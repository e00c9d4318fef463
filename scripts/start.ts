// npm start — migrates the database, loads the courses in content/ (when changed) and (on the embedded database) the
// demo accounts, builds the app if its build is missing or stale, and serves it on PORT.
// npm run dev — the same with Next.js in development mode instead of a production build.
// The server is scripts/serve.ts: Next.js behind the app's own HTTP server.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseConfigFromEnv } from "@/lib/db/config";
import { DEMO_ACCOUNTS, DEMO_CLASS, seedDemoAccounts } from "@/lib/server/seed/demo-accounts";
import { loadCourses } from "./load-courses";
import { withMigratedDatabase } from "./setup-database";
import { buildAppIfStale } from "./app-build";
import { waitUntilServing } from "./wait-until-serving";
import { runCli } from "./run-cli";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT) || 3000;
const serveArgs = ["--import", "tsx", path.join("scripts", "serve.ts"), "--port", String(port), ...(dev ? ["--dev"] : [])];

runCli(async () => {
  const demo = databaseConfigFromEnv().kind === "pglite" || process.env.SEED_DEMO === "1";
  // The embedded database can be open in one process only, so set-up finishes and closes
  // it before the server opens it.
  await withMigratedDatabase(async (db) => {
    if (demo) {
      const { created } = await seedDemoAccounts(db);
      if (created.length > 0) console.log(`▸ Created demo accounts: ${created.join(", ")}`);
    }
    await loadCourses(db);
  });

  const env = serverEnv();
  if (!dev) buildAppIfStale(env);

  const server = spawn(process.execPath, serveArgs, { stdio: ["ignore", "inherit", "inherit"], env: { ...env, NODE_ENV: dev ? "development" : "production" } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  await waitUntilServing(`http://localhost:${port}/login`, server);
  printWelcome(demo);
  const code = await new Promise<number>((resolve) => server.on("exit", (exitCode) => resolve(exitCode ?? 0)));
  if (code !== 0) throw new Error(`The server exited with code ${code}`);
});

function serverEnv(): NodeJS.ProcessEnv {
  const dataDir = path.resolve(process.env.DATA_DIR?.trim() || ".data");
  return {
    ...process.env,
    DATA_DIR: dataDir,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(dataDir),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** A random session-signing secret kept in the data folder, so sessions survive restarts. */
function persistentSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}



function printWelcome(demo: boolean): void {
  console.log(`\n党课学堂 is running: http://localhost:${port}\n`);
  if (!demo) return;
  console.log("Demo logins (演示账号):");
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.role.padEnd(10)} ${account.email.padEnd(26)} ${account.password}`);
  }
  console.log(`  Class invite code for registration (班级邀请码): ${DEMO_CLASS.inviteCode}\n`);
}
