import { describe, expect, it } from "vitest";
import { indexCourse, scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { glossCitesOtherArticle, trueFalseExplanation } from "@/lib/questions/explanation";
import { isArticle } from "@/lib/questions/article-lead";
import { markedListTeaching, markedLists } from "@/lib/questions/true-statement-teaching";
import { fixtureModule } from "./fixture-course";
import { keyPlace, moduleContext } from "./fixtures";

// Issue 16: a true 判断 publishes where its 解析 teaches from the article that holds it — the set its key is an item of,
// whole and counted — and cites that article alone. The rest of its sentence or another rule of the article is no teaching
// (readers, stop 34): such a statement waits in review.

function contextOf(paragraphs: string[], title = "协会工作条例") {
  return moduleContext(title, "第二章 组织", paragraphs, [], "mod_true_article");
}

function keyIn(context: ReturnType<typeof contextOf>, passage: number, key: string, after = "") {
  return keyPlace(context.index, passage, key, after);
}

const ARTICLE_TEXT =
  "第九条 协会理事会每届任期四年。理事会理事的名额，由会员大会决定。理事会理事出缺，由候补理事按照得票多少依次递补。理事会全体会议由常务理事会召集，每年至少举行一次。";

describe("what an article holds beside a true statement (true-statement-teaching)", () => {
  it("reads a passage opening on an article number as an article", () => {
    expect(isArticle(ARTICLE_TEXT)).toBe(true);
    expect(isArticle("协会理事会每届任期四年。")).toBe(false);
  });
});

describe("lists an article sets out under markers (markedLists, markedListTeaching)", () => {
  const passage =
    "第七条 对分会的处理方式包括：（一）提醒。对工作不力的，应当提醒。（二）通报。对情节较重的，在一定范围内通报。对会员的处理方式包括：（一）通报。对违反章程的，予以通报。（二）警告。（三）除名。对严重违反章程的，予以除名。上述方式可以单独使用。";

  it("reads each list with its lead and its short items, a new （一） starting the next list", () => {
    expect(markedLists(passage).map(({ label, items }) => ({ label, items }))).toEqual([
      { label: "对分会的处理方式", items: ["提醒", "通报"] },
      { label: "对会员的处理方式", items: ["通报", "警告", "除名"] },
    ]);
    // Items that are clauses make no set of names.
    expect(markedLists("第三条 会员享有下列权利，包括：（一）参加协会组织的活动，提出意见；（二）获得协会提供的服务。")).toEqual([]);
  });

  it("names the whole list the key stands in, counted, and the article's parallel list", () => {
    const second = passage.indexOf("（一）通报", passage.indexOf("对会员")) + 3;
    expect(markedListTeaching(passage, "通报", second, "原文")).toBe("原文所列“对会员的处理方式”共3种：通报、警告、除名，「通报」是其中之一；同条所列“对分会的处理方式”是提醒、通报。");
    const first = passage.indexOf("（二）通报") + 3;
    expect(markedListTeaching(passage, "通报", first, "原文")).toContain("“对分会的处理方式”共2种：提醒、通报");
    expect(markedListTeaching(passage, "警示", first, "原文")).toBe("");
  });
});

describe("a true 判断's 解析 teaches from its article (trueFalseExplanation)", () => {
  it("does not count another rule of the article, or the rest of the statement's sentence, as teaching", () => {
    const context = contextOf([ARTICLE_TEXT]);
    const key = keyIn(context, 0, "候补理事");
    const told = trueFalseExplanation(context, { original: "候补理事", change: null, key, quoted: "理事会理事出缺，由候补理事按照得票多少依次递补", focus: "term", statement: "理事会理事出缺，由候补理事按照得票多少依次递补" });
    expect(told.text).not.toContain("同条还规定");
    expect(told.teaches).toBe(false);
    const rest = contextOf(["第十二条 秘书处负责日常事务的管理，做好档案保管、会议记录等工作。"]);
    const said = trueFalseExplanation(rest, { original: "秘书处", change: null, key: keyIn(rest, 0, "秘书处"), quoted: "秘书处负责日常事务的管理", focus: "term", statement: "秘书处负责日常事务的管理" });
    expect(said.text).not.toContain("原句接着");
    expect(said.teaches).toBe(false);
  });

  it("teaches nothing from a passage that is no article, nor for a statement pointing back at what it leaves out", () => {
    const essay = contextOf(["协会理事会每届任期四年。理事的名额，由会员大会决定。理事出缺，由候补理事按照得票多少依次递补。"], "学习体会");
    const key = keyIn(essay, 0, "候补理事");
    expect(trueFalseExplanation(essay, { original: "候补理事", change: null, key, quoted: "理事出缺，由候补理事按照得票多少依次递补", focus: "term" }).teaches).toBe(false);
    const context = contextOf(["第二十条 分会理事出缺的，参照前五款规定执行。分会理事的名额，由分会会员大会决定。"]);
    const back = keyIn(context, 0, "分会理事");
    expect(trueFalseExplanation(context, { original: "分会理事", change: null, key: back, quoted: "分会理事出缺的，参照前五款规定执行", focus: "term" }).teaches).toBe(false);
  });

  it("names the list of a marked item with its count", () => {
    const context = contextOf(["第七条 对会员的处理方式包括：（一）通报。对违反章程的，予以通报。（二）警告。（三）除名。对严重违反章程的，予以除名。"]);
    const key = keyIn(context, 0, "通报");
    const told = trueFalseExplanation(context, { original: "通报", change: null, key, quoted: "对会员的处理方式包括：（一）通报", focus: "term", statement: "对会员的处理方式包括通报" });
    expect(told.text).toContain("原文所列“对会员的处理方式”共3种：通报、警告、除名");
    expect(told.teaches).toBe(true);
  });
});

describe("a gloss of the key's own document at another article is not cited (glossCitesOtherArticle)", () => {
  it("leaves out a gloss that cites another article of the document the course holds the key in", () => {
    const context = contextOf(["第七条 对会员的处理方式包括：（一）通报。"]);
    const key = keyIn(context, 0, "通报");
    expect(glossCitesOtherArticle("《协会工作条例》第八条", key, "协会工作条例")).toBe(true);
    expect(glossCitesOtherArticle("《协会工作条例》第七条", key, "协会工作条例")).toBe(false);
    expect(glossCitesOtherArticle("《另一部条例》第八条", key, "协会工作条例")).toBe(false);
  });
});

describe("a true rule of an article is a fact, whatever word a false one would change (scoreCandidate)", () => {
  function trueStatement(paragraphs: string[], title: string, stem: string, key: string): { candidate: Candidate; index: ReturnType<typeof indexCourse> } {
    const module = fixtureModule(title, "第二章 组织", paragraphs, [], "mod_true_rule");
    const index = indexCourse({ modules: [module] });
    const passage = module.sections[0]!.passages[0]!;
    const start = passage.text.indexOf(stem.replace(/。$/, ""));
    const question: Question = {
      id: "q_true_rule",
      type: "TRUE_FALSE",
      focus: "term",
      stem,
      options: [],
      answer: true,
      explanation: "",
      difficulty: 0.5,
      moduleId: module.id,
      sectionId: module.sections[0]!.id,
      passageId: passage.id,
      span: { start, end: start + stem.length - 1 },
      contentHash: "",
      generatorVersion: "test",
    };
    const at = stem.indexOf(key);
    return { candidate: { question, evidence: { sentence: stem.replace(/。$/, ""), answers: [key], blanks: [{ start: at, end: at + key.length }], distractors: [], explanationTeaches: true } }, index };
  }

  const rules = ["第九条 理事的名额，由会员大会决定。理事出缺，由候补理事按照得票多少依次递补。", "第十条 常务理事会定期向理事会全体会议报告工作，接受监督。"];

  it("reads 由…递补 and 向…报告工作 in an article as facts, and does not judge the word a false one would change", () => {
    const { candidate, index } = trueStatement(rules, "协会工作条例", "理事出缺，由候补理事按照得票多少依次递补。", "理事");
    const doubts = scoreCandidate(candidate, index).doubts;
    expect(doubts).not.toContain("TRUE_STATEMENT_NOT_A_FACT");
    expect(doubts).not.toContain("GENERIC_TARGET");
  });

  it("keeps doubting the same words outside an article", () => {
    const { candidate, index } = trueStatement(["理事的名额，由会员大会决定。理事出缺，由候补理事按照得票多少依次递补。"], "学习心得", "理事出缺，由候补理事按照得票多少依次递补。", "理事");
    expect(scoreCandidate(candidate, index).doubts).toContain("TRUE_STATEMENT_NOT_A_FACT");
  });
});

describe("a true rule of who decides taught by the other body's rule (trueFalseExplanation, rule-of-who)", () => {
  it("names the body a false version would swap in, with that body's own rule and its article", () => {
    const context = contextOf(["第十条 全国代表大会代表的名额和选举办法，由中央委员会决定。", "第十一条 中央委员会委员的名额，由全国代表大会决定。"]);
    const key = keyIn(context, 1, "中央委员会委员");
    const statement = "中央委员会委员的名额，由全国代表大会决定。";
    const explained = trueFalseExplanation(context, { original: "中央委员会委员", change: null, key, quoted: statement, statement, focus: "term" });
    expect(explained.teaches).toBe(true);
    expect(explained.contrast).toEqual({ kind: "term-swap", from: "全国代表大会", to: "中央委员会" });
    expect(explained.text).toContain("由「全国代表大会」决定，不是由「中央委员会」决定；由「中央委员会」决定的是另一事项，见第十条：“全国代表大会代表的名额和选举办法，由中央委员会决定”。");
  });

  it("stays bare where the document gives no other body the frame", () => {
    const context = contextOf(["第十一条 中央委员会委员的名额，由全国代表大会决定。"]);
    const key = keyIn(context, 0, "中央委员会委员");
    const statement = "中央委员会委员的名额，由全国代表大会决定。";
    expect(trueFalseExplanation(context, { original: "中央委员会委员", change: null, key, quoted: statement, statement, focus: "term" }).teaches).toBe(false);
  });
});
