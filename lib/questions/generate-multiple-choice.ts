import type { Module } from "@/lib/content/types";
import { buildCandidate, choiceOptions } from "./build-candidate";
import { ofListForm } from "./confidence";
import { sentenceAt, type CourseIndex } from "./course-index";
import { pickDistractors, type DistractorInventory } from "./distractors";
import { namedInSentence, relativeNamedInSentence } from "./generate-single-choice";
import { enumerationLabel } from "./enumeration-label";
import { seededRandom, shuffled } from "./seeded-random";
import { explainMultipleChoice } from "./explanation";
import { countedClassNamed, kinSetMembers, outsideNamedSet, PARTY_VOCABULARY, sharedVocabularyClass, vocabularySiblings } from "./party-vocabulary";
import { asStatement, blankOut, CHOICE_MARKER, clauseWindow } from "./source-text";
import { fitsSlotElsewhere } from "./slot-check";
import type { Candidate } from "./types";

const MAX_CORRECT = 4;
const MIN_DISTRACTORS = 2;
const MAX_OPTIONS = 6;

/**
 * 多选题 from the lists a module enumerates: which of these belong to the list (下列属于“四风”的有（　）),
 * or which fill the place of the list in its sentence. Two to four of its
 * members are correct; the wrong options are items of other lists of the course, never of this one.
 */
export function generateMultipleChoice(module: Module, index: CourseIndex, inventory: DistractorInventory): Candidate[] {
  const candidates: Candidate[] = [];
  for (const point of module.knowledgePoints) {
    if (point.kind !== "enumeration" || !point.span || !point.items || point.items.length < 2) continue;
    const located = index.passage(point.span.passage);
    const sentence = located && sentenceAt(located.passage, point.span.start, point.span.end);
    if (!located || !sentence) continue;
    const random = seededRandom(`multiple:${point.id}`);
    const correct = shuffled(point.items, random).slice(0, MAX_CORRECT);
    const wanted = Math.min(MAX_OPTIONS - correct.length, Math.max(MIN_DISTRACTORS, 4 - correct.length));
    const window = clauseWindow(sentence, point.span.start, point.span.end);
    const pool = [...inventory.enumerationItems.map((item) => item.text), ...inventory.terms];
    // A list of one lexicon class (the 四风) takes its wrong options from that class's other members first
    // (个人主义, 本位主义: clearly of the kind and clearly not of the list), not from words of the course that
    // only end alike (社会主义); then, for a set of record, the members of its kin sets (执政考验 beside the 四种危险). Then
    // wrong options that end or start as the list's items do (决策权 beside 知情权、监督权); only when the course has too
    // few of them are others taken (and the question waits for review).
    const listForm = pool.filter(ofListForm(point.items));
    const listSpan = { start: point.span.start - window.start, end: point.span.end - window.start };
    const outsideList = window.text.slice(0, listSpan.start) + "　" + window.text.slice(listSpan.end);
    // A list that is the whole of a counted set (形式主义、官僚主义、享乐主义和奢靡之风: the 四风) is asked by that set's
    // name: the bare sentence (全党必须坚决反对（　）) takes the other tendencies opposed (拜金主义, 好人主义) as well.
    const label = enumerationLabel(point) ?? wholeCountedSet(point.items);
    const distractors: string[] = [];
    const kin = kinSetMembers(point.items);
    // Asked by the set's name, the sentence is not shown: a kin set it also names (经受执政考验…, 四种危险…; 增强政治意识、
    // 大局意识…，坚定道路自信…), or a sibling of a wider class (世界观、人生观、价值观和权力观), is no answer to it.
    const stemByName = label !== null ? `下列属于“${label}”的有（　）。` : "";
    const items = point.items;
    const kinByName = (text: string) => label !== null && outsideNamedSet(text, items, stemByName);
    for (const candidates of [lexiconSiblings(point.items), kin, listForm, pool]) {
      for (const member of correct) {
        if (distractors.length >= wanted) break;
        // The kin sets are of the list's kind by record; the tagger's guess at a head word (危险 as an adjective) is not asked.
        const found = pickDistractors(member, candidates, { count: 1, random, sameKind: candidates !== kin, course: index, exclude: [...point.items, ...distractors], alsoCorrect: (text) =>
            !kinByName(text) &&
            (sentence.text.includes(text) ||
            namedInSentence(text, member, sentence.text, true) ||
            relativeNamedInSentence(text, member, sentence.text) ||
            namesTheWhole(text, outsideList) ||
            fitsSlotElsewhere(index, window.text, listSpan, text)),
        });
        distractors.push(...found);
      }
    }
    const blank = { start: point.span.start - window.start, end: point.span.end - window.start };
    // The layout of Chinese exam papers: the sentence itself with （　） where the list stands.
    const stem = label ? `下列属于“${label}”的有（　）。` : asStatement(blankOut(window.text, [blank], CHOICE_MARKER));
    const { options, answer } = choiceOptions(correct, distractors, random);
    candidates.push(
      buildCandidate(
        {
          type: "MULTIPLE_CHOICE",
          focus: "enumeration",
          stem,
          options,
          answer,
          explanation: explainMultipleChoice({ index, inventory }, { correct, distractors, key: { located, offset: point.span.end }, list: { label, items: point.items } }),
          moduleId: module.id,
          sectionId: located.section.id,
          passageId: located.passage.id,
          knowledgePointId: point.id,
          span: { start: sentence.start, end: sentence.end },
        },
        { sentence: window.text, answers: correct, distractors, enumerationItems: point.items, ...(label ? {} : { blanks: [blank] }) },
        index,
      ),
    );
  }
  return candidates;
}

