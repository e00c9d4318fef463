import { splitSentences } from "../split-sentences";
import { tagWords } from "./jieba";
import type { RawPoint } from "./raw-point";

/**
 * "X是指Y", "X指的是Y", "所谓X，就是Y", "X即为Y", "X是一种Y" — not the 即 of 即时, 即将, 即使, 即便, 即刻, 即日 (综合运用即时清理 defines nothing).
 * The term may stand in quotation marks (所谓“逐个审查”，是指…).
 */
const EXPLICIT = /^(所谓)?[“]?([^，。；：“”、（）]{2,14}?)[”]?(，|,)?(?:(?:宏观上讲|简单地说|一般来说)，)?(就是指|是指|指的是|就是|即为|即是|即(?![时将使便刻日])|是一种|是一个)(?!否)([^。；！？]{4,120})/;
/** An article number opening the sentence (第四十条 ). */
const ARTICLE_LEAD = /^第[一二三四五六七八九十百零〇]+条\s*/;
/** "In this regulation, … means" (本条例所称, 本规定所称): the frame of a regulation's definition, not part of the term. */
const SO_CALLED_HERE = /^本(?:条例|规定|办法|规则|准则|细则|法)(?:中)?所称/;
/** "What is called X here" (这里所谓的, 此处所说的, 这里所讲的, 所谓的): a pointer back into the text, not part of the term. */
const CALLED_HERE = /^(?:这里|此处|文中|上述|前款)?所(?:谓|说|称|讲)的?/;
const PLAIN = /^([^，。；：“”、（）]{2,8}?)是(?!否)([^。；！？]{4,60})$/;
const NOUN_TAGS = /^(n|nz|vn|nt|j|l|i)/;

/**
 * A person's name and nothing else (列宁, 季米特洛夫, 韩愈): what a sentence says about a person defines no term. jieba
 * also tags a few four-character phrases nr (纪律严明): a plain nr is a name only at two or three characters.
 */
function isPersonName(text: string): boolean {
  const words = tagWords(text);
  if (words.length !== 1) return false;
  const { tag } = words[0]!;
  return tag === "nrfg" || tag === "nrt" || (tag === "nr" && text.length <= 3);
}

function isNounPhrase(text: string): boolean {
  const words = tagWords(text);
  return words.length > 0 && words.length <= 3 && words.every((word) => NOUN_TAGS.test(word.tag));
}

/** Definitions: a short subject, a defining verb, and what the subject is. */
export function extractDefinitions(text: string): RawPoint[] {
  const points: RawPoint[] = [];
  for (const sentence of splitSentences(text)) {
    const body = sentence.text.replace(/[。！？]+$/, "");
    const explicit = EXPLICIT.exec(body);
    const plain = explicit ? null : PLAIN.exec(body);
    const match = explicit ?? plain;
    if (!match) continue;
    // A regulation's definition opens with its article and 本条例所称 (第四十条 本条例所称主动交代，是指…): the term is what follows.
    const term = (explicit ? match[2]! : match[1]!).trim().replace(ARTICLE_LEAD, "").replace(SO_CALLED_HERE, "").replace(CALLED_HERE, "");
    const answer = (explicit ? match[5]! : match[2]!).trim();
    // A term set apart as the thing defined (所谓…, a comma or quotation marks before 是指/指的是) is defined whatever its
    // words: a commentary defines acts and measures (自然免职，是指…; 所谓“逐个审查”，是指…), not only nouns (stop 28).
    const setApart = explicit !== null && /是指|指的是/.test(explicit[4]!) && (explicit[1] !== undefined || explicit[3] !== undefined || body.startsWith("“") || body.startsWith("所谓“"));
    if ((!setApart && !isNounPhrase(term)) || /^[的了]/.test(answer) || isPersonName(term)) continue;
    // "分析过程，是指系统的周密的分析过程": an answer that ends on its own term only says which kind is meant, and defines nothing.
    if (answer.endsWith(term)) continue;
    if (plain && !/(的[\u4e00-\u9fff]{1,6}|关系|基石|核心|关键|根本|基础|本质|前提|保证)$/.test(answer)) continue;
    const start = sentence.start + body.lastIndexOf(answer);
    points.push({ kind: "definition", text: term, answer, start, end: start + answer.length });
  }
  return points;
}
