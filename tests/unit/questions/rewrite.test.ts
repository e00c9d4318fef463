import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import { generateQuestionBankWithEvidence, reviewReason, type BankWithEvidence, type Candidate, type Question } from "@/lib/questions";
import { splitOptions } from "@/lib/questions/quality-gate/rule";
import {
  applyRewrite,
  buildRewritePrompt,
  keyTexts,
  MACHINE_REWRITTEN,
  parseRewriteAnswer,
  rewriteQuestionBank,
  rewriteSource,
  type RewriteAnswer,
} from "@/lib/questions/rewrite";

const FILE = "wenze-tiaoli.md";
const MODEL = "qwen2.5:7b-instruct";
let generated: BankWithEvidence;

beforeAll(async () => {
  const bytes = new Uint8Array(readFileSync(path.join(import.meta.dirname, "../../fixtures/corpus", FILE)));
  const course = await buildCourse({ title: "问责条例", description: "一篇文档", documents: [{ path: FILE }] }, [{ path: FILE, bytes }]);
  generated = generateQuestionBankWithEvidence(course);
});

function candidateWhere(test: (question: Question) => boolean): Candidate {
  const question = [...generated.bank.accepted, ...generated.bank.review.map((entry) => entry.question)].find(test);
  if (!question) throw new Error("fixture: no such question in the bank");
  return generated.candidates.get(question.contentHash)!;
}

/** The 单选 on 《中国共产党纪律处分条例》 (published by the rules alone). */
const disciplineChoice = () => candidateWhere((question) => question.type === "SINGLE_CHOICE" && keyTexts(question)[0] === "中国共产党纪律处分条例");

/** What a well-behaved model answers: the stem given, the key copied, the distractors named in a 解析 that cites the document. */
function goodAnswer(question: Question, overrides: Partial<RewriteAnswer> = {}): RewriteAnswer {
  const { correct, wrong } = question.type === "SINGLE_CHOICE" || question.type === "MULTIPLE_CHOICE" ? splitOptions(question) : { correct: keyTexts(question), wrong: [] };
  const distractors = overrides.distractors ?? wrong;
  return {
    stem: question.stem,
    key: keyTexts(question),
    distractors,
    explanation: `${correct.join("、")}是正确答案，见《中国共产党问责条例》第七条。${distractors.map((text) => `${text}不是原文此处所依照的法规`).join("；")}。`,
    ...overrides,
  };
}

const apply = (candidate: Candidate, answer: RewriteAnswer) => applyRewrite(candidate, answer, { index: generated.index, model: MODEL });

describe("the rewrite prompt", () => {
  it("asks in Chinese for one JSON object, shows the cited source, its 出处, the options and the key to copy", () => {
    const { question } = disciplineChoice();
    const [system, user] = buildRewritePrompt(question, rewriteSource(question, generated.index)!);
    expect(system!.role).toBe("system");
    expect(system!.content).toContain("只输出一个 JSON 对象");
    expect(system!.content).toContain('"distractors"');
    expect(system!.content).toContain("同一类事物");
    expect(user!.content).toContain("原文：对失职失责应当给予纪律处分的，依照《中国共产党纪律处分条例》追究纪律责任。");
    expect(user!.content).toContain("出处：《中国共产党问责条例》第七条");
    expect(user!.content).toContain("C. 中国共产党纪律处分条例");
    expect(user!.content).toContain('正确答案：["中国共产党纪律处分条例"]');
    expect(user!.content).not.toContain("不可改写");
  });

  it("tells the model to keep a 判断's statement as it is", () => {
    const { question } = candidateWhere((each) => each.type === "TRUE_FALSE");
    const [, user] = buildRewritePrompt(question, rewriteSource(question, generated.index)!);
    expect(user!.content).toContain("本题题干不可改写");
    expect(user!.content).toMatch(/正确答案：\["(正确|错误)"\]/);
  });
});

describe("reading the model's reply", () => {
  const reply = JSON.stringify({ stem: "题干题干", key: ["通报"], distractors: [], explanation: "解析解析解析解析解析解析" });

  it("takes a JSON object, also inside a code fence or after a <think> block", () => {
    expect(parseRewriteAnswer(reply).ok).toBe(true);
    expect(parseRewriteAnswer("```json\n" + reply + "\n```").ok).toBe(true);
    expect(parseRewriteAnswer("<think>先想一想</think>\n" + reply).ok).toBe(true);
  });

  it("refuses malformed JSON, a missing field, a forged field and an overlong text", () => {
    expect(parseRewriteAnswer(reply.slice(0, -3))).toEqual({ ok: false, refusal: "NOT_JSON" });
    expect(parseRewriteAnswer("好的，以下是改写：" + reply)).toEqual({ ok: false, refusal: "NOT_JSON" });
    const value = JSON.parse(reply) as Record<string, unknown>;
    const { explanation: _dropped, ...missing } = value;
    expect(parseRewriteAnswer(JSON.stringify(missing))).toEqual({ ok: false, refusal: "WRONG_SHAPE" });
    expect(parseRewriteAnswer(JSON.stringify({ ...value, answer: ["A"] }))).toEqual({ ok: false, refusal: "WRONG_SHAPE" });
    expect(parseRewriteAnswer(JSON.stringify({ ...value, rewrittenBy: null }))).toEqual({ ok: false, refusal: "WRONG_SHAPE" });
    expect(parseRewriteAnswer(JSON.stringify({ ...value, explanation: "很长".repeat(400) }))).toEqual({ ok: false, refusal: "WRONG_SHAPE" });
    expect(parseRewriteAnswer(JSON.stringify({ ...value, key: "通报" }))).toEqual({ ok: false, refusal: "WRONG_SHAPE" });
  });
});

