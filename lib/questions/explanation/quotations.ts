import type { KnowledgePoint, Section } from "@/lib/content/types";
import { passageCitation } from "../citation";
import type { CourseIndex } from "../course-index";
import { quoteExcerpt, quoteWords, sharedCredit } from "../quote-excerpt";
import { type ExplainContext, type KeyPlace, mark, marks, quoted } from "./context";

/**
 * 解析 of who said it: the speaker of a quotation, the lead attributing it, and other quotations of the
 * same speaker in the course.
 */

/** 出处 questions: who said the quotation, or which report it is from. */
export function explainSpeaker(context: ExplainContext, input: { speaker: string; distractors: string[]; key: KeyPlace; isDocument: boolean; quote?: string; quoteStart?: number }): string {
  const document = context.index.documentTitle(input.key.located.module);
  const author = selectedWorksAuthor(document);
  // A wrong option whose selected works the quotation stands in (江泽民 of 《江泽民文选》) is said to quote it, not to say it.
  const quotedBy = author && author !== input.speaker && input.distractors.includes(author) ? author : null;
  // A wrong option the course credits with another quotation is said by that quotation: what the course attributes to it.
  let left = MAX_OTHER_QUOTATIONS;
  const quoting = input.distractors
    .filter((distractor) => distractor !== quotedBy)
    .map((distractor) => {
      const other = left > 0 ? otherQuotation(context.index, distractor, input.quote ?? "") : null;
      if (other) left--;
      return { distractor, other };
    });
  const taught = quoting.flatMap(({ distractor, other }) => (other ? [`课程引述${mark(distractor)}的是另一段论述：${quoted(other.text)}（${other.where}）`] : []));
  const rest = quoting.filter(({ other }) => !other).map(({ distractor }) => distractor);
  // Wrong options drawn from the lexicon (another leader of the party) need not appear in the course: say which do and which do not.
  const named = rest.filter((distractor) => context.index.corpus.includes(distractor));
  const unnamed = rest.filter((distractor) => !named.includes(distractor) && !namedAnywhere(context.index, distractor));
  const plain = rest.filter((distractor) => !named.includes(distractor) && !unnamed.includes(distractor));
  const kind = input.isDocument ? "文献" : "人物";
  const others = [
    ...(quotedBy ? [`《${document}》是${mark(quotedBy)}的文选，这段论述是文中引述的${mark(input.speaker)}的话`] : []),
    ...(named.length ? [`${marks(named)}是课程中出现的其他${kind}，不是这段论述的出处`] : []),
    ...(plain.length ? [`${marks(plain)}不是这段论述的出处`] : []),
    ...(unnamed.length ? [`课程中没有出现${marks(unnamed)}，${input.isDocument ? "它" : "他"}${unnamed.length > 1 ? "们" : ""}不是这段论述的出处`] : []),
  ];
  const wrong = [...taught, ...others];
  const lead = input.quoteStart === undefined ? null : attributionLead(input.key.located.passage.text, input.quoteStart, input.speaker);
  const led = lead ? `，原文以${quoted(lead)}引出这段论述` : "";
  return `这段论述出自${mark(input.speaker)}，见${passageCitation(context.index, input.key.located, input.key.offset)}${led}。${wrong.length ? `${wrong.join("；")}。` : ""}`;
}

/**
 * Whether the course names none of an attribution's wrong options (课程中没有出现「温家宝」「邓小平」「江泽民」): its 解析 can
 * then say of them only that they are absent, and the question rests on what the learner knows from outside the course
 * (readers, stop 35: seven of nine such 单选 needs-edit on E). The question waits in review (BARE_CHOICE_EXPLANATION).
 */
export function courseNamesNoneOf(index: CourseIndex, names: readonly string[]): boolean {
  return names.length > 0 && names.every((name) => !namedAnywhere(index, name));
}

/** True when any text of the course names `name`: a passage, a heading, a module's or a document's title. */
export function namedAnywhere(index: CourseIndex, name: string): boolean {
  if (index.corpus.includes(name)) return true;
  const inSections = (sections: Section[]): boolean =>
    sections.some((section) => section.title.includes(name) || section.passages.some((passage) => passage.text.includes(name)) || inSections(section.sections));
  return index.modules.some((module) => module.title.includes(name) || index.documentTitle(module).includes(name) || inSections(module.sections));
}

/** The person whose selected works a document title names (《江泽民文选（精神文明建设）》: 江泽民), or null. */
export function selectedWorksAuthor(title: string): string | null {
  return /^《?([\u4e00-\u9fa5]{2,4}?)(?:文选|选集|文集)/.exec(title)?.[1] ?? null;
}

/** How long the clause introducing a quotation may be to be quoted in a 出处 解析. */
const MAX_LEAD = 60;

/** The words of an attribution that say nothing more than who spoke and that he spoke (同志, 总书记, 也, 指出). */
const BARE_ATTRIBUTION = /同志|总书记|主席|正如|曾经|曾|也|还|又|就|都|所|过|明确|深刻|鲜明|郑重|反复|多次|再次|一再|指出|强调|提出|要求|表示|认为|说|讲|写道|告诫|[，：:、\s“”]/g;

