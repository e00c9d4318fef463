import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDisplayPreferences } from "@/lib/server/settings/get-display-preferences";
import { getLearnerSettings } from "@/lib/server/settings/get-learner-settings";
import { updateDisplayPreferences } from "@/lib/server/settings/update-display-preferences";
import { updateLearnerSettings } from "@/lib/server/settings/update-learner-settings";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUser } from "../support/fixtures";

describe("显示设置: colour scheme and large text per user", () => {
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("a user follows the device with normal text until they choose; the choice is theirs alone", async () => {
    const [learner, other] = [await createUser(testDb.db, "LEARNER"), await createUser(testDb.db, "INSTRUCTOR")];
    expect(await getDisplayPreferences(testDb.db, learner)).toEqual({ colorScheme: "SYSTEM", largeText: false });

    expect(await updateDisplayPreferences(testDb.db, { actor: learner, input: { colorScheme: "DARK", largeText: "on" } })).toEqual({ ok: true, preferences: { colorScheme: "DARK", largeText: true } });
    expect(await getDisplayPreferences(testDb.db, learner)).toEqual({ colorScheme: "DARK", largeText: true });
    expect(await getDisplayPreferences(testDb.db, other)).toEqual({ colorScheme: "SYSTEM", largeText: false });

    // An unticked checkbox sends nothing: large text is off again.
    await updateDisplayPreferences(testDb.db, { actor: learner, input: { colorScheme: "LIGHT" } });
    expect(await getDisplayPreferences(testDb.db, learner)).toEqual({ colorScheme: "LIGHT", largeText: false });
  });

  test("display and learning settings share a row without overwriting each other", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    await updateLearnerSettings(testDb.db, { actor: learner, input: { desiredRetention: "0.85", newCardsPerDay: "7", reviewsPerDay: "70", dailyQuizSize: "8" } });
    await updateDisplayPreferences(testDb.db, { actor: learner, input: { colorScheme: "DARK", largeText: "on" } });
    expect(await getLearnerSettings(testDb.db, learner)).toMatchObject({ desiredRetention: 0.85, newCardsPerDay: 7, reviewsPerDay: 70, dailyQuizSize: 8 });
    await updateLearnerSettings(testDb.db, { actor: learner, input: { desiredRetention: "0.9", newCardsPerDay: "20", reviewsPerDay: "200", dailyQuizSize: "10" } });
    expect(await getDisplayPreferences(testDb.db, learner)).toEqual({ colorScheme: "DARK", largeText: true });
  });

  // Security catalogue (docs/SECURITY.md, 显示设置): forged form values are refused and change nothing.
  test("a forged colour scheme or checkbox value is refused in Chinese and nothing is written", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    await updateDisplayPreferences(testDb.db, { actor: learner, input: { colorScheme: "DARK", largeText: "on" } });
    const before = await testDb.db.learnerSettings.findUniqueOrThrow({ where: { userId: learner.id } });
    const cases: [Record<string, unknown>, string, string][] = [
      [{ colorScheme: "dark" }, "colorScheme", "请选择显示主题：跟随系统、浅色或深色"],
      [{ colorScheme: "SEPIA", largeText: "on" }, "colorScheme", "请选择显示主题：跟随系统、浅色或深色"],
      [{}, "colorScheme", "请选择显示主题：跟随系统、浅色或深色"],
      [{ colorScheme: "LIGHT\u0000" }, "colorScheme", "请选择显示主题：跟随系统、浅色或深色"],
      [{ colorScheme: ["LIGHT", "DARK"] }, "colorScheme", "请选择显示主题：跟随系统、浅色或深色"],
      [{ colorScheme: "LIGHT", largeText: "yes" }, "largeText", "大字模式的取值无效"],
      [{ colorScheme: "LIGHT", largeText: "x".repeat(100_000) }, "largeText", "大字模式的取值无效"],
    ];
    for (const [input, field, message] of cases) {
      expect(await updateDisplayPreferences(testDb.db, { actor: learner, input })).toMatchObject({ ok: false, error: message, errors: { [field]: message } });
    }
    expect(await testDb.db.learnerSettings.findUniqueOrThrow({ where: { userId: learner.id } })).toEqual(before);
  });
});
