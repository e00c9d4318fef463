/**
 * 解析 that teach (QUESTIONS.md criterion E): why the key holds, with its 出处 (document, section,
 * 第…条), and for choice questions what each wrong option is and why it is wrong here — said only
 * from what the generator knows of where each option came from (the party-vocabulary lexicon, a
 * list or a term elsewhere in the course, a number moved), never invented. The source sentence may
 * stay as the evidence, cut to its clauses around the key, never the whole 解析.
 *
 * Split by question type (choice.ts, fill-blank.ts, true-false.ts with number-swaps.ts, quotations.ts
 * for who said it, short-answer.ts) and the shared parts (context.ts, places.ts for citations,
 * key-teaching.ts for supporting quotations, option-classes.ts, numbers.ts). Callers import from here.
 */

export { type ExplainContext, type KeyPlace, type KeyList, type TrueFalseExplanationInput } from "./context";
export { enclosingHeadingList, keyElsewhere, keyGloss, glossCitesOtherArticle, saysWhatItIs, teachingSentence, saysWhatKeyIs } from "./key-teaching";
export { ordinalMembers, classNamedIn } from "./option-classes";
export { numberBeside, numberOfAnotherRule, rangeEnd, numberStatedInKeyFrame, saidAsFigure, onlyATime } from "./numbers";
export { wrongOptionTeachable, explainSingleChoice, type SingleChoiceExplanationInput, singleChoiceExplanation, listedBeside, explainMultipleChoice } from "./choice";
export { explainSpeaker, courseNamesNoneOf, namedAnywhere, selectedWorksAuthor, attributionLead, speakerContrast } from "./quotations";
export { speaksOfKeyAlone, fillBlankExplanation } from "./fill-blank";
export { explainTrueFalse, trueFalseExplanation, trueContrast, swappedTermTaught } from "./true-false";
export { swappedNumberStated, sameCountFrame } from "./number-swaps";
export { POINTS_PER_KEY_POINT, markingGuide, explainShortAnswer } from "./short-answer";
