/**
 * The confidence of a generated question, split by the features the score is made of: the doubt
 * table and threshold (doubts.ts), the scoring entry point (score.ts), and the checks for stem form
 * (stem-form.ts, stem-cut.ts), target importance (key-worth.ts), pinned and given-away keys
 * (unpinned-blanks.ts, key-given.ts), distractor fitness (option-fitness.ts), support in the source
 * (source-support.ts) and heading-list questions (heading-questions.ts). Callers import from here.
 */

export { type ConfidenceFeatures, type Confidence, PUBLISH_THRESHOLD, DOUBTS, type DoubtCode, reviewReason, confidenceOf } from "./doubts";
export { tellsEventFrame, QUESTION_HEADING, isNoteOutline, hasNoteSlash } from "./stem-form";
export { isPolicyPhraseQuote, YEAR_TALLY, genericHeadPhrase, changesRangeEnd } from "./key-worth";
export { watchwordClauseBlank, blankedWatchword, governanceFrameBlank, umbrellaBlank, openListItemBlank, QUOTED_EXHORTATION_BLANK, EMBODIED_WATCHWORD_BLANK, SELF_POSITIONED_PLEDGE, UNRELATED_TO_BLANK, principleRunSlot, unpinnedExhortationSlot, unpinnedQualitySlot, looseSetDutyObject, couplingSlot, siblingFitsTopic, citationTitleBlank } from "./unpinned-blanks";
export { verbTakesKeyOnly, givenBySum, categoryOnlyCounted, countImpliedByTime, qualifiesNextWord, quotedTitleGivesKey, shortFormSpellsKey, bodyAfterSameLead, headSharedByList } from "./key-given";
export { opposedAmongUpheld, distractorsOfListForm, ofListForm, OVERLAPPING_CLASSES, nearSynonyms } from "./option-fitness";
export { speaksOfWriter, documentKindOf } from "./source-support";
export { frameSubheadings, titleName, titleNamesRuleText, isDocumentPartHeading } from "./heading-questions";
export { scoreCandidate } from "./score";
