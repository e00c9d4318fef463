import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/server/accounts/authenticate";
import { createAdministrator } from "@/lib/server/accounts/create-administrator";
import { DEMO_ACCOUNTS, demoAccountsWanted, findDemoAccountsWithDemoPasswords, seedDemoAccounts } from "@/lib/server/seed/demo-accounts";
import { createTestDatabase, testDatabaseKind, type TestDatabase } from "@/tests/support/test-database";
import { SERVER_ONLY_OUTSIDE_NEXT } from "@/scripts/tsx-entry";

describe("deployment defaults", () => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("demo accounts are created only for a try-out on this machine, never on an address others reach", () => {
    expect(demoAccountsWanted({ host: "127.0.0.1", databaseKind: "pglite" })).toBe(true);
    expect(demoAccountsWanted({ host: "localhost", databaseKind: "postgres", seedDemo: "1" })).toBe(true);
    expect(demoAccountsWanted({ host: "127.0.0.1", databaseKind: "postgres" })).toBe(false);
    for (const host of ["0.0.0.0", "::", "192.168.1.20", "dangke.example.org"]) {
      expect(demoAccountsWanted({ host, databaseKind: "pglite" })).toBe(false);
      expect(demoAccountsWanted({ host, databaseKind: "postgres", seedDemo: "1" })).toBe(false);
    }
  });

  test("demo accounts that still have their published passwords are found, changed or deactivated ones are not", async () => {
    await seedDemoAccounts(testDb.db);
    expect(await findDemoAccountsWithDemoPasswords(testDb.db)).toEqual(DEMO_ACCOUNTS.map((account) => account.email));
    await testDb.db.user.update({ where: { email: "admin@dangke.local" }, data: { passwordHash: await hashPassword("a-changed-admin-pass") } });
    await testDb.db.user.update({ where: { email: "learner@dangke.local" }, data: { active: false } });
    expect(await findDemoAccountsWithDemoPasswords(testDb.db)).toEqual(["instructor@dangke.local"]);
  });

  test("the first administrator is created with a chosen password that passes the policy, and can sign in", async () => {
    const result = await createAdministrator(testDb.db, { email: "Chief@Example.org", name: "组织部", password: "branch-secretary-2026" });
    expect(result).toMatchObject({ ok: true, email: "chief@example.org" });
    const user = await testDb.db.user.findUniqueOrThrow({ where: { email: "chief@example.org" } });
    expect(user).toMatchObject({ role: "ADMIN", active: true, mustChangePassword: false });
    expect((await authenticate(testDb.db, { email: "chief@example.org", password: "branch-secretary-2026", address: "deploy-test" })).ok).toBe(true);
    expect(await testDb.db.auditLog.count({ where: { action: "user.create", entityId: user.id, actorId: null } })).toBe(1);
  });

  test.each([
    [{ email: "weak@example.org", name: "管理员", password: "admin123" }, "password", "密码至少 10 位"],
    [{ email: "weak@example.org", name: "管理员", password: "password123!" }, "password", "这是常见密码，容易被猜中，请换一个"],
    [{ email: "chief@example.org", name: "另一个", password: "another-strong-pass" }, "email", "该邮箱已有账号"],
    [{ email: "not-an-email", name: "管理员", password: "another-strong-pass" }, "email", "邮箱格式不正确"],
    [{ email: "weak@example.org", name: "", password: "another-strong-pass" }, "name", "请输入姓名"],
  ])("a bad administrator %# is refused in Chinese and creates nothing", async (input, field, message) => {
    const before = await testDb.db.user.count();
    expect(await createAdministrator(testDb.db, input)).toMatchObject({ ok: false, errors: { [field]: message } });
    expect(await testDb.db.user.count()).toBe(before);
  });
});

// npm start itself, on an embedded database folder: independent of the database kind, so once.
describe.runIf(testDatabaseKind() === "pglite")("npm start on an address beyond this machine", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dangke-deploy-"));
  const tsx = path.join("node_modules", "tsx", "dist", "cli.mjs");
  const run = (script: string, args: string[], env: Record<string, string>, input?: string) =>
    spawnSync(process.execPath, [tsx, "--import", SERVER_ONLY_OUTSIDE_NEXT, script, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", ...env },
      encoding: "utf8",
      input,
      timeout: 240_000,
    });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  test("refuses to start while a demo account has its published password, and says why in Chinese", () => {
    expect(run("scripts/db-migrate.ts", [], {}).status).toBe(0);
    expect(run("scripts/db-seed.ts", [], {}).status).toBe(0);
    const started = run("scripts/start.ts", [], { HOST: "0.0.0.0", PORT: "1" });
    expect(started.status).not.toBe(0);
    expect(started.stderr).toContain("仍使用公开的演示密码");
    expect(started.stderr).not.toMatch(/\n\s+at /);
  });

  test("admin:create takes the password from standard input and refuses a weak one without creating anyone", () => {
    const weak = run("scripts/admin-create.ts", ["--email", "root@example.org", "--name", "管理员", "--password-stdin"], {}, "12345678\n");
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toContain("未创建管理员");
    const good = run("scripts/admin-create.ts", ["--email", "root@example.org", "--name", "管理员", "--password-stdin"], {}, "a-long-party-secret\n");
    expect(good.status).toBe(0);
    expect(good.stdout).toContain("已创建管理员 root@example.org");
  });
});
