import { normalizeAnswer } from "./normalize-answer";
import { testedAnswers } from "./question-hash";
import type { Candidate, Question } from "./types";

/**
 * One set of record asked once per course (FACT_REPEATED, stop 37). A 多选 on a list and a 单选 or 填空 that blanks an
 * item of the same list (or of a part of it) ask one fact: which members the set has. A course of several documents
 * that all name the 四风 asked it in each, in every type (a 多选 “下列属于‘四风’的有”, 形式主义、（　） in one
 * document, 官僚主义、（　）作风 in another); one of them is published, the others wait in review. A pair is such a set
 * too (stop 38): 解放思想，（　） in two sentences of one course asks the same pair twice.
 */
export interface SetFact {
  /** The members of the set the question rests on: a 多选's correct options, a blank's list (the key among them). */
  members: string[];
  /** What the learner must produce or pick: a 多选's every member, a blank's key. */
  tested: string[];
  /** The first member may carry the clause's words before it, the last the words after it (a list read from a sentence). */
  open?: boolean;
}

/**
 * One definition asked once per course: a 简答 “什么是X？” on a definition sentence and a 填空 or 单选 blanking X in the same
 * sentence (______是民主基础上的集中和集中指导下的民主相结合) ask the same fact, one from each end.
 */
export interface DefinitionFact {
  term: string;
  passageId: string;
  start: number;
  end: number;
}

/** What a question asks that another may ask again: a set of record or a pair, a definition (a 简答 on it, or a blank on its term). */
export interface Fact {
  set: SetFact | null;
  definition: DefinitionFact | null;
  /** The question is a 简答 (a definition asked of its term) rather than a blank on the term (asked of the definition). */
  short: boolean;
}

/** The term a 简答 on a definition asks about (什么是X？, 简述X的地位。, 简述X的地位和作用。). */
const DEFINED_TERM = /(?:什么是|简述)(.+?)(?:？|的地位和作用。|的地位。)$/;

/** The facts a question asks that another may ask again, or null when it asks none (a number, a quotation's speaker, a term alone in its clause). */
export function factOf(candidate: Candidate): Fact | null {
  const definition = definitionFactOf(candidate);
  const set = setFactOf(candidate);
  return definition || set ? { set, definition, short: candidate.question.type === "SHORT_ANSWER" } : null;
}

function definitionFactOf(candidate: Candidate): DefinitionFact | null {
  const { question } = candidate;
  if (!question.passageId || !question.span) return null;
  const place = { passageId: question.passageId, start: question.span.start, end: question.span.end };
  if (question.type === "SHORT_ANSWER") {
    const term = question.focus === "definition" ? DEFINED_TERM.exec(question.stem)?.[1] : undefined;
    return term ? { term, ...place } : null;
  }
  if ((question.type !== "SINGLE_CHOICE" && question.type !== "FILL_BLANK") || question.focus === "speaker" || question.focus === "number") return null;
  const keys = testedAnswers(question);
  return keys.length === 1 ? { term: keys[0]!, ...place } : null;
}

/** Two questions ask one definition: the same term in overlapping places of one passage. */
function sameDefinition(a: DefinitionFact, b: DefinitionFact): boolean {
  return a.passageId === b.passageId && a.start < b.end && b.start < a.end && normalizeAnswer(a.term) === normalizeAnswer(b.term);
}

/**
 * Whether two questions ask the same fact: one set (sameSetFact), one definition asked as a 简答 and as a blank on its
 * term, or one term asked “什么是X？” twice — by two 简答 on two sentences that define it (a course of two parts of one
 * text, each defining its key term again): the learner is asked the same definition twice.
 */
export function sameFact(a: Fact, b: Fact): boolean {
  if (a.set && b.set && sameSetFact(a.set, b.set)) return true;
  if (!a.definition || !b.definition) return false;
  if (a.short && b.short) return normalizeAnswer(a.definition.term) === normalizeAnswer(b.definition.term);
  return a.short !== b.short && sameDefinition(a.definition, b.definition);
}

