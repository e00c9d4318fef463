import type { BlankSite } from "./blank-sites";
import { buildCandidate, choiceOptions } from "./build-candidate";
import { changeImpliedByBound, countRuledOutByFrame } from "./count-frame";
import type { CourseIndex } from "./course-index";
import { pureMemo } from "./course-memo";
import { countShownInSentence, numberDistractors, pickDistractors, yearRuledOutBySentence, type DistractorInventory } from "./distractors";
import { nearSynonyms } from "./confidence";
import { oneClosedSetWithout, onlyContextualClasses, partsOf, recitedClosedSetMembers, sharedVocabularyClass, speaksOfClass, vocabularySiblingsIn, wholesOf } from "./party-vocabulary";
import { fitsSlotElsewhere } from "./slot-check";
import { isVerbLed } from "./target-importance";
import { seededRandom, type Random } from "./seeded-random";
import { asStatement, blankOut, CHOICE_MARKER, clauseWindow } from "./source-text";
import { textsWithin } from "./texts-within";
import { namedByAliasIn } from "./term-glosses";
import { numberStatedInKeyFrame, singleChoiceExplanation, wrongOptionTeachable } from "./explanation";
import type { Candidate } from "./types";

const DISTRACTORS = 3;

/** A year or a date of one (1948年, 1935年12月, 2016年7月8日). */

/** A quality word (专业化, 时代性): a member of a set of qualities, or an ordinary adjective of any text. */
const QUALITY_SUFFIX = /[化性]$/;

/**
 * Whether the sentence already names what sets a wrong option apart from the key (司法 of 司法监督 in
 * 自觉接受纪检监察、司法、社会和（　）, whose key is 舆论监督): the option repeats an item the stem lists, or
 * names it with its own body joined on (人大 of 人大监督 in 自觉接受省人大及其常委会监督). The key's own
 * words name nothing.
 */
export function namedInSentence(option: string, key: string, sentence: string, anywhere = false): boolean {
  if (namedAsItem(option, key, sentence)) return true;
  const own = ownPart(option, key);
  if (own === null) return false;
  const rest = sentence.split(key).join("　");
  // Where the sentence is a list of the kind that answers the question (a 多选's 知情权、议政权、参政权), the option's
  // own word anywhere in it (监督 of 监督权 in 在群众监督方面，…让群众有…) makes the option the sentence's topic.
  if (anywhere && rest.includes(own)) return true;
  return rest.includes(own) && new RegExp(`${escaped(own)}(?:及其|以及|和|与)[^，。；：、　]{0,6}${escaped(option.slice(own.length))}`).test(rest);
}

/** What sets the option apart from the key: the option without the ending they share (司法 of 司法监督 beside 舆论监督), or null. */
function ownPart(option: string, key: string): string | null {
  let shared = 0;
  while (shared < Math.min(option.length, key.length) - 1 && option.at(-1 - shared) === key.at(-1 - shared)) shared += 1;
  const own = option.slice(0, option.length - shared);
  return shared === 0 || own.length < 2 ? null : own;
}

/** Whether the text, or what sets it apart from the key, stands as an item of the sentence's list (、司法、, 社会和). */
function namedAsItem(text: string, key: string, sentence: string): boolean {
  const rest = sentence.split(key).join("　");
  const item = (words: string) => rest.includes(words) && itemPattern(words).test(rest);
  const own = ownPart(text, key);
  return item(text) || (own !== null && item(own));
}

/** The words as an item of a list, not inside another word (社会主义, 政治纪律); compiled once per words. */
const itemPattern = pureMemo((words: string) => {
  const escapedWords = escaped(words);
  return new RegExp(`[、，]${escapedWords}(?=[、，和及与])|[、，]${escapedWords}$|^${escapedWords}(?=[、和及与])|[、和及与]${escapedWords}(?=[，。；、]|$)`);
}, 20_000);

/**
 * Whether an item of the sentence's list is a part or the whole of the option (社会监督, written 、社会和, beside the
 * wrong option 群众监督): the option is then no clearly wrong answer either. Not a whole named elsewhere in the
 * sentence (在民主集中制的基本原则中 leaves 党内民主 a fair wrong option for 集体领导).
 */
