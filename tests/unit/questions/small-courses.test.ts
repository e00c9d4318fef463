import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import type { BuiltCourse } from "@/lib/content/types";
import { generateQuestionBank, indexCourse, type QuestionBank } from "@/lib/questions";
import { limitModuleShare, moduleAllowances } from "@/lib/questions/generate-question-bank";

const CORPUS = path.join(import.meta.dirname, "../../fixtures/corpus");

/** A course of one real document, built as an upload or a one-document manifest is. */
async function oneDocumentCourse(file: string): Promise<BuiltCourse> {
  return buildCourse({ title: "单篇文档课程", description: "一篇文档", documents: [{ path: file }] }, [{ path: file, bytes: new Uint8Array(readFileSync(path.join(CORPUS, file))) }]);
}

function byModule(bank: QuestionBank, moduleId: string): number {
  return bank.accepted.filter((question) => question.moduleId === moduleId).length + bank.review.filter((entry) => entry.question.moduleId === moduleId).length;
}

describe("a course of one document", () => {
  it("of about 13,000 characters (关于新形势下党内政治生活的若干准则) publishes at least 30 questions, and every module with knowledge has questions", async () => {
    const course = await oneDocumentCourse("zhengzhi-shenghuo-zhunze.md");
    const bank = generateQuestionBank(course);
    // Precision first: the aim is 30 usable; readers found 28 of 38 labelled usable when it
    // published 40 (docs/QUALITY.md, stop 24). The floor keeps the recall the lexicon's targets gave.
    expect(bank.accepted.length).toBeGreaterThanOrEqual(30);
    for (const module of course.modules.filter((each) => each.knowledgePoints.length > 0)) expect(byModule(bank, module.id)).toBeGreaterThan(0);
  }, 30_000);

  it("of 1,845 characters (the 问责条例, 0 of 101 candidates accepted under the old module cap) publishes questions", async () => {
    const course = await oneDocumentCourse("wenze-tiaoli.md");
    const bank = generateQuestionBank(course);
    // Precision first: what the generator doubts waits for an instructor (docs/QUALITY.md, questions-7).
    expect(bank.accepted.length).toBeGreaterThanOrEqual(2);
    expect(bank.accepted.length + bank.review.length).toBeGreaterThanOrEqual(10);
    expect(bank.rejected.some((entry) => entry.reasons.includes("OVER_MODULE_SHARE"))).toBe(false);
  }, 30_000);

  it("of a few hundred characters (廉洁自律准则) still gets a bank", async () => {
    const course = await oneDocumentCourse("lianjie-zilv-zhunze.md");
    const bank = generateQuestionBank(course);
    expect(bank.accepted.length + bank.review.length).toBeGreaterThanOrEqual(2);
  }, 30_000);

  it("never publishes a key that is an actor of every party text or the document's title", async () => {
    const course = await oneDocumentCourse("wenze-tiaoli.md");
    const bank = generateQuestionBank(course);
    const keys = bank.accepted.filter((question) => question.type === "FILL_BLANK").flatMap((question) => question.answer as string[]);
    const correct = bank.accepted
      .filter((question) => question.type === "SINGLE_CHOICE")
      .flatMap((question) => question.options.filter((option) => (question.answer as string[]).includes(option.key)).map((option) => option.text));
    for (const generic of ["中国共产党", "人民群众", "群众", "党组织", "党的领导干部", "问责", "问责条例"]) {
      expect(keys).not.toContain(generic);
      expect(correct).not.toContain(generic);
    }
  }, 30_000);

  it("keeps the questions of a module rich in text beside modules with little to ask: the module cap follows each module's share of the text", () => {
    const passage = (id: string, text: string) => ({ id, kind: "prose" as const, text, sentences: [] });
    const module = (id: string, text: string) => ({ id, title: id, source: `${id}.txt`, sections: [{ id: `${id}_s`, title: id, numbering: "", implicit: true, passages: [passage(`${id}_p`, text)], sections: [] }], knowledgePoints: [] });
    const question = (moduleId: string, at: number) => ({ id: `${moduleId}_${at}`, type: "FILL_BLANK" as const, focus: "term" as const, stem: `${moduleId}${at}______。`, options: [], answer: ["甲"], explanation: "", difficulty: 0.5, moduleId, sectionId: `${moduleId}_s`, passageId: `${moduleId}_p`, span: null, contentHash: `${moduleId}${at}`, generatorVersion: "test" });
    const index = indexCourse({ modules: [module("big", "甲".repeat(1800)), module("small1", "乙".repeat(100)), module("small2", "丙".repeat(100))] });
    const bank = [...Array.from({ length: 18 }, (_, at) => question("big", at)), question("small1", 0), question("small2", 0)];
    const allowances = moduleAllowances(index, bank.length, 0.25);
    // 90 % of the text: up to 1.5 × 90 % of the bank (27 of 20, more than its own 12), so all 18 stay.
    expect(allowances.get("big")).toBe(27);
    const { kept, surplus } = limitModuleShare(bank, allowances);
    expect(kept).toHaveLength(20);
    expect(surplus).toHaveLength(0);
    // A module with a tenth of the text, which asks more than its own text holds (18 questions of 600
    // characters, one per 150 allowed), holds at most the configured share.
    expect(limitModuleShare(bank, moduleAllowances(indexCourse({ modules: [module("big", "甲".repeat(600)), module("small1", "乙".repeat(4700)), module("small2", "丙".repeat(4700))] }), bank.length, 0.25)).kept.filter((each) => each.moduleId === "big")).toHaveLength(5);
  });

  it("never holds back a module's question because other modules' questions were doubted: a module keeps one question per 150 characters of its own text", () => {
    const passage = (id: string, text: string) => ({ id, kind: "prose" as const, text, sentences: [] });
    const module = (id: string, text: string) => ({ id, title: id, source: `${id}.txt`, sections: [{ id: `${id}_s`, title: id, numbering: "", implicit: true, passages: [passage(`${id}_p`, text)], sections: [] }], knowledgePoints: [] });
    const question = (moduleId: string, at: number) => ({ id: `${moduleId}_${at}`, type: "FILL_BLANK" as const, focus: "term" as const, stem: `${moduleId}${at}______。`, options: [], answer: ["甲"], explanation: "", difficulty: 0.5, moduleId, sectionId: `${moduleId}_s`, passageId: `${moduleId}_p`, span: null, contentHash: `${moduleId}${at}`, generatorVersion: "test" });
    // Seven chapters of about 2,000 characters each; the third asks 8 questions, the others 3 each.
    const index = indexCourse({ modules: ["a", "b", "c", "d", "e", "f", "g"].map((id) => module(id, "文".repeat(id === "c" ? 2200 : 2000))) });
    const crowded = Array.from({ length: 8 }, (_, at) => question("c", at));
    const others = (each: number) => ["a", "b", "d", "e", "f", "g"].flatMap((id) => Array.from({ length: each }, (_, at) => question(id, at)));
    const keptOfC = (bank: ReturnType<typeof question>[]) => limitModuleShare(bank, moduleAllowances(index, bank.length, 0.25)).kept.filter((each) => each.moduleId === "c").length;
    expect(keptOfC([...crowded, ...others(3)])).toBe(8);
    // Other chapters' doubtful questions go to review: the bank shrinks, the third chapter keeps its eight.
    expect(keptOfC([...crowded, ...others(1)])).toBe(8);
    expect(keptOfC(crowded)).toBe(8);
    // Beyond its own allowance (14 of 2,200 characters) a module that dominates the bank still gives some to review.
    const flood = Array.from({ length: 30 }, (_, at) => question("c", at));
    expect(keptOfC([...flood, ...others(1)])).toBe(14);
    expect(limitModuleShare([...flood, ...others(1)], moduleAllowances(index, 36, 0.25)).surplus).toHaveLength(16);
  });
});
