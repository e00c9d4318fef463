import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { dropDocumentMetadata, METADATA_LINE_RULES, readDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";

// The metadata rules as a table of named forms: each removed line carries the name of the form that removed it,
// and content:inspect reports them (debris.metadataLines).
const FIRST = "2026年3月5日，全市召开党建工作会议，部署今年的基层党建重点任务。";
const SECOND = "会议要求，各级党组织要把学习贯彻党的二十大精神作为首要政治任务。";

describe("metadata lines by rule", () => {
  it("names the rule of a dropped byline and date line in content:inspect's data", async () => {
    const text = ["全市召开党建工作会议", "本报记者 张三 李四", "2026年3月5日", FIRST, SECOND].join("\n");
    const document = await inspectDocument("huiyi.txt", new TextEncoder().encode(text));
    expect(document.debris.metadataLines).toEqual([
      { rule: "byline", line: "本报记者 张三 李四" },
      { rule: "date", line: "2026年3月5日" },
    ]);
    expect(document.debris.removed.metadata).toBe(2);
  });

  it("reports every line it removes under the first rule that matches, and no text line", () => {
    const lines = ["学院召开专题党课", "党委宣传部", "单位：党委宣传部｜发布时间：2023-05-06｜浏览次数：120", FIRST, "编辑 | 罗萱", "审核：王菲"];
    const result = dropDocumentMetadata.apply(lines);
    expect(result.removed).toEqual([
      { rule: "unit-byline", line: "党委宣传部" },
      { rule: "key-value", line: "单位：党委宣传部｜发布时间：2023-05-06｜浏览次数：120" },
      { rule: "credit-run", line: "编辑 | 罗萱" },
      { rule: "credit-run", line: "审核：王菲" },
    ]);
    expect(result.count).toBe(result.removed!.length);
    expect(result.lines).toEqual(["学院召开专题党课", FIRST]);
  });

  it("drops a 文号 line in brackets with its date under a regulation's title, and keeps a sentence that cites one", () => {
    const article = "第一条 为规范巡视工作，根据有关规定，制定本规则。";
    for (const line of ["（中纪发〔2010〕13号 2010年4月1日）", "（中办发[2024]12号）", "中发〔2013〕1号"]) {
      expect(dropDocumentMetadata.apply(["巡视组工作规则", line, article]).removed).toEqual([{ rule: "document-number", line }]);
    }
    expect(dropDocumentMetadata.apply(["巡视组工作规则", "（中发〔2013〕1号文件精神）", article]).removed).toEqual([]);
  });

  it("gives each rule its own name", () => {
    const names = METADATA_LINE_RULES.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("reads the document's fields from the rule that drops each line", () => {
    const lines = ["全市召开党建工作会议", "陈  卓《人民日报》（2025年01月07日第 07 版）", "中发〔2013〕1号", FIRST, SECOND];
    expect(dropDocumentMetadata.apply(lines).removed).toEqual([
      { rule: "paper-credit", line: "陈  卓《人民日报》（2025年01月07日第 07 版）" },
      { rule: "document-number", line: "中发〔2013〕1号" },
    ]);
    expect(readDocumentMetadata(lines)).toEqual({ author: "陈卓", source: "人民日报", date: "2025年01月07日", documentNumber: "中发〔2013〕1号" });
  });

  it("reads a speech's dateline with a space before its meeting as a dateline, naming no account", () => {
    const lines = ["在全市党建工作会议上的讲话", "2026年1月10日 在市第十六届人民代表大会第五次会议上", FIRST];
    expect(dropDocumentMetadata.apply(lines).removed).toEqual([{ rule: "speech-dateline", line: "2026年1月10日 在市第十六届人民代表大会第五次会议上" }]);
    expect(readDocumentMetadata(lines)).toEqual({ date: "2026年1月10日" });
  });

  it("reads a post's date with the weekday after it as a date, naming no account; an account after a date is read", () => {
    const weekday = ["全市召开党建工作会议", "2024年12月18日 星期三", FIRST];
    expect(dropDocumentMetadata.apply(weekday).removed).toEqual([{ rule: "post-dateline", line: "2024年12月18日 星期三" }]);
    expect(readDocumentMetadata(weekday)).toEqual({ date: "2024年12月18日" });
    expect(readDocumentMetadata(["全市召开党建工作会议", "2017-12-19 廉洁江西", FIRST])).toMatchObject({ source: "廉洁江西" });
  });

  it("reads no field from a line that only a rule without a read drops", () => {
    const lines = ["全市召开党建工作会议", "11月30日", "本报记者 张三 李四", FIRST, SECOND];
    expect(dropDocumentMetadata.apply(lines).removed!.map((removed) => removed.rule)).toEqual(["event-date", "byline"]);
    expect(readDocumentMetadata(lines)).toEqual({});
  });

  it("reads a key-value line near the top only, though it drops one anywhere", () => {
    const far = Array.from({ length: 14 }, (_, at) => `第${at + 1}段：${FIRST}`.slice(0, 20) + "。");
    const lines = ["学习心得", "作者：张三", ...far, "来源：新华网", SECOND];
    const removed = dropDocumentMetadata.apply(lines).removed!;
    expect(removed.filter((line) => line.rule === "key-value").map((line) => line.line)).toEqual(["作者：张三", "来源：新华网"]);
    expect(readDocumentMetadata(lines)).toEqual({ author: "张三" });
  });
});
