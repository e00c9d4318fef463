import { describe, expect, test } from "vitest";
import { examMistakesFileable, learnerMaySeeKey, type OpenExamExposure } from "@/lib/quizzes/key-visibility";

const CLOSES = new Date("2026-03-01T12:00:00Z");
const DURING = new Date("2026-03-01T10:00:00Z");
const AFTER = new Date("2026-03-01T12:00:00Z");
const exam = (overrides: Partial<OpenExamExposure> = {}): OpenExamExposure => ({ resultPolicy: "AFTER_CLOSE", closesAt: CLOSES, handedInWithQuestion: false, ...overrides });

describe("key visibility", () => {
  test("a draft's key is never shown; an active or retired question in no open exam shows it", () => {
    expect(learnerMaySeeKey({ status: "DRAFT" }, [], DURING)).toBe(false);
    expect(learnerMaySeeKey({ status: "ACTIVE" }, [], DURING)).toBe(true);
    expect(learnerMaySeeKey({ status: "RETIRED" }, [], DURING)).toBe(true);
  });

  test.each(["IMMEDIATELY", "AFTER_CLOSE", "NEVER"] as const)("%s: hidden during the window until a paper holding it is handed in", (resultPolicy) => {
    expect(learnerMaySeeKey({ status: "ACTIVE" }, [exam({ resultPolicy })], DURING)).toBe(false);
    expect(learnerMaySeeKey({ status: "ACTIVE" }, [exam({ resultPolicy })], AFTER)).toBe(true);
  });

  test("after hand-in only IMMEDIATELY shows the key inside the window", () => {
    expect(learnerMaySeeKey({ status: "ACTIVE" }, [exam({ resultPolicy: "IMMEDIATELY", handedInWithQuestion: true })], DURING)).toBe(true);
    expect(learnerMaySeeKey({ status: "ACTIVE" }, [exam({ resultPolicy: "AFTER_CLOSE", handedInWithQuestion: true })], DURING)).toBe(false);
    expect(learnerMaySeeKey({ status: "ACTIVE" }, [exam({ resultPolicy: "NEVER", handedInWithQuestion: true })], DURING)).toBe(false);
  });

  test("every open exam holding the question must allow it", () => {
    const shown = exam({ resultPolicy: "IMMEDIATELY", handedInWithQuestion: true });
    expect(learnerMaySeeKey({ status: "ACTIVE" }, [shown, exam({ closesAt: new Date("2026-03-02T00:00:00Z") })], AFTER)).toBe(false);
  });

  test("exam mistakes are fileable when the paper's answers are shown", () => {
    expect(examMistakesFileable("IMMEDIATELY", CLOSES, DURING)).toBe(true);
    expect(examMistakesFileable("AFTER_CLOSE", CLOSES, DURING)).toBe(false);
    expect(examMistakesFileable("AFTER_CLOSE", CLOSES, AFTER)).toBe(true);
    expect(examMistakesFileable("NEVER", CLOSES, AFTER)).toBe(false);
  });
});
