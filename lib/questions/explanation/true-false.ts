import { passageCitation } from "../citation";
import { sentenceAt, type CourseIndex, type LocatedPassage } from "../course-index";
import { classPostdates, isSelfNamedClass, sharedVocabularyClass, vocabularyClassClaim, vocabularyClassMembers } from "../party-vocabulary";
import { termGloss } from "../term-glosses";
import type { StatementChange } from "../types";
import { ruleContrast, sayFrame } from "../rule-of-who";
import { isArticle, withoutArticleLead } from "../article-lead";
import { markedListTeaching } from "../true-statement-teaching";
import { ANAPHORA, type ExplainContext, MAX_LISTED, MAX_QUOTE, type TrueFalseExplanationInput, evidence, mark, quoted } from "./context";
import { fillKeyTaught } from "./fill-blank";
import { enclosingHeadingList, optionTaught } from "./key-teaching";
import { changedNumberTaught, sameCountPlace } from "./number-swaps";
import { originPlace, placeInDocument } from "./places";
import { namedAnywhere, quotesSpeaker, speakerContrast } from "./quotations";

/**
 * 解析 of 判断: a true statement's teaching and contrast, a false one's change named and corrected.
 */

/** 判断题: why the statement is true, or what was changed and what the source says. */
export function explainTrueFalse(context: ExplainContext, input: TrueFalseExplanationInput): string {
  return trueFalseExplanation(context, input).text;
}

/**
 * A 判断's 解析, and whether it teaches (QUESTIONS.md E). A false statement says what the original says and why the
 * change is wrong there, which teaches. A true one confirmed only by quoting its source ("本句与…原文一致") teaches
 * nothing (readers, issue 16: "only says the statement matches the original"): it teaches when the course or the
 * lexicon says what its key is (a counted set the statement does not state, a gloss, the course's definition), when
 * it is a definition, or when it credits a quotation to its speaker told apart from another speaker's own quotation. Another sentence of the course that merely
 * mentions the key, or a class the speaker belongs to, was read as "unrelated" and teaches nothing.
 */
export function trueFalseExplanation(context: ExplainContext, input: TrueFalseExplanationInput): { text: string; teaches: boolean; contrasted?: boolean; contrast?: StatementChange } {
  const where = passageCitation(context.index, input.key.located, input.key.offset);
  const source = evidence(input.quoted);
  const { change, original } = input;
  if (!change) {
    const contrast = input.contrast ? trueContrast(context, input, input.contrast) : "";
    // A quotation credited to its speaker teaches when it is told apart from another speaker by that speaker's own quotation
    // in the course (speakerContrast), said after the evidence. Bare, "这段论述出自「习近平」" and the quotation again teaches
    // nothing: readers labelled all five published so needs-edit or discard (stop 35, 36); they wait in review.
    if (input.focus === "speaker") return { text: `正确。这段论述出自${mark(original)}。见${where}：${evidence(input.quoted, true)}。${contrast ? `${contrast}。` : ""}`, teaches: contrast !== "", contrasted: contrast !== "" };
    // A definition restated teaches no more than any true restatement (readers, stop 35: "only calls it a 定义 and repeats
    // the sentence"): it teaches with what the course or the lexicon says of the term it defines, or waits in review.
    if (input.focus === "definition") {
      const defined = `正确。本句是${where}给出的定义：${source}。`;
      const taught = fillKeyTaught(context.index, original, undefined, input.key, input.statement ?? input.quoted);
      const teaches = taught.teaches && !taught.elsewhereOnly;
      return { text: defined + (teaches ? taught.text : ""), teaches };
    }
    // A fact of record told apart from the sibling the false generator would have swapped in teaches by contrast.
    if (contrast) return { text: `正确。本句与${where}的原文一致：${source}。${contrast}。`, teaches: true, contrasted: true };
    const confirmed = `正确。本句与${where}的原文一致：${source}。`;
    const rule = input.focus === "number" ? null : ruleOfWhoTaught(context.index, input);
    if (rule) return { text: confirmed + rule.text, teaches: true, contrasted: true, contrast: rule.change };
    if (input.focus === "number") return { text: confirmed, teaches: false };
    const marked = markedListTeaching(input.key.located.passage.text, original, input.key.offset - original.length, "原文");
    if (marked) return { text: confirmed + marked, teaches: true };
    const list = enclosingHeadingList(context.index, input.key, original);
    const taught = fillKeyTaught(context.index, original, list, input.key, input.statement ?? input.quoted);
    if (taught.teaches && !taught.elsewhereOnly) return { text: confirmed + taught.text, teaches: true };
    return { text: confirmed + taught.text, teaches: false };
  }
  if (change.kind === "number-change") {
    const taught = changedNumberTaught(context, input, change.to);
    return { text: falseExplanation(context, input, where, source, change) + taught, teaches: taught !== "" };
  }
  // A speaker swapped in whom the course never names: the 解析 can only say it is not he, and the 判断 rests on knowledge
  // from outside the course or on the course's stock wrong name (温家宝 where every quotation is 习近平's, readers stop 36).
  // Nor does a term swapped for another of its set that nothing in the course or of record says what it is (stop 39).
  const teaches = change.kind === "speaker-swap" ? namedAnywhere(context.index, change.to) : change.kind !== "term-swap" || sharedVocabularyClass(original, change.to) === null || swappedTermTaught(context, input, change.to) !== "";
  return { text: falseExplanation(context, input, where, source, change), teaches };
}

