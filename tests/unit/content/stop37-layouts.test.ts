// Layouts of the last five documents breaking corpus invariants (issue 15, stop 37), each read generally: a blog page
// opening with its home link, a law library's page printed to PDF (site name + 首页, menu, a one-step breadcrumb, a
// bracketed record bar, a disclaimer), Obsidian Q&A cards coloured with <font> tags, an exam sheet's answer points
// without stops, and a guide's numbered fields. Small invented inputs, one layout each.
import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/content/cleaning/clean-text";
import { closeListItems, closeOrdinalPoints } from "@/lib/content/cleaning/close-list-items";
import { detectMarkup } from "@/lib/content/ingest/detect-markup";
import { readMarkdown } from "@/lib/content/ingest/markdown-to-text";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");

describe("a page's home link and site furniture", () => {
  it("drops a lone home link over a blog post, so the post's title leads", async () => {
    const page = ["首页", "学习强国读后感", "#学习 | 2020-3-2 | 2条评论", "学习使人进步。", "读书让人明理。"];
    const document = await inspectDocument("post.txt", utf8(page));
    expect(document.title).toBe("学习强国读后感");
    expect(passageTexts(document).join("")).not.toContain("首页");
    expect(document.invariants).toEqual([]);
  });

  it("drops a site's named home link with the menu under it and a breadcrumb of one step", () => {
    const { lines } = cleanText(["某某法规网首页", "新闻", "法规", "案例", "论坛", "首页 > 法规查询", "某某工作规定", "第一条 为了规范工作，制定本规定。", "第二条 本规定自发布之日起施行。"].join("\n"));
    expect(lines.join("\n")).not.toMatch(/首页|论坛|法规查询/);
    expect(lines).toContain("第一条为了规范工作，制定本规定。");
  });

  it("drops a record bar of bracketed fields, also where a PDF broke it inside a label", () => {
    const text = ["【发布单位】某某委员会 【发布文号】 【发布日期】2020-0", "5-01 【生效日期】2020-06-01 【所", "属类别】规章制度", "某某管理办法", "第一条 为了加强管理，制定本办法。", "第二条 本办法自发布之日起施行。"];
    const { lines } = cleanText(text.join("\n"));
    expect(lines.join("\n")).not.toMatch(/【|属类别|生效日期/);
    expect(lines).toContain("第一条为了加强管理，制定本办法。");
  });

  it("keeps a bracketed column tag that is no record", () => {
    const { lines } = cleanText(["【学习园地】党员要讲政治。", "党员要守纪律。"].join("\n"));
    expect(lines.join("")).toContain("【学习园地】");
  });

  it("drops a disclaimer with its text on its line at the end, above the footer", () => {
    const text = ["某某规定", "第一条 为了规范工作，制定本规定。", "第二条 本规定自发布之日起施行。", "免责声明：本站资料来源于网络，仅供参考", "。如需引用，请以正式文件为准。", "联系我们", "|", "网站地图", "Copyright © 2020 某某网 版权所有"];
    const { lines } = cleanText(text.join("\n"));
    expect(lines.join("")).not.toMatch(/免责声明|如需引用/);
    expect(lines.join("")).toContain("本规定自发布之日起施行。");
  });
});

