import { describe, expect, test } from "vitest";
import { buildCourse } from "@/lib/content";
import { checkDocumentInvariants, midSentencePassages } from "@/lib/content/quality/document-invariants";
import type { Module } from "@/lib/content/types";

async function check(fileName: string, text: string) {
  const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: fileName }] }, [{ path: fileName, bytes: new TextEncoder().encode(text) }]);
  return checkDocumentInvariants({ fileName, sourceText: text, course });
}

const broken = (quality: Awaited<ReturnType<typeof check>>) => quality.violations.map((violation) => violation.invariant);

const ESSAY = [
  "坚持群众路线",
  "",
  "一、群众路线的内涵",
  "",
  "群众路线是我们党的生命线和根本工作路线。一切为了群众，一切依靠群众，从群众中来，到群众中去。",
  "",
  "二、践行群众路线的要求",
  "",
  "党员干部要深入基层，倾听群众呼声，解决群众最关心最直接最现实的利益问题。",
].join("\n");

describe("document invariants", () => {
  test("a notice's ** placeholder for a name, kept in its passage, is no markup debris", async () => {
    const placeholder = ["关于征集学习心得的通知", "", "各小组要认真组织，按时提交作品。", "", "文件名称请注明“**小组学习心得”。"].join("\n");
    const quality = await check("tongzhi.txt", placeholder);
    expect(broken(quality)).not.toContain("markup-debris");
    expect(quality.debris).toEqual([]);
    expect(quality.lostSentences).toEqual([]);
  });

  test("a clean essay breaks none and keeps every sentence", async () => {
    const quality = await check("essay.txt", ESSAY);
    expect(broken(quality)).toEqual([]);
    expect(quality.lostSentences).toEqual([]);
    expect(quality.midSentenceShare).toBe(0);
  });

  test("a passage that leads into the sections after it with a colon does not end mid-sentence; one at the document's end does", async () => {
    const lead = ["党的纪律处分是严肃的政治工作", "", "执行纪律处分，必须“把好四关”：", "", "一、把好纪律审查关", "", "纪律审查的质量是党纪处分工作的基础。", "", "二、把好执纪审理关", "", "做好执纪审理，是党纪处分工作十分重要的一环。"].join("\n");
    expect((await check("chufen.txt", lead)).midSentenceShare).toBe(0);
    const dangling = ["党的纪律处分是严肃的政治工作", "", "一、把好纪律审查关", "", "纪律审查的质量是党纪处分工作的基础。", "", "执行纪律处分，必须“把好四关”："].join("\n");
    expect((await check("chufen.txt", dangling)).midSentenceShare).toBeGreaterThan(0);
  });

  test("a sentence with a bracketed note printed after its stop ends the passage; a note after an unfinished clause does not", async () => {
    const noted = ESSAY.replace("到群众中去。", "到群众中去。（1943年，毛泽东）").replace("利益问题。", "利益问题。（中央党校教授某某）");
    expect((await check("essay.txt", noted)).midSentenceShare).toBe(0);
    const cut = ESSAY.replace("到群众中去。", "到群众中去（1943年，毛泽东）").replace("利益问题。", "利益问题，（见附件）");
    expect((await check("essay.txt", cut)).midSentenceShare).toBe(1);
  });

  test("a sentence missing from every passage is reported lost", async () => {
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "essay.txt" }] }, [{ path: "essay.txt", bytes: new TextEncoder().encode(ESSAY) }]);
    const withExtra = `${ESSAY}\n\n这一句话在任何段落里都找不到。`;
    const quality = checkDocumentInvariants({ fileName: "essay.txt", sourceText: withExtra, course });
    expect(quality.lostSentences).toEqual(["这一句话在任何段落里都找不到。"]);
    expect(broken(quality)).toEqual(["lost-sentences"]);
  });

  test("a sentence a printed page broke with its footer and running header is kept: the page's furniture is not the text", async () => {
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "essay.txt" }] }, [{ path: "essay.txt", bytes: new TextEncoder().encode(ESSAY) }]);
    // The source as a PDF prints it: the last sentence broken by a page's footer and the next page's header.
    const header = "坚持群众路线学习材料";
    const printed = ESSAY.replace("解决群众最关心", `解决群众最关心\n第 1 页 共 3 页\n${header}\n`).concat(`\n${header}\n第 2 页 共 3 页\n${header}`);
    expect(checkDocumentInvariants({ fileName: "essay.txt", sourceText: printed, course }).lostSentences).toEqual([]);
  });

  test("paragraphs run together on one line, escaped tags and bare citations are read as the cleaning reads them", async () => {
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "essay.txt" }] }, [{ path: "essay.txt", bytes: new TextEncoder().encode(ESSAY) }]);
    const crawled = ESSAY.replace("\n\n党员干部", "&lt;P&gt;\u3000\u3000见毛泽东《论联合政府》（《毛泽东选集》第3卷，人民出版社1991年版）。\u3000\u3000党员干部").replace("\n\n二、", "\u3000\u3000二、");
    expect(checkDocumentInvariants({ fileName: "essay.txt", sourceText: crawled, course }).lostSentences).toEqual([]);
  });

  test("a list lead ends a unit: a lead over headed items loses nothing, a lost lead is still reported", async () => {
    const text = ["中央八项规定实施细则", "", "贯彻落实《十八届中央政治局关于改进工作作风、密切联系群众的八项规定》，制定如下实施细则：", "", "一、改进调查研究", "", "1.注重实际效果。安排调研要紧扣主题，实事求是地安排考察内容。", "", "2.减少陪同人员。地方党政主要负责同志不陪同。"].join("\n");
    const quality = await check("xize.md", text);
    expect(quality.lostSentences).toEqual([]);
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "xize.md" }] }, [{ path: "xize.md", bytes: new TextEncoder().encode(text) }]);
    const withLead = text.replace("一、改进调查研究", "下列事项必须事先报告：\n\n一、改进调查研究");
    expect(checkDocumentInvariants({ fileName: "xize.md", sourceText: withLead, course }).lostSentences).toEqual(["下列事项必须事先报告："]);
  });

  test("a salutation or a file name standing in for a title is reported", async () => {
    // The pipeline no longer titles a speech 同志们, so the checker is shown a course that does.
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "essay.txt" }] }, [{ path: "essay.txt", bytes: new TextEncoder().encode(ESSAY) }]);
    const saluted = { ...course, modules: course.modules.map((module, index) => (index === 0 ? { ...module, title: "同志们：" } : module)) };
    expect(broken(checkDocumentInvariants({ fileName: "essay.txt", sourceText: ESSAY, course: saluted }))).toContain("salutation-title");
    const named = { ...course, modules: course.modules.map((module, index) => (index === 0 ? { ...module, title: "essay" } : module)) };
    expect(broken(checkDocumentInvariants({ fileName: "essay.txt", sourceText: ESSAY, course: named }))).toContain("file-name-title");
  });

  test("articles of a legal text must each become a passage or a section", async () => {
    const articles = ["第一条 为了规范工作，制定本规定。", "第二条 本规定适用于全体党员。", "第三条 本规定自发布之日起施行。"].join("\n\n");
    const quality = await check("guiding.txt", `某某规定\n\n${articles}`);
    expect(quality.articles).toEqual({ inSource: 3, recognised: 3 });
    expect(broken(quality)).not.toContain("articles-recognised");
  });

  test("a Chinese file name is a file-name title only when the document does not print it", async () => {
    // Sites save an article under its title: the title it prints is its own, not the file's.
    const titled = await check("坚持群众路线.md", `## 坚持群众路线\n\n${ESSAY.split("\n").slice(1).join("\n")}`);
    expect(broken(titled)).not.toContain("file-name-title");
    // Without a title line, the file name stands in for one.
    // (A first paragraph whose clauses name no subject: an opener, then the writer speaking.)
    const untitled = ["实践中，笔者认为，群众路线是我们党的生命线和根本工作路线。", "", "党员干部要深入基层，倾听群众呼声。"].join("\n");
    expect(broken(await check("群众路线的内涵与要求.md", untitled))).toContain("file-name-title");
  });

  test("a year in brackets is part of a document number, not a footnote mark: its sentence is found", async () => {
    const text = ["受贿数额的认定", "", "根据《关于办理贪污贿赂刑事案件适用法律若干问题的解释》（法释〔2016〕9号），受贿数额在三万元以上的，应当认定为数额较大。", "", "受贿数额应当按照实际收受的财物计算。[1]"].join("\n");
    const quality = await check("shue.md", text);
    expect(quality.lostSentences).toEqual([]);
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "shue.md" }] }, [{ path: "shue.md", bytes: new TextEncoder().encode(text) }]);
    const changed = text.replace("法释〔2016〕9号", "法释〔2017〕9号");
    expect(checkDocumentInvariants({ fileName: "shue.md", sourceText: changed, course }).lostSentences).toHaveLength(1);
  });
});

