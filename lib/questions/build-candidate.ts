import { ARTICLE_NUMBER, withoutArticleLead } from "./article-lead";
import { FIRST_ITEM_AHEAD } from "./list-markers";
import type { CourseIndex } from "./course-index";
import { pureMemo } from "./course-memo";
import { estimateDifficulty } from "./estimate-difficulty";
import { questionHash, testedAnswers } from "./question-hash";
import { shuffled, type Random } from "./seeded-random";
import type { Candidate, CandidateEvidence, DistributiveOmit, Question, QuestionOption } from "./types";
import { taggedSpans } from "./term-quality";
import { GENERATOR_VERSION } from "./version";

export type QuestionDraft = DistributiveOmit<Question, "id" | "contentHash" | "difficulty" | "generatorVersion">;

/** 本条例, 本规定 … (not 根本规定, 基本规定, whose 本 belongs to the word before). */
export const OWN_DOCUMENT = /(?<![根基])本(条例|准则|细则|规定|办法|意见|决定|规则|章程)/g;
/** A title's trailing status (中央巡视组工作规则（试行）): the kind is the word before it. */
const TITLE_STATUS = /[（(](?:试行|暂行|草案|修订|修正)[）)]$/;

/**
 * A regulation's 本条例, 本细则 … named by its title (《中国共产党问责条例》): out of the document,
 * in a question, "this regulation" points at nothing. Left as it is when the title is of another kind.
 */
export function nameOwnDocument(stem: string, documentTitle: string): string {
  const title = documentTitle.replace(/^《|》$/g, "");
  const kindOf = title.replace(TITLE_STATUS, "");
  return stem.replace(OWN_DOCUMENT, (words, kind: string) => (kindOf.endsWith(kind) ? `《${title}》` : words));
}

/** A list lead naming what its items are: 对党组织的问责方式包括：（一）… (not a condition such as 有下列情形之一的). */
const NAMED_LIST_LEAD = new RegExp(String.raw`(?:^|[。；！？\s])(?:${ARTICLE_NUMBER}\s*)?([^。；：:，、！？\s]{4,24}?)(?:主要包括|包括|主要有|分为|如下)[：:]\s*${FIRST_ITEM_AHEAD}`, "g");
/** A lead that says what its items are with 下列/以下 (党员必须履行下列义务：; not 有下列行为之一，): named 党员必须履行的义务. The colon may be missing before （一）. */
const LISTED_KIND_LEAD = new RegExp(String.raw`(?:^|[。；！？，\s])(?:${ARTICLE_NUMBER}\s*)?([^。；：:，、！？\s]{2,20}?)(?:下列|以下)([^。；：:，、！？\s之（(]{1,8})[：:]?\s*${FIRST_ITEM_AHEAD}`, "g");
/** A lead that names its items' kind before 是： (党的民主集中制的基本原则是：, 党的基层组织的基本任务是：). */
const KIND_IS_LEAD = new RegExp(String.raw`(?:^|[。；！？\s])(?:${ARTICLE_NUMBER}\s*)?([^。；：:，、！？\s]{2,24}?(?:任务|原则|职责|职权|条件|要求|内容|义务|权利|方式|形式|种类|标准|程序))(?:是|为|有)[：:]\s*${FIRST_ITEM_AHEAD}`, "g");
const ITEM_START = /^[（(][一二三四五六七八九十]+[)）]/;

interface ListLead {
  /** What the items are of: 对党组织的问责方式, 党员必须履行的义务. */
  name: string;
  /** Where the lead's words start and the first item starts, in the passage. */
  start: number;
  itemsStart: number;
  /** The name lacks its subject (重点监督的情况): it takes the one its sentence opens with. */
  ofSubject: boolean;
}

/**
 * The list leads of a passage, kept per passage text: every candidate cut from a passage asks for them, and reading
 * a long passage's leads anew per candidate made generation quadratic in the passage's length (issue #15).
 */
const listLeads: (passageText: string) => readonly ListLead[] = pureMemo(readListLeads, 50_000);

