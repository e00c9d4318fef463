import { ARTICLE } from "@/lib/content/text/legal-articles";
import { taggedSpans } from "./term-quality";

/**
 * What a true 判断's 解析 can teach from the article that holds it (QUESTIONS.md E, issue 16), beyond "本句与原文一致":
 * the set an item belongs to when the article lists it under markers (对党的领导干部的问责方式包括：（一）通报…（四）纪律处分),
 * what the rest of the statement's own sentence rules (…承担主要领导责任，参与决策和工作的班子其他成员承担重要领导责任), and
 * the article's rule on the same subject or a parallel one (派驻机构… / 派出机构…; 中央…委员会实行巡视制度 / 市县委员会建立
 * 巡察制度). Only the article's own sentences, whole: nothing is invented, nothing is cut to a fragment.
 */

/** The longest sentence or clause quoted from the article. */
const MAX_CONTEXT_QUOTE = 80;
/** The shortest rest of a sentence worth quoting: a shorter one says little. */
const MIN_REST = 8;
/** List markers in order. */
const NUMERALS = "一二三四五六七八九十";
/** The longest item of a marked list read as a name (通报, 组织调整或者组织处理), not a clause. */
const MAX_ITEM = 12;

/** Words pointing back at text the quotation leaves out (前五款, 上述, 该…): the quoted sentence would not stand alone. */
const POINTS_BACK = /这样的|这种|这些|这类|上述|前款|前[一二两三四五六七八九十]+[款项条]|前项|本款|该|其他情形/;
/** A sentence opening on a word that leans on the one before it. */
const LEANS_BACK = /^(?:这|那|该|其|此|它|同时|因此|所以|但|而且?|并且?|另外|此外|从而|进而|为此|也|又|还)/;
/** What ends a subject in an article's sentence: the verb or preposition of its rule. */
const PREDICATE_START = /是|由|在|应当|应|必须|须|负责|实行|建立|设立|向|对|不得|可以|可|每|按照|依照|经|，/;
/** A sentence that urges rather than rules (积极推进分类考核, 注意改进考核方法): no rule of the statement's subject. */
const EXHORTATION = /积极|推进|加强|注意|改进|提高|切实|认真|进一步|努力|不断|大力|着力|鼓励|支持/;
/** Heads too common to make two subjects parallel. */
const GENERIC_HEAD = new Set(["工作", "情况", "问题", "事项", "规定", "内容", "有关", "相关", "方面", "党员"]);

/** Whether a text points back at text it leaves out (参照前五款规定执行, 上述情形). */
export function pointsBack(text: string): boolean {
  return POINTS_BACK.test(text);
}

/** The passage opens on an article number (第五条 …): its sentences are one article's rules. */
export function isArticle(passage: string): boolean {
  return ARTICLE.test(passage.trim());
}

function hasVerb(text: string): boolean {
  return taggedSpans(text).some((word) => /^v/.test(word.tag) || word.word === "是");
}

function balanced(text: string): boolean {
  const count = (mark: string) => text.split(mark).length - 1;
  return count("“") === count("”") && count("‘") === count("’") && count("（") === count("）") && !text.includes("……");
}

/** A text as a sentence of its own: whole, short enough, pointing back at nothing, not announcing a list. */
function standsAlone(text: string): boolean {
  return text.length >= MIN_REST && text.length <= MAX_CONTEXT_QUOTE && balanced(text) && !POINTS_BACK.test(text) && !LEANS_BACK.test(text) && !/[：:]/.test(text) && !/[（(][一二三四五六七八九十\d]+[）)]|^\d+[.．、]/.test(text) && hasVerb(text);
}

/** A sentence without its article number, list marker and closing mark. */
function body(sentence: string): string {
  return sentence
    .trim()
    .replace(ARTICLE, "")
    .replace(/^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、)/, "")
    .trim()
    .replace(/[。；！？]+$/, "");
}

/**
 * What the statement's own sentence rules beyond the statement: the clauses after it that the statement's window left
 * out (…承担主要领导责任 | 参与决策和工作的班子其他成员承担重要领导责任), when they stand as a rule of their own. Null when the
 * statement is the whole sentence, or what is left is no whole rule.
 */
export function sentenceRest(sentence: string, statement: string): string | null {
  const shown = statement.replace(/[。；！？，]+$/, "");
  const at = sentence.indexOf(shown);
  if (at < 0) return null;
  const rest = sentence
    .slice(at + shown.length)
    .replace(/^[，；]/, "")
    .replace(/[。；！？]+$/, "");
  return rest !== "" && standsAlone(rest) ? rest : null;
}

/** The subject an article's sentence opens on: up to the verb or preposition of its rule, after a leading condition (除…外，). */
export function ruleSubject(sentence: string): string {
  const text = body(sentence).replace(/^除[^，。；]{1,20}外，/, "");
  // A rule word opening the sentence (每项决议…) is part of its subject.
  const found = PREDICATE_START.exec(text.slice(1));
  const end = found ? found.index + 1 : text.length;
  return text.slice(0, Math.min(end, 24));
}