/** A list's members must be this long to be compared: a one-character item (党、政) matches too much by containment. */
const MIN_MEMBER = 2;

/** The clause marks that end a list (a blank's list does not run over them). */
const CLAUSE_END = /[，。；：！？“”「」『』《》〈〉()（）\n]/;

/** The joint before a list's last item (享乐主义和奢靡之风, 选举权和被选举权). */
const LAST_JOINT = /^(.*?)(以及|和|及|与)([^和及与]*)$/;

const BLANK = /_{2,}|（　）/;

/**
 * The set fact a question tests, or null when it tests none: a 多选 (its correct options), a 单选 or 填空 blanking one
 * item of a list (the list's items read from the candidate's enumeration or from the stem around the blank: items
 * joined by 、, the last one maybe by 和/及/与). A blank alone in its clause, a quotation's speaker, a number: null.
 */
export function setFactOf(candidate: Candidate): SetFact | null {
  const { question, evidence } = candidate;
  if (question.type === "MULTIPLE_CHOICE") {
    const members = testedAnswers(question).filter((member) => normalizeAnswer(member).length >= MIN_MEMBER);
    return members.length >= 2 ? { members, tested: members } : null;
  }
  if (question.type === "TRUE_FALSE") return question.focus === "speaker" ? null : statementSetFact(candidate);
  if ((question.type !== "SINGLE_CHOICE" && question.type !== "FILL_BLANK") || question.focus === "speaker" || question.focus === "number") return null;
  const keys = testedAnswers(question);
  if (keys.length !== 1) return null;
  const key = keys[0]!;
  if (normalizeAnswer(key).length < MIN_MEMBER) return null;
  const listed = evidence.enumerationItems?.filter((item) => normalizeAnswer(item).length >= MIN_MEMBER);
  if (listed && listed.length >= 2 && listed.some((item) => sameMember(item, key))) return { members: listed, tested: [key] };
  const members = listAroundBlank(question.stem, key);
  return members ? { members, tested: [key], open: true } : null;
}

/**
 * A 判断 that swaps a member of a list (存在形式主义、官僚主义、分散主义等问题) asks whether the member belongs: the set
 * fact of its sentence with the swapped member tested; a true one, of the member its false twin would swap.
 */
function statementSetFact(candidate: Candidate): SetFact | null {
  const { evidence } = candidate;
  const change = evidence.change ?? evidence.contrast;
  if (!change || change.kind !== "term-swap" || !evidence.sentence) return null;
  const at = evidence.sentence.indexOf(change.from);
  if (at < 0 || normalizeAnswer(change.from).length < MIN_MEMBER) return null;
  const blanked = `${evidence.sentence.slice(0, at)}______${evidence.sentence.slice(at + change.from.length)}`;
  const members = listAroundBlank(blanked, change.from);
  return members ? { members, tested: [change.from], open: true } : null;
}

/**
 * The items of the list the stem's first blank stands in, the key in its place, or null when the blank is no list's
 * item. Items at the list's ends keep the clause's words before or after them (党内存在的形式主义): members are
 * compared by containment (sameMember).
 */
