import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { inspectDocument } from "@/lib/content/inspect-document";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { dropSiteBoilerplate } from "@/lib/content/cleaning/drop-site-boilerplate";
import { withoutSiteName } from "@/lib/content/structure/clean-title";
import { passageTexts, sectionTitles } from "./inspected-text";

// University news reports as a crawler's blog mirror keeps them (front matter titled `站名->标题 | 域名`, a bylined lead
// `某某新闻网讯 （记者 甲` broken before its bracket closes, a `<!--more-->` summary mark inside a sentence, a link to the
// first-published page left as its text) and as a reader copies them into Notepad or Word. Made-up reports of that layout.
const FIRST = "11月4日，学校召开党委常委会扩大会议，传达学习全国两会精神。";
const SECOND = "会议指出，要把学习贯彻会议精神作为当前的重要政治任务，推动各项工作落地见效。";
const THIRD = "会议强调，各级党组织要压实主体责任，确保学习贯彻取得实际成效。";

describe("a news mirror's post in Markdown", () => {
  const post = [
    "---",
    "title: 某某大学->【学习贯彻二十大】学校召开党委常委会扩大会议 | news.example.edu.cn",
    "date: 2023-03-10 01:20:00",
    "---",
    "**某某新闻网讯** （记者 张三",
    "",
    `摄影报道）${FIRST}`,
    "",
    "会议指出，要把学习贯彻会议精神作为当前的重要政治任务，推动各项",
    "<!--more-->",
    "工作落地见效。",
    "",
    THIRD,
    "",
    "[转入文章首发地址](http://news.example.edu.cn/2023/0310.shtml)",
  ].join("\n");

  it("titles the document without the site around its title nor the column's tag", async () => {
    const document = await inspectDocument("post.md", new TextEncoder().encode(post));
    expect(document.title).toBe("学校召开党委常委会扩大会议");
  });

  it("drops the lead whose bracket closes in the next paragraph: no section title, the text starts with its own words", async () => {
    const document = await inspectDocument("post.md", new TextEncoder().encode(post));
    expect(sectionTitles(document).some((title) => /新闻网讯|记者/.test(title))).toBe(false);
    expect(passageTexts(document)).toEqual([FIRST, SECOND, THIRD]);
    expect(document.invariants).toEqual([]);
  });

  it("runs a paragraph on across a one-line comment between its lines, and breaks it at a comment between paragraphs", async () => {
    const apart = ["# 标题", "", FIRST, "", "<!-- 以下暂不发布 -->", "", SECOND].join("\n");
    const document = await inspectDocument("apart.md", new TextEncoder().encode(apart));
    expect(passageTexts(document)).toEqual([FIRST, SECOND]);
  });
});

describe("the same post copied into Notepad (GBK, CRLF)", () => {
  const lines = ["【学习贯彻二十大】学校召开党委常委会扩大会议", "某某新闻网讯 （记者 张三", `摄影报道）${FIRST}`, SECOND, THIRD, "转入文章首发地址"];

  it("keeps the headline as the title and the three paragraphs as the text", async () => {
    const document = await inspectDocument("post-gbk.txt", new Uint8Array(iconv.encode(lines.join("\r\n") + "\r\n", "gbk")));
    expect(document.title).toBe("学校召开党委常委会扩大会议");
    expect(passageTexts(document)).toEqual([FIRST, SECOND, THIRD]);
    expect(document.invariants).toEqual([]);
  });
});

describe("news leads", () => {
  it("drops a lead alone on its line, a closed lead before the text, and one whose bracket the next line closes", () => {
    const apply = (input: string[]) => dropDocumentMetadata.apply(input).lines.filter(Boolean);
    expect(apply(["学校召开大会", "某某新闻网讯", FIRST])).toEqual(["学校召开大会", FIRST]);
    expect(apply(["学校召开大会", `某某日报讯（记者 李四 王五）${FIRST}`])).toEqual(["学校召开大会", FIRST]);
    expect(apply(["学校召开大会", "本报讯 （通讯员 赵六", `钱七）${FIRST}`])).toEqual(["学校召开大会", FIRST]);
  });

  it("keeps a sentence that only starts with a word ending in 讯 (资讯、通讯)", () => {
    const text = ["学校召开大会", "通讯员队伍建设是宣传工作的基础，各单位要高度重视。"];
    expect(dropDocumentMetadata.apply(text).lines).toEqual(text);
  });
});

describe("site names around a page's title", () => {
  it("drops the site before an arrow and the domain after a bar, never a title's own words", () => {
    expect(withoutSiteName("某某大学->学校召开党建工作会议 | news.example.cn")).toBe("学校召开党建工作会议");
    expect(withoutSiteName("学校召开党建工作会议_www.example.com")).toBe("学校召开党建工作会议");
    expect(withoutSiteName("党建工作2.0版本的探索")).toBe("党建工作2.0版本的探索");
  });

  it("drops a link to the original page left as its text, not a sentence about reading", () => {
    const lines = [FIRST, "阅读原文", "点击查看原文", "转入文章首发地址", "要认真阅读原文，领会精神实质。"];
    expect(dropSiteBoilerplate.apply(lines).lines).toEqual([FIRST, "要认真阅读原文，领会精神实质。"]);
  });
});