describe("Obsidian Q&A cards coloured with <font> tags", () => {
  const note = [
    "---",
    "subject: 党史",
    "tags: ",
    "updated time: 2024-01-01 10:00:00",
    "---",
    "",
    "遵义会议的意义是什么？ #anki ",
    "- 确立了<font color=#ed1c24>毛泽东</font>在红军和党中央的领导地位",
    "- 挽救了<font color=#ed1c24>党</font>、挽救了<font color=#ed1c24>红军</font>",
    "",
    "三大法宝是什么？ #anki ",
    "- <font color=#ed1c24>统一战线</font>",
    "- <font color=#ed1c24>武装斗争</font>",
    "- <font color=#ed1c24>党的建设</font>",
  ].join("\n");

  it("are Markdown: the front matter wins over the tags, and a key may hold a space", () => {
    expect(detectMarkup(note)).toBe("markdown");
    const text = readMarkdown(note).text;
    expect(text).not.toMatch(/#anki|<font|updated time|subject/);
    expect(text).toContain("三大法宝是什么？统一战线；武装斗争；党的建设。");
  });

  it("break no invariant", async () => {
    const document = await inspectDocument("dangshi-qa.md", utf8([note]));
    expect(document.invariants).toEqual([]);
  });

  it("an HTML page with tags and no front matter is still HTML", () => {
    expect(detectMarkup(["<div>一</div>", "<p>二</p>", "<p>三</p>", "<span>四</span>", "<b>五</b>"].join("\n"))).toBe("html");
  });
});

describe("a list's items that leave out their stops", () => {
  it("are closed with ；, the last with 。, where the items count up one to a line", () => {
    const { lines } = closeListItems(["主要意义：", "①巩固了新生的人民政权", "②锻炼了人民的队伍", "③积累了宝贵的经验", "4.下一个问题是什么？"]);
    expect(lines.slice(1, 4)).toEqual(["①巩固了新生的人民政权；", "②锻炼了人民的队伍；", "③积累了宝贵的经验。"]);
  });

  it("leave an item alone that ends already, opens a quotation, or is followed by other text", () => {
    expect(closeListItems(["（1）坚持原则。", "（2）实事求是。（2019年）"]).lines).toEqual(["（1）坚持原则。", "（2）实事求是。（2019年）"]);
    expect(closeListItems(["1.第一项工作", "2.“双向"]).lines[1]).toBe("2.“双向");
    expect(closeListItems(["1.建群并发布活动通知与报名\t1", "2.准备参观所需的各类物品\t2"]).lines).toEqual(["1.建群并发布活动通知与报名\t1", "2.准备参观所需的各类物品\t2"]);
    expect(closeListItems(["（九）管理好党的", "（十）领导党的工作机关、党", "委直属事业单位"]).lines).toEqual(["（九）管理好党的；", "（十）领导党的工作机关、党", "委直属事业单位"]);
  });

  it("leave a table of short step titles as it is, and a lone numbered line", () => {
    expect(closeListItems(["1.递交申请", "2.组织推荐", "3.培养考察"]).lines).toEqual(["1.递交申请", "2.组织推荐", "3.培养考察"]);
    expect(closeListItems(["1.只有一项内容，没有下一项"]).lines).toEqual(["1.只有一项内容，没有下一项"]);
  });

  it("close ordinal points run together on a line after its 第一，", () => {
    expect(closeOrdinalPoints("基本要求：第一，坚持学习第二，注重实践第三，勇于创新")).toBe("基本要求：第一，坚持学习；第二，注重实践；第三，勇于创新");
    expect(closeOrdinalPoints("他说第二，这是一句话")).toBe("他说第二，这是一句话");
  });

  it("make an exam sheet of questions and points read without mid-sentence passages", async () => {
    const sheet = [
      "1.抗日战争胜利的意义是什么？",
      "①彻底粉碎了日本军国主义殖民奴役中国的企图",
      "②洗刷了近代以来抗击外来侵略屡战屡败的民族耻辱",
      "③促进了中华民族的大团结",
      " ",
      "2.抗日战争胜利的原因是什么？",
      "①中国共产党的中流砥柱作用",
      "②全民族抗战",
      "③国际社会的支持和援助",
    ];
    const document = await inspectDocument("kangzhan-dati.txt", utf8(sheet));
    expect(document.invariants).toEqual([]);
    expect(passageTexts(document).join("")).toContain("③促进了中华民族的大团结。");
  });
});

describe("a guide's numbered fields", () => {
  it("are items of a list, not headings, however short or long, and a field's clauses are not split off", async () => {
    const panel = [
      "1、 申请条件：年满十八岁，思想进步，表现良好",
      "2、 受理时间：每年3月、9月",
      "3、 办理程序：本人申请→支部审核→上级审批→结果公示",
      "4、 办理要求：每年两期，每期集中学习后安排。每期不少于十学时，学习结束时进行考试。",
    ];
    const document = await inspectDocument("banli-liucheng.txt", utf8(["办理流程", ...panel]));
    expect(sectionTitles(document)).not.toContain("受理时间：每年3月、9月");
    expect(passageTexts(document)).toContain("2、受理时间：每年3月、9月；");
    expect(passageTexts(document).join("")).toContain("学习后安排。每期不少于十学时");
    expect(document.invariants).toEqual([]);
  });
});
