import { splitSentences } from "../split-sentences";
import { tagWords } from "./jieba";
import type { RawPoint } from "./raw-point";

/** "X是指Y", "X指的是Y", "所谓X，就是Y", "X即为Y", "X是一种Y" — not the 即 of 即时, 即将, 即使, 即便, 即刻, 即日 (综合运用即时清理 defines nothing). */
const EXPLICIT = /^(?:所谓)?([^，。；：“”、（）]{2,14}?)(?:，|,)?(?:(?:宏观上讲|简单地说|一般来说)，)?(就是指|是指|指的是|就是|即为|即是|即(?![时将使便刻日])|是一种|是一个)(?!否)([^。；！？]{4,120})/;
const PLAIN = /^([^，。；：“”、（）]{2,8}?)是(?!否)([^。；！？]{4,60})$/;
const NOUN_TAGS = /^(n|nz|vn|nt|j|l|i)/;

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
    const term = match[1]!.trim();
    const answer = (explicit ? match[3]! : match[2]!).trim();
    if (!isNounPhrase(term) || /^[的了]/.test(answer)) continue;
    if (plain && !/(的[\u4e00-\u9fff]{1,6}|关系|基石|核心|关键|根本|基础|本质|前提|保证)$/.test(answer)) continue;
    const start = sentence.start + body.lastIndexOf(answer);
    points.push({ kind: "definition", text: term, answer, start, end: start + answer.length });
  }
  return points;
}
