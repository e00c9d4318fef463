/** Question bank generation: pure functions from a built course to questions. No database, no framework, no clock. */
export { balanceTrueFalse, generateQuestionBank, generateQuestionBankWithEvidence, moduleCandidates, type BankWithEvidence, type GenerateOptions } from "./generate-question-bank";
export { generateFillBlank } from "./generate-fill-blank";
export { generateSingleChoice } from "./generate-single-choice";
export { generateMultipleChoice } from "./generate-multiple-choice";
export { generateTrueFalse } from "./generate-true-false";
export { generateShortAnswer } from "./generate-short-answer";
export { generateSourceQuestions } from "./generate-source-questions";
export { termSites, numberSites, enumerationItemSites, type BlankSite } from "./blank-sites";
export { indexCourse, type CourseIndex, type LocatedPassage } from "./course-index";
export { buildInventory, pickDistractors, type DistractorInventory } from "./distractors";
export { checkCandidate, QUALITY_RULES, DUPLICATE, DUPLICATE_STEM, OVER_MODULE_SHARE, SAME_SPAN_AND_TARGET, SENTENCE_ALREADY_TESTED, type QualityRule, type GateContext } from "./quality-gate";
export { estimateDifficulty, type DifficultyInput } from "./estimate-difficulty";
export { questionHash, testedAnswers } from "./question-hash";
export { normalizeAnswer } from "./normalize-answer";
export { acceptedVariants } from "./accepted-answers";
export {
  gradeAnswer,
  definitionOf,
  isQuestionType,
  keyOfInput,
  learnerFacing,
  parseStoredKey,
  responseFits,
  savedResponse,
  storedKeyColumns,
  withOptionOrder,
  StoredQuestionError,
  QUESTION_TYPE_DEFINITIONS,
  QUESTION_TYPES,
  type GradeResult,
  type GradeStatus,
  type LearnerResponse,
  type QuestionTypeDefinition,
} from "./types";
export { bankReport, type BankReport } from "./bank-report";
export { judgeTerm, type TermVerdict } from "./term-quality";
export { judgeTarget, isVerbLed, type TargetVerdict } from "./target-importance";
export { scoreCandidate, confidenceOf, reviewReason, nearSynonyms, PUBLISH_THRESHOLD, DOUBTS, type Confidence, type ConfidenceFeatures, type DoubtCode } from "./confidence";
export { seededRandom } from "./seeded-random";
export { GENERATOR_VERSION } from "./version";
export type * from "./types";