/**
 * Lexicon terms that share a class with every item of a list and are not in it (四风 → 个人主义, 本位主义 …);
 * none when an item is not in the lexicon. The rest of the smallest class holding the whole list is left
 * out: 奢靡之风 beside 形式主义、官僚主义、享乐主义等 is as right as they are.
 */
export function lexiconSiblings(items: readonly string[]): string[] {
  const [first] = items;
  if (first === undefined) return [];
  const holding = PARTY_VOCABULARY.filter((entry) => items.every((item) => entry.members.includes(item)));
  const smallest = holding.reduce<readonly string[] | undefined>((best, entry) => (best === undefined || entry.members.length < best.length ? entry.members : best), undefined) ?? [];
  return vocabularySiblings(first).filter((term) => !items.includes(term) && !smallest.includes(term) && items.every((item) => sharedVocabularyClass(item, term) !== null));
}

/**
 * The name of the counted set of the lexicon (四风, 四个意识) whose members are exactly the list's items, when it is
 * plain enough to stand in a stem (not a name holding its own quotation marks); null otherwise.
 */
export function wholeCountedSet(items: readonly string[]): string | null {
  const entry = PARTY_VOCABULARY.find(
    (candidate) => candidate.members.length === items.length && items.every((item) => candidate.members.includes(item)) && countedClassNamed(candidate.name) !== null,
  );
  return entry && !/[“”]/.test(entry.name) ? entry.name : null;
}

/** The shortest ending of a wrong option that names what the list is of (办公用房 of 单位办公用房 beside 所称办公用房…包括). */
const MIN_WHOLE = 4;

/**
 * Whether a wrong option is a kind of the whole the sentence lists the parts of (单位办公用房 for 办公用房…包括办公室、服务用房…):
 * it ends with a word of four characters or more that the sentence says outside the list. It is the whole under another name,
 * not one more part that the list left out, and no clearly wrong answer (readers, issue 16).
 */
export function namesTheWhole(option: string, sentence: string): boolean {
  for (let length = option.length - 1; length >= MIN_WHOLE; length--) if (sentence.includes(option.slice(-length))) return true;
  return false;
}
