import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { getLearnerToday } from "@/lib/server/home/get-learner-today";
import { getOrganisationSettings } from "@/lib/server/organisation/get-organisation-settings";
import { updateOrganisationSettings } from "@/lib/server/organisation/update-organisation-settings";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

describe("organisation settings: 学习积分 on or off", () => {
  let testDb: TestDatabase;
  let admin: Actor;
  let instructor: Actor;
  let learner: Actor;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    [admin, instructor, learner] = [await createUser(testDb.db, "ADMIN"), await createUser(testDb.db, "INSTRUCTOR"), await createUser(testDb.db, "LEARNER")];
  });
  afterAll(async () => {
    await testDb.close();
  });

  async function writes() {
    return { rows: await testDb.db.organisationSettings.count(), audit: await testDb.db.auditLog.count() };
  }

  test("points are on until an administrator turns them off", async () => {
    expect(await getOrganisationSettings(testDb.db)).toEqual({ pointsEnabled: true });
    expect((await getLearnerToday(testDb.db, learner)).points).toEqual({ today: 0, total: 0, streak: 0 });
  });

  test.each([
    ["a learner", () => learner, {}, "只有管理员可以修改单位设置"],
    ["an instructor", () => instructor, {}, "只有管理员可以修改单位设置"],
    ["a forged switch value", () => admin, { pointsEnabled: "yes" }, "学习积分开关的取值无效"],
    ["a switch sent twice as a list", () => admin, { pointsEnabled: ["on", "on"] }, "学习积分开关的取值无效"],
  ])("%s is refused in Chinese and nothing is written", async (_case, actor, input, message) => {
    const before = await writes();
    expect(await updateOrganisationSettings(testDb.db, { actor: actor(), input })).toMatchObject({ ok: false, error: message });
    expect(await writes()).toEqual(before);
    expect(await getOrganisationSettings(testDb.db)).toEqual({ pointsEnabled: true });
  });

  test("an administrator turns points off (learners' home has none) and on again, each change audited", async () => {
    expect(await updateOrganisationSettings(testDb.db, { actor: admin, input: {} })).toEqual({ ok: true, settings: { pointsEnabled: false } });
    expect(await getOrganisationSettings(testDb.db)).toEqual({ pointsEnabled: false });
    expect((await getLearnerToday(testDb.db, learner)).points).toBeNull();

    expect(await updateOrganisationSettings(testDb.db, { actor: admin, input: { pointsEnabled: "on" } })).toEqual({ ok: true, settings: { pointsEnabled: true } });
    expect((await getLearnerToday(testDb.db, learner)).points).not.toBeNull();
    expect(await testDb.db.organisationSettings.count()).toBe(1);

    // Both within the same millisecond, possibly: compared as a set.
    const audit = await testDb.db.auditLog.findMany({ where: { action: "organisation.update_settings" } });
    expect(audit).toHaveLength(2);
    expect(audit.map((entry) => [entry.actorId, entry.before, entry.after])).toEqual(
      expect.arrayContaining([
        [admin.id, { pointsEnabled: true }, { pointsEnabled: false }],
        [admin.id, { pointsEnabled: false }, { pointsEnabled: true }],
      ]),
    );
  });
});
