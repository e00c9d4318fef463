import { acceptedVariants } from "../accepted-answers";
import { passageCitation } from "../citation";
import type { CourseIndex } from "../course-index";
import { countedClassNamed, sentenceSpeaksOfClass, vocabularyClassClaim } from "../party-vocabulary";
import { markedListTeaching } from "../true-statement-teaching";
import { namedFormulationOf } from "../formulations-of-record";
import { type KeyList, type KeyPlace, escapeRegExp, evidence, mark, marks, quoted } from "./context";
import { enclosingHeadingList, keyDefinition, keyGloss, saysWhatKeyIs, teachingElsewhere } from "./key-teaching";
import { actNamedIn, classNamedIn, classSiblingsSaid, countedSetEvident, keyKindSaid, membersShown, ordinalSetOf, setHolds } from "./option-classes";

/**
 * 解析 of 填空: where the course teaches the key, the set or class it belongs to, and the accepted variants.
 */

/**
 * What a 填空's 解析 teaches of its key beyond the sentence the stem shows (QUESTIONS.md E; issue 16). A set the key
 * is of teaches only when it says something the stem and the key's own words do not (stop 33, readers: "tautological",
 * "circular"): 「群众纪律」属于“党的纪律” under “党的纪律主要包括…”, 「问责」是原句列举的一项（监督、执纪、问责）, 「不敢腐」属于
 * “一体推进三不腐” under 一体推进不敢腐、不能腐、不想腐, 「严重警告」属于“党纪处分” under 纪律处分有五种 repeat the stem; a
 * class whose name the key's words hold (「组织生活会」属于“组织生活”, 「作风建设」属于“党的建设”) repeats the key. A set the
 * learner cannot read off either (「核心意识」属于“四个意识”, 「专项巡视」属于“巡视组织形式”, the members of “四风”) teaches.
 * Beside a class that is no counted set, and where no set teaches, the first of: what an authoritative text says the
 * key means (keyGloss, a gloss kept for a member of the class the passage speaks of too: 通报 of “问责方式”), the
 * course's own definition of it (keyDefinition), another sentence of the course that says what it is or a rule of it
 * and stands alone (fillKeyElsewhere). Where nothing teaches, `teaches` is false and confidence/score.ts sends the 填空 to
 * review (BARE_EXPLANATION); the 解析 keeps what it had: nothing is invented.
 */
