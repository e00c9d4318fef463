import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateQuestionBank, type Question } from "@/lib/questions";
import { fixtureModule } from "./fixture-course";

// No actor common to every party text (党群关系, 人民群众): a key of that kind is refused, whatever the module.
const TERMS = ["群众路线", "党内监督", "执政为民", "血肉联系", "作风建设", "民主监督", "党风廉政建设", "密切联系群众"];
const FRAMES = [
  "各级党组织必须始终坚持{}，把人民群众的根本利益放在首位。",
  "新形势下加强{}，是巩固党的执政基础的必然要求。",
  "实践证明，{}是我们党战胜各种困难和风险的重要法宝。",
  "广大党员干部要深刻认识{}的重要意义，自觉践行党的宗旨。",
];

/** A module of generated sentences, each term used in two of them (a term met once is no key term), with the terms as knowledge points. */
const moduleArbitrary = fc
  .array(fc.tuple(fc.constantFrom(...FRAMES), fc.constantFrom(...TERMS)), { minLength: 1, maxLength: 4 })
  .map((pairs) => {
    const sentences = pairs.flatMap(([frame, term]) => [frame, FRAMES[(FRAMES.indexOf(frame) + 1) % FRAMES.length]!].map((each) => each.replace("{}", term)));
    const paragraphs = [sentences.slice(0, Math.ceil(sentences.length / 2)).join(""), sentences.slice(Math.ceil(sentences.length / 2)).join("")].filter(Boolean);
    const used = [...new Set(pairs.map(([, term]) => term))];
    const points = used.map((term) => ({ kind: "term" as const, text: term, passage: paragraphs[0]!.includes(term) ? 0 : 1 }));
    return fixtureModule("生成的模块", "生成的章节", paragraphs, points, "mod_gen");
  });

function citedText(question: Question, module: ReturnType<typeof fixtureModule>): string {
  const passage = module.sections[0]!.passages.find((candidate) => candidate.id === question.passageId)!;
  return passage.text.slice(question.span!.start, question.span!.end);
}

describe("generated banks on arbitrary modules", () => {
  it("cite a passage span that holds every blank's answer and every correct option", () => {
    fc.assert(
      fc.property(moduleArbitrary, (module) => {
        const bank = generateQuestionBank({ modules: [module] }, { maxModuleShare: 1 });
        const questions = [...bank.accepted, ...bank.review.map((entry) => entry.question)];
        expect(questions.length).toBeGreaterThan(0);
        for (const question of questions) {
          if (question.passageId === null) continue;
          const cited = citedText(question, module);
          const answers =
            question.type === "FILL_BLANK"
              ? (question.answer as string[])
              : question.type === "SINGLE_CHOICE" && question.focus !== "speaker"
                ? question.options.filter((option) => (question.answer as string[]).includes(option.key)).map((option) => option.text)
                : [];
          for (const answer of answers) expect(cited).toContain(answer);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("never offer a distractor equal to a correct option", () => {
    fc.assert(
      fc.property(moduleArbitrary, (module) => {
        for (const question of generateQuestionBank({ modules: [module] }, { maxModuleShare: 1 }).accepted) {
          if (!Array.isArray(question.answer) || question.options.length === 0) continue;
          const keys = question.answer as string[];
          const correct = question.options.filter((option) => keys.includes(option.key)).map((option) => option.text);
          const wrong = question.options.filter((option) => !keys.includes(option.key)).map((option) => option.text);
          for (const text of wrong) expect(correct).not.toContain(text);
          expect(new Set(question.options.map((option) => option.text)).size).toBe(question.options.length);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("are the same bank when generated twice from the same input", () => {
    fc.assert(
      fc.property(moduleArbitrary, (module) => {
        expect(generateQuestionBank({ modules: [module] })).toEqual(generateQuestionBank({ modules: [structuredClone(module)] }));
      }),
      { numRuns: 25 },
    );
  });
});
