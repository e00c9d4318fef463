import type { Passage, Section } from "@/lib/content/types";
import { withoutArticleLead } from "./article-lead";
import type { LocatedPassage } from "./course-index";

/**
 * What a 简答's 解析 teaches beyond its 出处 and marking guide (QUESTIONS.md E, issue 16): for a list under headings,
 * what the text under each subheading says the point means or requires; for a definition, what the passage says
 * next about the defined term. Only the source's own sentences, whole or cut at a semicolon: nothing is invented.
 */

/** The longest gist quoted for one point: a longer sentence is cut at a semicolon, or not quoted. */
export const MAX_POINT_GIST = 70;
/** The most gist one 解析 quotes in all: later points are left out whole, never cut inside (six points of MAX_POINT_GIST fit). */
export const MAX_TOTAL_GIST = 480;
/** A gist shorter than this says little beyond its subheading. */
const MIN_POINT_GIST = 8;
/** A sentence opening on a word that points back at text the learner does not see (这, 该, 其, 上述 …) stands not alone. */
const DANGLING = /^(?:这|那|该|其|此|它|他们|它们|上述|以上|前者|后者|同时|因此|所以|但是?|而且?|并且?|另外|此外|首先|其次|再次|最后|总之|例如|比如|再加上|从而|进而|于是|因而|为此|就是|即|又|还|也)/;
/** A note's label before a colon (原因：, 最基本的国情：, 十七大报告指出：): a heading of a note, or a quotation's lead — no statement of the point. */
const LABEL_LEAD = /^[^，。；：“”]{1,8}[：:]/;
/** A sentence that does not state what a point means: a question, a lead into a sub-list, a quotation alone. */
const NOT_A_STATEMENT = /[？?：:]$|^[“"]/;
/** A list marker opening a sentence: (1), 1., ①, 一是 … the sentence is an item of a sub-list. */
const ITEM_MARKER = /^(?:[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、]|[①-⑳]|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[，、])/;
/** How many two-character runs of a subheading a sentence under it shares at least, to be about what the subheading names. */
const MIN_SHARED_PAIRS = 2;

/** A clause that opens on what is to be done (坚持…, 加强…, 要…, 必须…): a requirement, what a policy's point asks. */
const DIRECTIVE = /(?:^|[，；])(?:要|必须|应当|坚持|加强|建立|健全|完善|推进|推动|深化|落实|强化|提高|实行|确保|严格|全面|加快|大力|积极|切实|进一步)/;

/**
 * Whether a sentence speaks of what its subheading names: it shares MIN_SHARED_PAIRS two-character runs of Chinese
 * with it (形式主义，弄虚作假 and 办事，做工作，总要有一定的形式 share only 形式: a lead-in, not the point's gist), or
 * it is a requirement (DIRECTIVE) that shares one, or — the first sentence under the subheading — opens on one (a
 * policy's point states what it asks first; a later sentence opening on one is a further measure, not the gist).
 */
export function speaksOf(sentence: string, title: string, first = false): boolean {
  const pairs = new Set<string>();
  for (let at = 0; at + 2 <= title.length; at++) {
    const pair = title.slice(at, at + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(pair) && sentence.includes(pair)) pairs.add(pair);
  }
  if (pairs.size >= MIN_SHARED_PAIRS) return true;
  const match = DIRECTIVE.exec(sentence);
  return match !== null && ((first && match.index === 0) || pairs.size >= 1);
}

/** How many sentences of a subsection are read for its gist. */
const GIST_SENTENCES = 3;

/** The sentences of a passage's text: split after 。！？, kept with their mark. */
function sentencesOf(text: string): string[] {
  return (text.match(/[^。！？!?]+[。！？!?]?/g) ?? []).map((sentence) => sentence.trim()).filter((sentence) => sentence !== "");
}

/**
 * A sentence as a gist: whole when it is short enough, else its first semicolon clause (a clause a semicolon ends stands
 * as a statement of its own); null when it is no statement that stands alone or no clause is short enough.
 */
export function gistOf(sentence: string, title = ""): string | null {
  const text = sentence.trim().replace(/[。！!]$/, "");
  if (text.length < MIN_POINT_GIST || DANGLING.test(text) || NOT_A_STATEMENT.test(text) || ITEM_MARKER.test(text) || LABEL_LEAD.test(text)) return null;
  const cut = text.length <= MAX_POINT_GIST ? text : text.split("；")[0]!;
  if (cut.length > MAX_POINT_GIST || cut.length < MIN_POINT_GIST) return null;
  // A sentence that only repeats its subheading teaches nothing.
  if (title !== "" && cut.replace(/[，。；：]/g, "") === title.replace(/[，。；：]/g, "")) return null;
  // Unbalanced quotation marks or brackets: a cut inside a quotation.
  if (count(cut, "“") !== count(cut, "”") || count(cut, "（") !== count(cut, "）")) return null;
  return cut;
}

function count(text: string, mark: string): number {
  return text.split(mark).length - 1;
}

/** The first of a passage list's first sentences that is a gist and speaks of what the subheading names. */
function firstGist(passages: Passage[], title: string): string | null {
  const sentences = passages.filter((passage) => passage.kind === "prose").flatMap((passage) => sentencesOf(passage.text)).slice(0, GIST_SENTENCES);
  for (const [at, sentence] of sentences.entries()) {
    const gist = gistOf(sentence, title);
    if (gist && speaksOf(gist, title, at === 0)) return gist;
  }
  return null;
}

/** A subsection's own passages, else the passages of its first subsection that holds any (the text right under its heading). */
function subsectionPassages(section: Section): Passage[] {
  if (section.passages.length > 0) return section.passages;
  for (const child of section.sections) {
    const passages = subsectionPassages(child);
    if (passages.length > 0) return passages;
  }
  return [];
}

/**
 * The gist of each item of a heading list, in the items' order, null where the text under it states none: for numbered
 * subsections the first sentence under each; for a regulation's articles (第五条 廉洁从政，自觉…) the article's first
 * sentence after its rule name. All null when the section's layout does not match the items.
 */
export function headingListGists(section: Section, items: string[]): Array<string | null> {
  const numbered = section.sections.filter((child) => child.numbering !== "");
  if (numbered.length === items.length && numbered.every((child, at) => child.title === items[at])) {
    return numbered.map((child) => firstGist(subsectionPassages(child), child.title));
  }
  if (section.passages.length === items.length) {
    return section.passages.map((passage, at) => {
      const body = withoutArticleLead(passage.text).trimStart();
      const name = items[at]!;
      if (!body.startsWith(name)) return null;
      // The article's first sentence whole (廉洁从政，自觉保持人民公仆本色): its rule name and what the rule asks.
      const first = sentencesOf(body)[0];
      return first && first.replace(/[。；]$/, "").length > name.length + 2 ? gistOf(first, name) : null;
    });
  }
  return items.map(() => null);
}

/**
 * The gist of each item of a list a speech announces and sets out one paragraph per item (一要进一步强化规范意识。当前，…):
 * the first sentence after the item's own that is a gist of it (as under a subheading), null where none is.
 */
export function announcedListGists(passages: readonly Passage[], items: string[]): Array<string | null> {
  return items.map((item) => {
    const opened = passages.find((passage) => passage.kind === "prose" && (sentencesOf(passage.text)[0] ?? "").includes(item));
    if (!opened) return null;
    const after = sentencesOf(opened.text).slice(1, 1 + GIST_SENTENCES);
    for (const sentence of after) {
      const gist = gistOf(sentence, item);
      if (gist && speaksOf(gist, item)) return gist;
    }
    return null;
  });
}

/** Words after which a sentence says what its subject is for, requires or holds (…的重要组成部分, 必须…, 应当…). */
const EXPLAINS = /必须|应当|应该|要求|就是|实质|本质|核心|目的|意义|作用|组成部分|内容|包括|体现|表现为/;

/**
 * Whether a sentence says something of the defined term: it opens on the term or on 这/它/其 pointing back at it
 * (它既是党的根本组织原则…), or names the term and says what it requires, holds or is for (党的纪律必须…; 政治纪律的核心是…), not
 * only that it is to be kept (必须严格遵守党的政治纪律).
 * A sentence that only mentions it (我们党与官僚主义进行了长期的斗争) teaches nothing of what it is.
 */
export function explainsTerm(sentence: string, subject: string): boolean {
  if (NOT_A_STATEMENT.test(sentence.replace(/[。！]$/, "")) || ITEM_MARKER.test(sentence) || LABEL_LEAD.test(sentence)) return false;
  if (sentence.startsWith(subject) || /^(?:这|它|其)/.test(sentence)) return true;
  if (!sentence.includes(subject) || !EXPLAINS.test(sentence)) return false;
  // A duty to keep the term (全党…必须严格遵守党的政治纪律和政治规矩) says who must observe it, not what it is or is for
  // (readers, issue 16: "merely mentions 政治纪律").
  const at = sentence.indexOf(subject);
  return !(OBSERVING.test(sentence.slice(Math.max(0, at - 8), at)) && !EXPLAINS_WHAT.test(sentence));
}

/** A verb of keeping or carrying out just before the term (严格遵守党的, 坚决维护, 认真执行). */
const OBSERVING = /(?:遵守|执行|严守|维护|贯彻|落实)[^，。；]{0,4}$/;
/** Words that say what the term is or is for, beyond a duty to keep it. */
const EXPLAINS_WHAT = /就是|实质|本质|核心|目的|意义|作用|组成部分|内容|包括|体现|表现为/;

/**
 * What the passage says next about a defined term: the sentences after the definition's (at `offset`), whole, while
 * each explains the term (explainsTerm) and the total stays under half the cap.
 */
export function definitionFollowUp(located: LocatedPassage, offset: number, subject: string): string | null {
  const text = located.passage.text;
  const end = /[。！？]/.exec(text.slice(offset));
  if (!end) return null;
  const after = sentencesOf(text.slice(offset + end.index + 1));
  const said: string[] = [];
  let length = 0;
  for (const sentence of after.slice(0, 2)) {
    if (!explainsTerm(sentence, subject) || length + sentence.length > MAX_TOTAL_GIST / 2) break;
    said.push(sentence.replace(/[。！]$/, ""));
    length += sentence.length;
  }
  const joined = said.join("。");
  return joined.length >= MIN_POINT_GIST && count(joined, "“") === count(joined, "”") ? joined : null;
}

/**
 * The course's other statement of a defined term, when its own passage says nothing more: the first sentence of
 * another passage that opens on the term and says what it is (实事求是，就是… / 群众路线是…), whole and short, not
 * the definition itself.
 */
export function otherStatement(passages: readonly LocatedPassage[], own: LocatedPassage, subject: string, definition: string): { text: string; located: LocatedPassage; offset: number } | null {
  const opening = new RegExp(`^${subject.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[，,]?(?:就是|是|即|指)`);
  for (const located of passages) {
    if (located.passage.id === own.passage.id || located.passage.kind !== "prose") continue;
    if (!located.passage.text.includes(subject)) continue;
    for (const sentence of located.passage.sentences) {
      const text = sentence.text.trim().replace(/[。！]$/, "");
      if (!opening.test(text) || text.length > MAX_TOTAL_GIST / 2 || text.length < subject.length + MIN_POINT_GIST) continue;
      if (text.includes(definition.slice(0, Math.min(definition.length, 12)))) continue;
      if (count(text, "“") !== count(text, "”")) continue;
      return { text, located, offset: sentence.end };
    }
  }
  return null;
}

/** A text in quotation marks, its own quotation marks made single. */
function quoted(text: string): string {
  return `“${text.replace(/“/g, "‘").replace(/”/g, "’")}”`;
}

/**
 * The gists of a list's points as a 解析 says them — 要点（1）确保财政投入持续增长：原文说“……”。 — in order, while the
 * total stays within MAX_TOTAL_GIST (a point that would pass it, and the ones after, are left out whole). A point with
 * no gist is left out. Empty when no point has one.
 */
export function renderGists(items: string[], gists: Array<string | null>): string {
  let total = 0;
  const said: string[] = [];
  for (const [at, gist] of gists.entries()) {
    if (!gist) continue;
    if (total + gist.length > MAX_TOTAL_GIST) break;
    total += gist.length;
    said.push(`要点（${at + 1}）${items[at]!.replace(/[。；，：]$/, "")}：原文说${quoted(gist)}。`);
  }
  return said.join("");
}

/**
 * Whether a list's 解析 teaches: every point has a gist and renderGists says them all. A point left bare is a point the
 * learner is asked for and not taught (readers, stop 33: "the 解析 skips point (4)", "explains only 3 of the 5 targets").
 */
export function gistsTeach(gists: Array<string | null>): boolean {
  if (gists.length === 0 || gists.some((gist) => !gist)) return false;
  return gists.reduce((total, gist) => total + gist!.length, 0) <= MAX_TOTAL_GIST;
}