export function fillKeyTaught(index: CourseIndex, key: string, list: KeyList | undefined, place: KeyPlace, sentence: string): { text: string; teaches: boolean; elsewhereOnly?: boolean; setNameOnly?: boolean } {
  // A key the article lists under markers, under a lead the stem names: the whole list, counted, teaches the set.
  const marked = markedListTeaching(place.located.passage.text, key, place.offset - key.length, "原文");
  if (marked) return { text: marked, teaches: true };
  const context = place.located.passage.text;
  const year = index.documentYear(place.located.module);
  const shown = sentence.split(key).join("");
  // A term of a named formulation of record the sentence writes out whole (______、密切联系群众、批评和自我批评的作风):
  // the formulation is what the key is of here, not a lexicon set the sentence does not speak of (党的思想路线; readers,
  // stop 36: "the 解析 gives the 思想路线 instead of the 三大优良作风"). Where the stem names it already, who set it down
  // and when still teach.
  const formulation = namedFormulationOf(sentence, key);
  if (formulation) {
    return { text: `${mark(key)}是党的${quoted(formulation.name)}（${formulation.terms.join("、")}）之一，由${formulation.from}概括提出。`, teaches: true };
  }
  // The set's members are judged by the sentence the 解析 quotes, not the whole passage: a member past the stem's cut
  // (政治执行力 in the passage's next clause) is one the learner does not see.
  let kind = keyKindSaid(key, list, context, year, sentence);
  let restated = kind.text !== "" && setStatedBy(shown, key, list, context);
  // A list the stem shows whole may still be a counted set the stem does not name (道路自信、…、文化自信 are “四个自信”).
  if (restated && list) {
    const named = keyKindSaid(key, undefined, context, year, sentence);
    if (named.text && !named.classOnly && !setStatedBy(shown, key, undefined, context)) [kind, restated] = [named, false];
  }
  const claimed = list && list.items.length > 1 ? null : vocabularyClassClaim(key, context);
  if (kind.text && !restated && claimed && (countedSetEvident(claimed, sentence) || membersShown(claimed, key, shown) || actNamedIn(claimed, shown))) restated = true;
  // A bare class whose name the key's own words hold (组织生活会 of “组织生活”, 政治路线 of “党的路线”) or whose head word
  // the stem says (严重警告 of “党纪处分” under 纪律处分有五种) says nothing; one the learner could not read off the stem
  // (「专项巡视」属于“巡视组织形式”) tells what the key is of.
  const bare = kind.classOnly && claimed !== null && (classNamedIn(claimed, key) || classNamedIn(claimed, shown));
  const said = kind.text !== "" && !restated && !bare ? kind.text : "";
  const definition = keyDefinition(index, key, place);
  // A counted set whose every member the quoted sentence shows (主体责任和监督责任 of “两个责任”) names the set only: what an
  // authoritative text says the key means (党委负主体责任，纪委负监督责任) teaches what the stem does not (readers, stop 35).
  const setGloss = said && kind.setShown && !definition ? keyGloss(key, place, claimed ?? undefined, index.documentTitle(place.located.module)) : "";
  // A class the key's own sentence does not speak of (neither its name nor another member: 「实事求是」属于“党的思想路线”
  // under 对领导人的宣传要实事求是, 「全面从严治党」属于“四个全面” under …和鼓励担当作为是内在统一的) is off the sentence's
  // point: readers failed the same set note pinned on every sentence of the key whatever it says (issue 16, criterion E).
  // Where a gloss of record says what the key itself is, it stands instead; else the class note stays as it was.
  if (said && claimed !== null && !countedClassNamed(key) && !sentenceSpeaksOfClass(claimed, key, sentence)) {
    const own = keyGloss(key, place, claimed, index.documentTitle(place.located.module));
    // As below, the gloss before the course's own definition, never both: they say the same.
    if (own) return { text: own, teaches: true };
  }
  if (said && !kind.classOnly) {
    // A set whose members are only its name counted off (「第二个百年奋斗目标」属于“两个一百年奋斗目标”), with nothing else
    // said of the key, says nothing the key's own words do not (readers, stop 36: circular). Another sentence of the course
    // that says what the key is may teach; else the 填空 waits in review (SET_NAME_ONLY). A set the sentence shows whole
    // (伟大斗争、伟大工程、______、伟大梦想) is still named alone where no gloss of record says what the key is: most readers
    // took the set's name for teaching (43 labelled usable; sending them all to review was tried and withdrawn, stop 36).
    if (kind.setShown && !setGloss && !definition && ordinalSetOf(claimed)) {
      const elsewhere = fillKeyElsewhere(index, key, place, sentence);
      return elsewhere ? { text: said + elsewhere, teaches: true } : { text: said, teaches: false, setNameOnly: true };
    }
    return { text: said + setGloss + definition, teaches: true };
  }
  const taught = keyGloss(key, place, claimed ?? undefined, index.documentTitle(place.located.module)) || definition;
  const beyond = taught || fillKeyElsewhere(index, key, place, sentence);
  // elsewhereOnly: only another course sentence speaks of the key (a true 判断's 解析 does not count it as teaching).
  if (beyond) return { text: said + beyond, teaches: true, elsewhereOnly: !taught && said === "" };
  // Nothing teaches but an uncounted class the stem and the key's words do not name (keyKindSaid drops its bare tag): with
  // the class's other members, what the class is (「战略思维」属于“思维能力”，同属“思维能力”的还有历史思维、辩证思维…等).
  // Else the 解析 is the source alone and the 填空 waits in review (BARE_EXPLANATION): a shelf of many members (党内法规,
  // the central bodies) or a class whose members the sentence shows says only where the key is filed (readers, stop 39:
  // 「中央宣传部」属于“党中央和国务院的机关与工作部门” marked E; stop 40: 「基层群众自治制度」属于“基本政治制度”).
  const classStated = claimed === null || bare || setStatedBy(shown, key, list, context) || membersShown(claimed, key, shown) || actNamedIn(claimed, shown);
  const siblings = kind.classOnly && !classStated ? classSiblingsSaid(claimed, key, sentence) : "";
  return siblings ? { text: siblings, teaches: true } : { text: kind.text, teaches: false };
}

