import type { QualityRule } from "./rule";

const OPENING = /^[\u4e00-\u9fff“《（‘]/;

/**
 * The source sentence is damaged: it starts inside or after a quotation (都是为人民服务。”近年来…),
 * with a stray number or mark (a heading glued to the text), or its quotation marks do not pair up.
 */
export const brokenSentence: QualityRule = {
  code: "BROKEN_SENTENCE",
  description: "the source sentence is cut inside a quotation or starts with debris",
  rejects({ evidence }) {
    const sentence = evidence.sentence;
    if (sentence === null) return false;
    const opens = sentence.split("“").length - 1;
    const closes = sentence.split("”").length - 1;
    return !OPENING.test(sentence) || opens !== closes || sentence.indexOf("”") < sentence.indexOf("“");
  },
};
