// WeChat posts saved as Markdown (issue 15): credits separated by 丨 or |, the -END- mark before them.
// Written on real posts outside holdout/ (wechat-jiuyue-zhengguan.md in the corpus).
import { describe, expect, it } from "vitest";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

const utf8 = (text: string) => new TextEncoder().encode(text);
const inspect = (text: string, fileName = "推文.md") => inspectDocument(fileName, utf8(text));

const PARAGRAPH = "9月2日，学院拉开了迎接新生的序幕，老师们走进新生宿舍，送上关怀与慰问。";

describe("a WeChat post's closing credits", () => {
  it("drops credits separated by 丨 (the character drawn as a bar) or an ASCII bar, with the -END- mark before them", () => {
    const lines = [PARAGRAPH, "-END-", "供稿 | 罗 萱", "编辑 | 罗 萱", "初审 | 黄睿春", "审核发布 | 陈菊平"];
    expect(dropDocumentMetadata.apply(lines).lines.filter(Boolean)).toEqual([PARAGRAPH]);
    const bars = [PARAGRAPH, "来源：武汉大学研究生会", "文字丨吴兮越 李悦", "图片丨武汉大学研究生会", "责编丨张会闯", "审核丨伍林"];
    expect(dropDocumentMetadata.apply(bars).lines.filter(Boolean)).toEqual([PARAGRAPH]);
  });
  it("keeps a single 丨 label inside the text and the word END in a sentence", () => {
    const lines = ["图片丨图片居中，环绕方式为嵌入型", PARAGRAPH, "活动在歌声中走向END。", PARAGRAPH];
    expect(dropDocumentMetadata.apply(lines).lines).toEqual(lines);
  });
});

describe("a heading its author marked in Markdown", () => {
  const OPENING = "金秋之际，学院迎来了新生。他们从五湖四海齐聚珞珈山，开启人生新篇章。";
  const FIRST = "9月2日，学院拉开了迎接新生的序幕，老师们亲临迎新现场。";
  const SECOND = "新生报到结束，学院老师们走进新生宿舍，送上关怀与慰问。";

  it("titles its section when a comma joins its phrases (### 初识惊鸿，相遇珞珈), in a highlight span too", async () => {
    const document = await inspect(
      ["# 九月迎新", "", OPENING, "", '### <span style="background:#fff88f">初识惊鸿，相遇珞珈</span>', "", FIRST, "", "## “新” 火相传，筑梦未来", "", SECOND].join("\n"),
    );
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["初识惊鸿，相遇珞珈", "“新”火相传，筑梦未来"]));
    expect(passageTexts(document)).toEqual([OPENING, FIRST, SECOND]);
    expect(document.invariants).toEqual([]);
  });

  it("stays text when it is a sentence, a list lead or too long to title anything", async () => {
    const sentence = "学院拉开了迎接新生的序幕。";
    const lead = "为做好迎新工作，学院的安排如下";
    const long = "学院领导班子成员走进新生宿舍看望新生并与新生及家长亲切交谈，了解新生入学体验与未来规划";
    const document = await inspect(["# 九月迎新", "", OPENING, "", `### ${sentence}`, "", FIRST, "", `### ${long}`, "", SECOND, "", `### ${lead}`, "", "报到、体检和入学教育。"].join("\n"));
    const titles = sectionTitles(document);
    for (const line of [sentence, lead, long]) expect(titles).not.toContain(line.replace(/。$/, ""));
  });

  it("is a title only where the author marked it: the same couplet in plain text stays a passage", async () => {
    const document = await inspect(["九月迎新", "", OPENING, "", "初识惊鸿，相遇珞珈", "", FIRST].join("\n"), "推文.txt");
    expect(sectionTitles(document)).not.toContain("初识惊鸿，相遇珞珈");
  });
});

describe("a post's credits, ornaments and banner", () => {
  const PARAGRAPH = "2022年5月12日，金融学院本科生党总支开展了优秀党员代表主题分享会。";
  const CLOSING = "参与支部以多样化的方式，积极传播对党忠诚、心系群众的精神。";

  it("drops credits whose label and name a slash separates, and the labels 特别支持、校审、负责", () => {
    const slashes = [CLOSING, "通讯员 / 陈薇张栩源", "排版 / 网络舆情部侯蕴格", "负责 / 网络舆情部朱宇昊"];
    expect(dropDocumentMetadata.apply(slashes).lines.filter(Boolean)).toEqual([CLOSING]);
    const labels = [CLOSING, "出品：新媒体中心", "特别支持：分团委", "文字：何东骏、高鹤鸣", "校审：何春昊", "编辑：曾桢"];
    expect(dropDocumentMetadata.apply(labels).lines.filter(Boolean)).toEqual([CLOSING]);
  });

  it("keeps a lone label line in the text (负责：… over a paragraph is content)", () => {
    const lines = ["负责 / 宣传工作的同志", PARAGRAPH, CLOSING];
    expect(dropDocumentMetadata.apply(lines).lines).toEqual(lines);
  });

  it("drops ornament lines (✦✦, a lone opening quote) and the ornaments framing a line", async () => {
    const document = await inspect(
      ["# 迎新季", "", PARAGRAPH, "", "✦✦", "", "#### 迎新朋，初相逢", "", CLOSING, "", "“", "", "**杨艺悦**：", "", "湖北省博物馆之行让我感受到了灿烂的文化。", "", "★ 分享会现场 ★", "", "分享会上，四个支部的党员讲述了优秀党员的故事。"].join("\n"),
    );
    const titles = sectionTitles(document);
    const passages = passageTexts(document);
    expect(titles).not.toContain("✦✦");
    expect(titles.concat(passages).some((text) => /[✦★]|^“$/.test(text))).toBe(false);
    expect(titles.concat(passages).some((text) => text.startsWith("分享会现场"))).toBe(true);
    expect(passages).toContain("杨艺悦：湖北省博物馆之行让我感受到了灿烂的文化。");
  });

  it("skips a banner under the title that prints the title again in pieces, and nothing else", async () => {
    const title = "悦读坊丨红色印象——金融学院本科生党总支开展优秀党员故事分享会";
    const document = await inspect(["# " + title, "", "**红色印象**", "", "★ 金融学院本科生党总支开展★", "", "**优秀党员故事分享会**", "", PARAGRAPH, "", CLOSING].join("\n"));
    expect(document.title).toBe(title);
    expect(sectionTitles(document)).toEqual([title]);
    expect(passageTexts(document)).toEqual([PARAGRAPH, CLOSING]);
    // A line under the title that says more than the title is the text's first heading.
    const headed = await inspect(["# " + title, "", "**红色印象**", "", "**分享会的由来**", "", PARAGRAPH, "", CLOSING].join("\n"));
    expect(sectionTitles(headed)).toContain("分享会的由来");
  });
});

