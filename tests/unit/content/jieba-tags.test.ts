import { describe, expect, it } from "vitest";
import { tagWords } from "@/lib/content/knowledge/jieba";

describe("tagWords", () => {
  it("tags a text the same each time, and a caller changing its words changes no later answer", () => {
    const first = tagWords("坚持民主集中制");
    expect(first.map((word) => word.word).join("")).toBe("坚持民主集中制");
    const expected = structuredClone(first);
    first[0]!.tag = "changed";
    first.pop();
    expect(tagWords("坚持民主集中制")).toEqual(expected);
  });
});