describe("source sentences in Markdown notes are read as the learner sees them", () => {
  const notes = [
    "# 复习笔记",
    "",
    "- [第一节 新时代](#xinshidai)",
    "- [第二节 新思想](#xinsixiang)",
    "",
    "## 总体布局",
    "",
    "统筹推进经济建设、政治建设、文化建设，协调推进全面深化改革、全面依法治国、全面从严治党",
    "",
    "### 四个全面",
    "",
    "“四个全面”内在逻辑联系  ",
    "战略目标：全面建成小康社会  ",
    "战略举措：全面深化改革、全面依法治国",
    "",
    "## 两步走",
    "",
    "- 第一步：从2020年到2035年，基本实现社会主义现代化",
    "- 第二步：从2035年到2050年，把我国建成富强民主文明和谐美丽的社会主义现代化强国",
    "",
    "从现在到2020年，是全面建成小康社会决胜期。",
  ].join("\n");

  test("a heading, a closed list and a hard-broken paragraph end a sentence; a list of links is navigation", async () => {
    const quality = await check("notes.md", notes);
    expect(quality.lostSentences).toEqual([]);
    expect(broken(quality)).toEqual([]);
  });

  test("a note's line lost before a heading is still reported, ending there rather than run into the text under the heading", async () => {
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "notes.md" }] }, [{ path: "notes.md", bytes: new TextEncoder().encode(notes) }]);
    const withExtra = notes.replace("### 四个全面", "这一行笔记在任何段落里都找不到，它没有句号\n\n### 四个全面");
    const lost = checkDocumentInvariants({ fileName: "notes.md", sourceText: withExtra, course }).lostSentences;
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatch(/这一行笔记在任何段落里都找不到，它没有句号。$/);
    expect(lost[0]).not.toMatch(/四个全面|内在逻辑/);
  });
});