describe("verse in a post saved as Markdown", () => {
  const PARAGRAPH = "9月2日，武汉大学研究生会在四个学部设立迎新服务点，为新生提供报到指引。";

  it("reads phrases joined by hard breaks as one passage, line ends as commas", async () => {
    const document = await inspect(
      ["# 迎新现场纪实", "", "秋风送爽，筑梦新程  ", "在这个收获与希望交织的季节  ", "我们跨越山海，成为 “珈” 人  ", "共同书写研究生阶段的崭新一页", "", PARAGRAPH].join("\n"),
    );
    expect(passageTexts(document)).toEqual(["秋风送爽，筑梦新程，在这个收获与希望交织的季节，我们跨越山海，成为“珈”人，共同书写研究生阶段的崭新一页。", PARAGRAPH]);
    expect(document.invariants).toEqual([]);
  });

  it("reads four or more short phrases one to a paragraph, a couplet among them, as one passage", async () => {
    const lines = ["从辛亥革命的第一声枪响", "到新民主主义革命的曙光绽放", "抛洒热血，铸就荣光", "青年学子重走革命道路"];
    const document = await inspect(["# 重走革命路", "", ...lines.flatMap((line) => [line, ""]), PARAGRAPH].join("\n"));
    expect(passageTexts(document)).toEqual(["从辛亥革命的第一声枪响，到新民主主义革命的曙光绽放，抛洒热血，铸就荣光，青年学子重走革命道路。", PARAGRAPH]);
    expect(sectionTitles(document)).toEqual(["重走革命路"]);
  });

  it("reads five or more short phrases one to a paragraph as one passage, with no couplet among them", async () => {
    const lines = ["于故事汇里", "重温心动瞬间", "于物品展览中", "寻找青涩记忆", "用拼贴画", "拼凑出对青春的独特理解"];
    const document = await inspect(["# 心理文化节", "", ...lines.flatMap((line) => [line, ""]), PARAGRAPH].join("\n"));
    expect(passageTexts(document)).toEqual(["于故事汇里，重温心动瞬间，于物品展览中，寻找青涩记忆，用拼贴画，拼凑出对青春的独特理解。", PARAGRAPH]);
    expect(document.invariants).toEqual([]);
  });

  it("drops a post's event date without its year near the top, and the swipe prompt under a gallery", async () => {
    const document = await inspect(["# 心理文化节", "", "11月30日", "", PARAGRAPH, "", "左右滑动查看更多", "", PARAGRAPH.replace("9月2日", "9月3日")].join("\n"));
    expect([...sectionTitles(document), ...passageTexts(document)].some((text) => /^11月30日$|滑动查看/.test(text))).toBe(false);
    expect(passageTexts(document)).toContain(PARAGRAPH);
  });

  it("leaves credits joined by hard breaks, short titles and prose alone", async () => {
    const credits = ["来源：武汉大学研究生会  ", "文字丨吴兮越 李悦  ", "审核丨伍林"];
    const text = await inspect(["# 迎新现场纪实", "", PARAGRAPH, "", ...credits].join("\n"));
    expect(passageTexts(text)).toEqual([PARAGRAPH]);
    // Three short titles, none a couplet: headings over their text, not verse.
    const titled = await inspect(["# 迎新现场纪实", "", "以心迎新", "", "党旗引领", "", "筑梦未来", "", PARAGRAPH].join("\n"));
    expect(passageTexts(titled).some((passage) => passage.includes("，党旗引领"))).toBe(false);
    // Four short titles, none a couplet: still headings, not verse.
    const four = await inspect(["# 迎新现场纪实", "", "以心迎新", "", "党旗引领", "", "筑梦未来", "", "青春启航", "", PARAGRAPH].join("\n"));
    expect(passageTexts(four).some((passage) => passage.includes("，党旗引领"))).toBe(false);
  });
});

describe("a bold line of its own in Markdown", () => {
  it("titles the paragraph under it when a comma joins its phrases, and is never glued to it", async () => {
    const body = "2024年9月10日，研修班正式开班，学员围绕全会精神开展了专题学习。";
    const document = await inspect(["# 研修班举办", "", "本次研修班为期五天，共有四十名学员参加。", "", "**以研修为契机，深入领会贯彻全会精神**", "", body].join("\n"));
    expect(sectionTitles(document)).toContain("以研修为契机，深入领会贯彻全会精神");
    expect(passageTexts(document)).toContain(body);
  });
});
