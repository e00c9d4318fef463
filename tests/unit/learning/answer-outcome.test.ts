import { describe, expect, it } from "vitest";
import { answerOutcome, practiceBehaviour, type AnswerContexts, type AnswerOutcome, type AnsweringMode } from "@/lib/learning/answer-outcome";
import { mistakeEntryAfter, type MistakeEntryState } from "@/lib/learning/mistake-streak";
import type { LearnerResponse, QuestionKey } from "@/lib/questions/types";
import { SLOW_ANSWER_MS } from "@/lib/srs";

const options = [
  { key: "A", text: "形式主义" },
  { key: "B", text: "官僚主义" },
  { key: "C", text: "拜金主义" },
];

/** One question of each type, and what a learner gives for it: right, wrong and (where the type has it) partly right. */
const QUESTIONS: Record<QuestionKey["type"], { key: QuestionKey; right: LearnerResponse; wrong: LearnerResponse; partial?: LearnerResponse }> = {
  SINGLE_CHOICE: { key: { type: "SINGLE_CHOICE", options, answer: ["B"] }, right: ["B"], wrong: ["A"] },
  MULTIPLE_CHOICE: { key: { type: "MULTIPLE_CHOICE", options, answer: ["A", "B"] }, right: ["B", "A"], wrong: ["C"], partial: ["A"] },
  TRUE_FALSE: { key: { type: "TRUE_FALSE", options: [], answer: false }, right: false, wrong: true },
  FILL_BLANK: {
    key: { type: "FILL_BLANK", options: [], answer: ["60多年", "群众路线"], acceptedAnswers: [["60多年", "六十多年"], ["群众路线"]] },
    right: ["六十多年", "群众路线"],
    wrong: ["", "思想路线"],
    partial: ["60多年", ""],
  },
  SHORT_ANSWER: { key: { type: "SHORT_ANSWER", options: [], answer: "全心全意为人民服务。", keyPoints: ["宗旨"] }, right: "为人民服务", wrong: "不知道" },
};

const QUICK = 5_000;

/**
 * The table: per type, response and behaviour, what the answer does. Partial credit (多选 has
 * none: a partly right 多选 is wrong) is wrong for the card, the 错题本 and points, and keeps its
 * fraction as the score. A 简答 waits (practice, review: for the learner; exam: for a mark).
 */
type Row = [type: QuestionKey["type"], given: "right" | "wrong" | "partial", grade: AnswerOutcome["grade"]["status"], score: number | null, correct: boolean | null];
const GRADES: Row[] = [
  ["SINGLE_CHOICE", "right", "correct", 1, true],
  ["SINGLE_CHOICE", "wrong", "incorrect", 0, false],
  ["MULTIPLE_CHOICE", "right", "correct", 1, true],
  ["MULTIPLE_CHOICE", "wrong", "incorrect", 0, false],
  ["MULTIPLE_CHOICE", "partial", "incorrect", 0, false],
  ["TRUE_FALSE", "right", "correct", 1, true],
  ["TRUE_FALSE", "wrong", "incorrect", 0, false],
  ["FILL_BLANK", "right", "correct", 1, true],
  ["FILL_BLANK", "wrong", "incorrect", 0, false],
  ["FILL_BLANK", "partial", "partial", 0.5, false],
  ["SHORT_ANSWER", "right", "self-graded", null, null],
  ["SHORT_ANSWER", "wrong", "self-graded", null, null],
];

function given(type: QuestionKey["type"], which: Row[1]): LearnerResponse {
  return QUESTIONS[type][which]!;
}