/** What a rule's subject may be said as before its contrast: short, no lead naming the document. */
const MAX_RULE_SUBJECT = 30;

/**
 * A true rule of who decides, convenes, elects, approves, leads or is reported to, told apart from the body a false
 * version would swap in (readers, issue 16: "由全国代表大会决定, not 由中央委员会"): the other body of the same tier that the
 * key's document names in the same frame, with that body's own rule quoted whole and cited (rule-of-who.ts). Only in a
 * rule-setting text (an article). Null when the document gives no other body such a rule.
 */
function ruleOfWhoTaught(index: CourseIndex, input: TrueFalseExplanationInput): { text: string; change: StatementChange } | null {
  const located = input.key.located;
  if (!isArticle(located.passage.text)) return null;
  const statement = (input.statement ?? input.quoted).replace(/^按照《[^》]+》，/, "");
  const own = sentenceAt(located.passage, Math.max(0, input.key.offset - input.original.length), input.key.offset);
  const sentences: { text: string; place: number; located: LocatedPassage; at: number }[] = [];
  for (const other of index.passages) {
    if (other.passage.kind !== "prose" || other.module.source !== located.module.source) continue;
    for (const sentence of other.passage.sentences) {
      if (other === located && own && sentence.start === own.start) continue;
      const text = withoutArticleLead(sentence.text.trim()).trim();
      if (text.length > MAX_QUOTE || ANAPHORA.test(text)) continue;
      sentences.push({ text, place: sentences.length, located: other, at: sentence.end });
    }
  }
  const found = ruleContrast(statement, sentences);
  if (!found) return null;
  const cited = sentences[found.place]!;
  const subject = found.own.subject.length <= MAX_RULE_SUBJECT ? found.own.subject : "";
  return {
    text: `${subject ? `“${subject}”` : "本句所说的事项"}${sayFrame(found.own.frame, found.own.body)}，不是${sayFrame(found.own.frame, found.other.body)}；${sayFrame(found.own.frame, found.other.body)}的是另一事项，见${placeInDocument(index, cited.located, cited.at, input.key)}：${evidence(found.sentence)}。`,
    change: { kind: "term-swap", from: found.own.body, to: found.other.body },
  };
}

/**
 * What a true statement's key is told apart from, when the contrast is certain; empty otherwise: a sibling of a set
 * of the lexicon both belong to (「政治纪律」与「廉洁纪律」同属“党的纪律”（…），这里是「政治纪律」，不是「廉洁纪律」), another number
 * of the same shape the course says elsewhere (with where), another speaker the course quotes.
 */
