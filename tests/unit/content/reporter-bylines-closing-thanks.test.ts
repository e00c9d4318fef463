import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { dropSignatureLines } from "@/lib/content/cleaning/drop-signature-lines";
import { passageTexts, sectionTitles } from "./inspected-text";

const markdown = (lines: string[]) => new TextEncoder().encode(lines.join("\n\n") + "\n");
const plainText = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");

// A newspaper's special page: a title, then reports each under its own headline (two phrases around a comma) and its
// reporter's bare name, copied from the web page into a text file. Invented sentences of that layout.
const REPORTS = [
  "红色家风代代相传",
  "一本旧日记，记下入党初心",
  "王海川",
  "在某县革命纪念馆里，一本泛黄的日记静静陈列，记录着一位老党员七十年前写下的入党誓词。",
  "讲解员介绍，这本日记由老党员的后人捐赠，已成为当地开展党性教育的重要教材。",
  "一封家书，传递为民情怀",
  "李晓晨",
  "某村党支部的荣誉室里，保存着一封写于上世纪五十年代的家书，字里行间满是对群众的牵挂。",
  "如今，村里的党员每年都会重读这封家书，重温为民服务的承诺。",
];

describe("a reporter's bare name between a report's headline and its text", () => {
  it("is dropped as a byline, and the headline over it titles the report", async () => {
    const document = await inspectDocument("jiafeng.txt", plainText(REPORTS));
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["一本旧日记，记下入党初心", "一封家书，传递为民情怀"]));
    expect(sectionTitles(document)).not.toContain("王海川");
    expect(sectionTitles(document)).not.toContain("李晓晨");
    expect(passageTexts(document)).toContain(REPORTS[3]);
    expect(passageTexts(document).some((text) => text.includes("王海川") || text.includes("一封家书，传递为民情怀"))).toBe(false);
    expect(document.invariants.map((violation) => violation.invariant)).not.toContain("byline-title");
  });

  it("stays a heading over a speaker's own words or a profile that names the person", async () => {
    const remarks = await inspectDocument(
      "ganxiang.md",
      markdown([
        "# 学习党代会精神的感想",
        "下面是部分同志的感想，供大家交流。",
        "赵明远",
        "本次党代会是我们单位发展的新起点，我将把会议精神落实到每一项具体工作中去。",
        "孙丽华",
        "通过学习党代会报告，我更加坚定了做好本职工作的信心和决心，干劲更足了。",
      ]),
    );
    expect(sectionTitles(remarks)).toEqual(expect.arrayContaining(["赵明远", "孙丽华"]));
    const profile = await inspectDocument(
      "xianjin.md",
      markdown(["# 优秀共产党员事迹", "扎根基层，服务群众", "周建国", "周建国同志扎根基层三十年，带领群众修路架桥，被评为优秀共产党员。"]),
    );
    expect(sectionTitles(profile)).toContain("周建国");
  });
});

describe("a speech's closing thanks", () => {
  it("is no passage, and its loss is no lost sentence", async () => {
    const speech = ["# 在新学期开学典礼上的讲话", "同学们：", "新学期开始了，希望大家珍惜时光，勤奋学习，做有理想、有担当的新时代青年。", "我的发言完毕，谢谢大家！"];
    const document = await inspectDocument("kaixue.md", markdown(speech));
    expect(passageTexts(document).some((text) => text.includes("谢谢"))).toBe(false);
    expect(document.invariants.map((violation) => violation.invariant)).not.toEqual(expect.arrayContaining(["lost-sentences"]));
    expect(document.invariants.map((violation) => violation.invariant)).not.toContain("greeting-passage");
  });

  it("drops lines that only thank the audience, never a sentence that thanks someone for something", () => {
    const lines = ["谢谢大家！", "以上汇报，谢谢！", "感谢大家的聆听。", "谢谢各位", "感谢全体党员一年来的辛勤付出。"];
    expect(dropSignatureLines.apply(lines).lines).toEqual(["感谢全体党员一年来的辛勤付出。"]);
  });
});