function readListLeads(passageText: string): ListLead[] {
  const leads: ListLead[] = [];
  const add = (match: RegExpMatchArray, name: string, ofSubject = false) => {
    const itemsStart = match.index! + match[0].length;
    leads.push({ name, start: itemsStart - match[0].replace(/^[。；！？\s]/, "").length, itemsStart, ofSubject });
  };
  for (const match of passageText.matchAll(NAMED_LIST_LEAD)) add(match, match[1]!);
  // 按照/依照/根据 下列程序 are prepositions: 审理工作按照下列程序进行 names 审理工作的程序, not 审理工作按照的程序.
  for (const match of passageText.matchAll(LISTED_KIND_LEAD)) add(match, `${match[1]!.replace(/(?:按照|依照|根据|依据|按)$/, "")}的${listedKind(match[2]!)}`);
  for (const match of passageText.matchAll(KIND_IS_LEAD)) add(match, match[1]!);
  // A lead whose verb takes a list of objects (，重点监督党组织、党员特别是领导干部以下情况：) is named by its sentence's
  // subject, the verb and the kind: 党的纪律检查委员会重点监督的情况.
  for (const match of passageText.matchAll(OBJECT_LIST_LEAD)) {
    const verb = leadingVerb(match[1]!);
    if (verb) add(match, `${verb}的${listedKind(match[2]!)}`, true);
  }
  return leads
    .map((lead) => ({ ...lead, name: resolvedName(lead.name, passageText.slice(0, lead.start), lead.ofSubject) }))
    .filter((lead): lead is ListLead => lead.name !== null)
    .sort((a, b) => a.itemsStart - b.itemsStart);
}

/** A 下列/以下 lead after a comma whose words before it list objects with 、 (the other leads take no 、). */
const OBJECT_LIST_LEAD = new RegExp(String.raw`，([^。；：:，！？\s]{2,30}、[^。；：:，！？\s]{1,20}?)(?:下列|以下)([^。；：:，、！？\s之（(]{1,8})[：:]?\s*${FIRST_ITEM_AHEAD}`, "g");

/** The words of a clause up to its first verb (重点监督 of 重点监督党组织、党员…), or null when it opens with none within three words. */
function leadingVerb(clause: string): string | null {
  const words = taggedSpans(clause).slice(0, 3);
  const at = words.findIndex((word) => /^v/.test(word.tag));
  return at < 0 ? null : words.slice(0, at + 1).map((word) => word.word).join("");
}

/** Nouns a 下列… lead names its items by. */
const KIND_NOUN = /^(.*?(?:原则|义务|权利|职责|职权|任务|条件|要求|内容|方式|形式|事项|情形|行为|工作|程序|标准|规定|措施|问题))(.+)$/;

/** The kind a 下列 lead names, without the verb phrase after it (下列原则开展工作 → 原则). */
function listedKind(words: string): string {
  const kind = words.replace(/^的/, "");
  return KIND_NOUN.exec(kind)?.[1] ?? kind;
}

/** The subject a sentence states something of (党的基层组织 of 党的基层组织是…的战斗堡垒。). */
const STATED_SUBJECT = /(?:^|[。；！？])\s*(?:第[一二三四五六七八九十百零〇]+条\s*)?([^，。；：、！？\s“”]{2,12}?)(?:是|为)[^。；！？]*[。；！？]\s*$/;

/** The subject the last sentence of a text opens with, up to its first modal verb (党的各级领导干部 of 党的各级领导干部必须信念坚定…). */
const SENTENCE_SUBJECT = /(?:^|[。；！？]|第[一二三四五六七八九十百零〇]+条)\s*([^，。；：、！？\s“”]{2,16}?)(?:必须|应当|应该|要|须)[^。；！？]*$/;

/**
 * A lead's name as a stem can say it: 它的基本任务 names the subject of the sentence before
 * (党的基层组织的基本任务); a name that is a clause's tail (并且必须具备的基本条件) or points at what
 * cannot be found is none (null).
 */
