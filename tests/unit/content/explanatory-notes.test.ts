import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { readExplanatoryNotes } from "@/lib/content/cleaning/drop-references";
import { MAX_NOTE_LENGTH, MAX_NOTES, notesForModule, parseDocumentMetadata, placeNotes, readableNoteText, storedDocumentMetadata } from "@/lib/content/document-metadata";
import { passageTexts } from "./inspected-text";

// An annotated edition's notes section leaves the passages (references, stop 32); its explanatory notes are kept as the
// document's metadata for the reading view, its bare citations are not. Small synthetic texts.
const EXPLAINS = "“将一军”是中国象棋中的术语，凡是一方走了一着棋使对方的将军有立即被捉的危险时，就叫做向对方将军。";
const CITES = "见本卷《整顿党的作风》注〔1〕。";

describe("readExplanatoryNotes", () => {
  it("keeps the notes that explain, with their marks as printed and the words before their calls, and not the citations", () => {
    const lines = ["那就算对于主观主义最后地将一军[1]。刚才的话[2]不必再说。", "注释", "", `[1] ${EXPLAINS}`, "", `[2] ${CITES}`];
    expect(readExplanatoryNotes(lines)).toEqual([{ mark: "[1]", text: EXPLAINS, anchor: "那就算对于主观主义最后地将一军".slice(-12) }]);
  });

  it("reads the calls of each piece of a collection in its own text, and ⑴ as the call of 〔1〕", () => {
    const first = ["第一篇讲到青年节⑴的意义。", "注　　释", `〔1〕${EXPLAINS}`];
    const second = ["第二篇讲到两个凡是〔1〕的问题。", "注释", "〔1〕“两个凡是”，指一九七七年二月七日社论中提出的方针，后来受到全党的批评和纠正。"];
    const notes = readExplanatoryNotes([...first, ...second]);
    expect(notes.map((note) => [note.mark, note.anchor])).toEqual([
      ["〔1〕", "第一篇讲到青年节"],
      ["〔1〕", "第二篇讲到两个凡是"],
    ]);
  });

  it("gives a note called after fewer than four Chinese characters no anchor, and repairs its punctuation as passages are", () => {
    const notes = readExplanatoryNotes(["凯丰[1]同志讲了开会的宗旨。", "注释", "[1] 凯丰(一九○六――一九五五),又名何克全,江西萍乡人.当时任中共中央宣传部代理部长,主管宣传工作."]);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.anchor).toBeUndefined();
    expect(notes[0]!.text).toBe("凯丰（一九○六――一九五五），又名何克全，江西萍乡人。当时任中共中央宣传部代理部长，主管宣传工作。");
  });

  it("keeps nothing from a 注释 heading the text never calls (its explaining notes stay passages, as before)", () => {
    expect(readExplanatoryNotes(["正文没有注码。", "注释", `[1] ${EXPLAINS}`])).toEqual([]);
  });

  it("keeps at most MAX_NOTES notes of at most MAX_NOTE_LENGTH characters", () => {
    const count = MAX_NOTES + 5;
    const body = Array.from({ length: count }, (_, at) => `第${at}段正文说到一个名词[${at + 1}]。`).join("");
    const long = `这条注释很长，${"解释".repeat(MAX_NOTE_LENGTH)}。`;
    const notes = readExplanatoryNotes([body, "注释", ...Array.from({ length: count }, (_, at) => `[${at + 1}] ${at === 0 ? long : EXPLAINS}`)]);
    expect(notes).toHaveLength(MAX_NOTES);
    expect(notes[0]!.text).toHaveLength(MAX_NOTE_LENGTH);
  });
});

describe("readableNoteText", () => {
  it("keeps a Markdown link's text and drops its target, brackets in the target paired (`…_(象棋)`), full-width brackets too", () => {
    expect(readableNoteText("参见[象棋术语](https://baike.baidu.com/item/将军_(象棋))，就叫做将军。")).toBe("参见象棋术语，就叫做将军。");
    expect(readableNoteText("原文见[《反对党八股》]（https://cpc.people.com.cn/a.html）一文。")).toBe("原文见《反对党八股》一文。");
    expect(readableNoteText("详见[**人民网**](https://www.people.com.cn \"人民网\")的介绍。")).toBe("详见人民网的介绍。");
    expect(readableNoteText("引自[[1]](#note-1)与[链接](<https://a.cn/a b>)。")).toBe("引自[1]与链接。");
  });

  it("drops bare URLs, autolinks, images and the brackets they leave empty", () => {
    expect(readableNoteText("就叫做向对方将军（见https://baike.baidu.com/item/jiang）。")).toBe("就叫做向对方将军。");
    expect(readableNoteText("详见 www.12371.cn/2015/01/01/ARTI123.shtml 的介绍，又见<https://a.cn/c>。")).toBe("详见的介绍，又见。");
    expect(readableNoteText("原文![图](https://a.cn/p_(1).png)如此（）。")).toBe("原文如此。");
  });

  it("leaves a note without markup as it is, brackets that say something and Latin words included", () => {
    for (const text of [EXPLAINS, "马克思（Karl Marx，1818—1883），德国人。", "见第[1](1942年)条。", "方括号[注]不是链接。"]) expect(readableNoteText(text)).toBe(text);
  });
});

