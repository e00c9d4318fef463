import type { CourseIndex } from "../course-index";
import { sharedClassEnding, isLexiconPerson, vocabularyClassOf } from "../party-vocabulary";
import { taggedSpans } from "../term-quality";

/**
 * Stems that give their key away: a cue word, a bound verb, a sum or a period that implies the count,
 * a fixed collocation, a short form or an echo of the key beside the blank.
 */

/**
 * Whether the stem holds what sets the key apart from the wrong options: the options share an
 * ending (建设) and the key's own beginning (制度) stands in the stem while no wrong option's does.
 */
export function cueInStem(stem: string, key: string, wrong: readonly string[]): boolean {
  const options = [key, ...wrong];
  let shared = 0;
  while (options.every((option) => option.length > shared + 1 && option.at(-1 - shared) === key.at(-1 - shared))) shared += 1;
  if (shared === 0) return false;
  const own = (option: string) => option.slice(0, option.length - shared);
  const text = stem.replace(/（　）/g, "");
  return own(key).length >= 2 && text.includes(own(key)) && wrong.every((option) => own(option).length < 2 || !text.includes(own(option)));
}

/** A one-character verb right before the blank, whose object is the key's own first words (做（　）能力: 做群众工作). */
const BOUND_VERB_BEFORE_BLANK = /([做搞干当])(?:（　）|_{2,})/;

/**
 * Whether a one-character verb before the blank takes the key and not a wrong option (提高做（　）, 群众工作能力 among
 * 科学决策能力, 应急处突能力: 做群众工作 is said, 做科学决策 is not): the options differ by what sets each apart from
 * the rest (their own part before the ending they share), and the course says the verb with the key's own part but
 * never with a wrong option's. The grammar gives the key away (readers, issue #16).
 */
export function verbTakesKeyOnly(stem: string, key: string, wrong: readonly string[], count: (text: string) => number): boolean {
  const verb = BOUND_VERB_BEFORE_BLANK.exec(stem)?.[1];
  if (!verb || wrong.length === 0) return false;
  const options = [key, ...wrong];
  let shared = 0;
  while (options.every((option) => option.length > shared + 1 && option.at(-1 - shared) === key.at(-1 - shared))) shared += 1;
  const own = (option: string) => option.slice(0, option.length - shared);
  if (count(verb + own(key)) === 0) return false;
  return wrong.some((option) => count(verb + own(option)) === 0);
}

/** A count with its unit (5人, 2名, 3个); 人 and 名 count people alike. */
const COUNT = /(\d+)(人|名|个|部|项|家|次)/g;

const unitOf = (unit: string) => (unit === "名" ? "人" : unit);

/**
 * Whether a counted key is the stem's total less the other parts it lists after 其中 (不超过5人，其中包括______
 * 摄像记者、1名编辑、1名摄影记者和1名文字记者: 2名), or the total its listed parts add up to (不超过______，
 * 其中包括2名…、1名…、1名…和1名…: 5人): the learner can work it out without knowing the rule.
 */
export function givenBySum(stem: string, key: string): boolean {
  const asked = /^(\d+)(人|名|个|部|项|家|次)$/.exec(key);
  const among = stem.indexOf("其中");
  if (!asked || among < 0) return false;
  const unit = unitOf(asked[2]!);
  const counted = (text: string) => [...text.matchAll(COUNT)].filter((match) => unitOf(match[2]!) === unit).map((match) => Number(match[1]));
  const parts = counted(stem.slice(among));
  if (parts.length === 0) return false;
  const partsSum = parts.reduce((sum, part) => sum + part, 0);
  // The blank is the total itself (不超过______，其中包括2名…、1名…): the parts add up to it.
  const blank = Math.max(stem.lastIndexOf("_", among), stem.lastIndexOf("（　）", among));
  if (blank >= 0 && counted(stem.slice(blank, among)).length === 0) return partsSum === Number(asked[1]);
  const total = counted(stem.slice(0, among)).at(-1);
  return total !== undefined && total - partsSum === Number(asked[1]);
}

/**
 * A statistic sentence whose blank is the category counted (现行有效______共N部，其中，A类N部，B类N部…): the stem says of
 * the category nothing but its numbers, so only a memorised count tells it from its sibling categories, each with a
 * sentence of the same form. The blank stands right before the total (共N部/个/项/件/人/名/家/所/条), and the parts after
 * 其中 are counted in the same unit.
 */
export function categoryOnlyCounted(stem: string): boolean {
  const total = /(?:_{2,}|（　）)[”》]?(?:[^，。；：_（]{0,4})共(?:有|计)?\d[\d,，.]*(?:万|亿)?(部|个|项|件|人|名|家|所|条)/.exec(stem);
  if (!total) return false;
  const after = stem.slice(total.index + total[0].length);
  const among = after.indexOf("其中");
  if (among < 0) return false;
  const unit = unitOf(total[1]!);
  const parts = [...after.slice(among).matchAll(/\d[\d,，.]*(?:万|亿)?(部|个|项|件|人|名|家|所|条)/g)].filter((match) => unitOf(match[1]!) === unit);
  return parts.length >= 1;
}