describe("answerOutcome: every type × behaviour", () => {
  describe.each(GRADES)("%s answered %s", (type, which, status, score, correct) => {
    const { key } = QUESTIONS[type];
    const response = given(type, which);
    const waits = correct === null;

    it("practice: graded at once; a right answer is Good and earns 练习答对, a wrong one is Again and files the question", () => {
      expect(answerOutcome(key, response, "practice", { mode: "PRACTICE", durationMs: QUICK })).toEqual({
        grade: expect.objectContaining({ status, score }),
        correct,
        rating: waits ? null : correct ? "GOOD" : "AGAIN",
        mistake: waits ? "none" : correct ? "advance" : "enter",
        points: correct ? { activity: "PRACTICE", worth: 1 } : null,
      });
    });

    it("review (复习): as practice, the points counting as 复习", () => {
      expect(answerOutcome(key, response, "review", { durationMs: QUICK })).toEqual({
        grade: expect.objectContaining({ status, score }),
        correct,
        rating: waits ? null : correct ? "GOOD" : "AGAIN",
        mistake: waits ? "none" : correct ? "advance" : "enter",
        points: correct ? { activity: "REVIEW", worth: 1 } : null,
      });
    });

    it.each([true, false])("exam (results shown at hand-in: %s): Good or Again, the 错题本 only when shown, no points per answer", (mistakesFileable) => {
      expect(answerOutcome(key, response, "exam", { mistakesFileable })).toEqual({
        grade: expect.objectContaining({ status, score }),
        correct,
        rating: waits ? null : correct ? "GOOD" : "AGAIN",
        mistake: waits || !mistakesFileable ? "none" : correct ? "advance" : "enter",
        points: null,
      });
    });

    it("practice and review: a right answer given slowly is Hard (typed answers have longer)", () => {
      const slow = (type === "FILL_BLANK" ? SLOW_ANSWER_MS.typed : SLOW_ANSWER_MS.choice) + 1;
      const notSlow = type === "FILL_BLANK" ? SLOW_ANSWER_MS.typed : SLOW_ANSWER_MS.choice;
      for (const [behaviour, context] of [
        ["practice", { mode: "PRACTICE" }],
        ["review", {}],
      ] as const) {
        expect(answerOutcome(key, response, behaviour, { ...context, mode: "PRACTICE", durationMs: slow }).rating).toBe(waits ? null : correct ? "HARD" : "AGAIN");
        expect(answerOutcome(key, response, behaviour, { ...context, mode: "PRACTICE", durationMs: notSlow }).rating).toBe(waits ? null : correct ? "GOOD" : "AGAIN");
        expect(answerOutcome(key, response, behaviour, { ...context, mode: "PRACTICE", durationMs: null }).rating).toBe(waits ? null : correct ? "GOOD" : "AGAIN");
      }
    });
  });

  describe("self-rated: a 简答 the learner rates after seeing the model answer", () => {
    const { key, wrong } = QUESTIONS.SHORT_ANSWER;
    it.each(["HARD", "GOOD", "EASY"] as const)("%s is right: score 1, the card moves by it, the streak advances, the mode's points", (rating) => {
      expect(answerOutcome(key, wrong, "self-rated", { mode: "PRACTICE", rating })).toEqual({
        grade: { status: "correct", score: 1 },
        correct: true,
        rating,
        mistake: "advance",
        points: { activity: "PRACTICE", worth: 1 },
      });
    });
    it("AGAIN (没记住) is wrong: score 0, Again, the question is filed, no points", () => {
      expect(answerOutcome(key, wrong, "self-rated", { mode: "REVIEW", rating: "AGAIN" })).toEqual({
        grade: { status: "incorrect", score: 0 },
        correct: false,
        rating: "AGAIN",
        mistake: "enter",
        points: null,
      });
    });
  });

  it.each<[AnsweringMode, string]>([
    ["PRACTICE", "PRACTICE"],
    ["DAILY", "PRACTICE"],
    ["MISTAKES", "PRACTICE"],
    ["FAVORITES", "PRACTICE"],
    ["UNSEEN", "PRACTICE"],
    ["CHALLENGE", "CHALLENGE"],
    ["REVIEW", "REVIEW"],
  ])("a right answer in a %s attempt earns %s points, rated or graded", (mode, activity) => {
    const { key, right } = QUESTIONS.TRUE_FALSE;
    const context: AnswerContexts["practice"] = { mode, durationMs: QUICK };
    expect(answerOutcome(key, right, practiceBehaviour(mode), context).points).toEqual({ activity, worth: 1 });
    expect(answerOutcome(QUESTIONS.SHORT_ANSWER.key, "", "self-rated", { mode, rating: "GOOD" }).points).toEqual({ activity, worth: 1 });
  });
});

describe("mistakeEntryAfter: the 错题本 streak rule", () => {
  const at = new Date("2026-12-01T08:00:00Z");
  const later = new Date("2026-12-02T08:00:00Z");
  const open: MistakeEntryState = { wrongCount: 2, correctStreak: 1, lastWrongAt: at, resolvedAt: null, removedAt: null };

  it("enter files a new question, or re-opens an entry (resolved or removed) with its streak at 0", () => {
    expect(mistakeEntryAfter(null, "enter", 3, at)).toEqual({ change: "enter", entry: { wrongCount: 1, correctStreak: 0, lastWrongAt: at, resolvedAt: null, removedAt: null } });
    expect(mistakeEntryAfter({ ...open, resolvedAt: at }, "enter", 3, later)).toEqual({ change: "enter", entry: { wrongCount: 3, correctStreak: 0, lastWrongAt: later, resolvedAt: null, removedAt: null } });
    expect(mistakeEntryAfter({ ...open, removedAt: at }, "enter", 3, later).entry).toMatchObject({ wrongCount: 3, removedAt: null });
  });

  it("advance adds to an open entry's streak and leaves the book at N", () => {
    expect(mistakeEntryAfter(open, "advance", 3, later)).toEqual({ change: "advance", entry: { ...open, correctStreak: 2 } });
    expect(mistakeEntryAfter(open, "advance", 2, later)).toEqual({ change: "leave", entry: { ...open, correctStreak: 2, resolvedAt: later } });
    // Lowering N: an entry already past it leaves at its next right answer.
    expect(mistakeEntryAfter({ ...open, correctStreak: 4 }, "advance", 2, later).change).toBe("leave");
  });

  it("advance changes nothing without an open entry; none changes nothing", () => {
    expect(mistakeEntryAfter(null, "advance", 3, at)).toEqual({ change: "none", entry: null });
    const resolved = { ...open, resolvedAt: at };
    expect(mistakeEntryAfter(resolved, "advance", 3, later)).toEqual({ change: "none", entry: resolved });
    expect(mistakeEntryAfter(open, "none", 1, later)).toEqual({ change: "none", entry: open });
  });
});
