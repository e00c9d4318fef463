import { countRuledOutByFrame } from "../count-frame";
import type { CourseIndex } from "../course-index";
import { hasDanglingReference, speaksAsWriter } from "../dangling-reference";
import { stemWithContext } from "../context-lead";
import { relatedSlotBlank, simileSlotBlank, tellsEventColour, tellsWhoLectured } from "../incidental-detail";
import { phraseKind } from "../distractors";
import { completesClassIn, kinSetMembers, PARTY_VOCABULARY, isLexiconPerson, misorderedSetIn, vocabularyClassAt, onlyContextualClasses, sharedVocabularyClass, speaksOfClass, vocabularyClassOf, vocabularySiblings } from "../party-vocabulary";
import { splitOptions, isChoice } from "../quality-gate/rule";
import { holdsGluedHeading, isNamedInCourse, isQuotedConcept, judgeTarget, isVerbLed, type TargetVerdict } from "../target-importance";
import { keyPointFault, pointsGivenByStem } from "../key-point-form";
import { listItemWithoutSubject } from "../list-item-subject";
import { blanksFormulationOfRecord, recitesBoilerplateSeries } from "../formulations-of-record";
import { nearFormulationFits } from "../near-formulations";
import { MIN_DISTINCT_EXCERPT, quoteWords } from "../quote-excerpt";
import { isArticle } from "../article-lead";
import type { Candidate } from "../types";
import { isDoctrineTerm } from "../working-papers";
import { caseMaterials, tellsCaseFact } from "../case-facts";
import { trustedForKind } from "../kind-policy";
import { commentaryKeyUnnamed, ruleUnnamed } from "../named-text-evidence";
import { type Confidence, type DoubtCode, confidenceOf } from "./doubts";
import { FIELD_OF_STUDY_HEADING, OUTLINE, frameSubheadings, isDocumentPartHeading, isDocumentTitleHeading } from "./heading-questions";
import { blankEnds, bodyAfterSameLead, bodyGivenByAct, categoryOnlyCounted, collocationGivesKey, countImpliedByTime, cueInStem, fieldNameTail, givenBySum, headSharedByList, keyEchoed, qualifiesNextWord, quotedTitleGivesKey, shortFormSpellsKey, verbTakesKeyOnly } from "./key-given";
import { ACTOR_HEAD, CIRCUMSTANCE, EXHORTATION, LEVEL_WORD, MIN_ATTRIBUTED_QUOTE, OBLIGATION_BEFORE, PROMULGATION, QUALITY_WORD, REPEAL, REPORTING_VERB_END, RULE_PERIOD, WRITER_BENREN, YEAR_OF_RECORD, YEAR_TALLY, changesRangeEnd, genericHeadPhrase, hasProperName, insideBrackets, insideSimile, isNumberOfRecord, isPolicyPhraseQuote, quotedCountedSetName, targets } from "./key-worth";
import { OVERLAPPING_CLASSES, distractorsOfListForm, nearSynonyms, opposedAmongUpheld } from "./option-fitness";
import { ATTRIBUTE_LABEL, CONTEXT_PREDICATE, DEFINED, EVALUATIVE_PREDICATE, FIGURE_OF_SPEECH, SHORTCOMING, STANDING_PREDICATE, documentKindOf, speakerInTitle, speaksOfWriter, statesAFact } from "./source-support";
import { conditionCut, endsOpen, headCutOff, listCutShownWhole, sourceSentence, tailCutBeforeVerb } from "./stem-cut";
import { ADVERBIAL_LEAD, ANONYMISED, COMMAS_FOR_ENUMERATION, CROSS_REFERENCE, DANGLING, DATED_ENTRY, DISCUSSION_PROMPT, GLUED_ARTICLE, LEAD_AND_ITEM, LEANS_BACK, LIST_MARKER, MAIN_VERB, MID_CLAUSE, NEXT_ITEM, QUESTION_HEADING, QUIZ_BLANK, QUIZ_OPTIONS_IN_TEXT, RANGE_END_BLANK, RELATIVE_TIME, SAYER_LEFT_OUT, SPEECH_OCCASION, STACKED_LABELS, conditionLeftUnled, hasNoteSlash, hasVerb, isNoteOutline, quotedWhole, subjectlessUnderKindLabel, tellsEventFrame, unknownSpeaker } from "./stem-form";
import { ADVERB_BLANK, ASCRIBING, BLANK_THEN_ETC, CIRCUMSTANCE_PAIR, EMBODIED_WATCHWORD_BLANK, ESSENCE_OF_BLANK, GOVERNED_FIELD, INTEREST_OWNER_BLANK, LIST_ITEM_SLOT, ONLY_UNDER_LEADERSHIP, PLEDGE_DESTINATION, QUOTED_BLANK_CLOSES_LIST, QUOTED_EXHORTATION_BLANK, RECIPIENT_BLANK, RHETORICAL_BLANK, ROAD_PLEDGE_BLANK, SELF_POSITIONED_PLEDGE, TALK_TITLE_BLANK, TITLE_IN_TITLE_BLANK, UNRELATED_TO_BLANK, WHOLE_CLAUSE_BLANK, blankClauseOf, citationTitleBlank, couplingSlot, governanceFrameBlank, listItemsAfterBlank, looseSetDutyObject, namesCountedSetOf, openListItemBlank, principleRunSlot, siblingFitsTopic, swapFitsTopic, umbrellaBlank, unpinnedExhortationSlot, unpinnedQualitySlot, watchwordClauseBlank } from "./unpinned-blanks";

/**
 * Scoring a candidate that passed the gate: every check of the feature modules beside it, in their order,
 * each adding the doubt it finds; the score is the doubt table's product (doubts.ts).
 */

const TARGET_DOUBT: Record<Exclude<TargetVerdict, "ok" | "actor">, DoubtCode> = { title: "TITLE_TARGET", generic: "GENERIC_TARGET", "verb-led": "VERB_LED_TARGET" };

