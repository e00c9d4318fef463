import { describe, expect, it } from "vitest";
import { genericHeadPhrase, qualifiesNextWord } from "@/lib/questions/confidence";

function blankOf(sentence: string, key: string) {
  const start = sentence.indexOf(key);
  return { start, end: start + key.length };
}

describe("qualifiesNextWord", () => {
  it("flags an ordinary phrase blanked before the noun it qualifies", () => {
    const sentence = "要积极引导，丰富城市居民精神文化生活。";
    expect(qualifiesNextWord(sentence, blankOf(sentence, "城市居民"), "城市居民")).toBe(true);
  });
  it("leaves a blank that ends its clause", () => {
    const sentence = "各单位要关心城市居民，帮助解决实际困难。";
    expect(qualifiesNextWord(sentence, blankOf(sentence, "城市居民"), "城市居民")).toBe(false);
  });
  it("leaves a blank before 工作 to the field rule", () => {
    const sentence = "基层党组织要善于做思想政治工作。";
    expect(qualifiesNextWord(sentence, blankOf(sentence, "思想政治"), "思想政治")).toBe(false);
  });
  it("flags such a blank in a sentence that quotes a phrase elsewhere", () => {
    const sentence = "从“口号”到“行动”：要积极引导，丰富城市居民精神文化生活。";
    expect(qualifiesNextWord(sentence, blankOf(sentence, "城市居民"), "城市居民")).toBe(true);
  });
  it("leaves a blank inside a quotation, whose wording is the quoted name's", () => {
    const sentence = "要积极开展“城市居民精神文化生活”主题活动。";
    expect(qualifiesNextWord(sentence, blankOf(sentence, "城市居民"), "城市居民")).toBe(false);
  });
  it("flags a blank before a plain noun jieba tags as a name (全面小康)", () => {
    const sentence = "温饱问题早已解决，全面小康即将实现。";
    expect(qualifiesNextWord(sentence, blankOf(sentence, "全面"), "全面")).toBe(true);
  });
  it("leaves a term of the party vocabulary before its head", () => {
    const sentence = "坚决纠治形式主义问题，减轻基层负担。";
    expect(qualifiesNextWord(sentence, blankOf(sentence, "形式主义"), "形式主义")).toBe(false);
  });
});

describe("genericHeadPhrase", () => {
  it("flags an ordinary noun narrowed onto a generic head", () => {
    expect(genericHeadPhrase("地方政府")).toBe(true);
    expect(genericHeadPhrase("指导意见")).toBe(true);
  });
  it("leaves pairs of generic words, set phrases and vocabulary terms", () => {
    expect(genericHeadPhrase("思想政治")).toBe(false);
    expect(genericHeadPhrase("密切联系群众")).toBe(false);
    expect(genericHeadPhrase("作风建设")).toBe(false);
  });
});
