import { describe, expect, it } from "vitest";
import { fillBlankExplanation } from "@/lib/questions/explanation";
import { sentenceSpeaksOfClass } from "@/lib/questions/party-vocabulary";
import { keyPlace, moduleContext } from "./fixtures";

// Stop 38 (issue 16, criterion E): a 解析 files its key under a set only where the key's sentence speaks of that set.
// Sentences of a town committee's notes, written for these tests.

function explainFill(sentence: string, key: string) {
  const { index } = moduleContext("镇党委工作笔记", "一、工作体会", [sentence], [{ kind: "term", text: key }], "mod_town_notes");
  const place = keyPlace(index, 0, key);
  return fillBlankExplanation(index, { answers: [key], key: place, quoted: place.located.passage.text });
}

describe("a set note off the sentence's point", () => {
  it("knows whether a sentence speaks of a set: its name, its name without 党的, or another member", () => {
    expect(sentenceSpeaksOfClass("党的思想路线", "实事求是", "开展作风督查要坚持实事求是，不夸大、不缩小。")).toBe(false);
    expect(sentenceSpeaksOfClass("党的思想路线", "实事求是", "调研要一切从实际出发，坚持实事求是。")).toBe(true);
    expect(sentenceSpeaksOfClass("党的思想路线", "实事求是", "实事求是是我们根本的思想路线。")).toBe(true);
    expect(sentenceSpeaksOfClass("四个全面", "全面从严治党", "全面从严治党和关心关爱干部是统一的。")).toBe(false);
    expect(sentenceSpeaksOfClass("四个全面", "全面从严治党", "协调推进全面深化改革、全面从严治党。")).toBe(true);
  });

  it("says what the key is from a gloss of record instead of a set its sentence does not speak of", () => {
    const said = explainFill("镇纪委开展作风督查时要坚持实事求是，不夸大、不缩小，不搞一刀切。", "实事求是");
    expect(said.text).not.toContain("党的思想路线");
    expect(said.text).toContain("是我们党的基本思想方法、工作方法、领导方法");
    expect(said.teaches).toBe(true);
  });

  it("keeps the set where the sentence shows another of its members", () => {
    const said = explainFill("镇党委开展调研要一切从实际出发，坚持实事求是，把村里的情况摸清摸透。", "实事求是");
    expect(said.text).toContain("「实事求是」属于“党的思想路线”");
  });
});