export function scoreCandidate(candidate: Candidate, index: CourseIndex): Confidence {
  const { question, evidence } = candidate;
  const doubts = new Set<DoubtCode>();
  const watchword = question.type === "FILL_BLANK" && watchwordClauseBlank(question.stem, evidence.answers);
  // A true statement of a rule-setting text that states a fact tests the whole rule, not the term a false one would change:
  // a generic or title word there (委员会, 事业单位领导人员) says nothing of it.
  // Only an article's sentence (第五条 …) is read as a rule here: a policy paper's measures (支持…，鼓励…) are no such fact.
  const trueRule =
    question.type === "TRUE_FALSE" &&
    question.answer === true &&
    question.focus === "term" &&
    documentKindOf(question.moduleId, index).normative &&
    isArticle((question.passageId && index.passage(question.passageId)?.passage.text) || "") &&
    statesAFact(question.stem, index, true);
  for (const target of trueRule ? [] : targets(candidate)) {
    const verdict = judgeTarget(target, index);
    if (watchword && verdict === "verb-led") continue;
    // A blank in a formulation of record written out around it (权为民所用、______、利为民所谋; 党的最大政治优势是______)
    // tests the wording the party set down, however often the course uses its word: a course on 党群关系 says
    // 密切联系群众 everywhere, yet only that term completes the 党章's line (stop 39).
    if (verdict === "generic" && blanksFormulationOfRecord(question.stem, target)) continue;
    if (verdict === "actor") doubts.add("GENERIC_TARGET");
    else if (verdict !== "ok") doubts.add(TARGET_DOUBT[verdict]);
  }
  const stem = question.stem;
  if (!(question.type === "SINGLE_CHOICE" && question.focus === "speaker")) {
    // Opening with 这/该/其 (and, as bank:eval counts them, 这类现象 or 上述问题 inside with nothing named before it).
    if (DANGLING.test(stem) || (question.type !== "SHORT_ANSWER" && hasDanglingReference(stem))) doubts.add("DANGLING_REFERENCE");
    // The writer's own 我们 or 我军, unless the context lead names whose report it is (据《…工作报告》，我们…).
    if (question.type !== "SHORT_ANSWER" && speaksAsWriter(stemWithContext(question, index))) doubts.add("DANGLING_REFERENCE");
    if (MID_CLAUSE.test(stem) || LEANS_BACK.test(stem) || SAYER_LEFT_OUT.test(stem) || conditionLeftUnled(question, index)) doubts.add("STEM_STARTS_MID_CLAUSE");
    if (question.type !== "SHORT_ANSWER" && COMMAS_FOR_ENUMERATION.test(stem)) doubts.add("STRAY_PUNCTUATION");
    // …or a list's lead with its first item only (…给予开除党籍处分：（一）经商办企业。): it reads as a list of one.
    if (LIST_MARKER.test(stem) || (evidence.sentence !== null && LIST_MARKER.test(evidence.sentence)) || GLUED_ARTICLE.test(stem) || LEAD_AND_ITEM.test(stem)) doubts.add("LIST_MARKER_IN_STEM");
    if (holdsGluedHeading(stem, index)) doubts.add("HEADING_IN_STEM");
    if (NEXT_ITEM.test(stem)) doubts.add("NEXT_ITEM_IN_STEM");
    // 今年的七一讲话, 目前, 近年来: a time told from the day the text was written, unknown to the learner.
    if (RELATIVE_TIME.test(stem)) doubts.add("RELATIVE_TIME");
    if (SPEECH_OCCASION.test(stem) || unknownSpeaker(stem)) doubts.add("SPEECH_OCCASION");
    // Who presided over or sat in the reported meeting (主持党课，…参加; 会议由…主持) outside a rule-setting text (stop 31),
    // and who of the reported unit gave a lesson or talk there, on what (刘芳围绕…进行专题党课讲授; stop 34).
    const frame = evidence.sentence ?? stem;
    // …and its colour: a participant's feeling quoted, a run of the year's events (一场场…一堂堂…; stop 35).
    // A working paper's own arrangements (its dates, deadlines, quotas, offices, slogans): only the doctrine it quotes is
    // knowledge (issue #16, stop 36).
    const paper = index.module(question.moduleId);
    if (paper && index.documentKind(paper).kind === "notice" && !(evidence.answers.length > 0 && evidence.answers.every(isDoctrineTerm))) doubts.add("UNIT_ARRANGEMENT");
    // A document of a kind readers judged far below the goal publishes only by the paths its kind is trusted for (stops 37, 38).
    if (!trustedForKind(candidate, index)) doubts.add("UNTRUSTED_KIND");
    // One case of a case notice or case study (its person, post, dates, sums, confession) rather than the kind of violation,
    // the rule, the sanction or the lesson (issue #16, stop 36).
    const cases = caseMaterials(index).get(question.moduleId);
    if (cases && (tellsCaseFact(frame, cases.names) || tellsCaseFact(sourceSentence(question, index)?.text ?? "", cases.names))) doubts.add("CASE_FACT");
    if (question.type !== "SHORT_ANSWER" && (tellsEventFrame(frame) || tellsWhoLectured(frame) || tellsEventColour(frame)) && !documentKindOf(question.moduleId, index).normative) doubts.add("EVENT_FRAME");
    // Readers judged a stem cut from the back half of a long sentence (its subject or head left behind) usable once in six.
    if (question.focus !== "heading-list" && !(question.type === "MULTIPLE_CHOICE" && stem.startsWith("下列")) && headCutOff(candidate, index)) doubts.add("SENTENCE_HEAD_CUT");
    if (question.type === "FILL_BLANK" && listItemWithoutSubject(stem, sourceSentence(question, index)?.text ?? "")) doubts.add("LIST_ITEM_NO_SUBJECT");
  }
  // Positive evidence: a rule's term among its siblings, or its number, publishes only when its stem names the rule (stop 39).
  if (ruleUnnamed(question, index)) doubts.add("TEXT_UNNAMED");
  // …and a commentary's term 填空 publishes only on a key the course names or quotes, or a stem naming its text (stop 39).
  if (commentaryKeyUnnamed(candidate, index)) doubts.add("COMMENTARY_KEY_UNNAMED");
  if (question.focus === "number" && (question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE" || (question.type === "TRUE_FALSE" && question.answer === true))) {
    const normative = documentKindOf(question.moduleId, index).normative;
    if (!evidence.answers.every((answer) => isNumberOfRecord(answer, evidence.sentence ?? stem, normative) || (normative && RULE_PERIOD.test(answer)))) doubts.add("NUMBER_OF_NO_RECORD");
    if (question.type !== "TRUE_FALSE" && evidence.answers.length === 1 && givenBySum(stem, evidence.answers[0]!)) doubts.add("KEY_BY_ARITHMETIC");
    // 每年年底对执行情况进行______专项检查 (1次): the time of a recurring period the stem gives already says once (issue #16).
    if (question.type !== "TRUE_FALSE" && evidence.answers.length === 1 && countImpliedByTime(stem, evidence.answers[0]!)) doubts.add("COUNT_IMPLIED_BY_TIME");
  }
  // The category of a statistic sentence, blanked where only its numbers tell it from its siblings (现行有效______共772部，
  // 其中，中央党内法规44部…: 党的领导法规, one of four such sentences): readers marked all 4 published needs-edit (issue #16).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus !== "number" && categoryOnlyCounted(stem)) doubts.add("CATEGORY_ONLY_COUNTED");
  // Readers found one item blanked from a list answerable by its siblings as often as not (享乐主义 or 奢靡之风 in …、官僚主义、______等问题).
  // The same when the blank is an item the text numbers (问责方式包括：（一）______): its siblings fit as well as it does.
  // So is a blank standing among items joined by 、 (省、自治区、______; 形式主义、官僚主义、______等).
  // …and the last of such items after 和/及/与 (基层委员会、总支部和______).
  // Quotation marks or title marks around the blank change nothing (邓小平理论、“______”重要思想、科学发展观;
  // 《关于党内政治生活的若干准则》、《______》等党内法规: any regulation fits).
  // Not when the stem names every other member of the key's lexicon set (自我净化、自我完善、自我革新、______):
  // the set is complete but for the key, so only the key fits.
  // The set must be the list's own: a list going on after the blank with another item of the key's kind outside it
  // (______、监督责任和领导责任 completes 两个责任 but names a third 责任) is a longer list the key only happens to complete.
  const afterBlank = listItemsAfterBlank(stem);
  // A clause of a quoted watchword the stem shows the rest of is completed the same way (see watchwordClauseBlank).
  // Not a roll of names (______、恩格斯、列宁、斯大林是老实人): the sentence says something of them all, and blanking one
  // of the persons it lists tests the roll, not what it says (issue #16).
  const completesSet = watchword || (evidence.answers.length > 0 && evidence.answers.every((answer) => !isLexiconPerson(answer) && completesClassIn(answer, stem, afterBlank)));
  // Nor a term of a fixed formulation of record the stem writes out around the blank (集体领导、民主集中、个别酝酿、
  // ______; 中央统一领导、分级负责；坚持______、依法依规…): the formulation is fixed, so only its term fills the blank
  // (see formulations-of-record.ts; issue #16, stop 36).
  const ofRecord = evidence.answers.length > 0 && evidence.answers.every((answer) => blanksFormulationOfRecord(stem, answer));
  if (question.type === "FILL_BLANK" && !completesSet && !ofRecord && (question.focus === "enumeration" || LIST_ITEM_SLOT.test(stem.replace(/[“”《》]/g, "")))) doubts.add("LIST_ITEM_BLANK");
  // …and so is a blank with 等 right after it (______等，严肃党的纪律…): the stem says the key is one of several.
  if (question.type === "FILL_BLANK" && !completesSet && !ofRecord && BLANK_THEN_ETC.test(stem)) doubts.add("LIST_ITEM_BLANK");
  // …and so is a blank beside a member of its own lexicon set in its clause (从事______和社会建设): the other members
  // fit it as well. A member in another clause (把马克思列宁主义的基本原理…结合起来，创立了______) is no sibling of the blank.
  const blankClause = blankClauseOf(stem);
  if (question.type === "FILL_BLANK" && !completesSet && !ofRecord && evidence.answers.some((answer) => vocabularySiblings(answer).some((sibling) => blankClause.includes(sibling)))) doubts.add("LIST_ITEM_BLANK");
  // …and a virtue standing alone as a clause of a run of virtues (依法办事，______，勤政为民: 清正廉洁), which its other
  // wordings (廉洁奉公, 廉洁自律) fill as well: readers marked two of three such published 填空 B (stop 38). Not when the
  // sentence completes a set of record or writes out a formulation of record around the blank.
  if (question.type === "FILL_BLANK" && !completesSet && !ofRecord && nearFormulationFits(stem, evidence.answers)) doubts.add("NEAR_FORMULATION_FITS");
  // A blank on a two-character word of everyday prose (民意, 实情, 决策) was incidental or open to other words unless the course names it.
  // In essays and study notes (not a regulation, 准则 or decision) readers discarded most blanks on the
  // essay's own words (利益关系, 执政党, 党群干群关系) and kept those on a named term of the party's
  // vocabulary or a member of a list the course sets out (群众路线, 作风建设).
  if (question.type === "FILL_BLANK" && question.focus === "term" && !documentKindOf(question.moduleId, index).normative && !watchword) {
    // A set's own name (两个维护, 五位一体, 四个全面) blanked in an essay stayed in review even among other counted sets
    // (增强“四个意识”、坚定“四个自信”、做到“______”; “______”总体布局和“______”战略布局): independent readers found all three
    // such blanks the stop-27 audit published needing an edit (the 解析 quoted the text and never said what the set holds).
    // The 解析 says it now: a counted set's name in quotation marks is released, outside a personal account
    // (quotedCountedSetName, stop 37).
    // A view the essay names in quotation marks in two places or more and weighs as a view (“西方中心论”, “以阶级斗争为纲”的
    // 思维方式) is a concept it discusses, not a word of its prose (see isQuotedConcept) (stop 30, issue #16); not when the
    // blank closes a list of such things (自逞英雄，“______”等现象): the other tendencies of the kind fit it as well.
    const viewExempt = !QUOTED_BLANK_CLOSES_LIST.test(stem);
    // A set named after the document was written (四个伟大, 2017, in a lecture of 1942) makes no member of its words there.
    const year = index.documentYear(index.module(question.moduleId) ?? index.modules[0]!);
    const personal = documentKindOf(question.moduleId, index).personal;
    if (evidence.answers.some((answer) => vocabularyClassAt(answer, year) === null && !isNamedInCourse(answer, index) && !(viewExempt && isQuotedConcept(answer, index)) && !(!personal && quotedCountedSetName(stem, answer, year)))) doubts.add("ESSAY_TERM_BLANK");
    // …and a member of contextual sets only, where its sentence does not speak of the set (尤其是______制度的薄弱: 民主监督;
    // 获______批复: 国务院): there it is an ordinary word or body; readers kept none of five.
    const context = evidence.sentence ?? stem;
    if (evidence.answers.some((answer) => onlyContextualClasses(answer) && !speaksOfClass(answer, context))) doubts.add("ESSAY_TERM_BLANK");
    // …and a field of work (制度建设, 经济建设) its clause does not act on (我国______不够完善; 在______和追逐利润的过程中;
    // ______更加系统化): there it stands for any field. Readers discarded or edited six of seven such blanks and kept
    // those a verb or 党的 takes (加强______, 以______为中心, 党的______).
    const blank = /_{2,}/.exec(stem);
    if (blank && evidence.answers.some((answer) => answer.endsWith("建设")) && !GOVERNED_FIELD.test(stem.slice(0, blank.index))) doubts.add("ESSAY_TERM_BLANK");
    // …and the destination of a pledge to join in (将个人发展融入国家和民族的______中去: 伟大事业; 投身到______中): a figure
    // of speech any great cause fills, not a term the sentence teaches.
    if (PLEDGE_DESTINATION.test(stem)) doubts.add("ESSAY_TERM_BLANK");
    // …and the noun an essay's rhetoric ranks its subject under (责任追究也是一项严肃的______: 政治纪律; …更是一种______):
    // a figure of speech, not a fact, which other nouns of the kind fill as well (stop 28).
    if (RHETORICAL_BLANK.test(stem)) doubts.add("ESSAY_TERM_BLANK");
  }
  // What a speech, a news report or an essay says a thing's standing or role is (革命博物馆是…的“立体教科书”, 发展林业是…的
  // 重要内容) is one writer's phrasing on one occasion: asked 简述X的地位和作用, a learner answers from the course as a whole
  // and is marked against that one sentence. A rule-setting text's statement of standing (民主集中制是党的根本组织原则) is
  // the course's own (stop 28: 5 of 6 published outside rule-setting texts were needs-edit).
  if (question.type === "SHORT_ANSWER" && question.focus === "definition" && /简述.+的地位(?:和作用)?。$/.test(stem) && !documentKindOf(question.moduleId, index).normative) doubts.add("STANDING_OUTSIDE_RULES");
  if (question.type === "FILL_BLANK" && question.focus === "term" && !documentKindOf(question.moduleId, index).normative && !completesSet && unpinnedExhortationSlot(stem, evidence.sentence ?? stem, evidence.answers)) doubts.add("UNPINNED_SLOT");
  // …and in a rule-setting text too, where the bare 坚持______ is one of a run of principles (坚持党纪面前一律平等，坚持______，
  // 坚持惩前毖后、治病救人): any other principle of the run's kind (民主集中制) reads as well, and nothing pins which (stop 39,
  // a reader of the rotated regulations: B). A principle joined to its partner (坚持______、依法依规) stays: the pair pins it.
  if (question.type === "FILL_BLANK" && question.focus === "term" && documentKindOf(question.moduleId, index).normative && !completesSet && principleRunSlot(stem) && unpinnedExhortationSlot(stem, evidence.sentence ?? stem, evidence.answers)) doubts.add("UNPINNED_SLOT");
  // …and a quality one is told to raise (增强______, 强化______和科学谋划) of a set of like qualities, none of which the sentence names.
  // In any kind of text: a regulation's duty clause (提高______，强化政治担当) pins the quality no more than a speech does
  // (stop 38: readers marked both such published 填空 of two rule-setting texts needs-edit B, 政治站位/政治觉悟 fit).
  if (question.type === "FILL_BLANK" && question.focus === "term" && !completesSet && unpinnedQualitySlot(stem, evidence.sentence ?? stem, evidence.answers)) doubts.add("UNPINNED_SLOT");
  // 自觉走______ in one person's account (a 述职报告): the stock pledge takes any road the party names (stop 34: readers
  // discarded both published ones); a speech's 走 is left to the frame check (KEY_REPEATED).
  if (question.type === "FILL_BLANK" && question.focus === "term" && documentKindOf(question.moduleId, index).personal && ROAD_PLEDGE_BLANK.test(stem)) doubts.add("UNPINNED_SLOT");
  // In a text that sets no rules, a quoted watchword blanked as what a deed lives up to (用“按需帮扶”践行“______”), or as the
  // object of a quoted exhortation (党章总纲“坚持______”的思想): nothing pins which watchword, and 实事求是 fills the marks as
  // well as 一切从实际出发, 解放思想 as well as 实事求是 (stop 36, first look at study reflections).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && !documentKindOf(question.moduleId, index).normative && (EMBODIED_WATCHWORD_BLANK.test(stem) || (QUOTED_EXHORTATION_BLANK.test(stem) && !evidence.answers.some((answer) => speaksOfClass(answer, evidence.sentence ?? stem))))) doubts.add("UNPINNED_SLOT");
  // In any kind of text, a watchword of strict party governance in a stock frame its siblings fill alike (推进______和反腐败
  // 斗争: 全面从严治党 or 党风廉政建设; 落实______“两个责任”): readers found each such published 填空 open (stop 33, issue #16).
  // Not in a rule-setting text here: its preamble's 为落实______要求 is umbrellaBlank's (unpinned-blanks.ts), which now takes it.
  if (question.type === "FILL_BLANK" && question.focus === "term" && !documentKindOf(question.moduleId, index).normative && governanceFrameBlank(stem, evidence.answers)) doubts.add("UNPINNED_SLOT");
  // A whole-of-policy name (全面从严治党, 全面深化改革, 党的建设) in a purpose clause, or in a non-rule text's own sentence:
  // its kin fill the blank alike and the sentence does not teach it (stop 38, umbrellaBlank).
  if (question.type === "FILL_BLANK" && question.focus === "term" && !completesSet && umbrellaBlank(stem, evidence.answers, documentKindOf(question.moduleId, index).normative)) doubts.add("UNPINNED_SLOT");
  // In any kind of text, a key of a loose set (民主集中制, 请示报告制度, 党内民主, 党内监督: principles, systems and forms of
  // supervision the lexicon groups but no formula counts) blanked as what one holds to, carries out or strengthens (坚持______,
  // 贯彻执行______, 严格执行（　）): every member of the set is held to and carried out, and the sentence names none of them to
  // pin the key. Fitted on the 38 older documents (1 usable, 3 needs-edit published, 3 documents) and checked on the 29 of
  // stop 28 (0 usable, 3 needs-edit, 2 documents) before it was made a rule (stop 29, issue #16).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus === "term" && looseSetDutyObject(stem, evidence.sentence ?? stem, evidence.answers)) doubts.add("LOOSE_SET_DUTY_OBJECT");
  // In any kind of text, a blank that is only what something is combined with or run through (与______结合起来, 把______
  // 贯穿其中): any principle or task fits (stop 30, issue 16: 2 published faulted 填空 in 2 documents, 0 usable). A 单选 on
  // the same slot offers other principles that fit as well (its sentence published a 单选 once the 填空 left).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus === "term" && couplingSlot(stem, evidence.sentence ?? stem, evidence.answers)) doubts.add("COUPLING_SLOT");
  // In any kind of text, a 填空 on a member of a lexicon set blanked as the topic of its sentence or clause, with no other
  // member, name of the set or definition to pin it (______本身不能解决群众的实际问题: 形式主义 or 官僚主义): readers
  // marked 4 such published 填空 needs-edit B in 3 documents and kept 1 (stop 31, issue #16).
  if (question.type === "FILL_BLANK" && question.focus === "term" && siblingFitsTopic(stem, evidence.sentence ?? stem, evidence.answers)) doubts.add("SIBLING_FITS_TOPIC");
  // …and a 判断 made false by swapping that key for a sibling (凡是组织路线坚持得好的时候 for 群众路线) states what may as well
  // be true: the sentence that does not pin its key does not make the sibling wrong. Its sentence published such a 判断
  // once the 填空 left (stop 31).
  if (question.type === "TRUE_FALSE" && evidence.change?.kind === "term-swap" && evidence.sentence && swapFitsTopic(evidence.sentence, evidence.change.from)) doubts.add("SIBLING_FITS_TOPIC");
  // A 单选 on a term of the lexicon alone in an essay's sentence (我国（　）不够完善: 制度建设; 凡是（　）坚持得好:
  // 群众路线) offers its siblings where the author's sentence would take them as well: readers kept 6 of 14
  // such 单选 in the seeds, mostly those whose key stands among siblings of its set (党内监督与群众监督、法律监督、（　）).
  // (A 填空 is not offered the siblings: readers kept most on a lexicon term alone, 实事求是是我们党的优良作风.)
  if (question.type === "SINGLE_CHOICE" && question.focus === "term" && evidence.sentence !== null && !documentKindOf(question.moduleId, index).normative) {
    const context = evidence.sentence;
    if (evidence.answers.some((answer) => vocabularyClassOf(answer) !== null && !speaksOfClass(answer, context))) doubts.add("ESSAY_TERM_BLANK");
  }
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus === "term" && evidence.sentence !== null && evidence.blanks?.some((blank, at) => keyEchoed(evidence.sentence!, blank, evidence.answers[at]))) {
    doubts.add("KEY_ECHOED_IN_STEM");
  }
  // …and a key whose body follows, elsewhere in the sentence, the same words as lead to the blank (伟大的长征…伟大的______:
  // 长征精神): the sentence repeats its modifier, so the blank is the body again with a head any reader supplies (stop 28).
  if (question.type === "FILL_BLANK" && question.focus === "term" && evidence.sentence !== null && evidence.blanks?.some((blank, at) => bodyAfterSameLead(evidence.sentence!, blank, evidence.answers[at]))) {
    doubts.add("KEY_ECHOED_IN_STEM");
  }
  // A name blanked just before the short form the sentence gives it (《______》（以下简称《问责条例》）: 中国共产党问责条例;
  // ______（简称“中央纪委”）): the short form spells the key, whatever the question's focus.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && evidence.sentence !== null && evidence.blanks?.some((blank, at) => shortFormSpellsKey(evidence.sentence!, blank.end, evidence.answers[at], evidence.distractors))) {
    doubts.add("KEY_ECHOED_IN_STEM");
  }
  // A regulation's closing clause repealing the text it replaces (2009年7月2日中共中央印发的《…（试行）》同时废止): the old text's
  // date or name is no rule a learner keeps (stop 29: published once a sentence opening on a date was no longer broken).
  if (question.type !== "SHORT_ANSWER" && REPEAL.test(stem)) doubts.add("REPEAL_CLAUSE");
  if (question.type !== "SHORT_ANSWER" && PROMULGATION.test(stem)) doubts.add("PROMULGATION_RECORD");
  // A note's line under a category label (思想行为类：主要涉及…，如…) is a fragment of a table, not a statement: readers discarded them.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE" || question.type === "TRUE_FALSE") && (DATED_ENTRY.test(stem) || STACKED_LABELS.test(stem) || QUESTION_HEADING.test(stem))) doubts.add("LABEL_FRAGMENT");
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE" || question.type === "TRUE_FALSE") && (/^[^，。；：“”]{2,10}类：/.test(stem) || /^(?:_+|（　）|[^，。；：“”]{2,10})\s*(?:――|——)/.test(stem))) doubts.add("LABEL_FRAGMENT");
  // …and so is a line under a label naming a kind of content (核心要求：, 实践要求：) whose words go on without a subject
  // (核心要求：改进工作作风、密切联系群众，反对…): whose requirements they are is said by the heading above, not in the stem.
  if ((question.type !== "SHORT_ANSWER" && !(question.type === "SINGLE_CHOICE" && question.focus === "speaker")) && subjectlessUnderKindLabel(stem)) doubts.add("LABEL_FRAGMENT");
  // Study notes string outline phrases together with ； (新文化运动；______；改造国民性的启蒙运动；…; 坚持…；形成…；加快…),
  // or number a list's items inside one line (1. 坚持…；2. 坚持…): a study note's skeleton, not a statement a learner
  // can read alone, and its blank has many fillings. Readers marked down every published such question.
  // (A regulation's list of short items, （一）警告；（二）严重警告；…, is one too: a 多选 asks it whole.)
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE" || question.type === "TRUE_FALSE") && question.focus !== "speaker" && isNoteOutline(stem)) doubts.add("NOTE_OUTLINE");
  // A stem led by its category's label (群众关系行为类：______方面的内容) that says the part setting the key apart from its lexicon siblings (群众 of 群众纪律).
  const label = /^([^，。；：“”]{2,10})：/.exec(stem)?.[1];
  if (label !== undefined && (question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus === "term" && evidence.answers.length === 1 && cueInStem(label, evidence.answers[0]!, vocabularySiblings(evidence.answers[0]!))) {
    doubts.add("KEY_ECHOED_IN_STEM");
  }
  if (question.type === "FILL_BLANK" && evidence.sentence !== null && evidence.blanks?.some((blank, at) => collocationGivesKey(evidence.sentence!, blank, evidence.answers[at], index))) {
    doubts.add("COLLOCATION_GIVES_KEY");
  }
  // …and so is a judicial body named by the act only it performs, right after the blank (移送______审查起诉: 人民检察院;
  // 被______判处刑罚: 人民法院): readers found both such published blanks given away.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && evidence.sentence !== null && evidence.blanks?.some((blank, at) => bodyGivenByAct(evidence.sentence!, blank, evidence.answers[at]))) {
    doubts.add("COLLOCATION_GIVES_KEY");
  }
  // The noun 相关 or 有关 qualifies (党的组织建设及相关（　）: 制度建设) is whichever related field the text happened to name:
  // its siblings fit the sentence as well (stop 34: readers discarded the one such published 单选).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus === "term" && relatedSlotBlank(stem)) doubts.add("RELATED_SLOT");
  // The image of a simile (犹如上了一堂生动的______: 党课) is a likeness the writer chose, not a fact of the course (stop 35).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && simileSlotBlank(stem)) doubts.add("SIMILE_SLOT");
  // A basis paired with a generic circumstance (根据______和工作需要，可以采取…; 结合______和岗位要求，全面考察…) is the
  // preamble of a discretion: the rule is what may or must then be done. Readers marked both published such blanks needs-edit (stop 28).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus === "term" && CIRCUMSTANCE_PAIR.test(stem)) doubts.add("CIRCUMSTANCE_BLANK");
  // A blank its sentence names again at once by a short form (配合______（以下简称巡视组）: 中央巡视组) shows most of the key.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && evidence.answers.some((answer) => blankEnds(stem).some((end) => shortFormSpellsKey(stem, end, answer, evidence.distractors)) || quotedTitleGivesKey(stem, answer))) doubts.add("KEY_ECHOED_IN_STEM");
  // A blank inside a bracketed aside (国有参股企业（含国有参股______）) asks for a detail of scope, not for the rule.
  // A 单选 as well: a blank inside a note's brackets (五四时期（1914/1915开始的（　）））is an aside with options or without (stop 33).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && evidence.sentence !== null && evidence.blanks?.some((blank) => insideBrackets(evidence.sentence!, blank.start))) doubts.add("PARENTHETICAL_BLANK");
  // A document named inside another's title (《…行为适用〈______〉若干问题的解释》) is what that document applies, not
  // what the sentence says (issue #16: the stem was about two texts agreeing).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && TITLE_IN_TITLE_BLANK.test(stem)) doubts.add("TITLE_WITHIN_TITLE");
  // A fixed-order set quoted in another order (牢固树立政治意识、核心意识、大局意识、看齐意识; 世界观、价值观、人生观), a
  // member blanked: the stem teaches the wrong sequence, or the blank's place is not where a learner recites it (issue #16).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && evidence.sentence !== null && evidence.answers.some((answer) => misorderedSetIn(answer, evidence.sentence!) !== null)) doubts.add("SET_ORDER_CHANGED");
  // A blank inside a simile (像洗脸之后再照照______一样) asks for the figure of speech, not for what the sentence says (issue #16).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus !== "speaker" && evidence.sentence !== null && evidence.blanks?.some((blank) => insideSimile(evidence.sentence!, blank.start))) doubts.add("SIMILE_BLANK");
  // Words said to someone (你的建议非常好…) are an anecdote, not a statement whose 出处 a learner should know.
  if (question.focus === "speaker" && /[你您]|昨天|前天|今天|刚才/.test(stem)) doubts.add("SPEAKER_ANECDOTE");
  // A watchword of a few characters (群众利益无小事) is said by leader after leader: its 出处 is no one's alone.
  const quote = /“([^”]*)”/.exec(stem)?.[1]?.replace(/……$/, "");
  if (question.focus === "speaker" && quote !== undefined && quote.replace(/[，。！？、；：‘’]/g, "").length < MIN_ATTRIBUTED_QUOTE) doubts.add("SPEAKER_SLOGAN");
  // A quotation left with fewer than 30 characters of its own words around an ellipsis — cut by the excerpt or elided
  // by the course (要坚持以人为本……始终保持党同人民的血肉联系。) — is a stock line: the 十七大 and the 十八大 both said it (stop 28).
  const fullQuote = /“([^”]*)”/.exec(stem)?.[1];
  if (question.focus === "speaker" && fullQuote?.includes("……") && quoteWords(fullQuote).length >= MIN_ATTRIBUTED_QUOTE && quoteWords(fullQuote).length < MIN_DISTINCT_EXCERPT) doubts.add("SPEAKER_EXCERPT_GENERIC");
  if (question.focus === "speaker" && fullQuote !== undefined && isPolicyPhraseQuote(fullQuote.replace(/……$/, ""), evidence.sentence)) doubts.add("SPEAKER_POLICY_PHRASE");
  // Who said it, in a document whose title names the speaker (习近平讲话报道选编): the title answers it.
  if (question.focus === "speaker" && speakerInTitle(candidate, index)) doubts.add("SPEAKER_IN_TITLE");
  // A term blanked where it only qualifies the noun after it (讨论和决定______的重大问题, 违反______的行为) is
  // not what the sentence says: readers discarded 15 of 18 such 填空 and 5 of 8 such 单选.
  // So is a level of the hierarchy before the body it qualifies (党的______各级代表大会: 地方), a blank readers discarded every time.
  // So is a blank before the 工作 a verb takes (做好______工作: 思想政治; 加强对______工作的领导): it names a field, and the
  // sentence is about what is done in it (not a subject, ______工作应当依规依纪…: 纪律审查, which readers kept), and so
  // is one a modifier leads to (通过深入细致的______工作: 思想政治, stop 27).
  // Not the subject whose aim or essence the sentence states (______的目的主要是哗众取宠…, ______的本质是…): the blank is what
  // the sentence is about, and what follows says what it is (stop 39).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus === "term" && ((/(?:_{2,}|（　）)(?:的|行为|现象|情形|制度|机制|体制|进步|水平|程度)|(?:做好|加强对|对|抓好|开展|的)(?:_{2,}|（　）)工作/.test(stem) && !ESSENCE_OF_BLANK.test(stem)) || RECIPIENT_BLANK.test(stem) || evidence.answers.some((answer) => LEVEL_WORD.test(answer)))) doubts.add("MODIFIER_BLANK");
  // …and so is a phrase of the sentence, not a term of the course's vocabulary, blanked before the noun or adjective it
  // qualifies (丰富______精神文化生活: 农民群众; 化解______矛盾: 农村社会; 实施______清洁小流域建设: 农村生态): what is
  // tested is a modifier, and readers discarded or faulted every such published 填空 (stop 30). 思想政治工作 and the like
  // keep their blank before 工作 (the rule above judges those).
  if (question.type === "FILL_BLANK" && question.focus === "term" && evidence.sentence !== null && evidence.blanks?.some((blank, at) => qualifiesNextWord(evidence.sentence!, blank, evidence.answers[at]))) doubts.add("MODIFIER_BLANK");
  // A generic head narrowed by one ordinary word (地方政府, 指导意见, 体系建设, 乡村建设) is a phrase any such sentence
  // holds, not a term the course teaches: readers discarded all four such published 填空 (stop 30). Terms of the
  // party vocabulary (作风建设, 党的建设) and pairs of two generic words (思想政治, 经济建设) are not judged here.
  if (question.type === "FILL_BLANK" && question.focus === "term" && evidence.answers.some(genericHeadPhrase)) doubts.add("GENERIC_TARGET");
  // …and so is what an excluded thing is unrelated to (与______无关的参观, 与相关______无关的费用: 公务活动): the scope of an
  // exclusion, not the rule's substance (不得组织, 不得报销); readers discarded both such published blanks (stop 28).
  if (question.type === "FILL_BLANK" && question.focus === "term" && UNRELATED_TO_BLANK.test(stem)) doubts.add("MODIFIER_BLANK");
  // …and so is the manner of a verb (则______地进行调整; in a rule too: 应当______地查清事实, where 实事求是 is how the facts
  // are found, not the principle — readers faulted all four such published blanks of regulations, stop 35), and the owner
  // of the interests a text serves beside another owner (维护______和农民群众利益): readers discarded both (stop 32).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && (ADVERB_BLANK.test(stem) || INTEREST_OWNER_BLANK.test(stem))) doubts.add("MODIFIER_BLANK");
  // A word of a talk's or article's title (以《…推进______》为题) is a detail of the report, not its teaching (stop 32).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && (TALK_TITLE_BLANK.test(stem) || citationTitleBlank(stem))) doubts.add("TITLE_TARGET");
  // …and so is the kind of an act before 行为, 现象 or 情形 (对______行为处理不力: 违反规定), or of a system before 制度,
  // 机制 or 体制 (尤其是______制度的薄弱现状; 建立了（　）制度、民主监督制度等: any 民主… fits): blanks readers discarded.
  // A blank that takes the verb after the body with it (向上级党的______工作: 委员会报告) is no term but a predicate cut in two.
  if (question.type === "FILL_BLANK" && evidence.sentence !== null && evidence.blanks?.some((blank, at) => REPORTING_VERB_END.test(evidence.answers[at] ?? "") && /向[^，。；：]*$/.test(evidence.sentence!.slice(0, blank.start)))) doubts.add("VERB_LED_TARGET");
  // Who is to act (各级______和领导干部, ______必须坚决执行党组织决定) is open to several bodies and
  // leaves what they are to do untested: readers kept two of fourteen such blanks.
  if (question.type === "FILL_BLANK" && question.focus === "term" && evidence.answers.some((answer) => ACTOR_HEAD.test(answer))) doubts.add("ACTOR_BLANK");
  // …and so is a body of which the stem says only that it works under another's leadership (党的______在党的中央委员会领导下
  // 进行工作): the 中央书记处 and the 中央军委 do too, and nothing in the stem says which (issue #16).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && ONLY_UNDER_LEADERSHIP.test(stem)) doubts.add("ACTOR_BLANK");
  const everyday = (word: string) => word.length <= 2 && vocabularyClassOf(word) === null && !isNamedInCourse(word, index) && !index.corpus.includes(`“${word}”`);
  if (question.type === "FILL_BLANK" && question.focus === "term" && evidence.answers.some(everyday)) doubts.add("SHORT_COMMON_KEY");
  // …and a 简答 asking to define one (什么是动力？ 什么是监督？) asks for a dictionary entry, not for the course.
  const definedWord = question.type === "SHORT_ANSWER" && question.focus === "definition" ? DEFINED.exec(question.stem)?.slice(1).find(Boolean) : undefined;
  if (definedWord !== undefined && everyday(definedWord)) doubts.add("SHORT_COMMON_KEY");
  // A 判断 cut from a long sentence that keeps only its opening adverbial (为更好进行…，随着…) states nothing.
  if (question.type === "TRUE_FALSE" && ADVERBIAL_LEAD.test(question.stem) && !MAIN_VERB.test(question.stem.split(/[，；]/).slice(1).join("") || question.stem)) doubts.add("STATEMENT_TRUNCATED");
  // A stem that stops inside a construction (既…, with no 又; …考察调研时。) was cut before it says anything.
  if ((question.type === "TRUE_FALSE" || question.type === "FILL_BLANK" || (isChoice(question) && question.focus !== "speaker" && !stem.startsWith("下列"))) && endsOpen(stem)) doubts.add("STATEMENT_TRUNCATED");
  // A note's review question ("…的依据？", "…的含义，怎么做到…？") states nothing: blanked or swapped, it is no statement to test.
  // So is a discussion prompt (谈谈新时代青年在实现…中应担负的历史使命。 试述…; 请结合…谈谈…): it asks for an essay and
  // states nothing, though it ends in a full stop (stop 32).
  if ((question.type === "TRUE_FALSE" || question.type === "FILL_BLANK" || (question.type === "SINGLE_CHOICE" && question.stem.includes("（　）"))) && (/[？?][”"’）)]*$/.test(stem) || DISCUSSION_PROMPT.test(stem))) doubts.add("QUESTION_AS_STATEMENT");
  // A note's shorthand of alternatives joined by a slash (基本点/精髓, 认识世界/改造世界) is a draft of a statement, not the
  // statement: which word the text means is left open. A unit after a number (25微克/立方米, 100元/人) is no such slash.
  if (question.type !== "SHORT_ANSWER" && hasNoteSlash(question.stem)) doubts.add("NOTE_SHORTHAND");
  // A statement whose last clause has no verb was cut before its predicate (…，它同中国人民大众的关系。).
  // Not a quotation given whole to its closing mark, as the course quotes it (温家宝指出：“…；一些领域腐败现象易发多发。”;
  // 江泽民指出：“要完善…，切实珍惜民力的决策机制”): an attribution asks who said the words, and a long object after commas
  // or a predicate the tagger misses is no cut of ours (stop 39). An excerpt the course or the generator cut ends in ……
  if (question.type === "TRUE_FALSE" && !(question.focus === "speaker" && quotedWhole(question.stem)) && !hasVerb(question.stem.replace(/[。！？”]+$/, "").split(/[，；：]/).pop() ?? "")) doubts.add("STATEMENT_TRUNCATED");
  // So is a stem cut from a longer sentence before the verb its last clause waits for (对…的言行，对…的言行，[必须反对]).
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus !== "speaker" && tailCutBeforeVerb(candidate, index)) doubts.add("STATEMENT_TRUNCATED");
  // …or one that keeps only the condition of a rule, or a fronted 对…, without what the rule says of it.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE" || question.type === "TRUE_FALSE") && question.focus !== "speaker" && question.focus !== "definition" && conditionCut(candidate, index)) doubts.add("STATEMENT_TRUNCATED");
  // …or one that keeps a list's lead and first items and drops the rest of the list without a 等.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE" || question.type === "TRUE_FALSE") && question.focus !== "speaker" && listCutShownWhole(candidate, index)) doubts.add("LIST_CUT_SHOWN_WHOLE");
  // A stem without any verb is a list or a heading, not a statement (全国人大、国务院、______，…各人民团体).
  if ((question.type === "FILL_BLANK" || question.type === "TRUE_FALSE" || (question.type === "SINGLE_CHOICE" && question.focus !== "speaker")) && !hasVerb(question.stem)) doubts.add("NO_PREDICATE");
  // A rule that points at another paragraph or article (依照前款规定, 参照本条第一款至第三款, 本条例第十二条所列) leans on text
  // the learner does not see.
  if (question.type !== "SHORT_ANSWER" && CROSS_REFERENCE.test(stem)) doubts.add("CROSS_REFERENCE");
  // …and so is a list's lead with nothing but the blank after it (在…应当遵循的原则中，______。): the blank is the statement.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && /^在[^，。]+中，(?:_{2,}|（　）)[。；]?$/.test(stem)) doubts.add("NO_PREDICATE");
  // A blank that is one end of a range (新民主主义革命时期（1921-（　））, 每月1-______次) cuts the range in two: the stem
  // reads badly, and the range's other end, offered as a wrong option, fits as well as the key.
  if ((question.type === "FILL_BLANK" || isChoice(question)) && RANGE_END_BLANK.test(stem)) doubts.add("RANGE_END_BLANK");
  // A blank at the end of a list of bare words that share the key's head word (自觉接受组织监督和党员、干部、（　） for 群众监督;
  // 党的政治、思想、组织、作风、______ for 纪律建设): the list names the bearers and says the head once, so the whole term
  // blanked reads wrong and what is asked is only its first part (readers, stop 39: "the blank is the generic 群众 after
  // 党员、干部"). The head is the ending every member of the key's lexicon set shares; a list of whole members (党内监督和（　）)
  // is no such list.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus !== "number" && question.focus !== "speaker" && headSharedByList(question.stem, evidence.answers[0] ?? "")) doubts.add("HEAD_SHARED_BY_LIST");
  // A 填空 whose 解析 only repeats its answer, 出处 and source sentence teaches nothing (QUESTIONS.md E): an instructor
  // adds why the key holds before learners see it (stop 32).
  if (question.type === "FILL_BLANK" && evidence.explanationTeaches === false) doubts.add(evidence.setNameOnly ? "SET_NAME_ONLY" : "BARE_EXPLANATION");
  // …and so does a true 判断 whose 解析 only says it matches the original and quotes it (issue 16, item 7).
  if (question.type === "TRUE_FALSE" && question.answer === true && evidence.explanationTeaches === false) doubts.add("BARE_TRUE_EXPLANATION");
  // …and so does a false one whose year was moved, where the 解析 gives the right year and the source again and nothing of
  // what either year marks: readers took a count of a rule so explained as usable, a year of history not (stop 37). Stop 39
  // tried counts and periods too (15个工作日 → 23个工作日) and withdrew it: of the 13 published, readers had labelled 10
  // usable, the rule's own figure on what it would have held back.
  if (question.type === "TRUE_FALSE" && evidence.change?.kind === "number-change" && YEAR_OF_RECORD.test(evidence.change.from) && evidence.explanationTeaches === false) doubts.add("UNTAUGHT_YEAR_CHANGE");
  // …and so does a false one whose term was swapped for another of its set that neither the course nor a text of record
  // says what it is: "both are of the set, but not interchangeable" teaches nothing of it (stop 39).
  if (question.type === "TRUE_FALSE" && evidence.change?.kind === "term-swap" && evidence.explanationTeaches === false) doubts.add("UNTAUGHT_TERM_SWAP");
  // …and so does a false attribution to a speaker the course never names: its 解析 can only say "not he" (stop 37).
  if (question.type === "TRUE_FALSE" && evidence.change?.kind === "speaker-swap" && evidence.explanationTeaches === false) doubts.add("UNSAID_SWAP_SPEAKER");
  // …and so does a 简答 whose 解析 is its 出处 and marking guide alone: most of a heading list's points have no sentence
  // under them saying what they mean, or a definition's passage says nothing more of it (issue 16, stop 33).
  if (question.type === "SHORT_ANSWER" && evidence.explanationTeaches === false) doubts.add("SHORT_BARE_EXPLANATION");
  // …and so does a 单选 whose 解析 is the source sentence and "the others do not match the original" alone (issue 16, items 3 and 7).
  if (question.type === "SINGLE_CHOICE" && evidence.explanationTeaches === false) doubts.add("BARE_CHOICE_EXPLANATION");
  // …and so does one that teaches some wrong options but dismisses another only as of the key's own set and "not the
  // wording here" (作风建设 beside the key 思想建设), or as of any set it shares with the key where the sentence's list does
  // not tie it back (个人主义 beside 好人主义): QUESTIONS.md E asks what each wrong option is (issue 16, stop 36).
  else if (question.type === "SINGLE_CHOICE" && (evidence.untaughtOptions?.length ?? 0) > 0) doubts.add("UNTAUGHT_CHOICE_OPTION");
  // …and so does one on a number that dismisses a wrong number only as 与原文数字不符: what the year marks, or whose
  // deadline or count the other number is, is the lesson; a number made up near the key has none (stops 37 and 38).
  else if (question.type === "SINGLE_CHOICE" && (evidence.untaughtNumbers?.length ?? 0) > 0) doubts.add("UNTAUGHT_NUMBER_OPTION");
  // …and so does one on a term whose 解析 says what each wrong option is and then only that they are "都不是原文此处的
  // 说法": readers of stop 39 failed all eight such published 单选 on E ("never says why 经济建设 rather than …", "never says
  // that 预备党员 do hold 知情权"): what an option is elsewhere does not say why it does not fit this sentence.
  else if (question.type === "SINGLE_CHOICE" && evidence.notHereOnly === true) doubts.add("NOT_HERE_ONLY");
  if (question.type === "SHORT_ANSWER" && question.focus === "heading-list" && OUTLINE.test(stem)) doubts.add("OUTLINE_HEADING");
  // A heading that names a part of the document rather than a concept (说明, an event plan's 活动背景/活动后期, a mock
  // exam's 模拟试卷一参考答案 or 简答题) has the document's own layout under it: its subheadings are steps of one event
  // or the questions of one paper, not a set the course teaches (stop 32).
  if (question.type === "SHORT_ANSWER" && question.focus === "heading-list" && isDocumentPartHeading(question.stem)) doubts.add("OUTLINE_HEADING");
  // A sentence in which the writer speaks of themself (我认真学习了…, 我分管…) tells of the writer, not of what the course
  // teaches; and in a personal account (述职报告, 心得) the outline and the "definitions" are the writer's own too.
  if ((evidence.sentence !== null && (speaksOfWriter(evidence.sentence) || WRITER_BENREN.test(evidence.sentence))) || (question.type === "SHORT_ANSWER" && documentKindOf(question.moduleId, index).personal)) doubts.add("PERSONAL_ACCOUNT");
  // …and so does the writer's pledge as one of a group (身处新时代的我们，要树立正确的世界观、人生观、______): 我们 is not the
  // party here but the students or members writing, and what they resolve to do is their resolution, not the course's
  // knowledge (stop 36, first look at study reflections). Read in the stem, so that a 多选 asking what a set the pledge names
  // holds (下列属于“三观”的有) is still asked.
  if (question.type !== "SHORT_ANSWER" && SELF_POSITIONED_PLEDGE.test(stem)) doubts.add("PERSONAL_ACCOUNT");
  // In a personal account a sentence without a subject of its own is the writer's conduct too (______，以强烈的事业心…，
  // 脚踏实地不浮夸): a blank that is a whole clause of it is one of the writer's resolutions, which other watchwords
  // fill as well (一切从实际出发 or 实事求是); a term inside a clause (不搞______，不做表面文章) is still asked.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && WHOLE_CLAUSE_BLANK.test(stem) && documentKindOf(question.moduleId, index).personal) doubts.add("PERSONAL_ACCOUNT");
  // …and so is the writer's account of their own shortcomings (但在履行______方面作风不够强硬): what one member failed
  // at, where any duty of theirs fits the blank (stop 28).
  if (question.type !== "SHORT_ANSWER" && SHORTCOMING.test(evidence.sentence ?? stem) && documentKindOf(question.moduleId, index).personal) doubts.add("PERSONAL_ACCOUNT");
  // …and so is the writer's tally of their year (全年参与法治专题学习3次，将______融入…; 全年开展谈心谈话12人次): the writer's own
  // work counted, whatever term the sentence carries (stop 35, the first look at two years of 述职述廉 reports).
  if (question.type !== "SHORT_ANSWER" && YEAR_TALLY.test(evidence.sentence ?? stem) && documentKindOf(question.moduleId, index).personal) doubts.add("PERSONAL_ACCOUNT");
  // The charter or law a regulation is made under (为了…，根据《______》…，制定本条例) is the same in nearly every regulation: it tests nothing.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && /(?:根据|依据|依照)《[^》]*(?:_{2,}|（　）)[^》]*》[^。；]*(?:制定|结合)/.test(stem)) doubts.add("BOILERPLATE_BASIS");
  // …and so is the guiding-thought formula of a rule's, a report's or a speech's guiding clause (……以马克思列宁主义、
  // ______、邓小平理论…为指导), blanked or swapped: the same in every text, it tests nothing of this one. Strict readers
  // discarded every such published 填空 they read (stop 40). Not where the sentence teaches it (the 党章's 中国共产党以…
  // 作为自己的行动指南; 毛泽东思想是…): see recitesBoilerplateSeries.
  if (question.type !== "SHORT_ANSWER" && recitesBoilerplateSeries(stem, evidence.answers)) doubts.add("BOILERPLATE_BASIS");
  // A heading that names a field of study (党的基础理论知识, 党史学习核心内容, 学习内容, 基层党建工作实务) heads a
  // syllabus's or a study note's chapters: its subheadings are the compiler's table of contents, not a list the course
  // teaches, and an instructor grades no answer against them.
  if (question.type === "SHORT_ANSWER" && question.focus === "heading-list" && FIELD_OF_STUDY_HEADING.test(stem)) doubts.add("OUTLINE_HEADING");
  // The document itself as the heading (“在全市教育系统年度工作会议上的讲话”包括哪几个方面？) asks for the text's
  // own plan, the parts a speaker announces (下面我讲三方面内容), not for knowledge it sets out: as a blank on the
  // course's title tests nothing (stop 28).
  if (question.type === "SHORT_ANSWER" && question.focus === "heading-list" && isDocumentTitleHeading(candidate, index)) doubts.add("TITLE_TARGET");
  // A heading named by its kind alone (主要内容有哪些？) says nothing of what it is the content of.
  if (question.type === "SHORT_ANSWER" && question.focus === "heading-list" && /》中，(?:主要|基本|重要|具体)?(?:内容|要求|任务|原则|措施|做法|意义)有哪些？$/.test(stem)) doubts.add("OUTLINE_HEADING");
  // An essay's heading that states a thesis (“…是党的作风建设的价值所归”一节论述了哪几个方面？) names no list the
  // course sets out: its subheadings are the author's plan of the argument. Readers kept none of three such
  // questions in the seeds, against 10 of 14 on a heading that names its kind (…的原因有哪些？).
  if (question.type === "SHORT_ANSWER" && question.focus === "heading-list" && /”一节论述了哪几个方面？$/.test(stem) && !documentKindOf(question.moduleId, index).normative) doubts.add("OUTLINE_HEADING");
  // A heading whose subheadings are only the fixed parts a policy document opens with (总体要求: 指导思想/目标任务/基本原则)
  // asks for the document's frame, not what it says: the text states the 总体要求 elsewhere (产业兴旺、生态宜居…), and a
  // learner answering with that is marked wrong; a 关于… item is a section's title, not an item of the kind asked
  // (关于宣传队工作 under 方针任务). Readers discarded the two such published questions (stop 29).
  if (question.type === "SHORT_ANSWER" && question.focus === "heading-list" && frameSubheadings(question.keyPoints ?? evidence.answers)) doubts.add("FRAME_SUBHEADINGS");
  // A list 简答 is graded point by point: a point cut to a fragment (在打造, …的), several points run together in one
  // (…；二是…), a paragraph as one point, or a "list" of one item gives the marker nothing to grade against (stop 30).
  if (question.type === "SHORT_ANSWER" && (question.focus === "heading-list" || question.focus === "enumeration") && keyPointFault(question.keyPoints ?? evidence.answers) !== null) doubts.add("KEY_POINT_FORM");
  // …and a list whose points only split the heading the stem asks about (“近代中国国情和中国革命的时代特征”包括哪几个
  // 方面？ 国情；时代特征) asks nothing the stem does not say: a study note's chapter outline, not its content (issue 16).
  if (question.type === "SHORT_ANSWER" && (question.focus === "heading-list" || question.focus === "enumeration") && pointsGivenByStem(question.stem, question.keyPoints ?? evidence.answers)) doubts.add("POINTS_IN_STEM");
  // A true 判断 made of a "definition" that is a reason (淮海战役是因为…) states nothing a learner can judge.
  if (question.type === "TRUE_FALSE" && question.focus === "definition" && (/是(?:因为|由于|在于)/.test(stem) || CIRCUMSTANCE.test(stem))) doubts.add("NOT_A_DEFINITION");
  // A blank that is the subject of "…是因为，" (______是因为，60万人民军队的背后…) names nothing the sentence says: the source lost its clause.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && /(?:_{2,}|（　）)是(?:因为|由于)/.test(stem)) doubts.add("NOT_A_DEFINITION");
  if (question.type === "SHORT_ANSWER" && question.focus === "definition") {
    const defined = DEFINED.exec(question.stem)?.slice(1).find(Boolean);
    if (defined && judgeTarget(defined, index) !== "ok") doubts.add("GENERIC_TARGET");
    if (typeof question.answer === "string" && defined && /^(因为|由于|在于|就是因为|要|必须|应当|应该|需要)/.test(question.answer.slice(question.answer.indexOf(defined) + defined.length + 1))) doubts.add("NOT_A_DEFINITION");
    // …nor is the circumstance an event took place in (红军长征是在…的情况下进行的): it says when, not what.
    if (typeof question.answer === "string" && CIRCUMSTANCE.test(question.answer)) doubts.add("NOT_A_DEFINITION");
    // A figure of speech (技能竞赛成绩是职业教育的试金石、风向标; 党员干部是…的领头雁) says how the writer sees X,
    // not what X is: a learner asked 什么是X would not give it (stop 28).
    if (typeof question.answer === "string" && defined && FIGURE_OF_SPEECH.test(question.answer.slice(question.answer.indexOf(defined) + defined.length + 1).split(/[，；。]/)[0]!)) doubts.add("NOT_A_DEFINITION");
    // What a 什么是X？ is answered with X's standing (加强纪律建设是全面从严治党的治本之策; 党支部是党的组织基础) says what
    // X is for, not what it is: a learner asked for a definition would not give it (issue 16). 简述X的地位 asks for it.
    if (typeof question.answer === "string" && defined && question.stem.endsWith(`什么是${defined}？`) && STANDING_PREDICATE.test(question.answer.slice(question.answer.indexOf(defined) + defined.length + 1).split(/[，；。]/)[0]!)) doubts.add("STANDING_NOT_DEFINITION");
    // A definition that points at its context (自然免职是相关党内职务自然免除: whose posts, on what event?) cannot be
    // answered from the stem alone.
    if (typeof question.answer === "string" && defined && ATTRIBUTE_LABEL.test(question.answer.slice(question.answer.indexOf(defined) + defined.length + 1))) doubts.add("NOT_A_DEFINITION");
    if (typeof question.answer === "string" && defined && CONTEXT_PREDICATE.test(question.answer.slice(question.answer.indexOf(defined) + defined.length + 1))) doubts.add("DEFINITION_NEEDS_CONTEXT");
  }
  if (isChoice(question) && question.focus !== "speaker" && question.focus !== "number") {
    const { correct, wrong } = splitOptions(question);
    // Members of a set of record kin to the keys' (执政考验 beside the 四种危险) are of their kind whatever the tagger says.
    const kin = new Set(kinSetMembers(correct));
    const tagged = wrong.filter((text) => !kin.has(text));
    // A place, person or organisation name among common nouns is of another kind (日本帝国主义 among 四风).
    if (tagged.some(hasProperName) && !correct.some(hasProperName)) doubts.add("DISTRACTOR_OTHER_KIND");
    if (wrong.some((text) => correct.some((key) => nearSynonyms(text, key)))) doubts.add("DISTRACTOR_NEAR_SYNONYM");
    const kinds = new Set(correct.map(phraseKind));
    if (tagged.some((text) => !kinds.has(phraseKind(text)))) doubts.add("DISTRACTOR_OTHER_KIND");
    // A verb phrase among nouns; not a member of a key's own lexicon set whose first word is also a verb (审计监督 beside
    // 舆论监督, both of the 监督体系: stop 39).
    if (tagged.some((text) => isVerbLed(text) && !correct.some((key) => sharedVocabularyClass(text, key) !== null)) && !correct.some(isVerbLed)) doubts.add("DISTRACTOR_OTHER_KIND");
    // Wrong options of the key's kind mostly share its head (知情权 with 议政权; 政治路线 with 组织路线):
    // two of three that do not (新情况, 权力观; 无动于衷, 美色考验) make the key guessable by its form.
    // A single key among terms the lexicon does not hold as one set of parallel names (社会发展 among 历史发展,
    // 科学发展) was readers' most common discard of 单选: nothing shows the other options to be wrong.
    // So is a list item the lexicon knows among wrong options it does not (价值观 among 最客观, 客观性).
    const lexiconItem = question.focus === "enumeration" && correct.length === 1 && vocabularyClassOf(correct[0]!) !== null;
    if (question.type === "SINGLE_CHOICE" && (question.focus === "term" || lexiconItem) && !(correct.length === 1 && wrong.every((text) => sharedVocabularyClass(correct[0]!, text) !== null))) {
      doubts.add("TERM_CHOICE_UNCERTAIN");
    }
    // A stem holding the part that sets the key apart from its wrong options (制度具有…的特点，（　）是… with
    // 制度建设 among 政治建设, 思想建设) gives it away.
    if (question.type === "SINGLE_CHOICE" && correct.length === 1 && cueInStem(stem, correct[0]!, wrong)) doubts.add("KEY_CUE_IN_STEM");
    if (question.type === "MULTIPLE_CHOICE" && !distractorsOfListForm(correct, wrong)) doubts.add("LIST_DISTRACTOR_UNLIKE");
    // A tendency the party opposes offered among things it upholds (享乐主义 beside 爱国主义、集体主义 as kinds of 教育):
    // of the keys' form, not of their kind; a learner rules it out by its sense (readers, stop 38).
    if (opposedAmongUpheld(correct, wrong)) doubts.add("OPPOSED_DISTRACTOR");
    // The qualities a text says something has (它具有系统化、有形化、组织化的特征; 具有权威性、指导性、实用性) are its
    // author's wording, not a set of record like the lexicon's (党内政治生活的“四性”): 规范化 or 合理性 would do as well.
    if (question.type === "MULTIPLE_CHOICE" && ASCRIBING.test(stem) && correct.every((item) => QUALITY_WORD.test(item) && vocabularyClassOf(item) === null)) doubts.add("ASCRIBED_QUALITIES");
    // One item asked from a list the lexicon does not hold as one set (个人主义、分散主义、自由主义、本位主义;
    // 知情权、议政权和参政权): the sentence's verb (反对, 让群众有) takes the other options of the kind as well.
    const items = evidence.enumerationItems ?? [];
    if (question.type === "SINGLE_CHOICE" && items.length >= 2 && !items.every((item) => items.some((other) => other !== item && sharedVocabularyClass(item, other) !== null))) doubts.add("AD_HOC_LIST");
    // So for a 多选: a list no lexicon set holds whole (知情权、议政权和参政权; 时代性、引领性、独特性) with a wrong option of a
    // set one of its items is of (选举权 of the 民主权利; 政治性 of the “四性”) — the sentence's verb takes that option as well.
    const oneSet = items.length > 0 && PARTY_VOCABULARY.some((entry) => items.every((item) => entry.members.includes(item)));
    if (question.type === "MULTIPLE_CHOICE" && items.length >= 2 && !oneSet && wrong.some((text) => correct.some((key) => sharedVocabularyClass(key, text) !== null))) doubts.add("AD_HOC_LIST");
    // One item of a list left open by 等 (民主监督、（　）、舆论监督等各方面监督; 政治生态、（　）、廉洁风险等情况): the list
    // promises more of the kind, so a wrong option of the key's kind (党内监督, 纪律建设) is one of them as likely as not.
    // Not where the list is a counted set of record whose other members the stem names (形式主义、（　）、享乐主义等: the 四风).
    if (question.type === "SINGLE_CHOICE" && correct.length === 1 && openListItemBlank(stem) && !namesCountedSetOf(correct[0]!, stem)) doubts.add("OPEN_LIST_ITEM");
    if (question.type === "SINGLE_CHOICE" && correct.length === 1 && verbTakesKeyOnly(stem, correct[0]!, wrong, (text) => index.count(text))) doubts.add("KEY_CUE_IN_STEM");
    if (question.type === "SINGLE_CHOICE" && correct.length === 1) {
      const head = correct[0]!.slice(-1);
      const lexicon = new Set(vocabularySiblings(correct[0]!));
      if (wrong.filter((text) => text.slice(-1) !== head && !lexicon.has(text)).length >= 2) doubts.add("DISTRACTOR_UNLIKE_KEY");
      // …and so is a key that alone lacks the ending every wrong option shares, siblings of its set or not
      // (奢靡之风 among 个人主义, 本位主义, 好人主义: the one 之风 is picked by its form; stop 27).
      const ending = wrong[0]?.slice(-2);
      if (wrong.length >= 2 && ending !== undefined && ending.length === 2 && wrong.every((text) => text.endsWith(ending)) && !correct[0]!.endsWith(ending)) doubts.add("DISTRACTOR_UNLIKE_KEY");
    }
  }
  const change = evidence.change;
  if (change?.kind === "term-swap") {
    if (isVerbLed(change.to)) doubts.add("FALSEHOOD_VERB_LED");
    // The replacement repeats the words around it (联系 + 密切联系群众): the statement reads as garbled, not as a falsehood.
    const at = question.stem.indexOf(change.to);
    if (at >= 2 && change.to.includes(question.stem.slice(at - 2, at))) doubts.add("FALSEHOOD_GARBLED");
    if (nearSynonyms(change.from, change.to)) doubts.add("DISTRACTOR_NEAR_SYNONYM");
    // Only a swap within one set of parallel names makes a falsehood a learner can tell (作风建设 → 经济建设 mixes two sets).
    if (sharedVocabularyClass(change.from, change.to) === null) doubts.add("UNRELATED_SWAP");
  }
  if (change?.kind === "negation") doubts.add("NEGATION_FALSEHOOD");
  // A duty swapped for another of its set (必须严格遵守党的政治纪律 → 组织纪律) is still a duty: the false statement is true.
  if (change?.kind === "term-swap" && OBLIGATION_BEFORE.test(question.stem.slice(0, Math.max(0, question.stem.indexOf(change.to))))) doubts.add("FALSEHOOD_STILL_TRUE");
  // One part of a whole for another where the parts overlap (加强纪律建设 → 政治建设; 全面从严治党 → 全面依法治国;
  // 主体责任 → 监督责任) makes a claim that stays arguable: readers marked down five of six such 判断.
  const swappedIn = change?.kind === "term-swap" ? sharedVocabularyClass(change.from, change.to) : null;
  if (swappedIn !== null && OVERLAPPING_CLASSES.has(swappedIn)) doubts.add("FALSEHOOD_STILL_TRUE");
  // A number moved in an essay's passing count makes an absurd falsehood (执政已经300多年, 建党10年后), not a test.
  if (change?.kind === "number-change") {
    const normative = documentKindOf(question.moduleId, index).normative;
    if (!isNumberOfRecord(change.from, evidence.sentence ?? stem, normative) && !(normative && RULE_PERIOD.test(change.from))) doubts.add("NUMBER_OF_NO_RECORD");
    // …and a count of one the stem's time implies (每年年底…进行2次专项检查) is a falsehood the stem itself refutes.
    if (stem.includes(change.to) && countImpliedByTime(stem.replace(change.to, "______"), change.from)) doubts.add("COUNT_IMPLIED_BY_TIME");
    // …and a moved end of a range (1935年1月15日至17日 → 3月22日至17日) makes a span that contradicts itself or still holds.
    if (stem.includes(change.to) && changesRangeEnd(stem, change.to)) doubts.add("RANGE_END_CHANGED");
  }
  // Read as instructors read them, true statements restated from the text were mostly exhortations
  // nobody could mark false (必须坚持…, 要加强…, 不得…: 12 of 13 discarded, docs/QUALITY.md).
  // A rule's number told apart from another number of the course (3个月, not 1个月) is a fact a learner can get wrong,
  // however the rule is worded (应当…3个月内办结); it must be a number of record, as a moved one must.
  const countContrast = question.type === "TRUE_FALSE" && question.answer === true && evidence.contrast?.kind === "number-change" ? evidence.contrast : null;
  if (countContrast) {
    const normative = documentKindOf(question.moduleId, index).normative;
    if (!isNumberOfRecord(countContrast.from, evidence.sentence ?? stem, normative) && !(normative && RULE_PERIOD.test(countContrast.from))) doubts.add("NUMBER_OF_NO_RECORD");
  }
  if (question.type === "TRUE_FALSE" && question.answer === true && question.focus !== "speaker" && question.focus !== "definition" && !countContrast && EXHORTATION.test(question.stem)) doubts.add("TRUE_RESTATEMENT");
  if (question.type === "TRUE_FALSE" && question.answer === true && question.focus === "term" && !statesAFact(question.stem, index, documentKindOf(question.moduleId, index).normative)) {
    doubts.add("TRUE_STATEMENT_NOT_A_FACT");
  }
  // …nor one that only weighs its subject (理想信念动摇是最危险的动摇; 纪律严明是…的重要保障): a verdict nobody
  // marks false, where the rule's facts (设在, 负责, 包括) are what a learner can get wrong.
  if (question.type === "TRUE_FALSE" && question.answer === true && EVALUATIVE_PREDICATE.test(question.stem)) doubts.add("TRUE_STATEMENT_NOT_A_FACT");
  // A field of work blanked after the modifier that makes it a longer name (推进廉洁______: 文化建设 of 廉洁文化建设)
  // asks for half a name, open to other fields: readers marked both such published blanks for an edit.
  if ((question.type === "FILL_BLANK" || question.type === "SINGLE_CHOICE") && question.focus === "term" && evidence.sentence !== null && evidence.blanks?.some((blank, at) => fieldNameTail(evidence.sentence!, blank, evidence.answers[at]))) {
    doubts.add("FIELD_NAME_TAIL");
  }
  // A count moved to one where the words after it need several (每个案件应由一人共同承办; 一人以上的审议组): the falsehood gives itself away.
  if (change?.kind === "number-change") {
    const at = question.stem.indexOf(change.to);
    if (at >= 0 && countRuledOutByFrame(change.to, question.stem.slice(0, at), question.stem.slice(at + change.to.length))) doubts.add("FALSEHOOD_GARBLED");
  }
  // A template or worked example with its names and numbers masked (张××, 孙×, 138＊＊＊＊4568, 2015年×月×日) tells a
  // made-up case, not a rule or fact of the course: readers discarded the published one of the 举报材料模板.
  if (ANONYMISED.test(evidence.sentence ?? stem) || ANONYMISED.test(stem)) doubts.add("ANONYMISED_SAMPLE");
  // A quiz bank's item (…对（）的表述。答案：…), read as a statement and blanked again: its own blank stays beside the new one.
  const passageText = (question.passageId && index.passage(question.passageId)?.passage.text) || "";
  if (QUIZ_BLANK.test(evidence.sentence ?? (question.type === "FILL_BLANK" ? stem : "")) || QUIZ_BLANK.test(passageText) || QUIZ_OPTIONS_IN_TEXT.test(passageText)) doubts.add("QUIZ_ITEM_SOURCE");
  return confidenceOf([...doubts]);
}