/**
 * Another sentence of the course that says what the key is (saysWhatKeyIs), with its 出处 — the 填空's stricter
 * keyElsewhere: a sentence that merely holds the key, or binds it in a procedure, teaches a learner nothing of why it
 * is the word here. Not the question's own sentence met again in another copy. Empty when none is found.
 */
function fillKeyElsewhere(index: CourseIndex, key: string, place: KeyPlace, own: string): string {
  if (index.count(key) < 2) return "";
  const bare = (text: string) => text.replace(/[\s‘’“”'"，。；：、！？]/g, "");
  const found = teachingElsewhere(index, key, place, (whole) => !bare(own).includes(bare(whole)) && saysWhatKeyIs(whole, key) && speaksOfKeyAlone(whole, key, own));
  return found ? `课程中另一处也讲到${mark(key)}：${evidence(found.whole)}（${found.where}）。` : "";
}

/** Share of a second sentence's two-character pieces (the key left out) that the question's own sentence holds, above which it only repeats it. */
const ECHO_SHARE = 0.6;

/**
 * Whether a second sentence that speaks of the key (saysWhatKeyIs) tells a 填空's learner something of the key itself
 * (readers, issue 16: "merely mentions", "repeats what the stem says"). Not when it
 * - opens on the key and a comma with no definition after it (密切联系群众，向群众宣传党的主张…; 精准扶贫，不能制造“盆景”): the
 *   key heads a list of duties or a comment, and the sentence says nothing of what it is;
 * - opens on the key joined to other subjects (经济建设、物质文明建设不是孤立的; “班长”和委员还要能互相谅解): it speaks of
 *   them together;
 * - repeats the question's own sentence (从群众中来，到群众中去，是我们党的群众路线… under …从群众中来，到群众中去，这是我们的
 *   群众路线): the learner has read it in the stem;
 * - uses a name the question's sentence puts in quotation marks (书记好比是“班长”) without saying what it stands for
 *   (…是/指/称为…): a coined name is taught only by what it names.
 */
export function speaksOfKeyAlone(whole: string, key: string, own: string): boolean {
  const body = whole.replace(/^(?:我们党的|党的)?[‘“]?/, "");
  if (body.startsWith(key)) {
    const after = body.slice(key.length).replace(/^[’”]/, "");
    if (/^，/.test(after) && !/^，[^，。；]*(?:是|指|即)/.test(after)) return false;
    // Joined subjects bound by one rule (党的中央政治局、…和中央委员会总书记，由中央委员会全体会议选举) still teach it.
    if (/^(?:、|和|与|及|同)/.test(after) && !/由(?!于)|(?<![建假开陈])设|选举|产生|负责|批准/.test(after)) return false;
  }
  if (echoes(whole, own, key)) return false;
  const quotedInOwn = new RegExp(`[“‘]${escapeRegExp(key)}[”’]`).test(own);
  if (quotedInOwn) {
    const escaped = escapeRegExp(key);
    const names = new RegExp(`^[‘“]?${escaped}[’”]?(?:，[^，。；]*)?(?:是|指|即|就是)|(?:是|指|称为|叫做|确定为)[‘“]?${escaped}[’”]?(?:[，；。]|$)`).test(body);
    if (!names) return false;
  }
  return true;
}

/** Whether `whole` is mostly the words of `own` again (ECHO_SHARE of its two-character pieces, the key left out). */
function echoes(whole: string, own: string, key: string): boolean {
  const pieces = (text: string) => {
    const plain = text.split(key).join("|").replace(/[\s‘’“”'"，。；：、！？（）《》]/g, "|");
    const found: string[] = [];
    for (let at = 0; at + 2 <= plain.length; at++) if (!plain.slice(at, at + 2).includes("|")) found.push(plain.slice(at, at + 2));
    return found;
  };
  const said = pieces(whole);
  if (said.length < 4) return false;
  const shown = new Set(pieces(own));
  return said.filter((piece) => shown.has(piece)).length / said.length >= ECHO_SHARE;
}

/**
 * Whether the stem (`shown`: the question's sentence without its key) states the set keyKindSaid names: a list the
 * sentence itself enumerates with no name of its own, or a set or class whose name — bare or its quoted core
 * (“五位一体”) — the stem holds. A word the name ends on is not enough: 思想 of “党的指导思想” stands in 毛泽东思想, 自信
 * of “四个自信” in 道路自信 — members, not the set.
 */
function setStatedBy(shown: string, key: string, list: KeyList | undefined, context: string): boolean {
  let name: string | null | undefined;
  if (list && list.items.length > 1) {
    if (!list.label) return list.items.every((item) => item === key || shown.includes(item));
    name = list.label;
  } else {
    name = countedClassNamed(key) ? null : vocabularyClassClaim(key, context);
  }
  if (!name) return false;
  const core = /“([^”]+)”/.exec(name)?.[1];
  return [name, core].some((form) => form !== undefined && form.length >= 2 && shown.includes(form));
}

type FillBlankExplanationInput = { answers: string[]; key: KeyPlace; quoted: string; list?: KeyList; accepted?: string[][] };

/**
 * A 填空's 解析 and whether it teaches anything beyond the answer, its 出处 and the source sentence again (QUESTIONS.md
 * E: "Quoting the source sentence alone is not a 解析"): true when fillKeyTaught found a gloss, a definition, another
 * sentence of the course or a set or class the stem does not state, or, for several blanks, what a counted set a key
 * names holds (setHolds).
 * An accepted-variant note teaches nothing of why the key holds. confidence/score.ts sends a 填空 that teaches nothing to review.
 */
export function fillBlankExplanation(index: CourseIndex, input: FillBlankExplanationInput): { text: string; teaches: boolean; setNameOnly?: boolean } {
  const variants = (input.accepted ?? input.answers.map((answer) => acceptedVariants(answer)))
    .map((forms, at) => ({ answer: input.answers[at]!, others: forms.filter((form) => form !== input.answers[at]) }))
    .filter(({ others }) => others.length > 0)
    .map(({ answer, others }) => `${mark(answer)}写作${others.map(mark).join("或")}也算正确。`)
    .join("");
  const only = input.answers.length === 1 ? input.answers[0]! : undefined;
  const taught = only === undefined ? { text: input.answers.map(setHolds).join(""), teaches: false } : fillKeyTaught(index, only, input.list ?? enclosingHeadingList(index, input.key, only), input.key, input.quoted);
  const teaches = only === undefined ? taught.text !== "" : taught.teaches;
  const setNameOnly = "setNameOnly" in taught && taught.setNameOnly === true;
  return { text: `答案：${marks(input.answers)}。${passageCitation(index, input.key.located, input.key.offset)}原文：${evidence(input.quoted)}。${taught.text}${variants}`, teaches, ...(setNameOnly ? { setNameOnly } : {}) };
}
