import { describe, expect, test } from "vitest";
import { joinClassSchema, createClassSchema } from "@/lib/validation/class";
import { practiceAnswerSchema } from "@/lib/validation/practice-answer";
import { bankFilterSchema, questionInputSchema } from "@/lib/validation/question";
import { quizSettingsSchema } from "@/lib/validation/quiz";
import { userFilterSchema } from "@/lib/validation/user-admin";
import { INVALID_ENCODING_REFUSAL, NUL_REFUSAL, formHasNul, requestTargetHasNul, requestTargetProblem } from "@/lib/validation/text";

const NUL = "\u0000";

describe("NUL in input is refused at the edge", () => {
  test("a question's stem, option or explanation with NUL is refused with the Chinese message", () => {
    const base = { type: "TRUE_FALSE", stem: "密切联系群众是党的最大政治优势。", verdict: "true", explanation: "", difficulty: "0.5", moduleId: "m1", sourceText: "" };
    expect(questionInputSchema.safeParse(base).success).toBe(true);
    for (const field of ["stem", "explanation", "sourceText", "moduleId"]) {
      const parsed = questionInputSchema.safeParse({ ...base, [field]: `a${NUL}b` });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toContain(NUL_REFUSAL);
    }
  });

  test("a search with NUL searches for nothing rather than failing", () => {
    expect(bankFilterSchema.parse({ q: NUL }).q).toBeUndefined();
    expect(bankFilterSchema.parse({ q: "群众" }).q).toBe("群众");
  });

  test("class names, invite codes, quiz titles and practice answers with NUL are refused", () => {
    expect(createClassSchema.safeParse({ name: `一支部${NUL}` }).error?.issues[0]?.message).toBe(NUL_REFUSAL);
    expect(joinClassSchema.safeParse({ inviteCode: `DEMO${NUL}` }).error?.issues[0]?.message).toBe(NUL_REFUSAL);
    expect(quizSettingsSchema.safeParse({ title: `测验${NUL}` }).error?.issues.map((issue) => issue.message)).toContain(NUL_REFUSAL);
    expect(practiceAnswerSchema.safeParse({ attemptId: "a", questionId: "q", response: [`政治${NUL}优势`], durationMs: 1000 }).success).toBe(false);
    expect(practiceAnswerSchema.safeParse({ attemptId: "a", questionId: "q", response: ["政治优势"], durationMs: 1000 }).success).toBe(true);
    expect(userFilterSchema.parse({ q: NUL }).q).toBeUndefined();
  });

  test("multipart fields and file names with NUL are found", () => {
    const form = new FormData();
    form.set("courseId", "crs");
    form.set("file", new File(["x"], "题库.xlsx"));
    expect(formHasNul(form)).toBe(false);
    form.set("courseId", `crs${NUL}`);
    expect(formHasNul(form)).toBe(true);
    form.set("courseId", "crs");
    form.set("file", new File(["x"], `题库${NUL}.xlsx`));
    expect(formHasNul(form)).toBe(true);
  });

  test("a request target with %00 or a raw NUL is refused before routing", () => {
    expect(requestTargetHasNul("/bank?q=%00")).toBe(true);
    expect(requestTargetHasNul("/history/%00abc")).toBe(true);
    expect(requestTargetHasNul(`/bank?q=${NUL}`)).toBe(true);
    expect(requestTargetHasNul("/bank?q=%E7%BE%A4%E4%BC%97&page=100")).toBe(false);
  });

  test("a request target whose percent-encoding is not UTF-8 is refused with its own message; UTF-8 and plain targets pass", () => {
    expect(requestTargetProblem("/bank?q=%FF")).toBe(INVALID_ENCODING_REFUSAL);
    expect(requestTargetProblem("/bank?q=%E4%B8")).toBe(INVALID_ENCODING_REFUSAL);
    expect(requestTargetProblem("/bank?q=%C8%BA%D6%DA")).toBe(INVALID_ENCODING_REFUSAL);
    expect(requestTargetProblem("/bank?q=%00")).toBe(NUL_REFUSAL);
    expect(requestTargetProblem("/bank?q=%E7%BE%A4%E4%BC%97+%E8%B7%AF%E7%BA%BF&page=2")).toBeNull();
    expect(requestTargetProblem("/study/mod_1?hl=q_2")).toBeNull();
  });
});