describe("a document's notes through the pipeline", () => {
  it("are readable: a link keeps its text, a URL goes, whether the document was read as Markdown or as plain text", async () => {
    const body = "我们反对空话连篇。那就算对于主观主义最后地将一军[1]。这一点很重要[2]，大家都要记住。";
    const note1 = "“将一军”是中国象棋中的术语，参见[象棋术语](https://baike.baidu.com/item/将军_(象棋))，就叫做向对方将军。";
    const note2 = "党八股是指党内某些人在写文章、发表演说时空话连篇的文风（见https://www.12371.cn/a.shtml）。";
    const expected = ["“将一军”是中国象棋中的术语，参见象棋术语，就叫做向对方将军。", "党八股是指党内某些人在写文章、发表演说时空话连篇的文风。"];
    for (const [name, text] of [
      ["讲演.md", ["# 反对空话", "", body, "", "## 注释", "", `[1] ${note1}`, "", `[2] ${note2}`].join("\n")],
      ["讲演.txt", ["反对空话", "", body, "", "注释", "", `[1] ${note1.replace(/\[(象棋术语)\]\([^，]*\)/, "$1 https://baike.baidu.com/item/jiang")}`, "", `[2] ${note2}`].join("\n")],
    ] as const) {
      const document = await inspectDocument(name, new TextEncoder().encode(text));
      expect(document.notes.map((note) => note.text)).toEqual(expected);
    }
  });


  it("are in its metadata and content:inspect's counts, never in its passages or knowledge points", async () => {
    const text = ["反对空话", "", "我们反对空话连篇。那就算对于主观主义最后地将一军[1]。这一点[2]很重要，大家都要记住。", "", "注释", "", `[1] ${EXPLAINS}`, "", `[2] ${CITES}`].join("\n");
    const document = await inspectDocument("讲演.txt", new TextEncoder().encode(text));
    expect(document.counts.notes).toBe(1);
    expect(document.notes).toEqual([{ mark: "[1]", text: EXPLAINS, anchor: expect.any(String) }]);
    expect(document.metadata).not.toHaveProperty("notes");
    expect(passageTexts(document).join("")).not.toMatch(/中国象棋|整顿党的作风/);
    expect(document.knowledgePoints.map((point) => point.text).join("")).not.toMatch(/中国象棋/);
  });
});

describe("placing notes in modules", () => {
  const notes = [
    { mark: "〔1〕", text: "甲", anchor: "第一篇讲到青年节" },
    { mark: "〔2〕", text: "乙", anchor: "两篇都讲" },
    { mark: "〔3〕", text: "丙" },
  ];
  it("keeps an anchor only one module holds; a module shows its own notes, the last module those placed nowhere", () => {
    const modules = ["第一篇讲到青年节，两篇都讲。", "第二篇，两篇都讲。"];
    const placed = placeNotes(notes, modules);
    expect(placed.map((note) => note.anchor)).toEqual(["第一篇讲到青年节", undefined, undefined]);
    expect(notesForModule(placed, [modules[0]!], false).map((note) => note.mark)).toEqual(["〔1〕"]);
    expect(notesForModule(placed, [modules[1]!], true).map((note) => note.mark)).toEqual(["〔2〕", "〔3〕"]);
  });
});

describe("stored notes read back", () => {
  it("keep well-formed entries only, capped in number and length, and carry through storedDocumentMetadata", () => {
    const hostile = [
      { mark: "〔1〕", text: "<script>alert(1)</script> **粗体** [链接](javascript:alert(1))", anchor: "<b>第一篇</b>" },
      { mark: 42, text: "数字标记" },
      { mark: "〔2〕" },
      "一行字",
      null,
      { mark: "〔3〕".repeat(20), text: "长".repeat(5000) },
      ...Array.from({ length: MAX_NOTES + 10 }, (_, at) => ({ mark: `[${at}]`, text: "注" })),
    ];
    const metadata = parseDocumentMetadata({ date: "2026年1月1日", notes: hostile });
    expect(metadata.notes).toHaveLength(MAX_NOTES);
    // Still text (rendered as React text): only the link's target, the emphasis marks and the space between Chinese words go (readableNoteText).
    expect(metadata.notes![0]).toEqual({ mark: "〔1〕", text: "<script>alert(1)</script> 粗体链接", anchor: "第一篇" });
    expect(metadata.notes![1]!.mark.length).toBeLessThanOrEqual(8);
    expect(metadata.notes![1]!.text).toHaveLength(MAX_NOTE_LENGTH);
    expect(parseDocumentMetadata({ notes: "不是数组" })).toEqual({});
    expect(storedDocumentMetadata({ title: "标题", notes: [{ mark: "①", text: "注" }] })).toEqual({ notes: [{ mark: "①", text: "注" }] });
  });
});