/** Words that point back at what the course said before (在此之前, 这时, 上述): out of the course they name no occasion. */
const POINTS_BACK = /此|这|上述|前述|同时|此外/;

/** A year in Chinese numerals missing a digit (一九八年, the 〇 lost in the text): debris, never quoted. */
const BROKEN_YEAR = /(?<![〇零一二三四五六七八九])(?:一九|二[〇零])[〇零一二三四五六七八九]?年/;

/**
 * The clause of the course that introduces a quotation (在改革开放新的历史条件下，邓小平同志也指出; 习近平总书记在二十届中央
 * 纪委三次全会上强调), from the sentence's start to the quotation: it holds the occasion or the time the course gives
 * (QUESTIONS.md E, issue 16). Null when it names no more than the speaker and his verb (邓小平同志提出), when it does not
 * name the speaker, or when it runs longer than MAX_LEAD.
 */
export function attributionLead(text: string, quoteStart: number, speaker: string): string | null {
  let end = quoteStart;
  while (end > 0 && /[“‘\s]/.test(text[end - 1]!)) end--;
  const before = text.slice(0, end);
  const sentenceStart = Math.max(...["。", "！", "？", "；", "\n"].map((mark) => before.lastIndexOf(mark))) + 1;
  // What closes the sentence before (”, a footnote mark 〔2〕, a dash) and a parenthesis holding the 出处 of the quotation
  // before (（《对晋绥日报编辑人员的讲话》）) are no part of this clause.
  const lead = before
    .slice(sentenceStart)
    .replace(/^(?:[”’\s\u3000—]|〔\d+〕)+/, "")
    .replace(/^（[^（）]*）/, "")
    .replace(/[：:，,\s]+$/, "");
  if (!lead.includes(speaker) || lead.length > MAX_LEAD || BROKEN_YEAR.test(lead)) return null;
  const rest = lead.replace(speaker, "").replace(BARE_ATTRIBUTION, "");
  if (POINTS_BACK.test(rest)) return null;
  if (rest.replace(/[^\u4e00-\u9fa5\d]/g, "").length < 2) return null;
  return lead.replace(/“/g, "‘").replace(/”/g, "’");
}

/** How long a quotation credited to a wrong option of a 出处 question may be quoted: its first sentence, when that is no longer. */
const MAX_OTHER_QUOTE = 60;

/** How many wrong options of a 出处 question are said by another quotation: the 解析 stays short. */
const MAX_OTHER_QUOTATIONS = 2;

/**
 * The course's quotations credited to `speaker` other than the question's own, in course order: the same words quoted
 * again elsewhere are the same quotation (the first twelve words of either stand inside the other).
 */
function* otherQuotationsOf(index: CourseIndex, speaker: string, own: string): Generator<KnowledgePoint> {
  const ownAll = quoteWords(own);
  const ownWords = ownAll.slice(0, 12);
  for (const module of index.modules) {
    for (const point of module.knowledgePoints) {
      if (point.kind !== "quote" || point.speaker !== speaker) continue;
      const words = quoteWords(point.text);
      if (ownWords.length > 0 && (words.includes(ownWords) || ownAll.includes(words.slice(0, 12)))) continue;
      yield point;
    }
  }
}

/**
 * What a true attribution is told apart from: the other speaker's own quotation in the course, quoted with its 出处
 * (课程引述「胡锦涛」的是另一段论述：“…”（…），不是这一段) — the contrast readers accept in a 出处 单选's 解析. A bare "not
 * 胡锦涛 (the source of another passage)" taught nothing (readers, stop 33). Empty when the course quotes the speaker
 * nowhere else, or only in words that cannot be quoted whole (otherQuotation).
 */
export function speakerContrast(index: CourseIndex, speaker: string, own: string): string {
  const other = otherQuotation(index, speaker, own);
  return other ? `课程引述${mark(speaker)}的是另一段论述：${quoted(other.text)}（${other.where}），不是这一段` : "";
}

/** True when the course credits the speaker with a quotation other than this one. */
export function quotesSpeaker(index: CourseIndex, speaker: string, own: string): boolean {
  return !otherQuotationsOf(index, speaker, own).next().done;
}

/**
 * The first quotation the course credits to `speaker` alone (not 马克思、恩格斯 together) other than the question's own,
 * cut short, with its 出处; null when there is none.
 */
function otherQuotation(index: CourseIndex, speaker: string, own: string): { text: string; where: string } | null {
  for (const point of otherQuotationsOf(index, speaker, own)) {
    if (!point.span) continue;
    const located = index.passage(point.span.passage);
    if (!located) continue;
    const speakerAt = located.passage.text.lastIndexOf(speaker, point.span.start);
    if (speakerAt >= 0 && sharedCredit(located.passage.text, speakerAt)) continue;
    // Its first sentence, whole: a quotation cut inside a sentence (那末……) is a fragment, never quoted.
    const excerpt = quoteExcerpt(point.text, MAX_OTHER_QUOTE);
    const sentence = excerpt === point.text ? excerpt : /^[^。！？]+[。！？]……$/.test(excerpt) ? excerpt.slice(0, -2) : null;
    if (sentence === null) continue;
    return { text: sentence.replace(/[。；，：！？]$/, ""), where: passageCitation(index, located, point.span.end) };
  }
  return null;
}
