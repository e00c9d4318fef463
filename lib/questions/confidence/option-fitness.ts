import { kinSetMembers, opposedTendency, partOrWhole, sharedVocabularyClass } from "../party-vocabulary";
import { taggedSpans } from "../term-quality";

/**
 * Distractor fitness: whether the wrong options are of the key's kind and clearly wrong — not near
 * synonyms of it, not of another list's form, not tendencies the party opposes beside upheld keys,
 * not members of overlapping wholes.
 */

/** The ends or starts all items of a list share (权 of 知情权、监督权; 讲 of 讲道德、讲诚信), if any. */
function sharedForm(items: readonly string[]): { suffix: string; prefix: string } {
  const common = (texts: string[]) => {
    let length = 0;
    while (texts.every((text) => text.length > length && text[length] === texts[0]![length])) length += 1;
    return texts[0]!.slice(0, length);
  };
  const reversed = items.map((item) => [...item].reverse().join(""));
  return { suffix: [...common(reversed)].reverse().join(""), prefix: common([...items]) };
}

/**
 * Wrong options of a list's kind: they end (or start) as all its items do, or the lexicon puts them
 * in a class with one of the items. Lists whose items share no form and are not in the lexicon
 * (就业、社保、医疗) get wrong options nobody can check are of their kind (阶级, 鉴别).
 */
/** Whether a wrong option is a tendency the party opposes (opposedTendency) while no key is one. */
export function opposedAmongUpheld(correct: readonly string[], wrong: readonly string[]): boolean {
  return correct.length > 0 && !correct.some(opposedTendency) && wrong.some(opposedTendency);
}

export function distractorsOfListForm(correct: readonly string[], wrong: readonly string[]): boolean {
  return wrong.every(ofListForm(correct));
}

/**
 * The test distractorsOfListForm puts to each wrong option, made once for a list: a 多选 site puts it to every text of
 * the course's pool (issue #15).
 */
export function ofListForm(correct: readonly string[]): (text: string) => boolean {
  const { suffix, prefix } = sharedForm(correct);
  const lengths = new Set(correct.map((item) => item.length));
  // Items of one length (知情权、监督权) take wrong options of that length (not 全国政权), and a shared
  // ending is no kinship when a degree or quality word leads (最客观 beside 世界观, 新变化 beside 制度化).
  const parallel = (text: string) => (lengths.size > 1 || lengths.has(text.length)) && !/^(d|a|ad|m)$/.test(taggedSpans(text)[0]?.tag ?? "");
  // A word ending most items share (主义 of 形式主义、官僚主义、享乐主义 beside 奢靡之风): a wrong option ending in it is of their kind.
  const usual = usualEnding(correct);
  // A member of a set of record kin to the list's (执政考验 beside the 四种危险) is of its kind whatever its form.
  const kin = new Set(kinSetMembers(correct));
  return (text) =>
    (suffix.length > 0 && text.endsWith(suffix) && text.length > suffix.length && parallel(text)) ||
    (prefix.length > 0 && text.startsWith(prefix) && text.length > prefix.length && parallel(text)) ||
    (usual !== null && text.endsWith(usual) && text.length > usual.length && parallel(text)) ||
    correct.some((item) => sharedVocabularyClass(item, text) !== null) ||
    kin.has(text);
}

/** A two-character ending more than half the items (and at least three) share, or null. */
function usualEnding(items: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) if (item.length > 2) counts.set(item.slice(-2), (counts.get(item.slice(-2)) ?? 0) + 1);
  const [ending, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return ending !== null && count >= 3 && count * 2 > items.length ? ending : null;
}

/** Lexicon sets whose members are parts of one whole that overlap: a statement of one often holds of another. */
// 问责方式 too: 通报批评, 诫勉 and 组织调整 are themselves kinds of 组织处理, and a text that pairs 纪律处分 with 组织处理
// pairs it as readily with 通报批评 (灵活运用纪律处分和组织处理手段 → 通报批评和组织处理: still sound; stop 28).
// 党的思想路线 too: its four phrases (一切从实际出发, 理论联系实际, 实事求是, 在实践中检验真理和发展真理) say one line, and
// 实事求是 holds the others: 坚持理论联系实际 → 坚持实事求是 is still sound, and readers discarded both such 判断 (stop 32).
export const OVERLAPPING_CLASSES = new Set(["党的建设", "五位一体", "四个全面", "党风廉政建设的“两个责任”", "问责方式", "党的思想路线"]);

/** Near-synonyms and superordinates of the party vocabulary: options in one group are never told apart fairly. */
const SYNONYM_GROUPS: string[][] = [
  ["人民", "群众", "人民群众", "全国人民", "广大群众", "老百姓", "百姓", "民众", "广大人民"],
  ["党", "中国共产党", "共产党", "我党", "党组织", "执政党"],
  ["干部", "党员干部", "领导干部", "公职人员"],
  ["纪律", "党纪", "党的纪律"],
  ["作风", "工作作风", "党风"],
  ["监督", "党内监督"],
  ["宗旨", "根本宗旨", "全心全意为人民服务"],
];

function synonymGroup(text: string): number {
  return SYNONYM_GROUPS.findIndex((group) => group.includes(text));
}

/**
 * Two options that may both be right: in one near-synonym group, or one's head word (its last word)
 * a modifier in the other (全国人民 beside 人民群众: the 人民 of one is who the other is about).
 * Sharing the head word makes siblings, not synonyms (法治思维 beside 历史思维).
 */
export function nearSynonyms(a: string, b: string): boolean {
  const group = synonymGroup(a);
  if (group >= 0 && group === synonymGroup(b)) return true;
  // A part and its whole (党内民主 and 民主集中制): the lexicon's 上下位 of party doctrine.
  if (partOrWhole(a, b)) return true;
  const wordsA = taggedSpans(a).filter((word) => word.word.length >= 2);
  const wordsB = taggedSpans(b).filter((word) => word.word.length >= 2);
  const headA = wordsA[wordsA.length - 1]?.word;
  const headB = wordsB[wordsB.length - 1]?.word;
  const modifies = (head: string | undefined, words: typeof wordsA) => head !== undefined && words.slice(0, -1).some((word) => word.word === head && word.tag.startsWith("n"));
  return modifies(headA, wordsB) || modifies(headB, wordsA);
}