describe("a study note's Markdown (maozhongte-daolun.md, maozhongte-fanfu-fuxi.md in the corpus)", () => {
  test("a fenced block's lines (a MkDocs `title=` block of exercise numbers) are markup the reader drops, not lost sentences", async () => {
    const note = ["## 复习", "", '```title="剩下的题目"', "3) 辩证唯物主义，历史唯物主义，唯物史观；中国化，时代化；毛泽东思想是马克思主义中国化时代化的历史性飞跃", "```", "", "坚持党的领导，这是根本保证。"].join("\n");
    expect((await check("note.md", note)).lostSentences).toEqual([]);
  });

  test("numbered questions over indented answers end their sentence at the next heading, as the reader ends the list", async () => {
    const list = ["1. 实事求是的含义", "\t1. 一切从实际出发，理论联系实际，坚持在实践中检验和发展真理，这是党认识世界改造世界的根本要求", "\t2. 怎么做？深入实际了解事物本来的面貌，把握事物内在必然联系，按照客观规律办事，不断推进理论创新"];
    const note = ["### 备选简答题 ###", "", ...list, "", "### 简答题 ###", "", ...list, "2. 毛泽东思想的历史地位", "\t1. 中国革命和建设的科学指南"].join("\n");
    expect((await check("note.md", note)).lostSentences).toEqual([]);
  });

  test("a sentence over a bullet's numbered points is kept without their numbers, as the reader's bulleted list drops them", async () => {
    const note = ["## 笔记", "", "- 马克思主义中国化的历史进程&理论成果：", "\t0. 马克思主义是我们认识世界，把握规律，追求真理，改造世界的强大思想武器，始终占据着真理和道义的制高点", "\t1. 提出：", "\t\t- 1840鸦片战争"].join("\n");
    const quality = await check("note.md", note);
    // Neither lost nor counted twice: the source is read without the numbers too.
    expect(quality.lostSentences).toEqual([]);
    expect(broken(quality)).not.toContain("lost-sentences");
  });
  test("a list left without full stops runs on over a numbered heading in the source: its items are kept, not lost", async () => {
    const notes = [
      "毛概简答题",
      "",
      "1. 邓小平理论的首要基本理论问题",
      "",
      "参考答案：",
      "邓小平对这一问题的回答：",
      "社会主义的根本任务是发展生产力",
      "建设社会主义必须从中国国情出发，走自己的路，建设有中国特色的社会主义",
      "",
      "2. “三个代表”重要思想的核心观点",
      "",
      "参考答案：",
      "中国共产党始终代表中国最广大人民的根本利益。",
    ].join("\n");
    const quality = await check("biji.txt", notes);
    expect(quality.lostSentences).toEqual([]);
  });
});

