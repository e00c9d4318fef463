// A 填空 whose stem is a note's citation line alone (xi-sixiang-gailun-mkdocs: 《中共中央关于______若干重大问题的决定》（2013年）。):
// a word of a cited title, no statement of the course (stop 32).
import { describe, expect, it } from "vitest";
import { citationTitleBlank } from "@/lib/questions/confidence";

describe("a blank in the title of a citation line", () => {
  it("is a title's word when the line is the title and its data alone", () => {
    expect(citationTitleBlank("《中共中央关于______若干重大问题的决定》（2013年）。")).toBe(true);
    expect(citationTitleBlank("《习近平这样阐释______》，新华网。")).toBe(true);
  });

  it("is not when the sentence says something of the title", () => {
    expect(citationTitleBlank("《______》是党内第一部关于党内监督的基础性法规，2003年发布施行。")).toBe(false);
    expect(citationTitleBlank("《中共中央关于全面深化改革若干重大问题的决定》指出，______是全面深化改革的重点。")).toBe(false);
  });
});
