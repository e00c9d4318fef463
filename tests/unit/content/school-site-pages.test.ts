import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { inspectDocument } from "@/lib/content/inspect-document";
import { decodeText, restoreLostCharacters } from "@/lib/content/ingest/decode-text";
import { passageTexts, sectionTitles } from "./inspected-text";

// Articles copied from a school website's pages (title, byline, body) into a .txt or .docx: a
// speech with its speaker and date under the title, the leadership's 述职 reports run together
// under a notice, a reposted case report with its source credit and link. Small synthetic
// inputs, one layout each.
const gbkCrlf = (lines: string[]) => new Uint8Array(iconv.encode(lines.join("\r\n") + "\r\n", "gbk"));
const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");
const modulesOf = (document: Awaited<ReturnType<typeof inspectDocument>>) => document.modules.map((module) => module.title);

const SPEECH = [
  "陈某某局长在全市教育系统年度工作会议上的讲话",
  "文章来源：本站原创 作者：佚名 发布时间：2010年03月10日 点击数：",
  "次",
  "在全市教育系统年度工作会议上的讲话",
  "陈某某",
  "（2010年2月22日）",
  "同志们：",
  "今天，我们在这里召开全市教育局长会议。这次会议的主要任务是：总结去年的工作，研究明确今年工作的重点。",
  "一、去年教育工作的简要回顾",
  "去年是充满压力和挑战之年，我们全面完成了目标任务，全市教育事业再上新台阶。",
  "二、今年教育工作的重点",
  "安全稳定压倒一切。今年全市安全稳定工作要牢固树立“安全是第一质量”的意识，切实健全“三个体系”：",
  "1．目标体系。安全稳定工作要立足于抓早，把安全隐患解决在萌芽状态。",
  "2．责任体系。要健全责任制，进一步强化安全稳定责任链。",
  "3．保障体系。要加大投入，保障各项措施落到实处。",
];

describe("a leader's speech copied from a school website into a GBK .txt (CRLF)", () => {
  it("reads the speaker's bare name next to the date as the author, not as a module or section title", async () => {
    const document = await inspectDocument("jianghua.txt", gbkCrlf(SPEECH));
    expect(document.metadata.author).toBe("陈某某");
    expect(document.metadata.date).toBe("2010年2月22日");
    expect([...modulesOf(document), ...sectionTitles(document)]).not.toContain("陈某某");
  });

  it("drops the hit counter's unit the byline lost its number to (点击数： / 次)", async () => {
    const document = await inspectDocument("jianghua.txt", gbkCrlf(SPEECH));
    expect([...modulesOf(document), ...sectionTitles(document), ...passageTexts(document)]).not.toContain("次");
  });

  it("loses no sentence: a list lead ending in “：” before a CRLF line end ends its unit as before an LF", async () => {
    const document = await inspectDocument("jianghua.txt", gbkCrlf(SPEECH));
    expect(document.lostSentences).toEqual([]);
    expect(document.invariants).toEqual([]);
  });

  it("reads a name and a date on one line, or a name over a date without brackets, as the speaker and the date", async () => {
    const dated = await inspectDocument("jianghua.txt", utf8(["走向远方", "——在2020届高三学生毕业典礼上的讲话", "王  琛  2020.6.20", "同学们、老师们：", "今天，我们在这里隆重举行毕业典礼，我为你们每一个同学感到骄傲。"]));
    expect(dated.metadata.author).toBe("王 琛");
    expect(dated.metadata.date).toBe("2020.6.20");
    const below = await inspectDocument("jianghua.txt", utf8(["乘风破浪，逐梦扬帆", "——在开学典礼上的讲话", "王  琛", "2021/02/27", "老师们、同学们，新学期好！首先，我代表学校向全体师生致以新春的问候！"]));
    expect(below.metadata.author).toBe("王 琛");
    expect([...sectionTitles(below), ...passageTexts(below)].some((text) => text.includes("王琛") || text.includes("王 琛"))).toBe(false);
  });

  it("keeps a short title line above the salutation as the title, not as a speaker's name", async () => {
    const document = await inspectDocument("fayan.txt", utf8(["发言稿", "尊敬的各位老师、亲爱的同学们：", "大家好！我是发展对象代表。今天能在这里发言，我深感荣幸。"]));
    expect(document.title).toBe("发言稿");
    expect(document.metadata.author).toBeUndefined();
  });

  it("reads an office and a spaced name as the speaker's byline", async () => {
    const lines = ["奋力开创学校高水平发展新局面", "——在主题教育总结大会上的讲话", "学校党委书记、校长  王 琛", "同志们：", "今天我们召开主题教育总结大会，主要任务是回顾总结我校主题教育开展情况。"];
    const document = await inspectDocument("zongjie.txt", utf8(lines));
    expect(document.metadata.author).toBe("学校党委书记、校长 王 琛");
    expect(passageTexts(document).join("")).not.toContain("王琛");
  });
});

