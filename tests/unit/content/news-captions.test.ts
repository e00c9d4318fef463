import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { inspectDocument } from "@/lib/content/inspect-document";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { passageTexts, sectionTitles } from "./inspected-text";

// News reports copied from a university's or a party branch's page: the photos are gone, their captions stay as
// short lines between the paragraphs (issue 15). Small synthetic inputs of that layout.
const gbkCrlf = (lines: string[]) => new Uint8Array(iconv.encode(lines.join("\r\n") + "\r\n", "gbk"));

const HEADLINE = "学院召开基层党建工作推进会";
const FIRST = "4月12日，学院党委在行政楼报告厅召开基层党建工作推进会，各党支部书记和党员代表共80余人参加会议。";
const SECOND = "会上，党委书记王明结合学院实际，对本学期基层党建重点工作进行了部署，要求各支部压实责任、抓好落实。";
const THIRD = "随后，各党支部书记依次汇报了上学期支部工作开展情况，并就存在的问题和下一步打算作了交流。";
const FOURTH = "据悉，此次推进会是学院落实全面从严治党主体责任的一项具体举措，学院将定期召开此类会议。";

const dropped = (lines: string[]) => dropDocumentMetadata.apply(lines).removed!.filter((line) => line.rule === "uncredited-caption").map((line) => line.line);

describe("photo captions without credit in a news report", () => {
  it("drops a scene's, a speaker's and a group photo's caption between the paragraphs: none is a section title", async () => {
    const lines = [HEADLINE, FIRST, "推进会现场", SECOND, "党委书记王明讲话", THIRD, "图为支部书记汇报交流", FOURTH];
    const document = await inspectDocument("tuijinhui-gbk.txt", gbkCrlf(lines));
    expect(document.debris.metadataLines).toEqual([
      { rule: "uncredited-caption", line: "推进会现场" },
      { rule: "uncredited-caption", line: "党委书记王明讲话" },
      { rule: "uncredited-caption", line: "图为支部书记汇报交流" },
    ]);
    expect(sectionTitles(document).some((title) => /现场|讲话|图为/.test(title))).toBe(false);
    expect(passageTexts(document)).toEqual([FIRST, SECOND, THIRD, FOURTH]);
    expect(document.invariants).toEqual([]);
  });

  it("drops captions of other forms: a ceremony, a lecture, a spaced name", () => {
    expect(dropped([HEADLINE, FIRST, "揭牌仪式现场", SECOND, "王明 致辞", THIRD, "李教授为党员授课", FOURTH])).toEqual(["揭牌仪式现场", "王明 致辞", "李教授为党员授课"]);
  });

  it("keeps a decorated or numbered heading, and a speech's title", () => {
    expect(dropped([HEADLINE, FIRST, "★ 推进会现场 ★", SECOND, "一、活动现场", THIRD, "在全院党建工作推进会上的讲话", FOURTH])).toEqual([]);
  });

  it("keeps a speaker's name over the speaker's own words or salutation: it heads what that person says", () => {
    expect(dropped([HEADLINE, FIRST, "党委书记王明讲话", "我们要把基层党建工作放在更加突出的位置，一项一项抓落实，一个支部一个支部抓提高。"])).toEqual([]);
    expect(dropped([HEADLINE, FIRST, "党委书记王明讲话", "同志们：", SECOND])).toEqual([]);
  });

  it("keeps the line where it is no caption between paragraphs: the document's title, over a short line, under a heading", () => {
    expect(dropped(["推进会现场", FIRST, SECOND])).toEqual([]);
    expect(dropped([HEADLINE, FIRST, "推进会现场", "会议议程", SECOND])).toEqual([]);
    expect(dropped([HEADLINE, "一、会议概况", "推进会现场", SECOND])).toEqual([]);
  });

  it("keeps a long line or one with punctuation: a sentence, not a caption", () => {
    expect(dropped([HEADLINE, FIRST, "学院党委组织全体教职工党员和学生党员代表参加推进会现场", SECOND])).toEqual([]);
    expect(dropped([HEADLINE, FIRST, "会后，与会人员合影", SECOND])).toEqual([]);
  });

  it("keeps the office-and-name lines of a series of speakers", () => {
    const series = [HEADLINE, FIRST, "党委书记 王明", SECOND, "院长 李强讲话", THIRD, "副院长 赵刚", FOURTH];
    expect(dropped(series)).toEqual([]);
  });
});
