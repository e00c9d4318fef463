import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { inspectDocument } from "@/lib/content/inspect-document";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { isHeadlineOverByline } from "@/lib/content/structure/classify-lines";
import { passageTexts } from "./inspected-text";

// A school site's news page copied by a reader: a long headline with a column's tag and a subtitle after a colon, the
// page's byline of labelled fields (some left empty by the copy), the hit counter's unit on a line of its own, then the
// report. Small synthetic inputs of that layout.
const HEADLINE = "党建引领|年度党建述职评议：我校获上级党委点评肯定并授牌“党建示范学校”";
const OPEN_HEADLINE = "党建引领|书记上党课：庆祝建党百年，某某局党委书记到某某中学为联系支部上专题党课";
const BYLINE = "文章来源： 作者： 发布时间：2020年03月08日 点击数：";
const FIRST = "1月20日下午，学校党组织书记抓基层党建述职评议会在市行政中心召开。";
const SECOND = "会议指出，要强化一切工作到支部的导向，发挥党员教师的先锋模范作用。";
const gbkCrlf = (lines: string[]) => new Uint8Array(iconv.encode(lines.join("\r\n") + "\r\n", "gbk"));

describe("a headline over a page's byline of labelled fields", () => {
  it("is the document's title however long, its colon parting title and subtitle, and no passage", async () => {
    const document = await inspectDocument("shuzhi-pingyi-gbk.txt", gbkCrlf([HEADLINE, BYLINE, "次", FIRST, SECOND]));
    expect(document.title).toBe(HEADLINE);
    expect(passageTexts(document)).toEqual([FIRST, SECOND]);
  });

  it("is not run on into the first paragraph when it ends in a word (a report pasted into a text file)", async () => {
    const document = await inspectDocument("dangke.txt", new TextEncoder().encode([OPEN_HEADLINE, BYLINE, "次", FIRST, SECOND].join("\n")));
    expect(document.title).toBe(OPEN_HEADLINE);
    expect(passageTexts(document)[0]).toBe(FIRST);
  });

  it("is marked as a heading by the metadata rule only when the byline stands right under it", () => {
    expect(dropDocumentMetadata.apply([HEADLINE, BYLINE, "次", FIRST]).headings).toEqual([HEADLINE]);
    expect(dropDocumentMetadata.apply([HEADLINE, FIRST, SECOND]).headings).toEqual([]);
  });
});

describe("isHeadlineOverByline", () => {
  it("takes a long headline with a column's tag, a colon and commas", () => {
    expect(isHeadlineOverByline(HEADLINE)).toBe(true);
    expect(isHeadlineOverByline(OPEN_HEADLINE)).toBe(true);
  });

  it("refuses a sentence, a lead, a salutation, a quotation and a line too wide for a headline", () => {
    expect(isHeadlineOverByline(FIRST)).toBe(false);
    expect(isHeadlineOverByline("会议对下一步工作提出以下要求：")).toBe(false);
    expect(isHeadlineOverByline("同志们：")).toBe(false);
    expect(isHeadlineOverByline("“学党史、悟思想、办实事、开新局”")).toBe(false);
    expect(isHeadlineOverByline("某".repeat(61))).toBe(false);
  });
});