describe("characters a legacy code page could not hold (`?` in a GBK file)", () => {
  it("reads `?` between Chinese characters as a space when the file shows a run of them", () => {
    expect(restoreLostCharacters("不忘初心担使命?传承博雅\n绍兴一中党委书记、校长??王?琛\n")).toBe("不忘初心担使命 传承博雅\n绍兴一中党委书记、校长  王 琛\n");
  });

  it("reads a `?` after a space as a lost character too (`王 ?琛 ?2020.6.20`)", () => {
    expect(restoreLostCharacters("走向远方\n王 ?琛 ?2020.6.20\n同学们：\n")).toBe("走向远方\n王  琛  2020.6.20\n同学们：\n");
  });

  it("leaves a half-width question mark alone: no run of `?`, or a `?` used at a sentence end", () => {
    const questions = "怎样把传统工业搞上去呢?关键在于依靠技术进步。\n";
    expect(restoreLostCharacters(questions)).toBe(questions);
    const mixed = "校长??王琛讲话。\n大家明白了吗?\n";
    expect(restoreLostCharacters(mixed)).toBe(mixed);
  });

  it("applies to legacy code pages only, never to UTF-8", () => {
    const text = "绍兴一中党委书记、校长??王?琛在主题教育总结大会上的讲话。根据中央和省委、市委的统一部署，今天我们召开主题教育总结大会。";
    expect(decodeText(new Uint8Array(iconv.encode(text, "gbk"))).text).toBe(text.replace("??王?", "  王 "));
    expect(decodeText(new TextEncoder().encode(text)).text).toBe(text);
  });
});

describe("the leadership's 述职 reports under a notice", () => {
  const REPORTS = [
    "学校党委班子成员年度述职报告展示",
    "全体教职工：",
    "根据市教育局党委的通知要求，其他党委班子成员的述职报告通过书面形式在校网展示，请老师们悉知。",
    "党政办",
    "1月13日",
    "2022年度述职述廉述德述法报告",
    "孙某某",
    "一、履行岗位职责情况",
    "一年来，我牢记肩上责任，更好履职尽责，协助书记、校长分管学校党建工作。",
    "二、存在问题",
    "回顾一年来的工作，个人在以下几个方面仍然存在差距和不足。",
  ];

  it("drops the notice's signature (office, date without year) and keeps the part heading under the author a heading", async () => {
    const document = await inspectDocument("shuzhi.txt", utf8(REPORTS));
    const titles = sectionTitles(document);
    expect(titles).toContain("履行岗位职责情况");
    expect(titles).not.toContain("1月13日");
    expect(passageTexts(document).join("")).not.toMatch(/党政办|1月13日|履行岗位职责情况/);
    expect(document.invariants).toEqual([]);
  });

  it("still joins a form's label and value lines, and a date without year stays when no office signs above it", async () => {
    const document = await inspectDocument("huodong.txt", utf8(["活动安排", "活动时间", "2025年11月28日下午", "活动地点", "湖北省博物馆", "集合时间", "1月13日", "同学们按时集合，一同前往。"]));
    expect(passageTexts(document).join("")).toContain("活动时间：2025年11月28日下午；活动地点：湖北省博物馆；集合时间：1月13日。");
  });
});

describe("a reposted case report: its source credit, its date and account line, its link", () => {
  const REPORT = [
    "某地多名干部违规吃请被查处",
    "2017-12-19 廉洁某省",
    "近日，市纪委通报了一起违反中央八项规定精神的典型案例。",
    "“悔不当初。”当事人在个人检查中写道：“现在想想，正是自己所谓的情面，害了自己。”（来源：中国纪检监察报 作者：某某 某某某）",
    "原文链接：http://mp.weixin.qq.com/s?__biz=MjM5&mid=26543&idx=1#rd",
  ];

  it("keeps the last paragraph and drops only the credit glued after its sentence end", async () => {
    const document = await inspectDocument("anli.txt", utf8(REPORT));
    const text = passageTexts(document).join("");
    expect(text).toContain("“悔不当初。”当事人在个人检查中写道：“现在想想，正是自己所谓的情面，害了自己。”");
    expect(text).not.toMatch(/来源|作者|http/);
    expect(document.invariants).toEqual([]);
  });

  it("reads a post's date and account line as metadata", async () => {
    const document = await inspectDocument("anli.txt", utf8(REPORT));
    expect(document.metadata.date).toBe("2017-12-19");
    expect(document.metadata.source).toBe("廉洁某省");
  });

  it("drops a link glued after a paragraph's last sentence, and keeps a URL inside a sentence", async () => {
    const glued = await inspectDocument("pinglun.txt", utf8(["从修宪看制度", "中国的制度优势在于长期规划。这是中国道路的重要特点。本文链接：http://www.example.com/a/2018_03_12_449.shtml"]));
    expect(passageTexts(glued).join("")).toBe("中国的制度优势在于长期规划。这是中国道路的重要特点。");
    const inside = await inspectDocument("zhinan.txt", utf8(["上网指南", "请登录 http://www.example.gov.cn 查询办事指南，按提示填写申请表。"]));
    expect(passageTexts(inside).join("")).toContain("http://www.example.gov.cn");
  });
});

describe("a short line next to a date in parentheses that is no speaker", () => {
  it("keeps a regulation's chapter heading and 总则 under its adoption note", async () => {
    const lines = ["某某工作规则", "（2019年1月1日）", "第一章", "总则", "第一条 为了规范工作，制定本规则。", "第二条 本规则适用于各级机关。", "第三条 工作坚持依规依纪依法。"];
    const document = await inspectDocument("guize.txt", utf8(lines));
    expect(document.metadata.author).toBeUndefined();
    expect(sectionTitles(document).join("")).toContain("总则");
  });
});