export function trueContrast(context: ExplainContext, input: TrueFalseExplanationInput, contrast: StatementChange): string {
  const { original } = input;
  switch (contrast.kind) {
    case "term-swap": {
      // Only a set the passage certainly speaks of (vocabularyClassClaim), named by the document's time, holding both.
      const shared = vocabularyClassClaim(original, input.key.located.passage.text);
      const members = shared ? vocabularyClassMembers(shared) : [];
      if (!shared || !members.includes(contrast.to) || classPostdates(shared, context.index.documentYear(input.key.located.module))) return "";
      const set = isSelfNamedClass(shared) ? `在${quoted(shared)}中并列` : `同属${quoted(shared)}${members.length <= MAX_LISTED ? `（${members.join("、")}）` : ""}`;
      return `${mark(original)}与${mark(contrast.to)}${set}，这里是${mark(original)}，不是${mark(contrast.to)}`;
    }
    case "number-change": {
      // Said as another matter's number with its own frame quoted, never as "原文是X，不是Y": nothing in a true statement
      // was changed, and a correction of a number it does not hold misleads (readers, stop 38).
      const found = sameCountPlace(context, input, contrast.to);
      return found ? `${mark(contrast.to)}是另一事项的数字，见${found.where}：${evidence(found.clause)}，不要与本句的${mark(original)}混淆` : "";
    }
    case "speaker-swap":
      return speakerContrast(context.index, contrast.to, input.quoted);
    case "negation":
      return "";
  }
}

function falseExplanation(context: ExplainContext, input: TrueFalseExplanationInput, where: string, source: string, change: StatementChange): string {
  const { original } = input;
  switch (change.kind) {
    case "negation":
      return `错误。${where}原文是肯定的定义：${source}。题中把“是”改成了“不是”，意思正好相反。`;
    case "number-change":
      return `错误。原文的数字是${mark(original)}，题中改成了${mark(change.to)}。${where}原文：${source}。`;
    case "speaker-swap": {
      // The swapped speaker is said to be the source of another passage only when the course quotes them elsewhere;
      // a single article quoting one leader gets the plain correction (readers marked the claim wrong, issue 16).
      // When it is, that speaker's own quotation is quoted with its 出处 (speakerContrast): what he did say, not only that he
      // said something else.
      const elsewhere = quotesSpeaker(context.index, change.to, input.quoted);
      const contrast = elsewhere ? speakerContrast(context.index, change.to, input.quoted) : "";
      return `错误。这段论述出自${mark(original)}，不是${mark(change.to)}${contrast ? `；${contrast}` : elsewhere ? `；${mark(change.to)}是课程中另一段论述的出处` : ""}。见${where}：${evidence(input.quoted, true)}。`;
    }
    case "term-swap": {
      const shared = sharedVocabularyClass(original, change.to);
      const origin = context.inventory.origins.get(change.to);
      const told = swappedTermTaught(context, input, change.to);
      const why = shared
        ? `两者${isSelfNamedClass(shared) ? `在${quoted(shared)}中并列` : `同属${quoted(shared)}`}，但不能互换${told ? `。${told}` : ""}`
        : origin
          ? `${mark(change.to)}${origin.kind === "list-item" && origin.label ? `是${quoted(origin.label)}中的一项` : "是课程中另外提到的概念"}（见${originPlace(context, origin, input.key)}），放在这里改变了原意`
          : `换词后改变了原意`;
      return `错误。原文是${mark(original)}，题中换成了${mark(change.to)}；${why}。${where}原文：${source}。`;
    }
  }
}

/**
 * What a term swapped into a false 判断 is, where it shares the original's set: a sentence of the course that says what it
 * is or what rule binds it, else a gloss of record of it as a member of that set. "Both are of the set, but not
 * interchangeable" alone says nothing of what the swapped term is or why it is wrong here (readers, stop 39: "never says
 * what actually applies to 停职检查"). Empty when neither is there, or the terms share no set.
 */
export function swappedTermTaught(context: ExplainContext, input: TrueFalseExplanationInput, swapped: string): string {
  const shared = sharedVocabularyClass(input.original, swapped);
  if (!shared) return "";
  const taught = optionTaught(context.index, swapped, [input.original], input.key, new Set());
  if (taught) return taught;
  const gloss = termGloss(swapped, input.key.located.passage.text, -1, shared);
  return gloss && !gloss.gloss.includes(input.original) ? `${mark(swapped)}：${gloss.gloss}（${gloss.source}）` : "";
}
