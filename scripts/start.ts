// npm start — migrates the database, loads the courses in content/ (when changed) and (on the embedded database) the
// demo accounts, builds the app if its build is missing or stale, and serves it on HOST:PORT (127.0.0.1 unless HOST
// is set). Demo accounts are for a try-out on this machine: a server bound beyond it is never given them, and refuses
// to start while one still has its published password.
// npm run dev — the same with Next.js in development mode instead of a production build.
// The server is scripts/serve.ts: Next.js behind the app's HTTP edge (lib/http/server.ts).
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseConfigFromEnv } from "@/lib/db/config";
import { bindHost, isLoopbackHost, localUrl } from "@/lib/http/bind-address";
import { DEMO_ACCOUNTS, DEMO_CLASS, demoAccountsWanted, findDemoAccountsWithDemoPasswords, seedDemoAccounts } from "@/lib/server/seed/demo-accounts";
import { loadCourses } from "./load-courses";
import { withMigratedDatabase } from "./setup-database";
import { buildAppIfStale } from "./app-build";
import { waitUntilServing } from "./wait-until-serving";
import { CommandRefusal, runCli } from "./run-cli";
import { superviseServer } from "./supervise-server";
import { SERVER_ONLY_OUTSIDE_NEXT } from "./tsx-entry";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT) || 3000;
const host = bindHost();
const reachableFromOutside = !isLoopbackHost(host);
const serveArgs = ["--import", "tsx", "--import", SERVER_ONLY_OUTSIDE_NEXT, path.join("scripts", "serve.ts"), "--port", String(port), "--hostname", host, ...(dev ? ["--dev"] : [])];

runCli(async () => {
  const demo = demoAccountsWanted({ host, databaseKind: databaseConfigFromEnv().kind, seedDemo: process.env.SEED_DEMO });
  // The embedded database can be open in one process only, so set-up finishes and closes
  // it before the server opens it.
  await withMigratedDatabase(async (db) => {
    if (demo) {
      const { created } = await seedDemoAccounts(db);
      if (created.length > 0) console.log(`▸ Created demo accounts: ${created.join(", ")}`);
    }
    if (reachableFromOutside) await refuseExposedDemoAccounts(db);
    await loadCourses(db);
  });

  const env = serverEnv();
  if (!dev) buildAppIfStale(env);

  const server = spawn(process.execPath, serveArgs, { stdio: ["ignore", "inherit", "inherit"], env: { ...env, NODE_ENV: dev ? "development" : "production" } });
  const stopped = superviseServer(server);
  await waitUntilServing(localUrl(host, port, "/login"), server);
  printWelcome(demo);
  await stopped;
});

async function refuseExposedDemoAccounts(db: Parameters<typeof findDemoAccountsWithDemoPasswords>[0]): Promise<void> {
  const exposed = await findDemoAccountsWithDemoPasswords(db);
  if (exposed.length === 0) return;
  throw new CommandRefusal(
    `服务将在 ${host} 上对外开放，但演示账号 ${exposed.join("、")} 仍使用公开的演示密码，任何人都能登录。` +
      `请先修改这些账号的密码（或停用它们），或者去掉 HOST 只在本机试用。\n` +
      `Refusing to listen on ${host}: the demo accounts ${exposed.join(", ")} still have the passwords printed in the README. ` +
      `Change or deactivate them first, or unset HOST to try Dangke on this machine only.`,
  );
}

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
  const address = reachableFromOutside ? `http://${host.includes(":") ? `[${host}]` : host}:${port}` : `http://localhost:${port}`;
  console.log(`\n党课学堂 is running: ${address}\n`);
  if (!demo) return;
  console.log("Demo logins (演示账号):");
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.role.padEnd(10)} ${account.email.padEnd(26)} ${account.password}`);
  }
  console.log(`  Class invite code for registration (班级邀请码): ${DEMO_CLASS.inviteCode}\n`);
}
