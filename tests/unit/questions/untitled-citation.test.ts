import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import { generateQuestionBank, indexCourse } from "@/lib/questions";
import { passageCitation, UNTITLED_SOURCE } from "@/lib/questions/citation";
import { questionWithContext, withContextLead } from "@/lib/questions/context-lead";
import { fillBlankCandidate } from "./fixtures";

const CORPUS = path.join(import.meta.dirname, "../../fixtures/corpus");
const utf8 = (text: string) => new TextEncoder().encode(text);

/** Built as an upload is: the pipeline's own title, none given. */
function upload(file: string, bytes: Uint8Array) {
  return buildCourse({ title: "课程", description: "课程", documents: [{ path: file }] }, [{ path: file, bytes }]);
}

describe("an untitled document", () => {
  const essay = (first: string) =>
    [first, "", "一、行贿犯罪故意中的直接故意与间接故意", "", "实践中，部分行贿人的主观行贿故意更加模糊，容易让办案人员误认为其不具备行贿的故意。"].join("\n");

  it("is cited by its section, or as the learning material, never by a 《》 made of its first clause", async () => {
    const course = await upload("xinghui.md", utf8(essay("二十届中央纪委三次全会强调，“加大对行贿行为惩治力度”。越来越多的行贿人采取隐蔽的手段变相完成利益输送。")));
    const index = indexCourse(course);
    const [opening, underHeading] = index.passages;
    expect(index.documentTitle(opening!.module)).toBe("");
    expect(index.documentName(opening!.module)).toBe("二十届中央纪委三次全会强调");
    expect(passageCitation(index, opening!, 0)).toBe(UNTITLED_SOURCE);
    expect(passageCitation(index, underHeading!, 0)).toBe("“一、行贿犯罪故意中的直接故意与间接故意”");
    // A document with a title line keeps its 《title》.
    const titled = indexCourse(await upload("guyi.md", utf8(essay("间接故意型行贿的认定\n\n越来越多的行贿人采取隐蔽的手段变相完成利益输送。"))));
    expect(passageCitation(titled, titled.passages.at(-1)!, 0)).toBe("《间接故意型行贿的认定》“一、行贿犯罪故意中的直接故意与间接故意”");
  });

  it("names an article with the regulation whose title heads it, never 第…条 alone", async () => {
    const material = (heading: string) =>
      [
        "【2026年3月学习材料】",
        "",
        heading,
        "",
        "第一条 为了规范社区志愿服务站的工作，制定本办法。",
        "",
        "第二条 志愿服务站每季度至少召开一次站务会议，由站长召集。",
      ].join("\n");
    const index = indexCourse(await upload("xuexi.md", utf8(material("社区志愿服务站工作办法（试行）"))));
    expect(index.documentTitle(index.passages[0]!.module)).toBe("");
    const last = index.passages.at(-1)!;
    expect(passageCitation(index, last, last.passage.text.length)).toBe("《社区志愿服务站工作办法（试行）》第二条");
    // A heading that is no regulation's title (a sentence, a topic) names nothing: the article stays as it was.
    const plain = indexCourse(await upload("xuexi.md", utf8(material("一、关于志愿服务站的几点做法"))));
    const plainLast = plain.passages.at(-1)!;
    expect(passageCitation(plain, plainLast, plainLast.passage.text.length)).not.toContain("《");
    // A stem on the article names the regulation as a titled regulation's stem would (按照《…》，); not under a topic heading.
    const stemOn = (course: typeof index) => {
      const located = course.passages.at(-1)!;
      const sentence = "志愿服务站每季度至少召开一次站务会议，由站长召集。";
      const start = located.passage.text.indexOf(sentence);
      const { question } = fillBlankCandidate(sentence, "站务会议", "每季度至少召开一次______，由站长召集。");
      const placed = { ...question, moduleId: located.module.id, sectionId: located.section.id, passageId: located.passage.id, span: { start, end: start + sentence.length } };
      return questionWithContext(placed, course).stem;
    };
    expect(stemOn(index)).toBe("按照《社区志愿服务站工作办法（试行）》，每季度至少召开一次______，由站长召集。");
    expect(stemOn(plain)).not.toContain("《");
  });

  it("leads no stem with 按照《…》 or 据《…》", () => {
    const stem = "实践中，为______非法牟利罪的适用面临两个主要问题。";
    expect(withContextLead(stem, { documentTitle: "", sectionTitle: "", opensSection: false, normative: true })).toBe(stem);
  });

  it("publishes no question or 解析 naming its display name in 《》 (two uploads readers found so cited)", async () => {
    for (const [file, name] of [
      ["wei-qinyou-feifa-mouli.md", "刑法第一百六十六条对为亲友非法牟利罪作出规定"],
      ["jianjie-guyi-xinghui.md", "二十届中央纪委三次全会强调"],
    ] as const) {
      const course = await upload(file, new Uint8Array(readFileSync(path.join(CORPUS, file))));
      expect(course.reports[0]!.untitled).toBe(true);
      const bank = generateQuestionBank(course);
      const questions = [...bank.accepted, ...bank.review.map((entry) => entry.question)];
      expect(questions.length).toBeGreaterThan(0);
      for (const question of questions) {
        expect(question.stem).not.toContain(`《${name}`);
        expect(question.explanation).not.toContain(`《${name}`);
      }
    }
  }, 60_000);
});
