import { describe, expect, it } from "vitest";
import { buildCourse, parseCourseManifest } from "@/lib/content";
import { indexCourse } from "@/lib/questions/course-index";
import { fixtureModule } from "./fixture-course";

function indexOfCount(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

describe("the course index's lookups through its character pairs", () => {
  it("count, starts, proseWith and proseOccurrences agree with scanning the course's prose", async () => {
    const text = [
      "# 总则",
      "党员必须坚持四项基本原则，反对“四风”，哈哈哈哈哈。",
      "",
      "党的纪律是党的各级组织和全体党员必须遵守的行为规则。",
      "",
      "# 附则",
      "本条例由中央纪律检查委员会负责解释。党员必须遵守党的纪律。",
    ].join("\n");
    const manifest = parseCourseManifest({ title: "纪律", description: "纪律", documents: [{ path: "a.md", title: "纪律" }] });
    const course = await buildCourse(manifest, [{ path: "a.md", bytes: new TextEncoder().encode(text) }]);
    const index = indexCourse(course);
    const prose = index.passages.filter(({ passage }) => passage.kind === "prose");
    expect(prose.length).toBeGreaterThan(1);
    for (const needle of ["党员", "哈哈", "哈", "党的纪律", "必须", "四风", "“四风”", "不在课程中", "律。\n本"]) {
      expect(index.count(needle), needle).toBe(indexOfCount(index.corpus, needle));
      const starts: number[] = [];
      for (let at = index.corpus.indexOf(needle); at >= 0; at = index.corpus.indexOf(needle, at + 1)) starts.push(at);
      expect(index.starts(needle), needle).toEqual(starts);
      expect(index.proseWith(needle), needle).toEqual(prose.filter(({ passage }) => passage.text.includes(needle)));
      // Each passage walked with indexOf: non-overlapping, leftmost first, none across a passage's end.
      const walked = prose.flatMap((located) => {
        const found: Array<{ located: typeof located; at: number }> = [];
        for (let at = located.passage.text.indexOf(needle); at >= 0; at = located.passage.text.indexOf(needle, at + needle.length)) found.push({ located, at });
        return found;
      });
      expect(index.proseOccurrences(needle), needle).toEqual(walked);
    }
    expect(index.count("哈哈")).toBe(2);
    expect(index.proseOccurrences("哈哈").map(({ at }) => at)).toHaveLength(2);
  });
});

describe("the course index's module lookup", () => {
  const first = fixtureModule("学习制度", "一、总体要求", ["支部每月组织一次集中学习。"], [], "mod_study");
  const second = fixtureModule("谈心谈话", "二、基本做法", ["支部书记每年与每名党员谈心一次。"], [], "mod_talk");

  it("finds each module by its id, and no module for an id the course lacks", () => {
    const index = indexCourse({ modules: [first, second] });
    expect(index.module("mod_study")).toBe(first);
    expect(index.module("mod_talk")).toBe(second);
    expect(index.module("mod_missing")).toBeUndefined();
    expect(index.module("")).toBeUndefined();
  });

  it("returns the first of two modules that share an id, as a scan of the modules in order would", () => {
    const twin = fixtureModule("学习制度（续）", "三、工作要求", ["学习情况纳入年度考核。"], [], "mod_study");
    const index = indexCourse({ modules: [first, twin, second] });
    expect(index.module("mod_study")).toBe(first);
  });
});