export function listAroundBlank(stem: string, key: string): string[] | null {
  const blank = BLANK.exec(stem);
  if (!blank) return null;
  const marked = `${stem.slice(0, blank.index)}\u0001${stem.slice(blank.index + blank[0].length)}`.replace(/[“”]/g, "");
  const at = marked.indexOf("\u0001");
  let start = at;
  while (start > 0 && !CLAUSE_END.test(marked.charAt(start - 1))) start -= 1;
  let end = at + 1;
  while (end < marked.length && !CLAUSE_END.test(marked.charAt(end))) end += 1;
  const parts = marked.slice(start, end).split("、");
  if (parts.length < 2) return pairAroundBlank(marked, start, end, key);
  // A blank joined to the list's first item by a conjunction (把______与群众监督、法律监督、舆论监督结合起来) heads the list:
  // the sentence joins one more item to it, and a blank on any of them asks the same set (stop 39).
  const head = FIRST_JOINT.exec(parts[0]!);
  if (head) parts.splice(0, 1, parts[0]!.slice(0, head.index + 1), head[2]!);
  const last = parts.pop()!;
  const joint = LAST_JOINT.exec(last);
  if (joint && joint[1]!.length > 0 && joint[3]!.length > 0) parts.push(joint[1]!, joint[3]!);
  else parts.push(last);
  // The blank is an item: alone between two joints, or at the list's start with the clause's words before it only, or at
  // its end with words after it only (党的______是党的生命线、根本工作路线 is no list of 群众路线).
  const place = parts.findIndex((part) => part.includes("\u0001"));
  const own = parts[place]!;
  const fits = own === "\u0001" || (place === 0 && own.endsWith("\u0001")) || (place === parts.length - 1 && own.startsWith("\u0001"));
  if (!fits) return null;
  const items = parts.map((part, at) => (at === place ? key : part)).filter((item) => normalizeAnswer(item).length >= MIN_MEMBER);
  return items.includes(key) && items.length >= 2 ? items : null;
}

/** The blank, then a conjunction and the list's next item (______与群众监督 before 、法律监督…). */
const FIRST_JOINT = /\u0001(以及|和|及|与|同)([^\u0001]+)$/;

/** The joint of a pair: two items joined by a conjunction (政治纪律和政治规矩), the blank on either side. */
const PAIR_BEFORE = /(以及|和|及|与|同)\u0001/;
const PAIR_AFTER = /\u0001(以及|和|及|与|同)/;

/** A clause next to a blank alone in its clause is its pair's other item when it is this short (解放思想，______): longer, it is the sentence's frame. */
const MAX_PAIR_CLAUSE = 8;

/**
 * The pair a blank stands in when its clause holds no list (no 、), the key in its place, or null: the items before and
 * after a conjunction next to the blank (主观主义和______, ______和政治规矩), or, for a blank alone in its clause, the short
 * clause before it (解放思想，______) or else after it. A pair is one fact only with the same pair (sameSetFact: two of a
 * bigger set are no part of it), so two questions blanking 解放思想，实事求是 in two sentences of a course ask it twice,
 * while a blank beside 主观主义 and a 多选 on a bigger set that holds it stay apart.
 */
function pairAroundBlank(marked: string, start: number, end: number, key: string): string[] | null {
  const clause = marked.slice(start, end);
  const pair = (items: string[]) => {
    // The blank's item is the key alone, as in a list (listAroundBlank); the other keeps its clause's words.
    const named = items.map((item) => (item.includes("\u0001") ? key : item));
    return named.every((item) => normalizeAnswer(item).length >= MIN_MEMBER) && normalizeAnswer(named[0]!) !== normalizeAnswer(named[1]!) ? named : null;
  };
  const before = PAIR_BEFORE.exec(clause);
  if (before) return pair([clause.slice(0, before.index), clause.slice(before.index + before[0].length - 1)]);
  const after = PAIR_AFTER.exec(clause);
  if (after) return pair([clause.slice(0, after.index + 1), clause.slice(after.index + after[0].length)]);
  if (clause !== "\u0001") return null;
  const besideClause = (from: number, step: -1 | 1): string | null => {
    if (marked.charAt(from) !== "，") return null;
    let at = from + step;
    while (at >= 0 && at < marked.length && !CLAUSE_END.test(marked.charAt(at))) at += step;
    const text = step < 0 ? marked.slice(at + 1, from) : marked.slice(from + 1, at);
    return text.length <= MAX_PAIR_CLAUSE ? text : null;
  };
  const previous = besideClause(start - 1, -1);
  if (previous) return pair([previous, clause]);
  const next = besideClause(end, 1);
  return next ? pair([clause, next]) : null;
}

/** Two members are one when one holds the other (an end item with the clause's words: 党内存在的形式主义 holds 形式主义). */
function sameMember(a: string, b: string): boolean {
  const [x, y] = [normalizeAnswer(a), normalizeAnswer(b)];
  if (x.length < MIN_MEMBER || y.length < MIN_MEMBER) return x === y;
  return x.includes(y) || y.includes(x);
}