function resolvedName(name: string, before: string, ofSubject: boolean): string | null {
  const joined = /^(?:并且|而且|并|且|同时|还|也|都)/.exec(name);
  if (joined || ofSubject) {
    // A lead that is a clause's tail (…，并且必须具备以下的基本条件：) takes the subject its sentence opens with.
    const subject = SENTENCE_SUBJECT.exec(before)?.[1];
    return subject ? `${subject}${name.slice(joined?.[0].length ?? 0)}` : null;
  }
  const pronoun = /^(?:它|其)(?:的)?/.exec(name);
  if (!pronoun) return /^(?:这|那|该|此|本|上述)/.test(name) ? null : name;
  const subject = STATED_SUBJECT.exec(before)?.[1];
  return subject ? `${subject}的${name.slice(pronoun[0].length)}` : null;
}

/**
 * A stem cut from an item of a list (（二）通报。对履行职责不力、情节较重的，应当责令整改…) lost what the
 * items are of: whose 问责方式, which 义务. It is said before the stem (在对党组织的问责方式中，…), unless
 * the stem holds it already or opens with the item's own number. A stem that is the lead and its
 * first item (党员必须履行下列义务：（一）认真学习…) is said the same way, without the lead's words
 * and the number, so it does not read as a list of one item.
 */
export function withListLead(stem: string, passageText: string, spanStart: number, statement = false): string {
  const lead = listLeads(passageText)
    .filter((candidate) => candidate.start <= spanStart)
    .at(-1);
  if (!lead) return stem;
  const leadWords = withoutArticleLead(passageText.slice(lead.start, lead.itemsStart));
  const firstItem = new RegExp(`^${escapeRegExp(leadWords)}\\s*[（(]一[)）]\\s*`).exec(stem);
  if (firstItem) return named(lead.name, stem.slice(firstItem[0].length), statement);
  if (lead.itemsStart > spanStart || stem.includes(lead.name) || ITEM_START.test(stem) || /^[（(　]/.test(stem) || /[：:]\s*[（(]/.test(stem)) return stem;
  return named(lead.name, stem, statement);
}

/**
 * An item said with its list's name: 在党员必须履行的义务中，…; a 判断's item of one clause is said as a
 * proposition a learner can judge (党的纪律处分工作遵循的原则包括坚持党要管党、全面从严治党。).
 */
function named(name: string, item: string, statement: boolean): string {
  const clause = item.replace(/[。；;]$/, "");
  if (statement && !/[。；;：:，]/.test(clause)) return `${name}包括${clause}。`;
  return `在${name}中，${item}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Gives a draft its identity and difficulty estimate and pairs it with what the gate needs to see. */
export function buildCandidate(source: QuestionDraft, evidence: CandidateEvidence, index: CourseIndex): Candidate {
  const module = index.module(source.moduleId);
  const passageText = source.passageId ? index.passage(source.passageId)?.passage.text : undefined;
  const leadable = source.type !== "MULTIPLE_CHOICE" && source.type !== "SHORT_ANSWER" && source.focus !== "speaker" && source.focus !== "heading-list";
  const stem = leadable && passageText !== undefined && source.span ? withListLead(source.stem, passageText, source.span.start, source.type === "TRUE_FALSE") : source.stem;
  const draft = module ? { ...source, stem: nameOwnDocument(stem, index.documentTitle(module)) } : { ...source, stem };
  const { contentHash, id } = questionHash(draft.type, draft.stem, testedAnswers(draft));
  const difficulty = estimateDifficulty({
    type: draft.type,
    stem: draft.stem,
    answers: evidence.answers,
    distractors: evidence.distractors,
    frequency: (text) => index.count(text),
  });
  const question: Question = { id, ...draft, difficulty, contentHash, generatorVersion: GENERATOR_VERSION };
  return { question, evidence };
}

const KEYS = "ABCDEFGH";

/** Options A, B, C … with the correct texts placed among the distractors in seeded order; the answer is their keys. */
export function choiceOptions(correct: string[], distractors: string[], random: Random): { options: QuestionOption[]; answer: string[] } {
  const texts = shuffled([...correct, ...distractors], random);
  const options = texts.map((text, at) => ({ key: KEYS[at]!, text }));
  return { options, answer: options.filter((option) => correct.includes(option.text)).map((option) => option.key) };
}
