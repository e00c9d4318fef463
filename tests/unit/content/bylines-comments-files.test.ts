import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

// Issue 15: what papers, blogs and exported files print around a text. A commentary's pen name under its
// title is a byline; a blog's counters and its comment area are the page's, not the article's; a file's
// name or an "整理人" line at the top is metadata, never a title. Synthetic examples.
const utf8 = (text: string) => new TextEncoder().encode(text);
const inspect = (text: string, fileName = "文章.txt") => inspectDocument(fileName, utf8(text));

const BODY = [
  "作风建设永远在路上，永远没有休止符。各级党组织要把纠治“四风”作为经常性工作来抓，持之以恒正风肃纪。",
  "",
  "党员干部要带头转变作风，深入基层调查研究，真心实意为群众办实事、解难题。",
  "",
  "只有坚持严的基调不动摇，才能以优良作风凝聚党心民心，为事业发展提供坚强保障。",
];

describe("a commentary's pen name under its title", () => {
  it.each(["仲音", "钟声", "任仲平", "本报评论员", "《人民日报》评论员", "新华社评论员"])("reads %s as the author, not a title or a passage", async (pen) => {
    const document = await inspect(["以优良作风凝聚党心民心", "", pen, "", ...BODY].join("\n"));
    expect(sectionTitles(document).some((title) => title.includes(pen.replace(/[《》]/g, "")))).toBe(false);
    expect(passageTexts(document).some((text) => text === pen)).toBe(false);
    expect(document.metadata.author).toBe(pen.replace(/[《》]/g, ""));
  });

  it("keeps a sentence that names a pen name", async () => {
    const document = await inspect(["学习体会", "", "人民日报发表仲音的评论文章，强调作风建设永远在路上。", "", ...BODY].join("\n"));
    expect(passageTexts(document).some((text) => text.includes("仲音的评论"))).toBe(true);
  });
});

describe("a blog page's counters and comment area", () => {
  it("drops a counter line under the title and the comments after the article", async () => {
    const page = [
      "以优良作风凝聚党心民心",
      "#党课学习 | 2019-7-25 | 3条评论",
      "",
      ...BODY,
      "",
      "发表评论",
      "张三",
      "写得很好，学习了！",
      "回复",
      "李四",
      "深受教育，转发学习。",
    ].join("\n");
    const document = await inspect(page);
    const passages = passageTexts(document);
    expect(passages.some((text) => /条评论|写得很好|深受教育|回复/.test(text))).toBe(false);
    expect(sectionTitles(document).some((title) => /评论|张三|李四/.test(title))).toBe(false);
    expect(passages.some((text) => text.includes("坚强保障"))).toBe(true);
  });

  it("keeps a sentence about comments and a 留言 in the first half of the text", async () => {
    const document = await inspect(["群众工作方法", "", "我们开通了网上评论渠道，认真回复群众每一条留言。", "", ...BODY].join("\n"));
    expect(passageTexts(document).some((text) => text.includes("每一条留言"))).toBe(true);
  });

  it("reads a counter line only when every part of it is a counter, a label or a date", () => {
    return inspect(["标题", "", "阅读(120)  评论(3)", "", "本文阅读 120 次以后，我们收到了3条评论，作者逐条回复。", "", ...BODY].join("\n")).then((document) => {
      const passages = passageTexts(document);
      expect(passages.some((text) => text.startsWith("阅读"))).toBe(false);
      expect(passages.some((text) => text.includes("逐条回复"))).toBe(true);
    });
  });
});

describe("an exported file's head lines", () => {
  it("drops a file name and a 整理人 line above the text, and never titles the document with them", async () => {
    const document = await inspect(["毛概简答题答案.docx", "整理人：王某", "版本：2024年修订", "", "什么是马克思主义中国化？", "", ...BODY].join("\n"), "maogai.txt");
    const titles = [document.title, ...sectionTitles(document)];
    expect(titles.some((title) => /\.docx|整理人|版本/.test(title))).toBe(false);
    expect(passageTexts(document).some((text) => /\.docx|整理人/.test(text))).toBe(false);
  });

  it("keeps a sentence that names a file", async () => {
    const document = await inspect(["学习安排", "", "请各支部下载学习材料.docx，认真组织学习。", "", ...BODY].join("\n"));
    expect(passageTexts(document).some((text) => text.includes("学习材料"))).toBe(true);
  });
});

describe("a blog post's head as a blog host prints it", () => {
  it("keeps the title without its date stamp and repost mark, and reads the date", async () => {
    const page = ["学习党史的几点体会 (2016-12-02 19:49:43)转载▼", "标签： 党史 学习\t分类： 学习笔记", "", ...BODY].join("\n");
    const document = await inspect(page);
    const titles = [document.title, ...sectionTitles(document)];
    expect(titles).toContain("学习党史的几点体会");
    expect(titles.some((title) => /转载|2016|标签/.test(title))).toBe(false);
    expect(passageTexts(document).some((text) => /转载|标签/.test(text))).toBe(false);
    expect(document.metadata.date).toBe("2016年12月2日");
  });

  it("leaves a sentence with a time in brackets alone", async () => {
    const document = await inspect(["会议纪要", "", "会议于上午召开（2016-12-02 09:30），全体党员参加。", "", ...BODY].join("\n"));
    expect(passageTexts(document).some((text) => text.includes("全体党员参加"))).toBe(true);
  });
});