/**
 * Two lists' first items both read with their clause's words before them (中国共产党以马克思列宁主义, 认真学习马克思列宁主义)
 * are one when they end alike over this many characters; last items likewise when they begin alike. Fewer is a shared
 * suffix of two different members (形式主义, 官僚主义; 党内监督, 群众监督).
 */
const SHARED_EDGE = 3;

function sharedEnd(a: string, b: string, fromStart: boolean): number {
  const [x, y] = [normalizeAnswer(a), normalizeAnswer(b)];
  let count = 0;
  while (count < Math.min(x.length, y.length) && (fromStart ? x.charAt(count) === y.charAt(count) : x.charAt(x.length - 1 - count) === y.charAt(y.length - 1 - count))) count += 1;
  return count;
}

/** Every member of `some` is a member of `all` (open ends compared by what they share, sharedEnd). */
function within(some: SetFact, all: SetFact, members: (fact: SetFact) => readonly string[] = (fact) => fact.members): boolean {
  const [mine, theirs] = [members(some), members(all)];
  const isFirst = (fact: SetFact, list: readonly string[], at: number) => fact.open === true && list === fact.members && at === 0;
  const isLast = (fact: SetFact, list: readonly string[], at: number) => fact.open === true && list === fact.members && at === list.length - 1;
  return mine.every((member, at) =>
    theirs.some(
      (other, to) =>
        sameMember(member, other) ||
        (isFirst(some, mine, at) && isFirst(all, theirs, to) && sharedEnd(member, other, false) >= SHARED_EDGE) ||
        (isLast(some, mine, at) && isLast(all, theirs, to) && sharedEnd(member, other, true) >= SHARED_EDGE),
    ),
  );
}

/**
 * A part of a set counts as asking the set when it names this many of its members: two words side by side (形式主义、
 * 官僚主义, 党内监督与群众监督) are a collocation a sentence uses, not the set of record; three of the 四风 are.
 */
const MIN_PART = 3;

/**
 * Whether two questions ask the same set fact: the same set (whichever member each blanks: 形式主义、（　） and （　）、
 * 官僚主义 both ask the pair), or a part of a set asked by a question that tests what the other tests too (a 多选 on
 * the 四风 asks whether 享乐主义 belongs with 形式主义、官僚主义). Two different sets that share a member are different facts
 * when the questions test different members (形式主义、（　）、享乐主义 asking 官僚主义 and 主观主义、（　）、形式主义
 * asking 宗派主义), and so is a part of a set whose question blanks a member the other does not test.
 */
export function sameSetFact(a: SetFact, b: SetFact): boolean {
  const aInB = within(a, b);
  const bInA = within(b, a);
  if (aInB && bInA) return true;
  const tested = (fact: SetFact) => fact.tested;
  if (aInB) return a.members.length >= MIN_PART && within(a, b, tested);
  if (bInA) return b.members.length >= MIN_PART && within(b, a, tested);
  return false;
}

/**
 * The order in which the questions of one fact are preferred: the most confident first, then the type that asks the
 * knowledge whole (a 多选 for a set, a 简答 for a definition; a 判断 last), then a 解析 that teaches beyond its answer, then the first generated.
 */
export function factPreference(a: { candidate: Candidate; confidence: number; at: number }, b: { candidate: Candidate; confidence: number; at: number }): number {
  // A 简答 asks a definition whole, a 多选 a set whole; a blank asks one part, a 判断 whether one part belongs.
  const suits = (question: Question) => (question.type === "MULTIPLE_CHOICE" || question.type === "SHORT_ANSWER" ? 0 : question.type === "TRUE_FALSE" ? 2 : 1);
  const teaches = (candidate: Candidate) => (candidate.evidence.explanationTeaches ? 0 : 1);
  return b.confidence - a.confidence || suits(a.candidate.question) - suits(b.candidate.question) || teaches(a.candidate) - teaches(b.candidate) || a.at - b.at;
}