describe("mid-sentence passages", () => {
  const moduleOf = (texts: string[]): Module[] => [
    {
      id: "m",
      title: "模块",
      source: "notes.md",
      knowledgePoints: [],
      sections: [{ id: "s", title: "小节", numbering: "", implicit: false, sections: [], passages: texts.map((text, at) => ({ id: `p${at}`, kind: "prose", text, sentences: [] })) }],
    },
  ];
  const cut = (texts: string[]) => midSentencePassages(moduleOf(texts)).map((passage) => passage.text);

  test("a short numbered phrase next to its numbered sibling is an item of a list, which needs no stop", () => {
    expect(cut(["3. 不怕牺牲、英勇斗争。", "4. 对党忠诚、不负人民。", "5. 浴血奋战、百折不挠", "6. 自力更生、发愤图强", "7. 自信自强、守正创新。"])).toEqual([]);
  });

  test("a plan's field with its value on the line is a whole item; a clause cut short after a colon is not", () => {
    expect(cut(["一、活动主题：不忘初心跟党走", "二、活动时间：每月第二周周三下午", "三、参加对象：全体党员，按小组组织", "（一）活动地点：学院报告厅"])).toEqual([]);
    expect(cut(["会议要求大家认真学习。各小组要按照时间：", "工作要点是：加强学习，提高本领"])).toEqual(["会议要求大家认真学习。各小组要按照时间：", "工作要点是：加强学习，提高本领"]);
  });

  test("a numbered phrase over a list that restarts at 1, or beside a long paragraph, ends mid-sentence", () => {
    expect(cut(["4. 得其大者可以兼其小。", "4. 为什么信仰马克思主义", "1. 马克思主义是科学的理论，创造性地揭示了人类社会发展规律。"])).toEqual(["4. 为什么信仰马克思主义"]);
    expect(cut(["3. 与人民同在。大学生要在为人民群众服务、实现人民群众利益的过程中实现人生价值。", "4.人生价值的根本尺度和方法", "1. 评价人生价值的根本尺度。"])).toEqual(["4.人生价值的根本尺度和方法"]);
    expect(cut(["1. 坚持真理、坚守理想。", "2. 践行初心，担当使命"])).toEqual(["2. 践行初心，担当使命"]);
  });
});
