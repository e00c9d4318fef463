import { describe, expect, it } from "vitest";
import { assignIds } from "@/lib/content/assign-ids";
import { buildCourse } from "@/lib/content/build-course";
import type { BuiltCourse } from "@/lib/content/types";
import { allPassages, allSections } from "./build-helpers";

const PARAGRAPHS = ["党群关系是党的生命线，必须高度重视。", "密切联系群众是我们党的最大政治优势。", "脱离群众是我们党执政后的最大危险。"];

function document(lines: string[]) {
  return [{ path: "sources/a.txt", bytes: new TextEncoder().encode(lines.join("\n")) }];
}

async function build(lines: string[]): Promise<BuiltCourse> {
  return buildCourse({ title: "测试课程", description: "测试", documents: [{ path: "sources/a.txt", title: "测试文档" }] }, document(lines));
}

function ids(course: BuiltCourse): Map<string, string> {
  return new Map(allPassages(course).map(({ passage }) => [passage.text, passage.id]));
}

describe("stable ids", () => {
  it("are the same when the same documents are built again", async () => {
    const lines = ["一、第一部分", ...PARAGRAPHS, "二、第二部分", PARAGRAPHS[0]!.replace("生命线", "根本")];
    expect(await build(lines)).toEqual(await build(lines));
  });

  it("have a kind prefix and a short hash", async () => {
    const course = await build(["一、第一部分", ...PARAGRAPHS]);
    expect(course.id).toMatch(/^crs_[0-9a-f]{16}$/);
    expect(course.modules[0]!.id).toMatch(/^mod_[0-9a-f]{16}$/);
    expect(allSections(course.modules[0]!.sections)[0]!.id).toMatch(/^sec_[0-9a-f]{16}$/);
    expect(allPassages(course)[0]!.passage.id).toMatch(/^psg_[0-9a-f]{16}$/);
  });

  it("do not change for other passages when a paragraph is inserted or edited", async () => {
    const before = ids(await build(["一、第一部分", ...PARAGRAPHS]));
    const after = ids(await build(["一、第一部分", "新插入的一段话在这里出现。", PARAGRAPHS[0]!, PARAGRAPHS[1]!, PARAGRAPHS[2]!.replace("最大", "最大的")]));
    expect(after.get(PARAGRAPHS[0]!)).toBe(before.get(PARAGRAPHS[0]!));
    expect(after.get(PARAGRAPHS[1]!)).toBe(before.get(PARAGRAPHS[1]!));
    expect(after.get(PARAGRAPHS[2]!.replace("最大", "最大的"))).not.toBe(before.get(PARAGRAPHS[2]!));
  });

  it("give identical passages of one module distinct ids, the same on every run", () => {
    const section = (title: string) => ({ title, numbering: "", implicit: false, passages: [{ text: PARAGRAPHS[0]!, kind: "prose" as const }], sections: [] });
    const outline = { title: "模块", sections: [section("甲"), section("乙")] };
    const first = assignIds(outline, "sources/a.txt", 0);
    const again = assignIds(outline, "sources/a.txt", 0);
    const [a, b] = first.sections.map((built) => built.passages[0]!.id);
    expect(a).not.toBe(b);
    expect(again.sections.map((built) => built.passages[0]!.id)).toEqual([a, b]);
  });

  it("give knowledge points ids that survive a rebuild", async () => {
    const lines = ["一、第一部分", "习近平指出：“人心向背关系党的生死存亡。”", "要反对形式主义、官僚主义、享乐主义、奢靡之风等四风问题。"];
    const [a, b] = [await build(lines), await build(lines)];
    const points = a.modules.flatMap((module) => module.knowledgePoints.map((point) => point.id));
    expect(points.length).toBeGreaterThan(0);
    expect(b.modules.flatMap((module) => module.knowledgePoints.map((point) => point.id))).toEqual(points);
    expect(new Set(points).size).toBe(points.length);
  });
});
