import { describe, expect, it } from "vitest";
import { buildCourse, parseCourseManifest } from "@/lib/content";
import { countOccurrences } from "@/lib/content/text/count-occurrences";
import { allPassages } from "./build-helpers";

/** The count countOccurrences must give: indexOf's greedy, non-overlapping, left-to-right count. */
function indexOfCount(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

describe("countOccurrences", () => {
  it("counts as indexOf does: non-overlapping, leftmost first, self-overlapping needles included", () => {
    const haystack = "哈哈哈哈哈，“四风”问题；反对“四风”。四风四风风。aaaa 😀😀";
    const needles = ["哈哈", "哈哈哈", "四风", "“四风”", "风风", "aa", "aaa", "😀", "不在其中", "四风", "风"];
    const counts = countOccurrences(haystack, needles);
    for (const needle of needles) expect(counts.get(needle), needle).toBe(indexOfCount(haystack, needle));
    expect(counts.get("哈哈")).toBe(2);
    expect(counts.get("四风")).toBe(4);
  });

  it("agrees with indexOf on random text over a small alphabet, where needles overlap each other and themselves", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = "党风廉政";
    const text = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
    for (let round = 0; round < 20; round++) {
      const haystack = text(300);
      const needles = Array.from({ length: 30 }, () => text(1 + Math.floor(random() * 5)));
      const counts = countOccurrences(haystack, needles);
      for (const needle of needles) expect(counts.get(needle), needle).toBe(indexOfCount(haystack, needle));
    }
  });

  it("gives an empty needle no occurrences", () => {
    expect(countOccurrences("党风", [""]).get("")).toBe(0);
  });
});

describe("a long document of many short lines (issue #15)", () => {
  it("builds and keeps every one of its sentences", async () => {
    const numerals = "一二三四五六七八九十";
    const actors = ["党员", "党支部", "领导干部", "党小组", "基层党组织"];
    const duties = ["坚持学习党的理论", "严守政治纪律", "密切联系群众", "落实“三会一课”制度", "开展批评和自我批评"];
    const lines = Array.from({ length: 3000 }, (_, index) => {
      const name = `${numerals[index % 10]}${numerals[Math.floor(index / 10) % 10]}${numerals[Math.floor(index / 100) % 10]}${numerals[Math.floor(index / 1000) % 10]}`;
      return `${actors[index % actors.length]}${name}号应当${duties[Math.floor(index / actors.length) % duties.length]}。`;
    });
    const manifest = parseCourseManifest({ title: "应知应会", description: "应知应会", documents: [{ path: "long.md", title: "应知应会" }] });
    const course = await buildCourse(manifest, [{ path: "long.md", bytes: new TextEncoder().encode(lines.join("\n")) }]);
    const sentences = new Set(allPassages(course).flatMap(({ passage }) => passage.sentences.map((sentence) => sentence.text)));
    const lost = lines.filter((line) => !sentences.has(line));
    expect(lost).toEqual([]);
  }, 60_000);
});