describe("a rewrite is taken only when it passes the generator's own checks", () => {
  it("a clearer stem, the same key and a 解析 naming every option replace the question, marked and sent to review", () => {
    const candidate = disciplineChoice();
    const stem = "对失职失责、应当给予纪律处分的党的领导干部，依照《（　）》追究纪律责任。";
    const result = apply(candidate, goodAnswer(candidate.question, { stem }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.question).toMatchObject({ id: candidate.question.id, contentHash: candidate.question.contentHash, stem, answer: candidate.question.answer, rewrittenBy: MODEL });
    expect(result.question.options.find((option) => option.key === "C")!.text).toBe("中国共产党纪律处分条例");
    expect(result.doubts).toContain(MACHINE_REWRITTEN);
    expect(reviewReason(result.doubts)).toContain("待审核：机器改写：");
  });

  it("a key the model changed is refused", () => {
    const candidate = disciplineChoice();
    expect(apply(candidate, goodAnswer(candidate.question, { key: ["中国共产党问责条例"] }))).toEqual({ ok: false, refusal: "KEY_CHANGED" });
    expect(apply(candidate, goodAnswer(candidate.question, { key: ["中国共产党纪律处分条例", "中国共产党章程"] }))).toEqual({ ok: false, refusal: "KEY_CHANGED" });
  });

  it("a distractor equal to the key, repeated, or one too many is refused", () => {
    const candidate = disciplineChoice();
    expect(apply(candidate, goodAnswer(candidate.question, { distractors: ["中国共产党问责条例", "中国共产党纪律处分条例", "中国共产党巡视工作条例"] }))).toEqual({ ok: false, refusal: "DISTRACTOR_IS_KEY" });
    expect(apply(candidate, goodAnswer(candidate.question, { distractors: ["中国共产党问责条例", "中国共产党问责条例", "中国共产党巡视工作条例"] }))).toEqual({ ok: false, refusal: "DISTRACTOR_REPEATED" });
    expect(apply(candidate, goodAnswer(candidate.question, { distractors: ["中国共产党问责条例", "中国共产党党内监督条例", "中国共产党巡视工作条例", "中国共产党章程"] }))).toEqual({
      ok: false,
      refusal: "DISTRACTOR_COUNT",
    });
  });

  it("an option of another kind is refused by the confidence features the generator uses", () => {
    const candidate = disciplineChoice();
    const result = apply(candidate, goodAnswer(candidate.question, { distractors: ["中国共产党问责条例", "中华人民共和国国务院", "中国共产党巡视工作条例"] }));
    expect(result).toEqual({ ok: false, refusal: expect.stringMatching(/^NEW_DOUBT:.*DISTRACTOR_OTHER_KIND/) });
  });

  it("an overlong stem or option is refused by the gate", () => {
    const candidate = disciplineChoice();
    const cited = "对失职失责应当给予纪律处分的，依照《中国共产党纪律处分条例》追究纪律责任，";
    const long = `${cited.repeat(4)}依照《（　）》追究纪律责任。`;
    expect(apply(candidate, goodAnswer(candidate.question, { stem: long }))).toEqual({ ok: false, refusal: expect.stringMatching(/^GATE:.*TOO_LONG/) });
    const option = "中国共产党党内监督条例和中国共产党巡视工作条例的有关规定";
    expect(apply(candidate, goodAnswer(candidate.question, { distractors: ["中国共产党问责条例", option, "中国共产党巡视工作条例"] }))).toEqual({
      ok: false,
      refusal: expect.stringMatching(/^GATE:.*TOO_LONG/),
    });
  });

  it("a stem that gives the key away, leans on text it does not show, drops its blank or says what the source does not, is refused", () => {
    const candidate = disciplineChoice();
    const refusal = (stem: string) => {
      const result = apply(candidate, goodAnswer(candidate.question, { stem }));
      return result.ok ? "taken" : result.refusal;
    };
    expect(refusal("依照《中国共产党纪律处分条例》即《（　）》追究纪律责任。")).toMatch(/^GATE:.*ANSWER_IN_STEM/);
    expect(refusal("该条例规定，对失职失责应当给予纪律处分的，依照《（　）》追究纪律责任。")).toMatch(/^NEW_DOUBT:.*DANGLING_REFERENCE/);
    expect(refusal("对失职失责应当给予纪律处分的，依照哪部党内法规追究纪律责任？")).toBe("BLANKS_CHANGED");
    expect(refusal("党员在网络上发表错误言论、散布政治谣言的，依照《（　）》予以开除党籍。")).toBe("STEM_UNSUPPORTED");
  });

  it("a 解析 that does not cite the document or does not say what each wrong option is, is refused", () => {
    const candidate = disciplineChoice();
    const { question } = candidate;
    expect(apply(candidate, goodAnswer(question, { explanation: "正确答案是中国共产党纪律处分条例。中国共产党问责条例、中国共产党党内监督条例、中国共产党巡视工作条例都不对。" }))).toEqual({
      ok: false,
      refusal: "EXPLANATION_WITHOUT_SOURCE",
    });
    expect(apply(candidate, goodAnswer(question, { explanation: "见《中国共产党问责条例》第七条，依照的是中国共产党纪律处分条例。" }))).toEqual({ ok: false, refusal: "EXPLANATION_WITHOUT_OPTIONS" });
  });

  it("a 判断 keeps its statement: a changed one is refused, a new 解析 alone is taken", () => {
    const candidate = candidateWhere((question) => question.type === "TRUE_FALSE" && question.answer === true && question.focus === "number");
    const { question } = candidate;
    const explanation = "正确。《中国共产党问责条例》最后一条规定了施行日期，即2016年7月8日。";
    expect(apply(candidate, { stem: question.stem.replace("2016年7月8日", "2016年7月1日"), key: ["正确"], distractors: [], explanation })).toEqual({ ok: false, refusal: "STEM_CHANGED" });
    expect(apply(candidate, { stem: question.stem, key: ["错误"], distractors: [], explanation })).toEqual({ ok: false, refusal: "KEY_CHANGED" });
    const taken = apply(candidate, { stem: question.stem, key: ["正确"], distractors: [], explanation });
    expect(taken.ok && taken.question.explanation).toBe(explanation);
  });

  it("a 填空 keeps its blanks and takes no options", () => {
    const candidate = candidateWhere((question) => question.type === "FILL_BLANK" && keyTexts(question)[0] === "通报" && /^(?:根据《[^》]+》，)?在对党组织/.test(question.stem));
    const { question } = candidate;
    const explanation = "答案是通报，见《中国共产党问责条例》第七条：对履行职责不力、情节较重的党组织，责令整改并在一定范围内通报。";
    expect(apply(candidate, { stem: question.stem.replace("______", "（　）"), key: ["通报"], distractors: [], explanation })).toEqual({ ok: false, refusal: "BLANKS_CHANGED" });
    expect(apply(candidate, { stem: question.stem, key: ["通报"], distractors: ["批评"], explanation })).toEqual({ ok: false, refusal: "DISTRACTOR_COUNT" });
    expect(apply(candidate, { stem: question.stem, key: ["通报"], distractors: [], explanation }).ok).toBe(true);
  });
});

describe("the rewrite pass over a bank", () => {
  it("replaces only the questions whose rewrite passes, moves them to review, and keeps every other question as generated", async () => {
    const target = disciplineChoice().question;
    const asked: string[] = [];
    const outcome = await rewriteQuestionBank(generated, {
      model: MODEL,
      skip: new Set(),
      limit: 1000,
      complete: async (messages) => {
        const user = messages[1]!.content;
        asked.push(user);
        if (user.includes(`题干：${target.stem}`)) return JSON.stringify(goodAnswer(target));
        return user.includes("题型：判断题") ? null : "{not json";
      },
    });
    const before = [...generated.bank.accepted, ...generated.bank.review.map((entry) => entry.question)];
    expect(asked).toHaveLength(before.filter((question) => question.passageId !== null).length);
    expect(outcome).toMatchObject({ asked: asked.length, rewritten: 1 });
    expect(outcome.refusals).toHaveLength(asked.length - 1);
    expect(outcome.bank.accepted.map((question) => question.id)).toEqual(generated.bank.accepted.filter((question) => question.id !== target.id).map((question) => question.id));
    const entry = outcome.bank.review.find((each) => each.question.id === target.id)!;
    expect(entry.question.rewrittenBy).toBe(MODEL);
    expect(entry.reasons).toContain(MACHINE_REWRITTEN);
    // The target may have been published or in review before (stop 39 sends a 单选 whose 解析 ends on 都不是原文此处的说法 to
    // review): every other reviewed question is kept as generated.
    const untouched = outcome.bank.review.filter((each) => each.question.id !== target.id);
    expect(untouched).toEqual(generated.bank.review.filter((each) => each.question.id !== target.id));
    expect(outcome.bank.rejected).toBe(generated.bank.rejected);
  });

  it("asks nothing about stored questions and no more than the limit", async () => {
    const all = [...generated.bank.accepted, ...generated.bank.review.map((entry) => entry.question)];
    let calls = 0;
    const complete = async () => {
      calls++;
      return null;
    };
    const skipped = await rewriteQuestionBank(generated, { model: MODEL, skip: new Set(all.map((question) => question.contentHash)), limit: 1000, complete });
    expect(calls).toBe(0);
    expect(skipped.bank).toEqual(generated.bank);
    const limited = await rewriteQuestionBank(generated, { model: MODEL, skip: new Set(), limit: 3, complete });
    expect(limited.asked).toBe(3);
    expect(calls).toBe(3);
  });
});
