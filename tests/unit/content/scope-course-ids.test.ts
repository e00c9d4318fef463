import { describe, expect, test } from "vitest";
import { buildCourse, scopeCourseIds } from "@/lib/content";
import { allPassages, allSections } from "./build-helpers";

const TEXT = [
  "坚持群众路线",
  "",
  "一、群众路线的内涵",
  "",
  "群众路线是我们党的生命线和根本工作路线。一切为了群众，一切依靠群众，从群众中来，到群众中去。",
  "",
  "二、践行群众路线的要求",
  "",
  "毛泽东同志指出：“我们共产党人好比种子，人民好比土地。”党员干部要深入基层，倾听群众呼声。",
].join("\n");

describe("scoping a course's ids", () => {
  test("gives every id a value of its own per scope, the same for the same scope, and keeps every reference resolving", async () => {
    const built = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "sources/a.txt" }] }, [{ path: "sources/a.txt", bytes: new TextEncoder().encode(TEXT) }]);
    const ids = (course: typeof built) => [
      ...course.modules.map((module) => module.id),
      ...course.modules.flatMap((module) => allSections(module.sections).map((section) => section.id)),
      ...allPassages(course).map(({ passage }) => passage.id),
      ...course.modules.flatMap((module) => module.knowledgePoints.map((point) => point.id)),
    ];
    const one = scopeCourseIds(built, "crs_one");
    const two = scopeCourseIds(built, "crs_two");
    expect(ids(one).filter((id) => ids(two).includes(id) || ids(built).includes(id))).toEqual([]);
    expect(scopeCourseIds(built, "crs_one")).toEqual(one);
    expect(ids(one).map((id) => id.split("_")[0])).toEqual(ids(built).map((id) => id.split("_")[0]));

    const passages = new Map(allPassages(one).map(({ passage }) => [passage.id, passage.text]));
    const sections = new Set(one.modules.flatMap((module) => allSections(module.sections).map((section) => section.id)));
    const points = one.modules.flatMap((module) => module.knowledgePoints);
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(sections.has(point.section)).toBe(true);
      if (point.span) expect([point.text, point.answer]).toContain(passages.get(point.span.passage)!.slice(point.span.start, point.span.end));
    }
  });
});
