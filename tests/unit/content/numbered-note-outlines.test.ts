// Study notes that outline their review questions as a tight numbered list, each question's answer a numbered
// sublist restarting at 1 under it (issue 16; maozhongte-fanfu-fuxi.md in the corpus). Small synthetic inputs.
import { describe, expect, it } from "vitest";
import { readMarkdown } from "@/lib/content/ingest/markdown-to-text";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

const utf8 = (text: string) => new TextEncoder().encode(text + "\n");
const markdownLines = (markdown: string) => readMarkdown(markdown).text.split("\n").filter(Boolean);

const OUTLINE = [
  "1. 社会主义核心价值观的意义",
  "\t1. 社会主义核心价值观是当代中国精神的集中体现",
  "\t2. 社会主义核心价值观凝结着全体人民共同的价值追求",
  "4. 新时代党的建设总要求",
  "\t1. 坚持和加强党的全面领导，坚持党要管党、全面从严治党",
  "\t2. 以加强党的长期执政能力建设、先进性和纯洁性建设为主线",
  "6. 三大法宝：统一战线，武装斗争，党的建设",
  "7. 为何要坚持人民至上？",
  "\t1. 人民是历史的创造者，是决定党和国家前途命运的根本力量",
].join("\n");

describe("a tight numbered list whose items hold numbered sublists restarting at 1", () => {
  it("reads each item as the title of its points and each point as a statement of its own", () => {
    expect(markdownLines(OUTLINE)).toEqual([
      "社会主义核心价值观的意义",
      "社会主义核心价值观是当代中国精神的集中体现。",
      "社会主义核心价值观凝结着全体人民共同的价值追求。",
      "新时代党的建设总要求",
      "坚持和加强党的全面领导，坚持党要管党、全面从严治党。",
      "以加强党的长期执政能力建设、先进性和纯洁性建设为主线。",
      "三大法宝：统一战线，武装斗争，党的建设。",
      "为何要坚持人民至上？",
      "人民是历史的创造者，是决定党和国家前途命运的根本力量。",
    ]);
  });

  it("never runs one question's points into the next question's", async () => {
    const document = await inspectDocument("note.md", utf8(`# 复习提纲\n\n${OUTLINE}`));
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["社会主义核心价值观的意义", "新时代党的建设总要求"]));
    const passages = passageTexts(document);
    expect(passages).toContain("坚持和加强党的全面领导，坚持党要管党、全面从严治党。");
    expect(passages.some((text) => /[；。]\s*\d{1,2}\./.test(text))).toBe(false);
    expect(document.invariants).toEqual([]);
  });

  it("leaves a tight numbered list without a sublist as it was", () => {
    expect(markdownLines(["1. 坚持党的领导", "2. 坚持人民至上", "3. 坚持理论创新"].join("\n"))).toEqual(["1. 坚持党的领导；2. 坚持人民至上；3. 坚持理论创新。"]);
  });
});
