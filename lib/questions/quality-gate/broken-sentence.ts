import type { QualityRule } from "./rule";

const OPENING = /^[\u4e00-\u9fff“《（‘]/;

/**
 * A date a news report or a speech opens its sentence with (10月24日至27日，党的十八届六中全会在北京召开; 1955年周恩来倡议成立
 * 外交学院): the sentence's own first words, not a stray number; the date is often the fact of record it states.
 */
const OPENING_DATE = /^(?:(?:1[89]|20)\d{2}年)?(?:1[0-2]|[1-9])月(?:[12]\d|3[01]|[1-9])日(?:至(?:(?:1[0-2]|[1-9])月)?(?:[12]\d|3[01]|[1-9])日)?(?:上午|下午|晚)?[，\u4e00-\u9fff]|^(?:1[89]|20)\d{2}年(?:(?:1[0-2]|[1-9])月)?[，\u4e00-\u9fff](?<!年[度代来初底末]|月[份底初])/;

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
    return !(OPENING.test(sentence) || OPENING_DATE.test(sentence)) || opens !== closes || sentence.indexOf("”") < sentence.indexOf("“");
  },
};