/**
 * A count of one the stem's own time already fixes (每年年底…进行______专项检查: 1次; 每月月初召开______): a point of a
 * recurring period happens once in it, so the key is implied, not a rule learnt. Not a bound (每年不超过______, 每半年至少
 * 召开______): the limit is the rule.
 */
const POINT_OF_PERIOD = /每(?:年|月|季度?|半年|周)(?:年|月|季)?(?:底|末|初|中|终)/;

export function countImpliedByTime(stem: string, key: string): boolean {
  if (!/^(?:1|一)次$/.test(key)) return false;
  const blank = stem.search(/_{2,}|（　）/);
  if (blank < 0) return false;
  const point = POINT_OF_PERIOD.exec(stem.slice(0, blank));
  if (!point) return false;
  const between = stem.slice(point.index + point[0].length, blank);
  return !/[，。；]/.test(between) && !/不超过|不少于|至少|最多|以上|以下|以内/.test(between);
}

/** Judicial bodies and the acts only they perform in the clause after them (a small data set, not one document's words). */
const BODY_ACTS: ReadonlyArray<{ body: RegExp; act: RegExp }> = [
  { body: /(?:人民法院|审判机关)$/u, act: /^[^，。；]{0,4}(?:判处|判决|审判)/u },
  { body: /(?:人民检察院|检察机关)$/u, act: /^[^，。；]{0,4}(?:审查起诉|提起公诉|公诉)/u },
];

/** Tags of a word a key can qualify when nothing stands between them: a noun, a verbal noun, an adjective. */
const QUALIFIED_TAG = /^(?:n|ng|nz|vn|an|a)$/;

/**
 * True when a key outside the party vocabulary is blanked right before a word it qualifies (丰富______精神文化生活,
 * 化解______矛盾): the blank is a modifier of a longer phrase. A blank before 工作 is left to the field rule.
 */
export function qualifiesNextWord(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (key === undefined || vocabularyClassOf(key) !== null || !/^[\u4e00-\u9fff]/.test(sentence.slice(blank.end))) return false;
  // A blank inside a quotation (“______精神”) blanks a word of a quoted name or slogan, whose wording is its own.
  if (sentence.lastIndexOf("“", blank.start) > sentence.lastIndexOf("”", blank.start)) return false;
  const next = taggedSpans(sentence).find((word) => word.start === blank.end);
  // jieba tags some plain nouns as a person's name (小康 of 全面小康): such a word counts unless the course knows it as a person.
  return next !== undefined && next.word !== "工作" && (QUALIFIED_TAG.test(next.tag) || (next.tag === "nr" && !isLexiconPerson(next.word)));
}

export function bodyGivenByAct(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (!key) return false;
  const after = sentence.slice(blank.end);
  return BODY_ACTS.some(({ body, act }) => body.test(key) && act.test(after));
}

/** Words that make a longer name of the field after them (廉洁 of 廉洁文化建设, 党风 of 党风廉政建设): adjectives and nouns, not verbs or particles. */
const NAME_MODIFIER_TAG = /^(?:a|an|b|n|nz|ng)$/;

export function fieldNameTail(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (!key?.endsWith("建设")) return false;
  const before = taggedSpans(sentence).find((word) => word.end === blank.start);
  return before !== undefined && before.word.length >= 2 && NAME_MODIFIER_TAG.test(before.tag);
}

/**
 * Whether a title the stem quotes holds the key, or all of it but its one-character head (配合______工作…制定《被巡视党组织
 * 配合中央巡视工作规定》: 中央巡视组).
 */
export function quotedTitleGivesKey(stem: string, answer: string): boolean {
  if (answer.length < 3) return false;
  const titles = [...stem.matchAll(/《([^》]*)》/gu)].map((match) => match[1]!).filter((title) => !/_{2,}|（　）/.test(title));
  return titles.some((title) => title.includes(answer) || title.includes(answer.slice(0, -1)));
}

/** Characters of context on each side of a blank that a fixed phrase is recognised by. */
const COLLOCATION_CONTEXT = 3;

const COLLOCATION_MIN_USES = 3;

const COLLOCATION_SHARE = 0.8;

/**
 * Whether the words beside a blank give its key away: in this course, the three characters before it
 * (批评和, 全心全意's 全心全意) or after it are followed (or preceded) by the key nearly every time
 * they occur, and occur often — a fixed phrase anyone completes without knowing the text.
 */
export function collocationGivesKey(sentence: string, blank: { start: number; end: number }, key: string | undefined, index: CourseIndex): boolean {
  if (!key) return false;
  const before = sentence.slice(Math.max(0, blank.start - COLLOCATION_CONTEXT), blank.start);
  const after = sentence.slice(blank.end, blank.end + COLLOCATION_CONTEXT);
  const gives = (context: string, phrase: string) => {
    if (!/^[\u4e00-\u9fff]+$/.test(context) || context.length < COLLOCATION_CONTEXT) return false;
    const uses = index.count(context);
    return uses >= COLLOCATION_MIN_USES && index.count(phrase) / uses >= COLLOCATION_SHARE;
  };
  return gives(before, before + key) || gives(after, key + after);
}