/**
 * Whether two sentences of an article rule on the same subject or on parallel ones: most of the shorter subject opens
 * the other too (中央委员会委员出缺 / 中央委员会委员和候补委员的名额), or both end on the same head (派驻机构 / 派出机构;
 * 直辖市委员会 / 旗）委员会). A shared body alone (中央委员会委员 / 中央委员会全体会议) is not enough.
 */
export function sameSubject(a: string, b: string): boolean {
  const [x, y] = [ruleSubject(a), ruleSubject(b)];
  if (x.length < 3 || y.length < 3) return false;
  let prefix = 0;
  while (prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++;
  if (prefix >= 4 && prefix >= 0.7 * Math.min(x.length, y.length)) return true;
  const head = x.slice(-2);
  return /^[\u4e00-\u9fff]{2}$/.test(head) && head === y.slice(-2) && !GENERIC_HEAD.has(head);
}

/**
 * The nearest other sentence of the article that rules on the statement's subject or a parallel one (sameSubject), whole
 * and standing alone; null when there is none. `sentences` are the passage's sentences, `own` the statement's.
 */
export function articleSibling(sentences: readonly string[], own: number, statement: string): string | null {
  const order = sentences.map((_, at) => at).filter((at) => at !== own).sort((a, b) => Math.abs(a - own) - Math.abs(b - own) || a - b);
  for (const at of order) {
    const text = body(sentences[at]!);
    if (standsAlone(text) && !EXHORTATION.test(text) && sameSubject(statement, text) && !statement.includes(text)) return text;
  }
  return null;
}

export interface MarkedList {
  label: string;
  items: string[];
  /** Where the list stands in the passage: from its lead to the next list's lead (or the passage's end). */
  start: number;
  end: number;
}

/**
 * The lists an article sets out under markers, each with its lead (对党的领导干部的问责方式包括：（一）通报。对…（二）诫勉。…):
 * an item is the name a marker opens, up to its full stop or semicolon, when every item of the list is a short name — a
 * list of clauses is no set of names. Numbering starting again at （一） starts another list.
 */
export function markedLists(passage: string): MarkedList[] {
  const lists: MarkedList[] = [];
  const leads: number[] = [];
  const lead = /([^。；：:]{2,40}?)(?:包括|有|分为|是)[：:]\s*(?=[（(]一[）)])/g;
  for (let found = lead.exec(passage); found; found = lead.exec(passage)) {
    const label = body(found[1]!);
    leads.push(found.index);
    const items: string[] = [];
    let cursor = found.index + found[0].length;
    for (let n = 0; n < NUMERALS.length; n++) {
      const opening = new RegExp(`^[（(]${NUMERALS[n]}[）)]`).exec(passage.slice(cursor));
      if (!opening) break;
      const after = passage.slice(cursor + opening[0].length);
      const end = after.search(/[。；]/);
      items.push((end < 0 ? after : after.slice(0, end)).trim());
      // The item's explanation runs to the next marker of the list; a list starting again at （一） is another list.
      const next = passage.indexOf(`（${NUMERALS[n + 1] ?? ""}）`, cursor + 1);
      const restart = passage.indexOf("（一）", cursor + 1);
      if (n + 1 >= NUMERALS.length || next < 0 || (restart >= 0 && restart < next)) break;
      cursor = next;
    }
    if (items.length >= 2 && items.every((item) => item.length > 0 && item.length <= MAX_ITEM && !/[，、]/.test(item))) lists.push({ label, items, start: found.index, end: passage.length });
  }
  // A list runs up to the lead of the next one.
  return lists.map((list) => ({ ...list, end: leads.find((at) => at > list.start) ?? passage.length }));
}

/**
 * What a question on an item of a marked list teaches: the list the item is of, whole and counted, and the article's
 * other list under a parallel lead (对党组织的问责方式 beside 对党的领导干部的问责方式), which tells which set the item is
 * said of. `keyAt` is where the key stands in the passage: inside the list it is an item of. `where` names the source.
 * Empty when the key is no item of the list it stands in.
 */
export function markedListTeaching(passage: string, key: string, keyAt: number, where: string): string {
  const lists = markedLists(passage);
  const own = lists.find((list) => list.items.includes(key) && list.start <= keyAt && keyAt < list.end);
  if (!own) return "";
  const others = lists.filter((list) => list !== own && list.label.slice(-4) === own.label.slice(-4));
  const other = others.map((list) => `“${list.label}”是${list.items.join("、")}`).join("；");
  return `${where}所列“${own.label}”共${own.items.length}种：${own.items.join("、")}，「${key}」是其中之一${other ? `；同条所列${other}` : ""}。`;
}