export function relativeNamedInSentence(option: string, key: string, sentence: string): boolean {
  return [...wholesOf(option), ...partsOf(option)].some((other) => other !== key && namedAsItem(other, key, sentence));
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether a wrong number is one the key's sentence gives away: a count of one where the words around need several
 * (count-frame.ts), a year before the event the sentence says the fact came after (中华人民共和国成立后 and 1948年),
 * or a count the sentence shows elsewhere (another rule's 4人 beside the blank).
 */
export function numberRuledOut(text: string, key: string, sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (countRuledOutByFrame(text, before, after)) return true;
  // A longer period than the key's 8个月内 (or a smaller amount than its 71万余) is just as true: a second right answer.
  if (changeImpliedByBound(key, text, before, after)) return true;
  if (yearRuledOutBySentence(text, sentence) && !yearRuledOutBySentence(key, sentence)) return true;
  return countShownInSentence(text, `${before}　${after}`);
}

/** 单选题: a key term, number or list item blanked from its sentence, with three same-kind wrong options. */
export function generateSingleChoice(sites: BlankSite[], index: CourseIndex, inventory: DistractorInventory): Candidate[] {
  // The course's terms in a sentence, found once for all the sentence's sites.
  const termsBySentence = new Map<string, string[]>();
  const termsWithin = (sentence: string) => {
    let terms = termsBySentence.get(sentence);
    if (!terms) termsBySentence.set(sentence, (terms = textsWithin(sentence, inventory.terms)));
    return terms;
  };
  return sites.map((site) => {
    const random = seededRandom(`single:${site.located.passage.id}:${site.start}:${site.answer}`);
    const window = clauseWindow(site.sentence, site.start, site.end);
    const blank = { start: site.start - window.start, end: site.end - window.start };
    // Members of a closed set the sentence recites in part (四风 in 形式主义、（　）) fit the recital as well as the key.
    const recited = new Set(site.focus === "number" ? [] : recitedClosedSetMembers(site.answer, site.sentence.text));
    const pick = (pool: readonly string[], count: number, taken: string[], draw: Random = random) =>
      pickDistractors(site.answer, pool, {
        count,
        random: draw,
        course: index,
        sameKind: site.focus === "enumeration",
        // Not a word of the whole source sentence: a list the window cuts (…自由主义、（　）) goes on past it (本位主义、好人主义).
        exclude: [...(site.siblings ?? []), ...taken, ...termsWithin(site.sentence.text)],
        alsoCorrect: (text) =>
          recited.has(text) ||
          namedByAliasIn(text, site.sentence.text) ||
          site.sentence.text.includes(text) ||
          namedInSentence(text, site.answer, site.sentence.text) ||
          relativeNamedInSentence(text, site.answer, site.sentence.text) ||
          fitsSlotElsewhere(index, window.text, blank, text) ||
          nearSynonyms(text, site.answer) ||
          // A verb phrase beside a noun key stands out; not a member of the key's own lexicon set whose first word is also
          // a verb (审计监督 beside 舆论监督, both of the 监督体系: stop 39).
          (isVerbLed(text) && !isVerbLed(site.answer) && sharedVocabularyClass(text, site.answer) === null),
      });
    // A key the party-vocabulary lexicon knows gets the other members of its class first (组织纪律 for 政治纪律).
    // Of the classes the key is in, the one its sentence speaks of (政治建设 among 经济建设、文化建设: 五位一体, not 党的建设).
    // Not a set of qualities (…化, …性) whose members are ordinary words elsewhere (干部队伍“四化” for 专业化 in
    // 物业服务社会化、专业化) when the sentence does not speak of it: its siblings (革命化, 年轻化) are absurd there, and the
    // key stands out (readers, issue #16). Bodies and principles of such sets (中央组织部, 党内民主) stay fair siblings.
    const lexiconFits = site.focus !== "number" && !(QUALITY_SUFFIX.test(site.answer) && onlyContextualClasses(site.answer) && !speaksOfClass(site.answer, site.sentence.text));
    const siblings = lexiconFits ? vocabularySiblingsIn(site.answer, site.sentence.text) : [];
    const drawn = lexiconFits ? pick(siblings, DISTRACTORS, []) : [];
    // Of the key's siblings, those a 解析 can say what they are first (a gloss of record, a sentence of the course, a set
    // they are not of), where the first draw holds one it cannot: "same set, not the wording here" teaches nothing
    // (QUESTIONS.md E; readers, stop 36). A draw of its own, so that questions whose options all teach stay as they were.
    const keyPlace = { located: site.located, offset: site.end };
    const taughtOptions = new Map<string, boolean>();
    const teachable = (text: string) => {
      let taught = taughtOptions.get(text);
      if (taught === undefined) taughtOptions.set(text, (taught = wrongOptionTeachable({ index, inventory }, site.answer, text, keyPlace)));
      return taught;
    };
    let fromLexicon = drawn;
    if (drawn.length >= DISTRACTORS && !drawn.every(teachable)) {
      const redraw = seededRandom(`single-teach:${site.located.passage.id}:${site.start}:${site.answer}`);
      const taught = pick(siblings.filter(teachable), DISTRACTORS, [], redraw);
      const again = taught.length >= DISTRACTORS ? taught : [...taught, ...pick(siblings.filter((text) => !taught.includes(text)), DISTRACTORS - taught.length, taught, redraw)];
      // Not three of one closed set the key is not of (形式主义、享乐主义、官僚主义 beside 好人主义): the key would stand out.
      if (again.length >= DISTRACTORS && again.filter(teachable).length > drawn.filter(teachable).length && !oneClosedSetWithout(site.answer, again)) fromLexicon = again;
    }
    const coursePool = site.focus === "enumeration" ? inventory.enumerationItems.map((item) => item.text) : inventory.terms;
    const distractors =
      site.focus === "number"
        ? numberDistractors(site.answer, inventory.numbers, DISTRACTORS, random, (text) => numberRuledOut(text, site.answer, site.sentence.text, site.start - site.sentence.start, site.end - site.sentence.start), true, { taught: teachable, inKeyFrame: (text) => numberStatedInKeyFrame(index, site.answer, text, keyPlace) })
        : fromLexicon.length >= DISTRACTORS
          ? fromLexicon
          : [...fromLexicon, ...pick(coursePool, DISTRACTORS - fromLexicon.length, fromLexicon)];
    const { options, answer } = choiceOptions([site.answer], distractors, random);
    const explained = singleChoiceExplanation(
      { index, inventory },
      {
        answer: site.answer,
        distractors,
        key: { located: site.located, offset: site.end },
        quoted: window.text,
        isNumber: site.focus === "number",
        ...(site.siblings ? { list: { label: site.listLabel ?? null, items: site.siblings } } : {}),
      },
    );
    // A number dismissed only as 与原文数字不符 says nothing of what it is (readers, stop 37: "instead of saying what
    // 1946年7月 and 1945年8月 mark"; stop 38: "dismisses 4天 and 5天 only as 与原文数字不符, not saying what they are"):
    // a year, a count or a period of a rule alike.
    const untaughtNumbers = site.focus === "number" ? explained.dismissedNumbers : [];
    return buildCandidate(
      {
        type: "SINGLE_CHOICE",
        focus: site.focus,
        stem: asStatement(blankOut(window.text, [blank], CHOICE_MARKER)),
        options,
        answer,
        explanation: explained.text,
        moduleId: site.located.module.id,
        sectionId: site.located.section.id,
        passageId: site.located.passage.id,
        ...(site.knowledgePointId ? { knowledgePointId: site.knowledgePointId } : {}),
        span: { start: site.sentence.start, end: site.sentence.end },
      },
      { sentence: window.text, answers: [site.answer], blanks: [blank], distractors, explanationTeaches: explained.teaches, ...(explained.untaughtOptions.length ? { untaughtOptions: explained.untaughtOptions } : {}), ...(explained.notHereOnly ? { notHereOnly: true } : {}), ...(untaughtNumbers.length ? { untaughtNumbers } : {}), ...(site.siblings ? { enumerationItems: site.siblings } : {}) },
      index,
    );
  });
}