/** Paired levels: a key on one (下级组织, 中央委员会) beside its counterpart with the same head (上级组织, 地方各级委员会) is forced by it. */
const LEVEL_PAIR = /^(上级|下级|中央|地方各级|地方|同级|基层)(.{2,})$/;

/**
 * Whether the rest of the sentence gives a blank's key away: it says the key's body again
 * (请示报告 beside ______ = 请示报告制度, 全面从严治党 beside 全面从严治党主体责任), or the key's
 * counterpart at another level (上级组织 beside 下级组织; 地方各级委员会 beside 中央委员会).
 */
/**
 * The short form a text gives the name right before it, read from the name's end (a blank's end in a stem): ______（以下简称巡视组）,
 * 》（以下简称《问责条例》）, （　）)（简称“中央纪委”）, （以下称…).
 */
const SHORT_FORM_AFTER = /^[》”’）)]?[（(](?:以下)?简?称[：:]?[《“‘]?([^》”’）)]{2,})/;

/** Whether every character of `short` stands in `full` in the same order (问责条例 in 中国共产党问责条例, 中央纪委 in 中央纪律检查委员会). */
function spellsOutOf(short: string, full: string): boolean {
  let at = 0;
  for (const char of short) {
    at = full.indexOf(char, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * Whether the short form a text gives right after a blank ending at `end` (（以下简称《问责条例》）) is shorter than the key and
 * spelt out of it (巡视组 of 中央巡视组, 中央纪委 of 中央纪律检查委员会), and of no wrong option: the learner reads the answer off it.
 * One rule for the source sentence (at its blank) and the stem (at each of its blanks).
 */
export function shortFormSpellsKey(text: string, end: number, key: string | undefined, wrong: readonly string[]): boolean {
  if (!key) return false;
  const short = SHORT_FORM_AFTER.exec(text.slice(end))?.[1];
  if (short === undefined || short.length >= key.length || !spellsOutOf(short, key)) return false;
  return !wrong.some((option) => spellsOutOf(short, option));
}

/** Where each blank of a stem ends (______, （　）). */
export function blankEnds(stem: string): number[] {
  return [...stem.matchAll(/_{2,}|（　）/g)].map((match) => match.index + match[0].length);
}

export function keyEchoed(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (!key) return false;
  const rest = sentence.slice(0, blank.start) + "|" + sentence.slice(blank.end);
  // The key less its last word (制度, 责任, 工作 …), when what is left is a name of its own (four characters or more).
  for (let cut = 2; cut <= 3; cut++) {
    const body = key.slice(0, key.length - cut);
    if (body.length >= 4 && rest.includes(body)) return true;
  }
  // A leader's doctrine (毛泽东思想, 邓小平理论) beside the leader it is named after (以毛泽东同志为主要代表的…，创立了______).
  const person = /^(\p{Script=Han}{2,3}?)(?:新时代\p{Script=Han}*)?(?:思想|理论)$/u.exec(key)?.[1];
  // Not the subject a definition names (______是…以毛泽东为主要代表的中国共产党人…形成的…指导思想): the leader is part of what defines it.
  if (person !== undefined && isLexiconPerson(person) && rest.includes(person) && !/^\|是/.test(rest.slice(blank.start))) return true;
  const level = LEVEL_PAIR.exec(key);
  if (level) {
    const [, own, head] = level;
    for (const other of ["上级", "下级", "中央", "地方各级", "地方", "同级", "基层"]) {
      if (other !== own && !own!.startsWith(other) && rest.includes(`${other}${head}`)) return true;
    }
  }
  return false;
}

/**
 * Whether the key less its head (its last one or two characters: 精神 of 长征精神) stands elsewhere in the sentence
 * right after the two or three characters that lead to the blank (伟大的长征 … 伟大的______).
 */
export function bodyAfterSameLead(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (!key || key.length < 3) return false;
  const lead = sentence.slice(Math.max(0, blank.start - 3), blank.start);
  if (!/^[\u4e00-\u9fff]{2,3}$/u.test(lead)) return false;
  const rest = sentence.slice(0, blank.start) + "|" + sentence.slice(blank.end);
  return [1, 2].some((cut) => key.length - cut >= 2 && rest.includes(lead + key.slice(0, key.length - cut)));
}

/** The list item just before a blank: up to four characters of words before 、 和 及 与 that end where the blank begins. */
const ITEM_BEFORE_BLANK = /([\u4e00-\u9fa5]{1,4})[、和及与](?:_{2,}|（　）)/;

/**
 * Whether the key's set's head word (监督, 建设) closes a list whose item before the blank is a bare word without it, no
 * longer than what the key puts before the head (干部 beside 群众 of 群众监督): a word of the same rank as that part. A longer
 * item is another kind of thing listed (政策研究、制度建设; 城镇化、农业现代化 of another set).
 */
export function headSharedByList(stem: string, key: string): boolean {
  const head = sharedClassEnding(key);
  if (head === null) return false;
  const item = ITEM_BEFORE_BLANK.exec(stem.replace(/以及/g, "及"))?.[1];
  return item !== undefined && !item.endsWith(head) && item.length <= key.length - head.length;
}
