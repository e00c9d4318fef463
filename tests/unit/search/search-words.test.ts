import { describe, expect, test } from "vitest";
import { searchWords } from "@/lib/search/search-words";

describe("searchWords", () => {
  test.each([
    ["群众路线", ["群众", "路线"]],
    ["群众 路线", ["群众", "路线"]],
    ["群众\u3000路线\t", ["群众", "路线"]],
    ["中国共产党", ["中国", "共产党"]],
    ["马克思主义中国化", ["马克思", "主义", "中国化"]],
    ["党的领导", ["党的领导"]],
    ["党的 领导", ["党", "的", "领导"]],
    ["群众 群众路线", ["群众", "路线"]],
    ["party building", ["party", "building"]],
    ["100%", ["100%"]],
    ["a_b", ["a", "_", "b"]],
    ["", []],
    [" \u3000 ", []],
  ])("%j asks for %j", (query, words) => {
    expect(searchWords(query)).toEqual(words);
  });
});
