import { RULE_LIMIT_UNITS, unitAlternation } from "@/lib/content/text/count-units";
import { countRuledOutByFrame } from "./count-frame";
import type { CourseIndex } from "./course-index";
import { hasDanglingReference, speaksAsWriter } from "./dangling-reference";
import { stemWithContext } from "./context-lead";
import { relatedSlotBlank, simileSlotBlank, tellsEventColour, tellsWhoLectured } from "./incidental-detail";
import { phraseKind } from "./distractors";
import { classPostdates, sharedClassEnding, completesClassIn, countedClassNamed, kinSetMembers, opposedTendency, vocabularyClassMembers, PARTY_VOCABULARY, isLexiconPerson, misorderedSetIn, vocabularyClassAt, partOrWhole, onlyContextualClasses, sharedVocabularyClass, speaksOfClass, vocabularyClassOf, vocabularySiblings } from "./party-vocabulary";
import { splitOptions, isChoice } from "./quality-gate/rule";
import { ANSWER_KEY_LEAD, clausesAround, redundantLabel } from "./source-text";
import { RULE_LIMIT } from "./rule-words";
import { holdsGluedHeading, isNamedInCourse, isQuotedConcept, judgeTarget, isVerbLed, type TargetVerdict } from "./target-importance";
import { isGenericWord, taggedSpans } from "./term-quality";
import { keyPointFault, pointsGivenByStem } from "./key-point-form";
import { listItemWithoutSubject } from "./list-item-subject";
import { blanksFormulationOfRecord } from "./formulations-of-record";
import { nearFormulationFits } from "./near-formulations";
import { ordinalMembers } from "./explanation";
import { MIN_DISTINCT_EXCERPT, quoteWords } from "./quote-excerpt";
import { isArticle } from "./article-lead";
import type { Candidate, Question } from "./types";
import { isDoctrineTerm } from "./working-papers";
import { caseMaterials, tellsCaseFact } from "./case-facts";
import { setsRules, speaksOfItself, trustedForKind } from "./kind-policy";
import { commentaryKeyUnnamed, ruleUnnamed } from "./named-text-evidence";

/**
 * The confidence of a candidate that passed the gate: the product of four explicit features, each
 * 0 … 1, lowered by the doubts found. A question at or above PUBLISH_THRESHOLD is published; one
 * below waits in the review queue (DRAFT) with its doubts as the reason.
 */
export interface ConfidenceFeatures {
  /** Is the key worth asking about in this course (not an actor of every passage, not the title, not a verb phrase)? */
  importance: number;
  /** Does the stem read as a whole sentence (no dangling reference, no cut clause, no list marker)? */
  form: number;
  /** Are the wrong answers of the key's kind and clearly wrong (no near-synonym, no verb phrase as a falsehood)? */
  distractors: number;
  /** Does the source support the question as asked (a falsehood made by negation is weak support)? */
  support: number;
}

export interface Confidence {
  score: number;
  features: ConfidenceFeatures;
  /** Review reason codes, one per doubt; empty when nothing lowered the score. */
  doubts: string[];
}

export const PUBLISH_THRESHOLD = 0.6;

/** A statement of what ought to be done rather than of what is: true by the way it is said. */
const EXHORTATION = /必须|务必|应当|应该|(?<![重主需纲摘提简只])要(?![求点素害件案闻事员领])|坚持|坚决|切实|不得|不准|不能|严禁|禁止|确保|加强|强化|增强|提高|推进|营造/;

/** A duty the clause lays down just before a word (必须严格遵守党的…, 要认真落实…): any member of a set can follow it. */
const OBLIGATION_BEFORE = /(?:必须|务必|应当|应该|要)[^，。；：]{0,6}(?:遵守|执行|坚持|维护|加强|履行|落实|贯彻|践行)[^，。；：]{0,6}$/;

/** Doubt codes with the feature they lower and the factor they lower it by. */
/** A year or a date of one (1948年, 1935年12月, 2016年7月8日): what a moved one marks is the lesson. */
const YEAR_OF_RECORD = /^\d{4}年/;

export const DOUBTS = {
  GENERIC_TARGET: { feature: "importance", factor: 0.3, label: "考点是全课程处处出现的泛词" },
  TITLE_TARGET: { feature: "importance", factor: 0.3, label: "考点是课程或模块的标题，或报道中一次讲话、一篇文章的题目里的一个词（以《……》为题），或一行出处所引文献题目里的一个词" },
  VERB_LED_TARGET: { feature: "importance", factor: 0.5, label: "考点是动词短语而非术语" },
  CROSS_REFERENCE: { feature: "form", factor: 0.4, label: "题干引用了学习者看不到的条款或编者注（依照前款规定、参照本条第一款至第三款、参看本篇附录、见本书第二卷）" },
  DANGLING_REFERENCE: { feature: "form", factor: 0.2, label: "题干以“这/该/其/其中/上述/此”开头、用简称（《汇编》）或留着笔记标签（经济：、参考答案：）、未交代的案例（本案、田某）或报告、讲话里未点名的“我省”“我校”“全校”或“学校要…”指称前文，指代不明" },
  STEM_STARTS_MID_CLAUSE: { feature: "form", factor: 0.4, label: "题干从半句开始，或没交代是谁强调、提出的" },
  LIST_MARKER_IN_STEM: { feature: "form", factor: 0.5, label: "题干带有条款编号或列表序号" },
  HEADING_IN_STEM: { feature: "form", factor: 0.3, label: "题干里混入了标题" },
  DISTRACTOR_NEAR_SYNONYM: { feature: "distractors", factor: 0.3, label: "干扰项与正确答案近义或上下位，可能也对" },
  DISTRACTOR_OTHER_KIND: { feature: "distractors", factor: 0.5, label: "干扰项与正确答案不是同类" },
  DISTRACTOR_UNLIKE_KEY: { feature: "distractors", factor: 0.5, label: "干扰项与正确答案形式不同类，容易凭形式猜出" },
  FALSEHOOD_VERB_LED: { feature: "distractors", factor: 0.3, label: "判断题替换词是动词短语" },
  FALSEHOOD_GARBLED: { feature: "distractors", factor: 0.3, label: "判断题替换后的语句重复、不通" },
  FALSEHOOD_STILL_TRUE: { feature: "support", factor: 0.5, label: "判断题把一项义务或一项工作换成同组的另一项（必须遵守政治纪律→组织纪律；加强纪律建设→政治建设），改后的说法仍然成立" },
  REPEAL_CLAUSE: { feature: "importance", factor: 0.3, label: "题干是废止旧文件的条款（…印发的《…（试行）》同时废止），考的是被废止文件的日期或名称，不是现行规定的内容" },
  PROMULGATION_RECORD: { feature: "importance", factor: 0.5, label: "题干是文件的审议通过或公布记录（《…》已经…会议审议通过，现予公布），考的是哪次会议、哪一天，不是规定的内容" },
  WATCHWORD_REPEATED: { feature: "importance", factor: 0.5, label: "同一条提法（如“照镜子、正衣冠、洗洗澡、治治病”）已有一道挖去其中一项的已发布填空题，再挖另一项是重复考同一提法" },
  KEY_REPEATED: { feature: "importance", factor: 0.5, label: "同一答案已有一道考同一事实的已发布题（题干几乎相同，或都只考它是某一列举中的一项，或同一文档已有一道在同样的搭配里挖去它的填空题），练习时会重复出现" },
  FACT_REPEATED: { feature: "importance", factor: 0.5, label: "同一事实已有一道已发布题：同一组提法（如“四风”“三观”，多选题或挖去其中一项的单选、填空、判断题），同一对并提的提法（如“解放思想，实事求是”“政治纪律和政治规矩”，在两句中各挖一次），或同一个定义（简答题问“什么是X”，填空、单选题在同一句里挖去X；两道简答题都问“什么是X”），再考是重复；保留置信度最高、最适合的一道（一组提法优先用多选题，一个定义优先用简答题）" },
  QUOTE_REPEATED: { feature: "importance", factor: 0.5, label: "同一段引语（或其中一整句）已有一道问出处的已发布题，再问是谁说的是重复考同一事实" },
  SWAP_WORD_OVERUSED: { feature: "distractors", factor: 0.4, label: "判断题替换词在题库中反复使用" },
  NEGATION_FALSEHOOD: { feature: "support", factor: 0.5, label: "判断题仅靠否定改错，不是有意义的错误陈述" },
  STATEMENT_TRUNCATED: { feature: "form", factor: 0.4, label: "判断题陈述只截取了状语部分，句子不完整" },
  NO_PREDICATE: { feature: "form", factor: 0.4, label: "题干没有谓语，不是完整的句子" },
  NOT_A_DEFINITION: { feature: "support", factor: 0.3, label: "简答题的“定义”不是定义（因为…、由于…、要…，或只是冒号引出的一个属性：是科学的：…）" },
  TRUE_RESTATEMENT: { feature: "importance", factor: 0.5, label: "正确的判断题只是复述“必须/要/不得…”的要求，无从判错；请确认它考查了具体知识" },
  TRUE_STATEMENT_NOT_A_FACT: { feature: "importance", factor: 0.5, label: "正确的判断题不是对具体事实的陈述（X是Y、设在、负责…），可能是无从判错的泛泛之谈" },
  ESSAY_TERM_BLANK: { feature: "importance", factor: 0.5, label: "考点取自论述性文章的一般词语，不是公认的术语或列举项，可能是枝节或另有填法" },
  STANDING_OUTSIDE_RULES: { feature: "support", factor: 0.5, label: "讲话、报道或文章中对某事物地位、作用的一句说法，常是作者一时的提法或修辞，学员据课程给出的合理答案未必与之相同" },
  UNPINNED_SLOT: { feature: "support", factor: 0.5, label: "讲话、报告、述职或文章里“坚持/加强/杜绝/不搞______”这类劝勉语的宾语，讲话或条规里“增强/强化/提高______（某种意识、思维、能力）”的宾语，或“推进______和反腐败斗争”“落实______‘两个责任’”这类套语里的从严治党提法，或目的句（“为了落实______要求”）、评论文章自己的话里的“全面从严治党”“全面深化改革”这类总提法，句中没有同组提法、定义或固定搭配锁定答案，别的提法也填得上" },
  PERSONAL_ACCOUNT: { feature: "importance", factor: 0.5, label: "出处是作者讲自己的经历或工作（述职报告、心得体会中的“我”），不是课程要讲的知识" },
  OUTLINE_HEADING: { feature: "importance", factor: 0.5, label: "简答题问的是文章的提纲（心得体会、引言、结语、课题、说明、活动安排、试卷题型…，或文章自拟的论述标题），不是课程内容" },
  COLLOCATION_GIVES_KEY: { feature: "importance", factor: 0.5, label: "空白前后的固定搭配已提示答案（如“批评和______”“全心全意______”），考不出知识" },
  SENTENCE_HEAD_CUT: { feature: "form", factor: 0.4, label: "题干截自长句的后半部分，丢了主语或开头，意思不完整" },
  LIST_ITEM_NO_SUBJECT: { feature: "form", factor: 0.4, label: "题干是编号列举中的一项（（四）加强对…的指导），没有带上列举的引语，不知道是谁的职责或任务" },
  STRAY_PUNCTUATION: { feature: "form", factor: 0.4, label: "题干照抄了原文的错标点（该用顿号处用了逗号：创新，协调，绿色），需要整理" },
  NUMBER_OF_NO_RECORD: { feature: "importance", factor: 0.5, label: "数字是叙述中的枝节（人数、比例、年数），不是规定的限额或重要事件的时间" },
  TEXT_UNNAMED: { feature: "support", factor: 0.5, label: "题目考的是某一规定用了一组并列提法中的哪一项（单选题），或规定的期限、人数、次数（单选、判断题），题干却没有点明出自哪一文件或哪一条；别的规定对类似的事项用的是同组的另一项或另一个数字，学员据此作答也说得通：题干点明出处（按照《…》，）的才直接发布" },
  COMMENTARY_KEY_UNNAMED: { feature: "support", factor: 0.5, label: "评论、解读文章里的填空题，所填的词课程既没有作为要点、列举项或标题点出，也没有加引号强调，题干也没有点明出自哪一文件：文章自己的行文用词，换一个说法往往也填得进去，解析也难讲出它在这里的意思；课程点名或加引号的词、题干点明出处的才直接发布" },
  TERM_CHOICE_UNCERTAIN: { feature: "distractors", factor: 0.5, label: "单选题的答案与干扰项不是一组公认的并列概念，别的选项也可能说得通" },
  NEAR_FORMULATION_FITS: { feature: "support", factor: 0.5, label: "空白是一串品行、作风要求中单独的一项，句中没有锁定措辞，意思相同的其他提法（如“清正廉洁”之于“廉洁奉公”“廉洁自律”）也填得上，答案只收了一种" },
  LIST_ITEM_BLANK: { feature: "support", factor: 0.5, label: "填空只挖去列举中的一项，列举的其他同类项也可能填得上" },
  SHORT_COMMON_KEY: { feature: "importance", factor: 0.5, label: "考点是两字常用词，可能是枝节或另有填法" },
  NEXT_ITEM_IN_STEM: { feature: "form", factor: 0.4, label: "题干带入了前后条款的残句" },
  UNRELATED_SWAP: { feature: "distractors", factor: 0.5, label: "判断题的替换词与原词不是同组并列概念，错误不够明确" },
  SET_ORDER_CHANGED: { feature: "support", factor: 0.5, label: "题干引用的固定提法不是通行的顺序（如“四个意识”把核心意识放在大局意识之前），挖去其中一项会让学员记错顺序或填不准" },
  LIST_CUT_SHOWN_WHOLE: { feature: "form", factor: 0.4, label: "题干截取了一个列举的前几项，原句后面还有，题干却像是完整的列举（没有“等”，也没有其余各项）" },
  TITLE_WITHIN_TITLE: { feature: "importance", factor: 0.5, label: "空白是另一文件标题里引用的文件名（《…适用〈______〉…的解释》），是枝节" },
  PARENTHETICAL_BLANK: { feature: "importance", factor: 0.5, label: "空白在括号里的补充说明中（含…、不含…），是枝节" },
  SIMILE_BLANK: { feature: "importance", factor: 0.5, label: "空白是比喻中的喻体（像洗脸之后再照照______一样），是修辞，不是要讲的内容" },
  SPEAKER_ANECDOTE: { feature: "importance", factor: 0.5, label: "引文是对某人说的话（“你…”），是轶事，不是需要记住出处的论述" },
  RELATIVE_TIME: { feature: "form", factor: 0.4, label: "题干含“今年”“目前”等相对时间，离开原文就不知所指" },
  SPEECH_OCCASION: { feature: "form", factor: 0.4, label: "题干讲的是讲话或会议当场的情形（今天、在这里、在座的同志、这次会议），离开讲话就不知所指" },
  UNIT_ARRANGEMENT: { feature: "importance", factor: 0.5, label: "出处是单位自己的工作材料（通知、方案、计划、总结、纪要），考点不是党的理论或制度的提法，而是本单位的安排（时间、期限、名额、报送、口号），不是课程要讲的知识" },
  UNTRUSTED_KIND: { feature: "importance", factor: 0.5, label: "出处是讲话、文选、新闻报道、工作报告、学习笔记、题库或单位工作材料一类的文件，这类文件的句子多讲一时一地一事，按这类文件出的题核对下来可用的不到七成：只有考定型提法的题（讲话、文选还有考原话出处的题）直接发布，单位的通知、方案一律不直接发布；请教员核对它考的是否是党的理论、制度的提法，值不值得考" },
  CASE_FACT: { feature: "importance", factor: 0.5, label: "出处是警示教育材料（典型问题通报、典型案例、案例剖析、忏悔录），题干讲的是某一个案件：当事人的姓名、职务、地点，违纪的时间、次数、金额或其本人的忏悔；要讲的是违纪行为的类别、违反的规定、处分的种类和通报引出的教训，宜去掉个案情节后改写" },
  EVENT_FRAME: { feature: "importance", factor: 0.5, label: "出处是报道对活动本身的交代（谁主持、谁出席或参加，谁围绕什么题目讲了党课或作了报告）或渲染（参加者的感受、“一场场…一次次…”的铺陈），考的是这次活动的枝节，不是课程要讲的知识" },
  SIMILE_SLOT: { feature: "importance", factor: 0.5, label: "空白是比喻的喻体（犹如上了一堂生动的______）：考的是作者打的比方，不是课程要讲的知识" },
  RELATED_SLOT: { feature: "support", factor: 0.5, label: "空白是“相关”“有关”所修饰的名词（党的组织建设及相关（　））：句子只说是与前文相关的某一方面，没有锁定是哪一项，同组的其他提法（纪律建设、作风建设…）也说得通" },
  OPEN_LIST_ITEM: { feature: "distractors", factor: 0.5, label: "单选题只挖去以“等”收尾的开放列举中的一项（民主监督、（　）、舆论监督等各方面监督），同类的其他选项放进原句也说得通" },
  AD_HOC_LIST: { feature: "distractors", factor: 0.5, label: "单选题或多选题的列举不是公认的一组提法，同类的其他选项（与某一正确项同属一组提法）放进原句也说得通" },
  SPEAKER_IN_TITLE: { feature: "importance", factor: 0.5, label: "问的是谁说的，而文档标题已写明讲话人（《习近平讲话报道选编》），考不出知识" },
  SPEAKER_EXCERPT_GENERIC: { feature: "support", factor: 0.5, label: "引文被省略号截成一两句泛泛的话（“要坚持以人为本……”），别的领导人或文献也这样说过，出处无从分辨" },
  SPEAKER_SLOGAN: { feature: "support", factor: 0.5, label: "引文是几个字的口号，多位领导人都说过，出处不唯一" },
  SPEAKER_POLICY_PHRASE: { feature: "support", factor: 0.5, label: "引文只是课程转引的一句工作部署（某报告提出的“继续做好…，积极…”），不是有特定出处的论断，多份报告都这样说" },
  MODIFIER_BLANK: { feature: "importance", factor: 0.5, label: "空白只是修饰后面名词或动词的定语、状语（______的重大问题、给予______转入…的党员处分、讲话中的“______地进行调整”、维护______和农民群众利益），不是句子要讲的内容" },
  HEAD_SHARED_BY_LIST: { feature: "form", factor: 0.5, label: "空白前列举的几项（如“党员、干部、”）与答案共用答案末尾的中心词（如“监督”），该处原文只缺修饰部分（“群众”），把整个词挖空读起来不通，干扰项也会被前面的列举排除，请改挖修饰部分或换一处出题" },
  RANGE_END_BLANK: { feature: "form", factor: 0.5, label: "空白只是一个范围的一端（1921-（　）、每月1-______），题干读不通，范围的另一端也可能被当作答案" },
  NOTE_SHORTHAND: { feature: "form", factor: 0.5, label: "题干带着笔记里用斜杠并列的备选说法（基本点/精髓，认识世界/改造世界），不是一句定稿的陈述" },
  QUESTION_AS_STATEMENT: { feature: "form", factor: 0.4, label: "题干取自原文的一个问句或讨论题（笔记里的复习题目“……的依据？”，“谈谈……”“试述……”），挖空或判断都不是在考一个陈述" },
  NOTE_OUTLINE: { feature: "form", factor: 0.5, label: "题干是笔记里用分号串起的一串提纲短语（新文化运动；历史意义；…），不是完整的陈述" },
  LABEL_FRAGMENT: { feature: "form", factor: 0.5, label: "题干是笔记里某一类别标签下的片段（“……类：”“学系列讲话——…”“如何……：”），不是完整的陈述" },
  BOILERPLATE_BASIS: { feature: "importance", factor: 0.5, label: "考的是条例据以制定的党章或法律，几乎每部党内法规都这样写，考不出内容" },
  KEY_ECHOED_IN_STEM: { feature: "importance", factor: 0.5, label: "题干别处已有答案的主体部分或与之成对的说法（“请示报告”之于“请示报告制度”，“上级组织”之于“下级组织”），答案一望而知" },
  KEY_CUE_IN_STEM: { feature: "distractors", factor: 0.5, label: "题干里已有区分正确答案与干扰项的字眼（如“制度”之于“制度建设”），答案一望而知" },
  ACTOR_BLANK: { feature: "importance", factor: 0.5, label: "空白是做事的主体（领导班子、领导机关、…成员），别的主体往往也填得上，考不出规定的内容" },
  LIST_DISTRACTOR_UNLIKE: { feature: "distractors", factor: 0.5, label: "多选题的干扰项与列举各项形式不同，容易凭形式排除" },
  OPPOSED_DISTRACTOR: { feature: "distractors", factor: 0.5, label: "干扰项是党要反对的作风或思想倾向（享乐主义、官僚主义等），而正确项都是要坚持、倡导的内容，不是同一类，凭常识即可排除" },
  CATEGORY_ONLY_COUNTED: { feature: "support", factor: 0.5, label: "空白是统计句里被计数的类别（现行有效______共N部，其中…），题干除数字外没有别的内容区分它与同类的其他类别，只能靠记住数字作答；宜改为考数字而保留类别" },
  RANGE_END_CHANGED: { feature: "form", factor: 0.5, label: "判断只改了一个时间范围的一端（1月15日至17日 → 3月22日至17日）：范围自相矛盾或改后仍在范围内，考不出史实" },
  COUNT_IMPLIED_BY_TIME: { feature: "importance", factor: 0.5, label: "空白的次数由题干的时间点即可推出（每年年底进行______检查：1次），考不出规定" },
  KEY_BY_ARITHMETIC: { feature: "importance", factor: 0.5, label: "空白的数字可由题干中的总数减去其余各项算出，考的是算术而不是规定" },
  FIELD_NAME_TAIL: { feature: "importance", factor: 0.5, label: "空白只是一个更长的工作名称的后半（推进廉洁______：文化建设），应考整个名称，别的填法也说得通" },
  ANONYMISED_SAMPLE: { feature: "importance", factor: 0.5, label: "出处是隐去姓名、号码的样例或模板（张××、138＊＊＊＊），讲的是虚构的事，不是要掌握的知识" },
  QUIZ_ITEM_SOURCE: { feature: "form", factor: 0.3, label: "出处是题库里的一道题（原句或段落带空括号“（ ）”，或段落带选项 A.…；B.…），被当作陈述句再挖空：原题的空白与新空白并存，考的也不是原题要考的" },
  ASCRIBED_QUALITIES: { feature: "importance", factor: 0.5, label: "多选题问的是文中说某事物“具有”的几个“…性/…化”特征，是作者的概括而非公认的提法，干扰项也可能说得通" },
  OVER_MODULE_SHARE: { feature: "importance", factor: 1, label: "本模块已发布的题目过多" },
  TRUE_SURPLUS: { feature: "importance", factor: 1, label: "已发布的判断题中正确陈述过多（错误陈述应至少占四分之一）" },
  FALSE_SURPLUS: { feature: "importance", factor: 1, label: "已发布的判断题中错误陈述过多（正确陈述应至少占四分之一），本句改以正确陈述发布" },
  LOOSE_SET_DUTY_OBJECT: { feature: "support", factor: 0.5, label: "空白是“坚持/执行/贯彻/遵守/加强______”的宾语，答案取自一组松散的原则、制度或监督形式（民主集中制、请示报告制度、党内民主、党内监督…），句中没有同组提法锁定它，同组其他各项也说得通" },
  SIBLING_FITS_TOPIC: { feature: "support", factor: 0.5, label: "空白是句子或分句的主语（______本身…、凡是______坚持得好…），答案是一组并列提法中的一项（如“四风”之一），句中没有定义、同组提法锁定它，同组的其他提法也填得上" },
  COUPLING_SLOT: { feature: "support", factor: 0.5, label: "空白只是“与______结合起来”“把______贯穿其中”的宾语：要同什么结合、把什么贯穿，许多原则和任务都说得通，句子没有锁定答案" },
  CIRCUMSTANCE_BLANK: { feature: "importance", factor: 0.5, label: "空白是与“工作需要”“岗位要求”“实际情况”等泛泛条件并列的依据（根据______和工作需要），不是规定要讲的内容" },
  FRAME_SUBHEADINGS: { feature: "importance", factor: 0.5, label: "简答题的答案只是文件一节的固定小标题（指导思想、目标任务、基本原则…），不是文件对所问事项的实际表述（如总要求的具体内容）；或其中有“关于…”这样的节标题" },
  KEY_POINT_FORM: { feature: "form", factor: 0.5, label: "简答题的要点不成形：有要点被截断成残句（只剩两三个字或停在“的”“和”上）、一个要点里并着几条（内含“二是”“（2）”）、把整段话当作一个要点、要点只是笔记的类别标签（意义、做法、结论）或带着笔记记号（&、P.S.、坑），或所谓列表只有一项" },
  POINTS_IN_STEM: { feature: "importance", factor: 0.5, label: "简答题的要点只是把题干所问的标题拆开（“国情和时代特征”→国情；时代特征），或只是标明所属部分的小标题（“内涵和意义”→…内涵；…意义），题干已给出答案，考不出内容" },
  STANDING_NOT_DEFINITION: { feature: "support", factor: 0.3, label: "简答题问“什么是X”，参考答案却只讲X的地位、作用或评价（…的治本之策、…的关键、…的重要保证、…的组织基础、…的关键阶段、…的骨干力量），不是定义" },
  DEFINITION_NEEDS_CONTEXT: { feature: "form", factor: 0.4, label: "简答题的定义离不开上下文（“相关”“上述”“该”指什么、是谁的），题干没有交代，学员无从作答" },
  BARE_EXPLANATION: { feature: "support", factor: 0.5, label: "解析只是答案、出处和原句的重复，没有讲为什么填这个词（它的含义、所属的提法或课程中别处的说明），请补充解析后再启用" },
  BARE_TRUE_EXPLANATION: { feature: "support", factor: 0.5, label: "正确的判断题，解析只说“本句与原文一致”并引原句，没有讲它为什么成立（条文规定了什么、关键词的含义或所属的提法），请补充解析后再启用" },
  BARE_CHOICE_EXPLANATION: { feature: "support", factor: 0.5, label: "单选题的解析只引原句，并说其他选项“与原文数字不符”或“不是原文此处的说法”，没有讲正确项是什么、同一条的另一数字或干扰项在课程中的出处，请补充解析后再启用" },
  SET_NAME_ONLY: { feature: "support", factor: 0.5, label: "填空题的解析只说答案属于某一提法（如“属于‘四个伟大’”），题干已列出该提法的其他各项或各项只是“第一个”“第二个”，没有讲答案本身的含义，请补充解析后再启用" },
  SHORT_BARE_EXPLANATION: { feature: "support", factor: 0.5, label: "简答题的解析只有出处和评分参考：多数要点的小标题下没有说明其含义的句子，或定义之后原文没有进一步的说明，解析讲不出各要点为什么是这样，请补充解析后再启用" },
  UNTAUGHT_NUMBER_OPTION: { feature: "support", factor: 0.5, label: "单选题考数字（年份、期限、次数、人数等），解析对某个干扰项只说“与原文数字不符”，没有讲这个数字是什么（课程中没有同类规定可引），请补充解析或换成课程中规定的同类数字后再启用" },
  UNSAID_SWAP_SPEAKER: { feature: "support", factor: 0.5, label: "判断题换入的人物课程中没有出现，解析只能说“不是他”，答题靠课外知识或看出题目总换同一类人，请换成课程引述过的人物或补充解析后再启用" },
  UNTAUGHT_YEAR_CHANGE: { feature: "support", factor: 0.5, label: "判断题改了年份，解析只给出原文的年份并重引原句，没有讲题中的年份是什么、原文的年份为什么对（课程中没有可引的说明），请补充解析后再启用" },
  UNTAUGHT_TERM_SWAP: { feature: "support", factor: 0.5, label: "判断题把原文的词换成同一类的另一个词，解析只说两者“同属一类、不能互换”，课程中没有讲换入的词是什么、适用于什么，请补充解析后再启用" },
  NOT_HERE_ONLY: { feature: "support", factor: 0.5, label: "单选题的解析讲了各干扰项是什么，却只以“都不是原文此处的说法”作结，没有讲它们为什么不填在这里（如预备党员享有知情权、参与权、监督权，缺的是表决权、选举权和被选举权），请补充解析后再启用" },
  UNTAUGHT_CHOICE_OPTION: { feature: "support", factor: 0.5, label: "单选题的解析对某个干扰项只说它与正确项同属一类、“不是原文此处的说法”，没有讲它是什么、为什么不填在这里（如“作风建设”“行政监督”），请补充解析后再启用" },
  MACHINE_REWRITTEN: { feature: "support", factor: 1, label: "机器改写：题干、干扰项或解析由模型写成，请对照出处核对后再启用" },
} as const satisfies Record<string, { feature: keyof ConfidenceFeatures; factor: number; label: string }>;

export type DoubtCode = keyof typeof DOUBTS;

/** The Chinese reason an instructor reads in the review queue. */
export function reviewReason(codes: readonly string[]): string {
  const labels = codes.map((code) => (code in DOUBTS ? DOUBTS[code as DoubtCode].label : code));
  return `待审核：${[...new Set(labels)].join("；")}`;
}

/** 这/该/其/上述/此 opening a stem with nothing before it to point at. */
const DANGLING = /^[“‘（]?(这|该|其|上述|此|那)/;
/** Characters a sentence cannot start with: it was cut inside a clause. */
const MID_CLAUSE = /^(?:关键(?:是|在于)|如(?![何果今此])|下同|[，、；：。）)”’的地得之和与及并而且也就都还又才则了着过]|或者|或是|必要时|包括|(?:特别|尤其|更|也|就|还|这|那)是|(?:更|还|也|又)有着?|[一二三四五六七八九十]是|如[，,]|比如|例如|其次|再次|最后|同时|此外|另外|因此|所以|结果|但是|然而|否则|旨在)/;
/** An article number or list marker left at the start (第三十六条…, （一）, 1.). */
const LIST_MARKER = /^(第[一二三四五六七八九十百零〇]+[条章节款]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

/** A quotation shorter than this (in characters of text) is a watchword, not one person's statement. */
const MIN_ATTRIBUTED_QUOTE = 12;

/** Adverbs that open the items of a work plan (继续做好…，积极利用…，努力扩大…): said in report after report. */
const WORK_PLAN_CLAUSE = /^(?:继续|积极|努力|大力|进一步|切实|认真|加快|逐步)/;

/**
 * A 出处 quotation that is no statement of its own: a phrase the course cites inside its sentence as a noun
 * (《政府工作报告》提出的“…”), or a list of work-plan items every clause of which opens on a work-plan adverb
 * (继续做好技术引进工作，积极利用国外资金，努力扩大出口). Either is a policy line many reports repeat: which one the
 * course cites is incidental, and another report plausibly says the same (readers, stop 32).
 */
export function isPolicyPhraseQuote(quote: string, sentence: string | null): boolean {
  if (sentence !== null && /的[“"]/.test(sentence) && sentence.includes(quote.slice(0, 8))) {
    const open = sentence.search(/[“"]/);
    if (open > 0 && sentence[open - 1] === "的") return true;
  }
  const clauses = quote.split(/[，；。！？]/).filter((clause) => clause.length > 0);
  return clauses.length >= 2 && !quote.includes("是") && clauses.every((clause) => WORK_PLAN_CLAUSE.test(clause));
}


/** Times told from the day a text was written (今年, 去年, 目前, 近年来, 当前): out of the text they point at nothing. */
// 新修订的《…》, 最新印发的: which revision is "new" depends on when the text was written.
const RELATIVE_TIME = /今年|去年|明年|前年|本年度|目前|当前|近年来|近几年|近期|日前|此前|(?:新|最新|新近)(?:修订|修改|印发|出台|颁布)的/;

/**
 * A speech's or report's own occasion (今天，我们在这里召开座谈会; 在座的同志们; 这次会议): the day, the place and the
 * audience are known to those who heard it, not to a learner reading the stem alone. So is a meeting a news report
 * told of before the stem begins (会上，9位党委委员…; 会议上; 会后): the stem opens on a meeting it never names.
 */
const SPEECH_OCCASION = /今天|今日|在这里|在座|此时此刻|(?:本次|这次|此次|今天的)(?:会议|大会|座谈会|报告会|培训班?|开班式|开学典礼|学习)|^(?:会上|会议上|会后|会前|会议期间)[，,]/;

/**
 * A stem opening on a speaker's name and a verb of saying (李建军强调，…): a person the lexicon does not know as a
 * leader or classic author is someone of the report's own unit, whom the learner does not know either. A body
 * (会议强调) or an enumerator (二是) before the verb is no person.
 */
const OPENING_SPEAKER = /^(\p{Script=Han}{2,3}?)(?:同志)?(?:强调|指出|表示|要求|提出)[，,：:]/u;
const NOT_A_PERSON = /[会议告是央院部委组局厅报文件例则定见]$/u;

/**
 * A report's account of its own occasion: who presided (会议由…主持; 陈志强主持党课，…参加) and who attended or spoke
 * there (…及相关人员参加会议; 党委委员、部门负责人参加学习; 出席会议并讲话), and its praise of the lesson or speech given
 * (…书记的党课主题鲜明、内涵丰富). Blanked or swapped, it tests which meeting it was and who sat in it, details of one
 * event rather than what the course teaches. A rule-setting text's sentences on who attends what (中央政治局常委出席的,
 * 不请…出席) are rules, and the caller leaves them to the other checks; a clause that only counts who takes part in
 * something (有各抗日党派的代表参加，就…) is no account of a meeting.
 */
const EVENT_FRAME =
  /由[^。；，,]{1,40}主持|主持[^。；;]{0,40}[，,；;][^。；;]{0,80}(?:参加|出席|列席)|(?:人员|代表|成员|负责人|书记|委员|党员|干部|师生|同志|职工|教师|学生|校长|院长|主任|领导)(?:等)?(?:[\d一二三四五六七八九十百余多]+人)?(?:参加|出席|列席)了?(?:(?:会议|党课|报告会|座谈会|学习|培训|开班式|仪式|活动|大会|典礼|研讨会)(?:[。；;，,]|并|$)|[。；;]|$)|(?:出席|参加)(?:会议|活动|仪式|大会|开班式|典礼)?并(?:讲话|致辞|作动员|讲授|宣读|发言)|(?:党课|报告|讲话|讲座|宣讲|辅导)(?:报告)?(?:主题鲜明|内涵丰富|内容丰富|深入浅出|生动形象|思想深刻|高屋建瓴|既有理论高度)/;

/** Whether a sentence is a report's account of its own occasion (EVENT_FRAME). */
export function tellsEventFrame(sentence: string): boolean {
  return EVENT_FRAME.test(sentence);
}

function unknownSpeaker(stem: string): boolean {
  const speaker = OPENING_SPEAKER.exec(stem)?.[1];
  return speaker !== undefined && !NOT_A_PERSON.test(speaker) && !isLexiconPerson(speaker);
}

/** A blank closing a list (……，“______”等现象): one item of a kind the list goes on with. */
const QUOTED_BLANK_CLOSES_LIST = /_{2,}”?等/;

/** A subject followed by 也 and a verb of saying (党的十七大报告也明确): the stem leans on a sentence before it. */
const LEANS_BACK = /^[^，。；：]{2,14}也(?:明确|指出|强调|提出|要求|规定)/;
/**
 * A stem whose first verb is a saying verb with no one saying (强调加强…, 指出：…), or whose first clause after a frame goes on
 * from a subject never given (在党的十九大报告中，又进一步提出…): whose words they are, the stem does not tell.
 */
const SAYER_LEFT_OUT = /^(?:(?:强调|指出|提出)(?![的了过者])|在[^，。；“”]{1,20}中，(?:又|还|并|也|再|进一步))/;
/**
 * A condition opening on a duty or need with no one bound by it (应当追究党纪责任的，依照…; 需要谈话函询…的，应当报…): an
 * article's clause after its subject (农村基层干部违反本规定，…), which the stem left behind (stop 40).
 */
const CONDITION_WITHOUT_SUBJECT = /^(?:应当|应该|需要|必须)[^，。；：“”]{1,24}的，/;
/** Such a condition that the context lead does not make whole by naming its rule (按照《…》，需要…的，应当…). */
function conditionLeftUnled(question: Question, index: CourseIndex): boolean {
  return CONDITION_WITHOUT_SUBJECT.test(question.stem) && stemWithContext(question, index) === question.stem;
}
/** Words of one or two characters set off by commas, three or more in a row (提出的，创新，协调，绿色，开放): 顿号 typed as commas. */
const COMMAS_FOR_ENUMERATION = /(?:[，,][\u4e00-\u9fff]{1,2}){3}[，,；;。]/;

/**
 * Whether the stem holds what sets the key apart from the wrong options: the options share an
 * ending (建设) and the key's own beginning (制度) stands in the stem while no wrong option's does.
 */
function cueInStem(stem: string, key: string, wrong: readonly string[]): boolean {
  const options = [key, ...wrong];
  let shared = 0;
  while (options.every((option) => option.length > shared + 1 && option.at(-1 - shared) === key.at(-1 - shared))) shared += 1;
  if (shared === 0) return false;
  const own = (option: string) => option.slice(0, option.length - shared);
  const text = stem.replace(/（　）/g, "");
  return own(key).length >= 2 && text.includes(own(key)) && wrong.every((option) => own(option).length < 2 || !text.includes(own(option)));
}

/** A one-character verb right before the blank, whose object is the key's own first words (做（　）能力: 做群众工作). */
const BOUND_VERB_BEFORE_BLANK = /([做搞干当])(?:（　）|_{2,})/;

/**
 * Whether a one-character verb before the blank takes the key and not a wrong option (提高做（　）, 群众工作能力 among
 * 科学决策能力, 应急处突能力: 做群众工作 is said, 做科学决策 is not): the options differ by what sets each apart from
 * the rest (their own part before the ending they share), and the course says the verb with the key's own part but
 * never with a wrong option's. The grammar gives the key away (readers, issue #16).
 */
export function verbTakesKeyOnly(stem: string, key: string, wrong: readonly string[], count: (text: string) => number): boolean {
  const verb = BOUND_VERB_BEFORE_BLANK.exec(stem)?.[1];
  if (!verb || wrong.length === 0) return false;
  const options = [key, ...wrong];
  let shared = 0;
  while (options.every((option) => option.length > shared + 1 && option.at(-1 - shared) === key.at(-1 - shared))) shared += 1;
  const own = (option: string) => option.slice(0, option.length - shared);
  if (count(verb + own(key)) === 0) return false;
  return wrong.some((option) => count(verb + own(option)) === 0);
}

/**
 * A blank among the items of a list: numbered, joined by 、, last after 和/及/与, or a group of its own
 * between groups joined by 、 (全国人大、国务院、全国政协，______，最高人民法院、…); a short name around it
 * counts as the item (______重要思想).
 */
const LIST_ITEM_SLOT = /[（(][一二三四五六七八九十\d]+[)）]\s*_{2,}|、[^，。；：、]{0,6}_{2,}[^，。；：、]{0,6}、|、_{2,}|_{2,}、|、[^，。；：、]{1,12}(?:和|及|与|以及)_{2,}|、[^，。；：、]{1,12}，_{2,}，[^，。；：、]{1,12}、/;

/**
 * What a quoted formula of parallel clauses is named as when the text cites it as one, right after it: the requirement,
 * principle, charge or standard it sets, or the sense it asks for (按照“…”的总要求; “…”总体要求; 根据“…”的原则;
 * 树立“…”的责任意识). Not a theme or aim (围绕“培元、通达、博雅”三个主题: one school's names for its own work), nor a
 * formula a verb goes on with (把“学习教育、调查研究、…”贯穿主题教育全过程).
 */
const FORMULA_NAME = /^的?(?:总体|总|基本|根本|重要)?(?:要求|原则|方针|嘱托|标准|[\u4e00-\u9fff]{2}意识)/;

/**
 * A 填空 whose one blank is a whole clause of a quoted watchword of parallel clauses the text names as a requirement,
 * a principle or the like (按照“照镜子、正衣冠、洗洗澡、______”的总要求; 坚决贯彻“守初心、担使命、______、抓落实”总体要求;
 * 根据“减项、降分、限高、______”的原则): three clauses or more, each as long as the key (two to four characters), every
 * other clause in the stem. A formula is fixed, not a list the author drew up: the clauses the stem shows leave only
 * the key, however many other words of the kind exist, so a blank in it is no ad hoc list item, and its verb-led
 * clauses (担使命, 找差距) are the formula's own form, not an incidental phrase.
 */
export function watchwordClauseBlank(stem: string, answers: readonly string[]): boolean {
  return blankedWatchword(stem, answers) !== null;
}

/** The watchword a watchword clause blank (above) is cut from, whole (照镜子、正衣冠、洗洗澡、治治病); null for any other stem. */
export function blankedWatchword(stem: string, answers: readonly string[]): string | null {
  if (answers.length !== 1) return null;
  const blank = /_{2,}/.exec(stem);
  if (!blank || /_{2,}/.test(stem.slice(blank.index + blank[0].length))) return null;
  const open = stem.lastIndexOf("“", blank.index);
  const close = stem.indexOf("”", blank.index);
  if (open < 0 || close < 0 || stem.lastIndexOf("”", blank.index) > open) return null;
  const clauses = stem.slice(open + 1, close).split("、");
  const key = answers[0]!;
  if (clauses.length < 3 || key.length < 2 || key.length > 4) return null;
  if (clauses.filter((clause) => /^_{2,}$/.test(clause)).length !== 1) return null;
  const others = clauses.filter((clause) => !/^_{2,}$/.test(clause));
  if (!others.every((clause) => clause.length === key.length && /^[\u4e00-\u9fff]+$/.test(clause) && clause !== key)) return null;
  if (!FORMULA_NAME.test(stem.slice(close + 1))) return null;
  return clauses.map((clause) => (/^_{2,}$/.test(clause) ? key : clause)).join("、");
}

/** The clause of the stem that holds the first blank (between clause marks), or the whole stem when it has none. */
function blankClauseOf(stem: string): string {
  const blank = /_{2,}/.exec(stem);
  return blank ? clausesAround(stem, blank.index, blank[0].length, 0) : stem;
}

/**
 * The items of the 、-list that follow the first blank, in its clause (the last one split at 和/及/与):
 * 追究…的______、监督责任和领导责任 gives 监督责任 and 领导责任. A blank with no 、 after it in its clause gives none.
 */
function listItemsAfterBlank(stem: string): string[] {
  const clause = blankClauseOf(stem);
  const blank = /_{2,}/.exec(clause);
  if (!blank) return [];
  // The blank's own item may end the list (主体责任、______和领导责任): what follows it after 和 is an item too.
  const items = clause.slice(blank.index + blank[0].length).split("、");
  const last = items.pop()!;
  const joined = [...items, ...last.split(/以及|和|及|与/)];
  return joined.slice(1).map((item) => item.replace(/[，。；：！？]$/, "")).filter((item) => item.length > 0);
}

/** A list's lead followed by a numbered item (…处分：（一）…), inside a stem. */
/** …and a lead announcing several things followed by the first of them only (干好四件大事：一是…; stop 28), numbered as a note numbers it (包括三个方面：1. …). */
const LEAD_AND_ITEM = /[：:]\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]是|\d{1,2}[.．、](?!\d))/;

/**
 * The tail of the item before or the head of the next one, carried into the stem (…造成严重后果的；（四）…, …等；（五）派出…),
 * and a note's next item glued on after a clause or sentence end (…，是党的基本路线；2. 怎么做？, …；② …).
 */
const NEXT_ITEM = /[；;。！？](?:[（(][一二三四五六七八九十\d]+[)）]|\s*\d{1,2}[.．、](?!\d)|[①-⑳])/;

const EVENT_OF_RECORD = /颁布|印发|发布|通过|召开|成立|施行|实施|诞生|举行|签署|公布/;

/**
 * What makes a day or month of record: the sentence names the thing it dates, a document (《…》), a congress or plenum
 * (党的七大, 十八届三中全会, 全国代表大会), a founding (成立, 诞生) or a text's entry into force (自…起施行); and an event of
 * party history (HISTORIC_EVENT). A day or month of an office's routine business told in a
 * report (2024年12月26日至27日，中共中央政治局召开民主生活会; 公布了2024年11月全国查处…情况; 2007年3月…委员联名签署提案) is
 * the news of its day: readers discarded all three such keys published in three documents (stop 29).
 */
const DATED_RECORD = /《[^》]+》|[一二三四五六七八九十]{1,3}大(?=[，。；、上召以报通])|[一二三四五六七八九十]+届[一二三四五六七八九十]+中全会|全国代表大会|全会|成立|诞生|施行|生效/;
/** An event of party history, of record though the sentence names no document: an enlarged Politburo meeting, an uprising, a battle. */
const HISTORIC_EVENT = /扩大会议|起义|战役|事变|会师/;
/** A place named after an event (湘江战役纪念园, 八七会议旧址): visiting it on a day does not make the day the event's. */
const NAMED_PLACE = /[\u4e00-\u9fff]{0,12}(?:纪念园|纪念馆|纪念碑|纪念地|纪念亭|陈列馆|博物馆|旧址|遗址)/gu;
/** Verbs whose object a year directly after them names (发起成立2025年迎新…先锋队, 启动2024年…工程): the year is part of a name. */
const NAMING_VERB = /(?:成立|组建|举办|开展|启动|召开|举行|参加|印发|发布|推出|开设|评选|表彰|组织|实施)了?$/;
/** Words opening a hypothetical or an example (如果明确规定上下浮动30%以上…, 比如, 假如): its numbers illustrate an argument. */
const HYPOTHETICAL = /如果|假如|假设|倘若|假若|比如|例如|譬如/;
const MONTH_DATE = /^\d{4}年\d{1,2}月(?:\d{1,2}日)?$/;

/**
 * A period or a number of people in Chinese numerals (五年, 六个月, 两名): the way a regulation or the
 * charter states its limits (五年内不得重新入党, 预备期不能超过一年, 两名正式党员作介绍人), whatever verb says so.
 */
const RULE_PERIOD = new RegExp(`^[一二两三四五六七八九十]+(?:${unitAlternation(RULE_LIMIT_UNITS)})$`);

/** The clause of a sentence (between ，；。：) that holds the text at [at, at + length). */
function clauseAround(sentence: string, at: number, length: number): string {
  const start = Math.max(...["，", "；", "。", "："].map((mark) => sentence.lastIndexOf(mark, at - 1))) + 1;
  const ends = ["，", "；", "。", "："].map((mark) => sentence.indexOf(mark, at + length)).filter((end) => end >= 0);
  return sentence.slice(start, ends.length > 0 ? Math.min(...ends) : sentence.length);
}

/** The closing clause of a regulation that repeals an older text: …同时废止, …即行废止, …予以废止. */
/** A stem that says of its blanked body only that it works under another's leadership: 党的______在…领导下进行工作。 */
const ONLY_UNDER_LEADERSHIP = /^[^，。；：]{0,8}(?:_{2,}|（　）)在[^，。；：]{2,24}(?:的)?领导下(?:进行)?工作[。；]?$/;
/** A blank inside a title quoted within a title: 《…适用〈______〉若干问题的解释》. */
const TITLE_IN_TITLE_BLANK = /《[^》]*〈[^〉》]*(?:_{2,}|（　）)[^〉》]*〉/;
/**
 * A note's entry heading with bare dates after it (美丽中国：（2017年12月）推进…; 四个自信：（2012年11月，2016年7月）…): the
 * dates a glossary noted the term by, pasted before its text, not a sentence (issue #16).
 */
const DATED_ENTRY = /^[^，。；：“”（(]{2,14}[：:]\s*[（(]\d{4}年[^）)]{0,24}[)）]/;
/** Two note labels in a row (我国的基本制度：政治：…): an outline's heading and subheading kept before the line. */
const STACKED_LABELS = /^[^，。；：“”（(]{2,14}[：:][^，。；：“”（(]{1,6}[：:]/;
/**
 * A note's question-form heading before its colon (如何确保党始终统揽全局：必须…; 如何实现______：…; 为什么…：): a study
 * note's scaffolding, not a statement (issue #16). Not the blank itself as a glossary heading (______：廉洁从政、廉洁用权…):
 * readers kept 7 of 8 such labelled 填空 (a handbook's entries), though they faulted one.
 */
export const QUESTION_HEADING = /^(?:如何|怎样|怎么|为什么|为何)[^。；：“”]{1,30}[：:]/;
/**
 * The watchwords of strict party governance (全面从严治党, 党风廉政建设, 管党治党, 从严治党) and the stock frames each of
 * them fills alike (推进______和反腐败斗争, 推动______向纵深发展, 带头贯彻______要求, 落实______“两个责任”): the frame
 * does not pin which (issue #16, item 3).
 */
const GOVERNANCE_WATCHWORDS = ["全面从严治党", "党风廉政建设", "管党治党", "从严治党"];
const GOVERNANCE_FRAME_AFTER = /^(?:和|与|及)反腐败(?:斗争|工作)|^向纵深(?:发展|推进)|^(?:的)?(?:各项)?要求|^“?两个责任|^(?:的)?(?:主体|监督)责任|^(?:各项)?工作/;
const GOVERNANCE_FRAME_BEFORE = /(?:推进|推动|深化|贯彻|落实|抓好|加强|坚持)“?$/;
/**
 * Stock settings a watchword fills whatever verb leads to it (stop 38): the field one acts in (在______实践中), its pairing
 * with 治国理政 (贯穿______和治国理政的全部实践), the pledge 永远在路上 (反腐败斗争 and 自我革命 are "永远在路上" too), and the
 * new arrangements of a congress (______新部署新要求). Readers marked each such published 填空 open (B: 管党治党, 从严治党,
 * 党的建设 fit), four in four documents.
 */
const GOVERNANCE_SETTING = /在“?$/;
const GOVERNANCE_SETTING_AFTER = /^(?:的)?(?:实践|进程|过程)中/;
const GOVERNANCE_STOCK_AFTER = /^(?:和|与)治国理政|^永远在路上|^(?:的)?新部署/;

/** Whether a 填空's blank holds a strict-governance watchword in a frame (above) its siblings fill alike. */
export function governanceFrameBlank(stem: string, answers: readonly string[]): boolean {
  const blanks = [...stem.matchAll(/_{2,}/g)];
  if (blanks.length !== answers.length) return false;
  return blanks.some((blank, at) => {
    if (!GOVERNANCE_WATCHWORDS.includes(answers[at]!)) return false;
    const before = stem.slice(0, blank.index);
    const after = stem.slice(blank.index + blank[0].length).replace(/^”/, "");
    if (GOVERNANCE_FRAME_AFTER.test(after) && GOVERNANCE_FRAME_BEFORE.test(before)) return true;
    // A pledge the sentence makes twice (______永远在路上，党的自我革命永远在路上) pins the key: the other is named.
    const pledgedTwice = (stem.match(/永远在路上/g) ?? []).length > 1;
    return (GOVERNANCE_SETTING.test(before) && GOVERNANCE_SETTING_AFTER.test(after)) || (GOVERNANCE_STOCK_AFTER.test(after) && !pledgedTwice);
  });
}
/**
 * The whole-of-policy names (stop 38): the strict-governance watchwords, the 四个全面 and 党的建设 itself. Each names the
 * party's whole effort in a field, so a sentence that only serves or argues for it takes any of its kin: 从严治党,
 * 管党治党, 严管 fill 为了落实______要求 as well as 全面从严治党.
 */
const UMBRELLA_NAMES = new Set([...GOVERNANCE_WATCHWORDS, ...vocabularyClassMembers("四个全面"), "党的建设"]);
/** A purpose clause at the head of its sentence (为了落实______要求，…; 为______，规范…): what a text is made for. */
const PURPOSE_CLAUSE_BLANK = /^(?:第[一二三四五六七八九十百]+条\s*)?为了?(?:贯彻落实|落实|贯彻|推进|深入推进|坚持)?“?_{2,}”?(?:的)?(?:各项)?(?:要求)?[，,]/;
/** A sentence dated as an account of the party's record (党的十八大以来，…推进______): what was done, not a writer's plea. */
const DATED_RECORD_BEFORE = /以来/;

/**
 * Whether a 填空 blanks a whole-of-policy name where nothing but habit supplies it (stop 38, criteria D and B): in a
 * purpose clause of any text (为了落实______要求，…制定本规定), or anywhere in the own sentence of a text that sets no rules
 * (a commentary's ______和鼓励担当作为是内在统一的, 以严明的纪律推进______). Readers discarded or faulted each such published
 * 填空 but one (a regulation's 为落实______要求, kept by one reader, faulted in another regulation). Left alone: a
 * dated account of the party's record (党的十八大以来…推进______), and a blank that completes a set the sentence lists.
 */
export function umbrellaBlank(stem: string, answers: readonly string[], normative: boolean): boolean {
  const blanks = [...stem.matchAll(/_{2,}/g)];
  if (blanks.length !== 1 || answers.length !== 1 || !UMBRELLA_NAMES.has(answers[0]!)) return false;
  if (PURPOSE_CLAUSE_BLANK.test(stem)) return true;
  return !normative && !DATED_RECORD_BEFORE.test(stem.slice(0, blanks[0]!.index));
}
/** A blank as the open head of an open list (______等，…): one example of a kind, any other of which fits (issue #16). */
const BLANK_THEN_ETC = /(?:_{2,}|（　）)[”》]?等(?![级同待到于])/;
/**
 * A report's writer naming themself (一年来，本人严格遵守…; 本人始终坚持…): 本人 opening a clause with an adverb of
 * self-report. Not 本人 in a rule (向其本人宣布, 本人主动交代的): no such adverb follows it there.
 */
const WRITER_BENREN = /(?:^|[，。；：])本人(?:严格|认真|始终|一直|能够|积极|切实|努力|自觉|时刻|坚决|深入|带头|牢固|坚持)/;
const REPEAL = /(?:同时|即行|予以|一并)废止[。；]?$/;

/**
 * A text's record of its own adoption (《…》已经2013年5月3日监察部第2次部长办公会议审议通过; 经…常务会议通过，现予公布): which
 * meeting, on which day, is the promulgation order's bookkeeping, not what the text lays down (readers, issue 16).
 */
const PROMULGATION = /(?:已经|已于|经)[^，。；]{0,40}(?:会议|常委会)[^，。；]{0,12}(?:审议通过|审议批准|通过|批准)|现予(?:公布|印发|发布)/;

/** What follows the start of a measured change: …的46503元提高到…, …增长到…, …下降至…. */
const CHANGE_TO = /^的?[^，。；]{0,30}?(?:提高|增加|增长|提升|上升|下降|减少|降低|扩大|缩小|突破)(?:到|至)/;
/** Words that set a year as the period under review: 回顾, 过去的, 总结. */
const REVIEWED_PERIOD = /(?:回顾|过去的|总结|盘点)$/;

function isNumberOfRecord(answer: string, sentence: string, normative: boolean): boolean {
  // The base of a comparison (比2020年下降65.3%, 较上年) is no date of record, whatever else the sentence says.
  const at = sentence.indexOf(answer);
  if (at > 0 && /(?:比|较|同比|相比)$/.test(sentence.slice(Math.max(0, at - 2), at))) return false;
  // …nor the start of a change a report measures (收入从2021年的46503元提高到58794元): the year dates a figure of the
  // text's own region, whatever work (实施…工程) the sentence also names (stop 35).
  if (at > 0 && sentence[at - 1] === "从" && CHANGE_TO.test(sentence.slice(at + answer.length))) return false;
  // Nor is the year a report or speech looks back on (回顾2009年的工作, 刚刚过去的2025年): the text's own
  // period, whatever verb (实施, 召开) the rest of its sentence has (stop 28).
  if (at > 0 && /^\d{4}年$/.test(answer) && REVIEWED_PERIOD.test(sentence.slice(Math.max(0, at - 4), at))) return false;
  // …nor the year a speech or report names as the year it is in (2010年是…“十一五”规划的收官…之年; 2026年是“十五五”开局之年):
  // the text's own year again, though its sentence names events (召开) of that year.
  if (at >= 0 && /^\d{4}年$/.test(answer) && sentence.startsWith("是", at + answer.length) && /之年[。！]?$/.test(sentence)) return false;
  // …nor the year of a yearly round of routine business (召开了2018年度基层党组织组织生活会, 2022年度述职评议考核会,
  // 2019年度家长满意率测评): the year a meeting or report covers, whatever verb (召开) its sentence has, and a blank
  // that leaves ______度 behind cuts the word 年度 in two. News reports of such meetings put it in their first sentence.
  if (at >= 0 && /^\d{4}年$/.test(answer) && sentence.startsWith("度", at + answer.length)) return false;
  // …nor the year in the name of what the report's unit set up or held (发起成立2025年迎新研究生党员先锋队, 启动2024年…):
  // right after the verb, the year names its object and dates nothing (stop 32).
  if (at > 0 && /^\d{4}年$/.test(answer) && NAMING_VERB.test(sentence.slice(Math.max(0, at - 6), at)) && /^[\u4e00-\u9fff]/u.test(sentence.slice(at + answer.length)) && !/^[度月]/.test(sentence.slice(at + answer.length))) return false;
  // A number in a hypothetical or an example (如果规定上下浮动30%以上…，则有可能导致…控制在29.9%以内) illustrates an
  // argument, whatever limit word (以内) its clause has. A regulation's 如果 states a rule's condition with a consequence
  // that follows for certain (党员如果没有正当理由，连续六个月…，就被认为是自行脱党) and keeps it; one whose consequence only
  // may follow (则有可能导致) argues, in whatever text (stop 32).
  if (at > 0 && HYPOTHETICAL.test(sentence.slice(0, at)) && (!normative || /可能/.test(sentence))) return false;
  // A sum of money or a share outside a regulation (已提高到每年600元 in a speech, 比重不低于80% in a work report) is a
  // figure or target of the year, not a limit a rule sets, whatever 每年 or 不低于 says of it (stop 28).
  if (!normative && /(?:元|%|％)$/.test(answer)) return false;
  // …and so is a count in tens of thousands or more (提供不少于10万个就业岗位, 城镇新增就业不少于28万人): a region's own
  // target or tally, not a limit anyone is held to, whatever 不少于 says (stop 35).
  if (!normative && /\d[万亿]/.test(answer)) return false;
  // Outside a regulation the limit is read in the number's own clause: 不低于 later in a work report's sentence says
  // nothing of 推介重大项目100个以上 before it (stop 28).
  const clause = normative || at < 0 ? sentence : clauseAround(sentence, at, answer.length);
  // …and a clause that tells what happened (一个拖了四个多月没有解决的问题，三天内就迅速得以解决了) tells a story's time,
  // not a limit set for anyone: readers discarded such an anecdote's number (stop 32).
  if (!normative && at >= 0 && /了[。！；，]?$/.test(clause)) return false;
  if (RULE_LIMIT.test(clause)) return true;
  if (!/\d{4}年/.test(answer)) return false;
  // A place named after an event (湘江战役纪念园) is where a visit went, not the event (stop 32).
  const unnamed = sentence.replace(NAMED_PLACE, "");
  if (HISTORIC_EVENT.test(unnamed)) return true;
  if (MONTH_DATE.test(answer)) return EVENT_OF_RECORD.test(sentence) && DATED_RECORD.test(sentence);
  return EVENT_OF_RECORD.test(sentence);
}

/** A count with its unit (5人, 2名, 3个); 人 and 名 count people alike. */
const COUNT = /(\d+)(人|名|个|部|项|家|次)/g;
const unitOf = (unit: string) => (unit === "名" ? "人" : unit);

/**
 * Whether a counted key is the stem's total less the other parts it lists after 其中 (不超过5人，其中包括______
 * 摄像记者、1名编辑、1名摄影记者和1名文字记者: 2名), or the total its listed parts add up to (不超过______，
 * 其中包括2名…、1名…、1名…和1名…: 5人): the learner can work it out without knowing the rule.
 */
export function givenBySum(stem: string, key: string): boolean {
  const asked = /^(\d+)(人|名|个|部|项|家|次)$/.exec(key);
  const among = stem.indexOf("其中");
  if (!asked || among < 0) return false;
  const unit = unitOf(asked[2]!);
  const counted = (text: string) => [...text.matchAll(COUNT)].filter((match) => unitOf(match[2]!) === unit).map((match) => Number(match[1]));
  const parts = counted(stem.slice(among));
  if (parts.length === 0) return false;
  const partsSum = parts.reduce((sum, part) => sum + part, 0);
  // The blank is the total itself (不超过______，其中包括2名…、1名…): the parts add up to it.
  const blank = Math.max(stem.lastIndexOf("_", among), stem.lastIndexOf("（　）", among));
  if (blank >= 0 && counted(stem.slice(blank, among)).length === 0) return partsSum === Number(asked[1]);
  const total = counted(stem.slice(0, among)).at(-1);
  return total !== undefined && total - partsSum === Number(asked[1]);
}

/**
 * A statistic sentence whose blank is the category counted (现行有效______共N部，其中，A类N部，B类N部…): the stem says of
 * the category nothing but its numbers, so only a memorised count tells it from its sibling categories, each with a
 * sentence of the same form. The blank stands right before the total (共N部/个/项/件/人/名/家/所/条), and the parts after
 * 其中 are counted in the same unit.
 */
export function categoryOnlyCounted(stem: string): boolean {
  const total = /(?:_{2,}|（　）)[”》]?(?:[^，。；：_（]{0,4})共(?:有|计)?\d[\d,，.]*(?:万|亿)?(部|个|项|件|人|名|家|所|条)/.exec(stem);
  if (!total) return false;
  const after = stem.slice(total.index + total[0].length);
  const among = after.indexOf("其中");
  if (among < 0) return false;
  const unit = unitOf(total[1]!);
  const parts = [...after.slice(among).matchAll(/\d[\d,，.]*(?:万|亿)?(部|个|项|件|人|名|家|所|条)/g)].filter((match) => unitOf(match[1]!) === unit);
  return parts.length >= 1;
}

/**
 * A count of one the stem's own time already fixes (每年年底…进行______专项检查: 1次; 每月月初召开______): a point of a
 * recurring period happens once in it, so the key is implied, not a rule learnt. Not a bound (每年不超过______, 每半年至少
 * 召开______): the limit is the rule.
 */
const POINT_OF_PERIOD = /每(?:年|月|季度?|半年|周)(?:年|月|季)?(?:底|末|初|中|终)/;
export function countImpliedByTime(stem: string, key: string): boolean {
  if (!/^(?:1|一)次$/.test(key)) return false;
  const blank = stem.search(/_{2,}|（　）/);
  if (blank < 0) return false;
  const point = POINT_OF_PERIOD.exec(stem.slice(0, blank));
  if (!point) return false;
  const between = stem.slice(point.index + point[0].length, blank);
  return !/[，。；]/.test(between) && !/不超过|不少于|至少|最多|以上|以下|以内/.test(between);
}

/** Whether an offset of a text lies inside an open （…） (or (…)) bracket. */
/** A simile's vehicle: from 像/好像/好比/犹如/如同/宛如 to 一样/一般/似的 within one clause. */
const SIMILE = /(?:好像|就像|像|好比|犹如|如同|宛如|恰如)([^，。；：！？,;]{1,30}?)(?:一样|一般|似的)/g;

/** Whether `at` falls inside a simile's vehicle (像洗脸之后再照照镜子一样). */
function insideSimile(text: string, at: number): boolean {
  for (const match of text.matchAll(SIMILE)) {
    // The closing word (一样, 一般, 似的) is two characters.
    const start = match.index + match[0].length - match[1]!.length - 2;
    if (at >= start && at < start + match[1]!.length) return true;
  }
  return false;
}

function insideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (const char of text.slice(0, at)) {
    if (char === "（" || char === "(") depth += 1;
    else if ((char === "）" || char === ")") && depth > 0) depth -= 1;
  }
  return depth > 0;
}

/** The ends or starts all items of a list share (权 of 知情权、监督权; 讲 of 讲道德、讲诚信), if any. */
function sharedForm(items: readonly string[]): { suffix: string; prefix: string } {
  const common = (texts: string[]) => {
    let length = 0;
    while (texts.every((text) => text.length > length && text[length] === texts[0]![length])) length += 1;
    return texts[0]!.slice(0, length);
  };
  const reversed = items.map((item) => [...item].reverse().join(""));
  return { suffix: [...common(reversed)].reverse().join(""), prefix: common([...items]) };
}

/**
 * Wrong options of a list's kind: they end (or start) as all its items do, or the lexicon puts them
 * in a class with one of the items. Lists whose items share no form and are not in the lexicon
 * (就业、社保、医疗) get wrong options nobody can check are of their kind (阶级, 鉴别).
 */
/** Whether a wrong option is a tendency the party opposes (opposedTendency) while no key is one. */
export function opposedAmongUpheld(correct: readonly string[], wrong: readonly string[]): boolean {
  return correct.length > 0 && !correct.some(opposedTendency) && wrong.some(opposedTendency);
}

export function distractorsOfListForm(correct: readonly string[], wrong: readonly string[]): boolean {
  return wrong.every(ofListForm(correct));
}

/**
 * The test distractorsOfListForm puts to each wrong option, made once for a list: a 多选 site puts it to every text of
 * the course's pool (issue #15).
 */
export function ofListForm(correct: readonly string[]): (text: string) => boolean {
  const { suffix, prefix } = sharedForm(correct);
  const lengths = new Set(correct.map((item) => item.length));
  // Items of one length (知情权、监督权) take wrong options of that length (not 全国政权), and a shared
  // ending is no kinship when a degree or quality word leads (最客观 beside 世界观, 新变化 beside 制度化).
  const parallel = (text: string) => (lengths.size > 1 || lengths.has(text.length)) && !/^(d|a|ad|m)$/.test(taggedSpans(text)[0]?.tag ?? "");
  // A word ending most items share (主义 of 形式主义、官僚主义、享乐主义 beside 奢靡之风): a wrong option ending in it is of their kind.
  const usual = usualEnding(correct);
  // A member of a set of record kin to the list's (执政考验 beside the 四种危险) is of its kind whatever its form.
  const kin = new Set(kinSetMembers(correct));
  return (text) =>
    (suffix.length > 0 && text.endsWith(suffix) && text.length > suffix.length && parallel(text)) ||
    (prefix.length > 0 && text.startsWith(prefix) && text.length > prefix.length && parallel(text)) ||
    (usual !== null && text.endsWith(usual) && text.length > usual.length && parallel(text)) ||
    correct.some((item) => sharedVocabularyClass(item, text) !== null) ||
    kin.has(text);
}

/** A two-character ending more than half the items (and at least three) share, or null. */
function usualEnding(items: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const item of items) if (item.length > 2) counts.set(item.slice(-2), (counts.get(item.slice(-2)) ?? 0) + 1);
  const [ending, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return ending !== null && count >= 3 && count * 2 > items.length ? ending : null;
}

/** 具有（　）: qualities said to belong to something. */
const ASCRIBING = /具有（　）/;

/** A blank standing beside a 、 in a list its clause closes with 等 (not 平等, 等级, 等待 …). */
const OPEN_LIST_BLANK = /(?:、[^、，。；：]{0,12}(?:（　）|_{2,})|(?:（　）|_{2,})[^、，。；：]{0,12}、)[^，。；：]*?(?<![平对同高初均相次何])等(?![级待候于同])/;

/** Whether the stem names another member of a counted set the key is of, a set of record (四风), not a contextual one (监督体系). */
function namesCountedSetOf(key: string, stem: string): boolean {
  return PARTY_VOCABULARY.some((entry) => entry.members.includes(key) && countedClassNamed(entry.name) !== null && !onlyContextualClasses(key) && entry.members.some((member) => member !== key && stem.includes(member)));
}

/** Whether the blank is one item of a list left open by 等 (民主监督、（　）、舆论监督等各方面监督). */
export function openListItemBlank(stem: string): boolean {
  return OPEN_LIST_BLANK.test(stem);
}
/** A quality or a tendency named by its suffix (权威性, 系统化). */
const QUALITY_WORD = /^[\u4e00-\u9fff]{1,4}[性化]$/;

/** A statement opening with an adverbial (为…, 随着…) needs a main clause after it, with a verb that states something. */
const ADVERBIAL_LEAD = /^(为了?|随着|通过|根据|按照)/;
const MAIN_VERB = /是|要|必须|应当|坚持|实现|出现|形成|提出|成为|得到|需要/;

function hasVerb(text: string): boolean {
  return taggedSpans(text.replace(/_{2,}|（　）/g, "")).some((word) => /^(v|vd|vi|vg|vl)$/.test(word.tag) || word.word === "是");
}

/** Two item numbers of a list written into one line: 1. … 2. …, （1）…（2）…, ①…②…. */
const INLINE_NUMBERED_ITEMS = /(?:^|[；：;:，\s])(?:\d{1,2}[.．、]|（\d{1,2}）|\(\d{1,2}\)|[①-⑳])[^；;。]+[；;].*?(?:\d{1,2}[.．、]|（\d{1,2}）|\(\d{1,2}\)|[①-⑳])/;

function hasProperName(text: string): boolean {
  return taggedSpans(text).some((word) => /^(ns|nr|nt)/.test(word.tag));
}

/** An article number run into the text (…规范第五条廉洁从政), not a citation (本条例第十二条规定, 《党章》第三条的). */
const GLUED_ARTICLE = /[\u4e00-\u9fff](?<![例法定程则章》款])第[一二三四五六七八九十百]+条(?!规定|的|之|所|中|、|，|和|或|至|第)/;

/** What acts on a field of work just before its blank (加强______, 以______为中心, 党的______, a list's 、 or 和). */
/** A blank as the place one joins, gives oneself to or merges into (融入…的______中去, 投身于______之中). */
/** A blank as what an essay says its subject also or above all is (也是一项严肃的______, 更是一种______, 正是______). */
const RHETORICAL_BLANK = /[更正也就乃]是(?:一[项种个门场])?[^，。；：]{0,6}?(?:_{2,}|（　）)/;
const PLEDGE_DESTINATION = /(?:融入|融进|投身|投入|献身|奉献)(?:到|于)?[^，。；：]{0,12}(?:_{2,}|（　）)(?:之?中|里)/;
const GOVERNED_FIELD = /(?:加强|抓好|推进|推动|深化|加快|坚持|以|党的|开展|重视|注重|着力|搞好|做好|和|、|与|及)“?$/;

/**
 * The verbs of an exhortation whose object a speech, report or essay leaves open (坚持______, 不断加强______,
 * 杜绝______, 不搞______): in a rule the article's own subject and scope say what is meant; in a speech the verb
 * takes any of the party's watchwords (形式主义 or 官僚主义 after 杜绝; 理论联系实际, 实事求是 or 学用结合 after 坚持).
 * Not 坚定 (坚定理想信念, 坚定“四个自信”: a narrow collocation) nor 落实 or 践行 (…要求, …责任, …精神), nor 反对: a text
 * names what it sets itself against as its point (全党开展了群众路线教育实践活动，坚决反对官僚主义), and no labelled
 * blank after 反对 in a speech or report was found open.
 */
const EXHORTATION_VERB = /(?:坚持|加强|杜绝|不搞|防止|克服|贯彻|树立|遵守)$/;
/** The object of 走 ending its clause (自觉走______。): which road, the pledge does not say. */
const ROAD_PLEDGE_BLANK = /(?<![带拿抢])走_{2,}(?:[，。；！]|$)/;
/**
 * A whole quoted watchword blanked as what a deed embodies (用“按需帮扶”践行“______”, 以实际行动诠释“______”, 彰显了“（　）”):
 * the deed is told, and any watchword it lives up to fits the quotation marks (一切从实际出发, 实事求是, 为人民服务); the
 * quotation that goes on to a noun naming it (践行“______”的根本宗旨) or a longer quotation is not this.
 */
/**
 * The object of an exhortation quoted with nothing but the blank inside the marks (党章总纲“坚持______”的思想, 要“杜绝______”):
 * the quotation marks say a watchword stands there, not which; 坚持 takes 解放思想 as well as 实事求是 (stop 36). The sentence
 * pins it when it names the key's set (思想路线) or a sibling.
 */
export const QUOTED_EXHORTATION_BLANK = /(?:[“‘](?:坚持|加强|杜绝|不搞|防止|克服|贯彻|树立|遵守)|(?:坚持|加强|杜绝|不搞|防止|克服|贯彻|树立|遵守)[“‘])(?:_{2,}|（　）)[”’]/;
export const EMBODIED_WATCHWORD_BLANK = /(?:践行|诠释|彰显|印证|展现|体现)(?:了|着)?[“‘](?:_{2,}|（　）)[”’](?![的之])/;
/**
 * The writer's own pledge as one of a group or as themself (作为新时代的青年，…，我们要…; 身处新时代的我们，要…; 身为一名入党积极
 * 分子，我将…): a 心得's, 感悟's or 表态发言's resolution, whose terms are what this writer resolves to do, not what the
 * course teaches; 我们党/我国 speak for the party or the country and are not this.
 */
export const SELF_POSITIONED_PLEDGE =
  /(?:^|[，。；！？：”])(?:(?:作为|身为)[^。；！？，]{1,24}[，,](?:[^。；！？，]{1,20}[，,])?|身处[^。；！？，]{1,24}的)(?:我们(?!党)|我(?![们国党省市校院]))[^。；！？]*?(?:要|应|应该|应当|将|会|必须|一定|更要|须|需)/;
/** A blank that only says what something is (un)related to: 与______无关的参观, 与相关______无关的费用. */
export const UNRELATED_TO_BLANK = /与[^，。；：]{0,4}_{2,}[^，。；：]{0,3}(?:无关|有关)的/;
/** What after the blank's clause says what the key is (坚持______，就要一切从实际出发; ……，即……): a definition pins it. */
const DEFINED_AFTER = /^[，；]?(?:就(?:要|是)|即|也就是|是指|就是要)/;

/**
 * Whether the stem's blank is a clause of 坚持 and the blank alone (坚持______，) among at least two other clauses that open on
 * 坚持: a run of principles, where the bare slot takes any of them.
 */
export function principleRunSlot(stem: string): boolean {
  const clauses = stem.split(/[，；。：]/);
  const bare = clauses.filter((clause) => /^(?:始终|严格)?坚持_{2,}$/.test(clause)).length;
  const others = clauses.filter((clause) => /^(?:始终|严格)?坚持/.test(clause) && !/_{2,}/.test(clause)).length;
  return bare === 1 && others >= 2;
}

/**
 * Whether a blank is the bare object of an exhortation with nothing in its sentence to pin the key (stop 28): its
 * clause is the verb and the blank alone (始终坚持实事求是，不务虚功，不图虚名，不搞______，不做表面文章; 不断加强______，
 * 坚定政治信念), the clause after it does not define it, and the sentence names no other member or the name of a set
 * the key is of (坚持______，…按照集体领导和个人分工负责相结合的制度: 民主集中制, pinned by 集体领导).
 */
export function unpinnedExhortationSlot(stem: string, sentence: string, answers: readonly string[]): boolean {
  const blanks = [...stem.matchAll(/_{2,}/g)];
  if (blanks.length !== answers.length) return false;
  return blanks.some((blank, at) => {
    const before = stem.slice(0, blank.index);
    const after = stem.slice(blank.index + blank[0].length);
    // The clause ends at the blank: the key is the verb's whole object (not 坚持以______为中心, not 遵守______和政治规矩).
    if (!/^(?:[，。；！]|$)/.test(after)) return false;
    const clauseLead = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf("；"), before.lastIndexOf("。"), before.lastIndexOf("："), -1) + 1);
    if (!EXHORTATION_VERB.test(clauseLead) || clauseLead.length > 12) return false;
    if (DEFINED_AFTER.test(after)) return false;
    return !speaksOfClass(answers[at]!, sentence);
  });
}

/** A count of what was done in the year (全年参与…学习3次, 全年共开展…12场, 一年来组织…5项): a 述职's tally of the writer's work. */
export const YEAR_TALLY = /(?:全年|一年来|年内)[^，。；]{0,16}?[0-9０-９一二三四五六七八九十两]+(?:余|多)?(?:次|场|人次|项|篇|期|个|节)/;
/** Verbs that raise a quality or a capacity (增强______, 不断强化______, 提高______, 善于运用______). */
const RAISING_VERB = /(?:增强|强化|提高|提升|运用|善于进行)$/;
/** Keys that are qualities of a cadre: a 意识, a way of thinking, an ability or one of the 政治三力 (政治判断力). */
const QUALITY_KEY = /(?:意识|思维|能力|力|本领)$/;

/**
 * Whether a blank is a quality one is told to raise (不断增强______，提高政治站位; 强化______和科学谋划; 提高______，强化政治
 * 担当) with nothing in its sentence to pin which: the key is one of a set of like qualities (the 四个意识, the 思维能力, the
 * 七种能力, the 政治三力), the clause is the verb and the blank (alone, or joined by 和/与/、 to a phrase that is no member of
 * the set), and the sentence names no other member or the set itself. Every member is raised alike: 政治意识 or 大局意识,
 * 系统思维 or 战略思维 fill the blank as well (readers, stop 35 first look at news and speeches: 4 of 5 such published 填空
 * open). Each sibling the sentence names pins it (不断增强______，…；要不断增强政治领悟力: 政治判断力).
 */
export function unpinnedQualitySlot(stem: string, sentence: string, answers: readonly string[]): boolean {
  const blanks = [...stem.matchAll(/_{2,}/g)];
  if (blanks.length !== answers.length) return false;
  return blanks.some((blank, at) => {
    const answer = answers[at]!;
    if (!QUALITY_KEY.test(answer) || vocabularySiblings(answer).length < 2) return false;
    const before = stem.slice(0, blank.index);
    const after = stem.slice(blank.index + blank[0].length);
    const clauseLead = before.slice(Math.max(before.lastIndexOf("，"), before.lastIndexOf("；"), before.lastIndexOf("。"), before.lastIndexOf("："), -1) + 1);
    if (!RAISING_VERB.test(clauseLead) || clauseLead.length > 12) return false;
    if (!/^(?:[，。；！]|$|[和与、](?!_))/.test(after)) return false;
    if (DEFINED_AFTER.test(after)) return false;
    return !speaksOfClass(answer, sentence);
  });
}

/** A field of building the party or the country (作风建设, 纪律建设, 经济建设), and 加强 (党的) right before a blank. */
const BUILDING_FIELD = /建设$/;
const STRENGTHEN_BEFORE = /加强(?:党的)?$/;

/** Verbs of holding to, carrying out or strengthening, right before a blank (坚持, 贯彻执行, 严格遵守, 加强). Not 履行 or 落实, whose object (监督责任) the doer pins. */
const DUTY_VERB = /(?:坚持|执行|贯彻|遵守|加强)$/;

/**
 * Whether a blank is the object of a verb of duty (坚持______, 贯彻执行______, 严格执行（　）) and its key a member of loose
 * sets only (onlyContextualClasses: 民主集中制, 请示报告制度, 党内监督), with no other member or name of its set in the
 * sentence and no definition after it: any member of the set is held to or carried out, so nothing pins the key.
 */
export function looseSetDutyObject(stem: string, sentence: string, answers: readonly string[]): boolean {
  const blanks = [...stem.matchAll(/_{2,}|（　）/g)];
  if (blanks.length !== answers.length) return false;
  return blanks.some((blank, at) => {
    const answer = answers[at]!;
    const before = stem.slice(0, blank.index);
    // A field of the party's building (作风建设, 思想建设) after 加强(党的): 加强 takes every 建设 of the set alike, so
    // unless the sentence names the rest of the set, nothing pins which one (readers, issue 16).
    if (BUILDING_FIELD.test(answer) && vocabularyClassOf(answer) !== null && STRENGTHEN_BEFORE.test(before) && !completesClassIn(answer, sentence)) return true;
    if (!onlyContextualClasses(answer) || !DUTY_VERB.test(before)) return false;
    if (DEFINED_AFTER.test(stem.slice(blank.index + blank[0].length))) return false;
    return !speaksOfClass(answer, sentence);
  });
}

/**
 * A blank that is only what something is to be combined with (与______结合起来, 同______相结合, 与______紧密结合) or
 * what is to run through or into a whole (把______贯穿其中, 把______贯穿始终, 把______融入…): the verb takes any
 * principle, task or campaign the text might name (改革创新, 党的领导, 全面从严治党), and nothing else in the clause
 * says which. A blank among the items of a list (与群众监督、法律监督、______结合起来) is not this: its siblings pin it.
 */
const COUPLING_SLOT = /(?:[与同](?:_{2,}|（　）)(?:紧密|有机|相)?结合|把(?:_{2,}|（　）)(?:贯穿|融入|融汇|落实到))/;

/** Whether a 填空's or 单选's blank is the bare object of a coupling or pervading verb (COUPLING_SLOT), its sentence pinning nothing. */
export function couplingSlot(stem: string, sentence: string, answers: readonly string[]): boolean {
  if (!COUPLING_SLOT.test(stem) || answers.length !== 1) return false;
  return !speaksOfClass(answers[0]!, sentence);
}

/**
 * A blank that opens its sentence or clause as its topic (______本身不能解决…; ______揭示了…; 凡是______坚持得好的时候;
 * …，______就要跟进到什么阶段) and is followed by what the text says of it, not by what it is: not 是/即/：(a definition or
 * a label's line), not 、/和/及/等 (an item of a list), not a comma or the sentence's end (an adverbial or a list item).
 * A quotation closed just before it (古人说：“…失于傲。”______不是等得来的) ends a sentence as well (stop 38).
 */
const TOPIC_BLANK = /(?:^|[，；。]|[。！？]”|凡是)_{2,}(?![_是即：:，、；。等以和与及（(“”》的]|为|作为)/;

/**
 * Whether a 填空's key is a member of a set of the lexicon (四风, 党的路线, 党的指导思想) blanked as the topic of its sentence
 * or clause (TOPIC_BLANK) with nothing there to pin it: no other member or name of its set (speaksOfClass) and no
 * definition after it. What the sentence says of 形式主义 it says as well of 官僚主义, and 凡是______坚持得好的时候 fits
 * any line of the party. Members of contextual sets only (党内监督, 民主集中制) are left out: out of their set's context
 * they are ordinary names, no sibling stands ready to fill the blank (issue #16, stop 31).
 */
export function siblingFitsTopic(stem: string, sentence: string, answers: readonly string[]): boolean {
  if (answers.length !== 1 || [...stem.matchAll(/_{2,}/g)].length !== 1) return false;
  const answer = answers[0]!;
  if (vocabularyClassOf(answer) === null || onlyContextualClasses(answer)) return false;
  return TOPIC_BLANK.test(stem) && !speaksOfClass(answer, sentence);
}

/** True when the source sentence, its key blanked, is one siblingFitsTopic doubts: a sibling swapped in fits as well. */
function swapFitsTopic(sentence: string, key: string): boolean {
  const at = sentence.indexOf(key);
  return at >= 0 && siblingFitsTopic(`${sentence.slice(0, at)}______${sentence.slice(at + key.length)}`, sentence, [key]);
}

/** Lexicon sets whose members are parts of one whole that overlap: a statement of one often holds of another. */
// 问责方式 too: 通报批评, 诫勉 and 组织调整 are themselves kinds of 组织处理, and a text that pairs 纪律处分 with 组织处理
// pairs it as readily with 通报批评 (灵活运用纪律处分和组织处理手段 → 通报批评和组织处理: still sound; stop 28).
// 党的思想路线 too: its four phrases (一切从实际出发, 理论联系实际, 实事求是, 在实践中检验真理和发展真理) say one line, and
// 实事求是 holds the others: 坚持理论联系实际 → 坚持实事求是 is still sound, and readers discarded both such 判断 (stop 32).
export const OVERLAPPING_CLASSES = new Set(["党的建设", "五位一体", "四个全面", "党风廉政建设的“两个责任”", "问责方式", "党的思想路线"]);

/** A pointer to another paragraph, item or article of the regulation (前款, 本条第一款, 第十二条规定), or an editor's note into the book (参看本篇附录, 本书第二卷). */
const CROSS_REFERENCE = /前款|前两款|参看|参见|见本书|本书第|本篇附录|前三款|前项|上款|本条第[一二三四五六七八九十]+[款项]|第[一二三四五六七八九十百]+条(?:第[一二三四五六七八九十]+款)?(?:规定|所列|所称)|(?:本规定|本条例|本规则|本办法|本准则)第[一二三四五六七八九十百]+条|第[一二三四五六七八九十]+章(?:[、和至]第[一二三四五六七八九十]+章)*(?:的)?(?:有关|相关)?(?:条款|规定)/;

/**
 * A blank in the description of whom a sanction is given to (给予______转入…的国有企业退休人员党纪处分), which may run
 * over one comma (给予______转入援派或者挂职单位，但不改变…人事关系的违纪党员干部党纪处分): the rule is who approves, not that description.
 */
const RECIPIENT_BLANK = /给予[^，。；]*(?:_{2,}|（　）)[^，。；]*(?:，[^，。；]*)?的[^，。；]*(?:党员|人员|干部|军官)[^，。；]*处分/;

/** A discussion prompt: opening on 谈谈…, 试述…, 试论…, (请)结合…谈谈/论述…, or asking to 谈谈 after a lead (从…的角度，谈谈…; 请你据此谈谈…). */
const DISCUSSION_PROMPT = /^(?:请你?)?(?:谈谈|谈一谈|试述|试论|试谈|试析)|^(?:请你?)?结合[^。；]{1,40}?(?:谈谈|谈一谈|论述|阐述|说明)|(?:[，,]|据此)(?:谈谈|谈一谈)/;

/**
 * A blank inside the title of a talk or an article the sentence names as such (以《…，以钉钉子精神推进______》为题; 题为《…》的
 * 报告): a word of what one speaker called the talk, an incidental detail of the report (stop 32).
 */
const TALK_TITLE_BLANK = /以《[^》]*(?:_{2,}|（　）)[^》]*》为题|题为《[^》]*(?:_{2,}|（　）)[^》]*》|《[^》]*(?:_{2,}|（　）)[^》]*》为题/;

/**
 * A stem that is a citation line alone (a note's “see also”: 《中共中央关于______若干重大问题的决定》（2013年）。, 《…》，新华网。):
 * its blank is a word of the title it cites, and outside its titles and brackets it says next to nothing of its own.
 */
export function citationTitleBlank(stem: string): boolean {
  if (!/《[^》]*(?:_{2,}|（　）)[^》]*》/.test(stem)) return false;
  const own = stem.replace(/《[^》]*》/g, "").replace(/[（(][^（）()]*[）)]/g, "");
  return (own.match(/\p{Script=Han}/gu)?.length ?? 0) < CITATION_OWN_CHARS;
}
/** A citation line's own words (见, 新华网, 人民出版社) stay under this many characters. */
const CITATION_OWN_CHARS = 6;

/**
 * A blank qualifying a verb (则______地进行调整: 实事求是): outside a rule, the manner a speech says something is done in, in
 * passing. A regulation's manner (应当______地查清事实) is the rule itself and is left alone. 地 opening a noun (______地区,
 * ______地方) is no adverb mark.
 */
const ADVERB_BLANK = /(?:_{2,}|（　）)地(?![区方位带域图球质理点面下上段基盘处步])/;

/** A blank naming whose interests are served, beside another owner (维护______和农民群众利益): a modifier of 利益. */
const INTEREST_OWNER_BLANK = /(?:_{2,}|（　）)(?:和|与|及)[\u4e00-\u9fff]{1,8}(?:利益|权益)/u;

/** Pieces of an outline run: at least this many short pieces between ；. */
const OUTLINE_PIECES = 3;
/** A piece of at most this many characters (a blank counted as its marker) is an outline phrase, not a clause of a rule. */
const OUTLINE_PIECE = 16;

/** A piece led by a note's short label (战略举措：…, 政治：…): an outline entry, however long. */
const LABELLED_PIECE = /^[^，。；：“”]{2,6}：/;

/**
 * Whether a stem is a study note's outline, not a statement (NOTE_OUTLINE): items numbered inside one line
 * (1. 坚持…；2. 坚持…); three or more short phrases or labelled entries between ； (新文化运动；______；改造国民性的
 * 启蒙运动; 战略举措：…); three or more parts most of which have no verb or are a label and its value; or five or
 * more parts most of which are short phrases without a comma (过度批判孔学；接受马克思主义).
 */
export function isNoteOutline(stem: string): boolean {
  if (INLINE_NUMBERED_ITEMS.test(stem)) return true;
  const pieces = stem.replace(/[。！？”]+$/, "").split("；");
  if (pieces.length >= OUTLINE_PIECES && pieces.filter((piece) => piece.length > 0 && (piece.length <= OUTLINE_PIECE || LABELLED_PIECE.test(piece))).length >= OUTLINE_PIECES) return true;
  const parts = stem.replace(/[。！？]$/, "").split(/[；;]/).map((part) => part.replace(/_{2,}|（　）/g, "").trim()).filter((part) => part.length > 0);
  if (parts.length < 3) return false;
  const bare = parts.filter((part) => /^[^，。“”]{2,8}：/.test(part) || !hasVerb(part)).length;
  const headwords = parts.filter((part) => part.length <= 12 && !/[，,]/.test(part)).length;
  return bare * 2 > parts.length || (parts.length >= 5 && headwords * 2 > parts.length);
}

/** Near-synonyms and superordinates of the party vocabulary: options in one group are never told apart fairly. */
const SYNONYM_GROUPS: string[][] = [
  ["人民", "群众", "人民群众", "全国人民", "广大群众", "老百姓", "百姓", "民众", "广大人民"],
  ["党", "中国共产党", "共产党", "我党", "党组织", "执政党"],
  ["干部", "党员干部", "领导干部", "公职人员"],
  ["纪律", "党纪", "党的纪律"],
  ["作风", "工作作风", "党风"],
  ["监督", "党内监督"],
  ["宗旨", "根本宗旨", "全心全意为人民服务"],
];

function synonymGroup(text: string): number {
  return SYNONYM_GROUPS.findIndex((group) => group.includes(text));
}

/**
 * Two options that may both be right: in one near-synonym group, or one's head word (its last word)
 * a modifier in the other (全国人民 beside 人民群众: the 人民 of one is who the other is about).
 * Sharing the head word makes siblings, not synonyms (法治思维 beside 历史思维).
 */
export function nearSynonyms(a: string, b: string): boolean {
  const group = synonymGroup(a);
  if (group >= 0 && group === synonymGroup(b)) return true;
  // A part and its whole (党内民主 and 民主集中制): the lexicon's 上下位 of party doctrine.
  if (partOrWhole(a, b)) return true;
  const wordsA = taggedSpans(a).filter((word) => word.word.length >= 2);
  const wordsB = taggedSpans(b).filter((word) => word.word.length >= 2);
  const headA = wordsA[wordsA.length - 1]?.word;
  const headB = wordsB[wordsB.length - 1]?.word;
  const modifies = (head: string | undefined, words: typeof wordsA) => head !== undefined && words.slice(0, -1).some((word) => word.word === head && word.tag.startsWith("n"));
  return modifies(headA, wordsB) || modifies(headB, wordsA);
}

const TARGET_DOUBT: Record<Exclude<TargetVerdict, "ok" | "actor">, DoubtCode> = { title: "TITLE_TARGET", generic: "GENERIC_TARGET", "verb-led": "VERB_LED_TARGET" };

/** The key a question tests, when it is one term (blank, correct option, the part a 判断 changes). */
function targets(candidate: Candidate): string[] {
  const { question, evidence } = candidate;
  if (question.focus === "speaker" || question.focus === "heading-list" || question.focus === "definition" || question.focus === "number") return [];
  if (question.type === "MULTIPLE_CHOICE" || question.type === "SHORT_ANSWER") return [];
  return evidence.answers;
}

/** A 判断's quotation, after its speaker's colon, whole to its closing mark: no ellipsis, a verb in it. */
function quotedWhole(stem: string): boolean {
  const quote = /：“([^“”]+)”[。！]?$/.exec(stem)?.[1];
  return quote !== undefined && !quote.includes("……") && hasVerb(quote);
}

/** A stem opening on its blank as the subject whose aim, essence or core it states (______的目的主要是…, （　）的本质在于…). */
const ESSENCE_OF_BLANK = /^(?:_{2,}|（　）)的(?:根本目的|目的|本质|实质|核心|要义|精髓|总目标|根本特征|本质特征)(?:主要|就|正)?(?:是|在于)/;

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
  // Not in a rule-setting text here: its preamble's 为落实______要求 is umbrellaBlank's (below), which now takes it.
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

/** Judicial bodies and the acts only they perform in the clause after them (a small data set, not one document's words). */
const BODY_ACTS: ReadonlyArray<{ body: RegExp; act: RegExp }> = [
  { body: /(?:人民法院|审判机关)$/u, act: /^[^，。；]{0,4}(?:判处|判决|审判)/u },
  { body: /(?:人民检察院|检察机关)$/u, act: /^[^，。；]{0,4}(?:审查起诉|提起公诉|公诉)/u },
];

/** Tags of a word a key can qualify when nothing stands between them: a noun, a verbal noun, an adjective. */
const QUALIFIED_TAG = /^(?:n|ng|nz|vn|an|a)$/;

/**
 * True when a key outside the party vocabulary is blanked right before a word it qualifies (丰富______精神文化生活,
 * 化解______矛盾): the blank is a modifier of a longer phrase. A blank before 工作 is left to the field rule.
 */
export function qualifiesNextWord(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (key === undefined || vocabularyClassOf(key) !== null || !/^[\u4e00-\u9fff]/.test(sentence.slice(blank.end))) return false;
  // A blank inside a quotation (“______精神”) blanks a word of a quoted name or slogan, whose wording is its own.
  if (sentence.lastIndexOf("“", blank.start) > sentence.lastIndexOf("”", blank.start)) return false;
  const next = taggedSpans(sentence).find((word) => word.start === blank.end);
  // jieba tags some plain nouns as a person's name (小康 of 全面小康): such a word counts unless the course knows it as a person.
  return next !== undefined && next.word !== "工作" && (QUALIFIED_TAG.test(next.tag) || (next.tag === "nr" && !isLexiconPerson(next.word)));
}

/** True for a key of two words, an ordinary noun and a generic head (地方政府, 指导意见), outside the party vocabulary (not 密切联系群众). */
export function genericHeadPhrase(key: string): boolean {
  if (vocabularyClassOf(key) !== null) return false;
  const words = taggedSpans(key);
  return words.length === 2 && words[0]!.tag === "n" && isGenericWord(words[1]!.word) && !isGenericWord(words[0]!.word);
}

function bodyGivenByAct(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (!key) return false;
  const after = sentence.slice(blank.end);
  return BODY_ACTS.some(({ body, act }) => body.test(key) && act.test(after));
}

/** Words that make a longer name of the field after them (廉洁 of 廉洁文化建设, 党风 of 党风廉政建设): adjectives and nouns, not verbs or particles. */
const NAME_MODIFIER_TAG = /^(?:a|an|b|n|nz|ng)$/;

function fieldNameTail(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (!key?.endsWith("建设")) return false;
  const before = taggedSpans(sentence).find((word) => word.end === blank.start);
  return before !== undefined && before.word.length >= 2 && NAME_MODIFIER_TAG.test(before.tag);
}

/** The fixed parts a policy or work document's opening section is divided into, whatever its subject. */
// An exam's sections by question type (简答题, 材料分析题, 论述题) are such fixed parts too: an answer key's layout (stop 32).
const FRAME_PART = /^(?:指导思想|总体思路|总体目标|目标任务|主要目标|工作目标|基本原则|工作原则|总体要求|基本要求|主要任务|重点任务|保障措施|组织领导|组织保障|实施步骤|重要意义|适用范围|(?:单项选择|多项选择|选择|判断|填空|简答|论述|材料分析|辨析|名词解释|问答|案例分析)题)$/u;

/** Whether a heading's subheadings (two or more) are all such fixed parts, or one of them is a section's title (关于宣传队工作). */
export function frameSubheadings(items: readonly string[]): boolean {
  const parts = items.map((item) => item.replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]?\s*/u, "").replace(/[。；;，\s]+$/u, ""));
  return parts.length >= 2 && (parts.every((part) => FRAME_PART.test(part)) || parts.some((part) => part.startsWith("关于")));
}

/** Masked names, numbers and dates of a template or sample: 张××, 1＊＊＊＊＊2117, ×月×日, XX省. */
/**
 * A quiz's own blank in its question, left empty ("（ ）", "()", "（　）") or holding the answer's letter as banks print
 * their keys ("坚持（ C ）", "（AB）"): either way the item's blank, not a statement's word.
 */
const QUIZ_BLANK = /[（(][\s\u3000]*(?:[A-F]{1,6}[\s\u3000]*)?[)）]/;
/** A quiz bank's options after its question, as the content pipeline joins an item ("…（ ）。A.甲；B.乙。答案：B。"). */
const QUIZ_OPTIONS_IN_TEXT = /[。？?）)]\s*A[.．、][^。]*[；;]\s*B[.．、]/;
const ANONYMISED = /[×＊Ｘ]{2}|\*{2}|[×＊][月日年号]|X{2}[省市县局部]/u;

function speakerInTitle({ question, evidence }: Candidate, index: CourseIndex): boolean {
  const module = index.module(question.moduleId);
  const titles = module ? [index.documentTitle(module), module.title] : [];
  return evidence.answers.some((speaker) => speaker.length >= 2 && titles.some((title) => title.includes(speaker)));
}

/** The kind word a title of a rule-setting text ends in (…条例, …实施细则, …意见), once a status note (（试行）) is cut off. */
const RULE_TITLE_END = /(?:条例|准则|规定|细则|办法|章程|党章|规则|决定|决议|意见|通知|纲要|规范|制度|宪法|法)$/;
/** A title's trailing status note: （试行）, （2018年修订）, （全文）. */
const TITLE_NOTE = /[（(][^）)]*[）)]$/;

/** A title with its 《》 and trailing status note (（试行）) cut off: the name whose last word says its kind. */
export function titleName(title: string): string {
  return title.replace(/^《|》$/g, "").replace(TITLE_NOTE, "");
}

/**
 * Whether a title names a text that sets rules by its kind word (…工作条例, …实施细则（试行）, …监察法). A title naming an
 * article (…第三十九条规定) refers to a regulation rather than being one.
 */
export function titleNamesRuleText(title: string): boolean {
  const name = titleName(title);
  return RULE_TITLE_END.test(name) && !/第[一二三四五六七八九十百零〇]+条规定$/.test(name);
}
/**
 * The writer speaking of themself (我), outside quotations: not 我国/我党/我们/我驻…, which speak for a
 * country or a body, nor 自我 (自我批评, 自我革命). 本人 is left out: regulations use it of the person a rule
 * names (向…党员及其本人宣布).
 */
const FIRST_PERSON = /(?<!自)我(?![国党们省市区县乡镇村校院军方委局厅部司处所驻])/;
const QUOTED = /“[^”]*”|「[^」]*」/g;
/** A shortcoming admitted (但…不够, 还存在差距, 有待提高, 不足之处). */
const SHORTCOMING = /(?:但|还|仍|尚)[^。；]*(?:不够|不足|欠缺|差距|有待)/;
/** A blank that is a whole clause of its sentence: nothing but punctuation (or the sentence's start or end) on either side. */
const WHOLE_CLAUSE_BLANK = /(?:^[“‘]?|[，；：。])(?:_{2,}|（　）)(?:[，；。]|$)/;

/** Whether a text speaks in the writer's own first person outside what it quotes. */
export function speaksOfWriter(text: string): boolean {
  return FIRST_PERSON.test(text.replace(QUOTED, ""));
}

/** Whether a heading-list 简答 is asked of its document's own title (the stem opens with the quoted title, not 《…》中). */
function isDocumentTitleHeading({ question }: Candidate, index: CourseIndex): boolean {
  const module = index.module(question.moduleId);
  if (!module) return false;
  const title = index.documentTitle(module).replace(/^《|》$/g, "").replace(/“/g, "‘").replace(/”/g, "’");
  return title.length > 0 && question.stem.startsWith(`“${title}”`);
}

/**
 * A counted set of record blanked where the text names it in quotation marks (推进“______”深入党心军心民心: 两个维护;
 * 协调推进“______”战略布局: 四个全面): the blank asks which set the sentence names, and the 解析 says what the set holds
 * (「两个维护」指…; explanation.ts setHolds), which is what a learner must know. Stop 28 held such blanks back because
 * their 解析 quoted the text and never said what the set holds; they say it now (stop 37: readers kept 8 of the 11
 * drafts of this kind held back by ESSAY_TERM_BLANK alone). Not:
 * - a set whose members are its name counted off (四种形态: 第一种形态…): its 解析 says nothing the name does not;
 * - a set the stem spells out itself (按照“______”（讲政治、有信念，讲规矩、有纪律…）): its 解析 repeats the stem;
 * - a set named after the document was written;
 * - every blank of the stem not in quotation marks: a bare name in prose may be a word of it.
 * The caller leaves out personal accounts (a 述职's 提升“______”: the writer's own activity; readers discarded it).
 */
function quotedCountedSetName(stem: string, answer: string, year: number | null): boolean {
  const entry = countedClassNamed(answer);
  if (!entry || ordinalMembers(entry.members) || classPostdates(entry.name, year)) return false;
  if (entry.members.every((member) => stem.includes(member))) return false;
  const blanks = stem.match(/_{2,}/g)?.length ?? 0;
  const quoted = stem.match(/“_{2,}”/g)?.length ?? 0;
  return blanks > 0 && quoted === blanks;
}

/**
 * The kind of text a module comes from, as the gate reads it: one that sets rules, a personal account, or neither. Both
 * are read off the document's kind (lib/content/document-kind.ts, DocumentReport.kind) by kind-policy.ts: one reading of
 * what a document is, not two (stop 37).
 */
export function documentKindOf(moduleId: string, index: CourseIndex): { normative: boolean; personal: boolean } {
  const module = index.module(moduleId);
  if (!module) return { normative: false, personal: false };
  const kind = index.documentKind(module);
  return { normative: setsRules(kind), personal: speaksOfItself(kind) };
}

/** What may stand before a statement without being part of it: quotation marks, an article number, a list marker (and an answer key's lead, ANSWER_KEY_LEAD). */
const LEAD_MARKS = /^[\s“‘"]*(?:第[一二三四五六七八九十百零〇]+条|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])?[\s“‘"]*/;

/** Whether the statement the stem is made of starts inside its sentence, leaving words of the sentence's head out. */
function headCutOff({ question, evidence }: Candidate, index: CourseIndex): boolean {
  if (!question.passageId || !question.span || evidence.sentence === null) return false;
  const sentence = index.passage(question.passageId)?.passage.text.slice(question.span.start, question.span.end);
  const at = sentence?.indexOf(evidence.sentence) ?? -1;
  if (!sentence || at <= 0) return false;
  const lead = sentence.slice(0, at).replace(ANSWER_KEY_LEAD, "").replace(LEAD_MARKS, "");
  // A note's label the sentence says again (精神实质：…精神实质是…) was left out as scaffolding, not as the sentence's head.
  const before = lead.slice(redundantLabel(lead + sentence.slice(at)));
  return /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(before);
}

/** A clause that only fronts an object (对…的言行, 关于…的问题): its verb is yet to come. */
const PREPOSED_OBJECT = /^(?:对于?|关于|针对)[^，；：]*的[\u4e00-\u9fff]{1,4}$/;

/** The sentence of its passage a question's span starts in. */
function sourceSentence(question: Question, index: CourseIndex): { text: string } | undefined {
  if (!question.passageId || !question.span) return undefined;
  const { start } = question.span;
  return index.passage(question.passageId)?.passage.sentences.find((candidate) => candidate.start <= start && start < candidate.end);
}

/** Whether the stem stops before its sentence does, on a clause that waits for its verb. */
/** A blank beside a generic circumstance, either way round (______和工作需要, 实际情况和______). */
const GENERIC_CIRCUMSTANCE = "(?:工作需要|岗位要求|实际需要|实际情况|工作实际|本地实际|本地区实际|有关规定|相关规定|岗位职责)";
const CIRCUMSTANCE_PAIR = new RegExp(`(?:_{2,}|（　）)(?:和|、|及|以及)${GENERIC_CIRCUMSTANCE}|${GENERIC_CIRCUMSTANCE}(?:和|、|及|以及)(?:_{2,}|（　）)`, "u");

/**
 * Whether a title the stem quotes holds the key, or all of it but its one-character head (配合______工作…制定《被巡视党组织
 * 配合中央巡视工作规定》: 中央巡视组).
 */
export function quotedTitleGivesKey(stem: string, answer: string): boolean {
  if (answer.length < 3) return false;
  const titles = [...stem.matchAll(/《([^》]*)》/gu)].map((match) => match[1]!).filter((title) => !/_{2,}|（　）/.test(title));
  return titles.some((title) => title.includes(answer) || title.includes(answer.slice(0, -1)));
}

function tailCutBeforeVerb({ question }: Candidate, index: CourseIndex): boolean {
  const sentence = sourceSentence(question, index);
  if (!sentence) return false;
  const last = question.stem.replace(/[。！？”]+$/, "").split(/[，；：]/).pop() ?? "";
  if (last.length < 2 || /_{2,}|（　）/.test(last)) return false;
  const at = sentence.text.lastIndexOf(last);
  if (at < 0 || !/[\u4e00-\u9fff]/.test(sentence.text.slice(at + last.length))) return false;
  // A list closed by 等 whose sentence goes on (向中央纪委、（　）、审计署…以及…单位和部门等，[了解…情况]) is the object of a
  // verb the stem left out.
  if (/等$/.test(last)) return true;
  // A clause of 对…的言行 is the object a verb after it takes: the stem ends before saying what is done with it.
  // (A last clause without a verb the tagger sees is not enough: 讲话全文另发 reads whole, and readers kept it.)
  // A clause that is only a time to start from (即日起, 自今日起, 近日) waits for what starts then.
  return PREPOSED_OBJECT.test(last) || TIME_ONLY_CLAUSE.test(last);
}

/** A clause of a starting time alone (即日起, 从即日起, 自今日起, 近日): the action it dates is yet to come. */
const TIME_ONLY_CLAUSE = /^(?:自|从)?(?:即日|今日|今天|本日|近日|日前|当日|次日)起?$/;

/**
 * A lead that announces a list (主要目标是：, 重点内容包括, 着力点有：, 重点检查): what follows it is meant to be the whole list.
 * Not a lead of one thing (指导思想是：坚持…，全面贯彻…; 核心观点是：…): its clauses are one statement, not items.
 */
const LIST_LEAD = /(?:目标|内容|任务|重点|措施|要求|方面|着力点|表现|职权|职责|举措|途径|方式)(?:主要)?(?:是|为|有|包括)[：:]?(?!\s*“)|包括|重点检查|主要有/;

/**
 * Whether the stem keeps a list's lead and its first items but stops before its sentence does, the sentence going on with
 * more of the list (主要目标是：…，美丽河北建设取得更大进展，[平安河北建设达到更高水平]。; 重点检查遵守…，坚定理想信念，
 * [增强“四个意识”…等情况]): the stem shows part of a list as the whole of it (issue #16). A stem ending on 等 says the list goes on.
 */
function listCutShownWhole({ question, evidence }: Candidate, index: CourseIndex): boolean {
  const sentence = sourceSentence(question, index);
  if (!sentence) return false;
  let blank = 0;
  const said = question.type === "TRUE_FALSE" && evidence.sentence !== null ? evidence.sentence : question.stem;
  const body = said.replace(/[。！？”]+$/, "").replace(/_{2,}|（　）/g, (marker) => evidence.answers[blank++] ?? marker);
  if (/等$/.test(body)) return false;
  const lead = LIST_LEAD.exec(body);
  if (!lead) return false;
  // The list runs over two clauses of the stem at least after its lead: one item cut is a sentence of its own.
  if (body.slice(lead.index + lead[0].length).split(/[，；、]/).filter((item) => item.length >= 2).length < 2) return false;
  const last = body.split(/[，；：]/).pop() ?? "";
  if (last.length < 2) return false;
  const at = sentence.text.lastIndexOf(last);
  if (at < 0) return false;
  // The sentence goes on with more of the list: another clause after a comma or semicolon.
  return /^[，；、][^。！？]*[\u4e00-\u9fff]{4}/.test(sentence.text.slice(at + last.length));
}

/** A verb that says what is to be done or what holds (要, 必须, 给予, 是 …): a clause led by 对… has its predicate once one follows. */
const RULING_VERB = /要|必须|应当|应该|应|须|给予|不得|严禁|是|实行|负责|予以|依照|按照/;

/**
 * Whether the stem is only the condition or the fronted object of its sentence, cut before what the
 * sentence rules about it: the sentence goes on to close the condition (…不力，给党组织造成…的，给予…处分),
 * or the stem opens with 对… and never says what is done (对…不抵制、不斗争，[…的坚决不用]).
 */
function conditionCut({ question, evidence }: Candidate, index: CourseIndex): boolean {
  const sentence = sourceSentence(question, index);
  if (!sentence) return false;
  // The stem as the source says it: each blank filled with its answer.
  let blank = 0;
  // A 判断's statement is read as the source says it, before any change (evidence.sentence).
  const said = question.type === "TRUE_FALSE" && evidence.sentence !== null ? evidence.sentence : question.stem;
  const body = said.replace(/[。！？”]+$/, "").replace(/_{2,}|（　）/g, (marker) => evidence.answers[blank++] ?? marker);
  const last = body.split(/[，；：]/).pop() ?? "";
  if (last.length < 2 || /_{2,}|（　）/.test(last)) return false;
  const at = sentence.text.lastIndexOf(last);
  if (at < 0) return false;
  const rest = sentence.text.slice(at + last.length);
  if (!/[\u4e00-\u9fff]/.test(rest)) return false;
  // The sentence closes the condition after the stem, and the stem holds no ruling of its own (…的，依照…处理).
  if (/^(?:[，、][^。；！？]{0,40}?)?的[，；]/.test(rest) && !/的[，；]/.test(body) && !RULING_VERB.test(body)) return true;
  const opening = body.replace(/^在[^，]{2,30}中，/, "");
  // A purpose clause (为了…，根据…，结合…) puts the main clause last (…，制定本规则): a stem that stops before it has none.
  if (/^为了/.test(opening)) return true;
  return /^对(?!党忠诚)/.test(opening) && !RULING_VERB.test(opening.replace(/^对[^，；]*/, ""));
}

/** The word a definition question asks about: 什么是X？, 简述X的地位和作用。 or 简述X的地位。 */
/** Nouns of a figure of speech ending a 是-clause or its first item (试金石、风向标; 领头雁). Not 生命线: 群众路线是党的生命线 is doctrine. */
const FIGURE_NOUN = "(?:试金石|风向标|晴雨表|领头雁|压舱石|定盘星|主心骨|排头兵|火车头|助推器|催化剂|磨刀石|试验田|加油站|指南针|金钥匙|顶梁柱)";
const FIGURE_OF_SPEECH = new RegExp(`${FIGURE_NOUN}(?:$|、)`);
const DEFINED = /(?:什么是(.+)？|简述(.+)的地位(?:和作用)?。)$/;
/** A 是-predicate that gives a thing's standing, not its content (…之策, …的关键, …的重要保证, …的组织基础). */
// An evaluation is no definition either (大学时期是价值观养成的关键阶段, 国营企业是社会主义经济的骨干力量): it ranks X
// among its kind, a learner asked what X is would not give it (stop 32).
const STANDING_PREDICATE = /^(?:[^，；。]*(?:之策|之本|之基|的关键|的根本|的保证|的保障|的基础|组织基础|的前提|的核心|的灵魂|的命脉|的法宝|的重要内容|的重要举措|的重要途径|的重要标志|(?:关键|骨干|中坚|主力|主要|重要|决定性)(?:阶段|时期|力量|障碍|因素|环节)))$/;
/** A predicate opening on a short label and a colon (新民主主义文化是科学的：…): one attribute of X, set out as a note's line, not what X is. */
const ATTRIBUTE_LABEL = /^[^，；。：:]{1,8}[：:]/u;
/** A 是-predicate that opens on its context (是相关…, 是上述…, 是该…): the stem does not say what it points at. */
const CONTEXT_PREDICATE = /^(?:相关|有关|上述|前述|该|此)/;

/** Headings of an essay's frame rather than its teaching (学习心得体会, 引言, 结语, 本课题…). */
// A case commentary's fixed parts (基本案情, 分歧意见, 评析意见) are its layout, not a list the course sets out (stop 28).
/**
 * A heading that names a part of a document, whatever the document is about: a note's 说明/备注/附件, an event plan's
 * parts (活动背景, 活动内容, 活动后期…), an exam paper or its answer key (模拟试卷一参考答案) and its sections by
 * question type (简答题, 材料分析题).
 */
const DOCUMENT_PART = /^(?:说明|备注|附件|附录|附注|注意事项|编者按|活动(?:背景|目的|意义|主题|时间|地点|对象|人员|内容|流程|安排|准备|前期|中期|后期|总结|要求|形式|方案|步骤)|[^，。]*(?:参考答案|答案解析|试卷|试题)|(?:单项选择|多项选择|选择|判断|填空|简答|论述|材料分析|辨析|名词解释|问答|案例分析)题)$/u;

/** The heading a heading-list 简答 asks about: the quoted heading (“X”包括哪几个方面？) or the named one (X有哪些？). */
function askedHeading(stem: string): string | null {
  const quoted = /“([^”]+)”(?:包括哪几个方面|一节论述了哪几个方面)？$/u.exec(stem);
  if (quoted) return quoted[1]!;
  const named = /^(?:《[^》]*》中，)?(.+?)(?:有哪些|包括哪些)？$/u.exec(stem);
  return named ? named[1]! : null;
}

/** Whether a heading-list 简答 asks about a part of its document (说明, 活动后期, 简答题) rather than a concept. */
export function isDocumentPartHeading(stem: string): boolean {
  const heading = askedHeading(stem);
  return heading !== null && DOCUMENT_PART.test(heading.replace(/^[一二三四五六七八九十\d.．、（）()\s]+/u, ""));
}

const OUTLINE = /心得|体会|课题|引言|前言|结语|结束语|摘要|参考文献|绪论|导论|综述|基本案情|简要案情|案情简介|分歧意见|评析意见|案例评析|案例分析/;

/** A note's label naming a kind of content (核心要求：, 实践要求：, 管理要求：) opening a stem. */
const KIND_LABEL = /^[^，。；：“”（）]{0,4}(?:要求|原则|意义|任务|措施|方法|特点|做法|目标|重点|途径|方式)：/;

/** Whether a stem is a kind label's line going on without a subject: its first word a verb or an adverb (改进…, 毫不动摇地坚持…). */
function subjectlessUnderKindLabel(stem: string): boolean {
  const label = KIND_LABEL.exec(stem);
  if (!label) return false;
  const rest = stem.slice(label[0].length);
  // A blank there is the line's subject (根本原则：______是…): it has one.
  if (/^(?:_{2,}|（　）)/.test(rest)) return false;
  const first = taggedSpans(rest).at(0);
  return first !== undefined && /^(?:v|d|ad)$/.test(first.tag);
}

/** A heading-list question on a heading that names a field of study (…知识, 学习内容, 核心内容, 学习要点, …实务): a syllabus's chapter. */
const FIELD_OF_STUDY_HEADING = /(?:知识|知识点|学习内容|核心内容|学习要点|知识要点|实务)”?(?:包括哪几个方面|有哪些|一节论述了哪几个方面)？$/;

/** A blank (or choice gap) next to a range's dash or 至: one end of a range (1921-（　）, ______至1923年, 3-______年). */
/** A number the stem gives as one end of a span of dates or counts: `X至17日`, `1921-X`, `从1月至X`. */
const RANGE_END_AFTER = /^\s*(?:[-－—–～~]|至|到(?=[\d〇零一二三四五六七八九十]{1,4}[年月日号]))\s*[\d〇零一二三四五六七八九十]/;
const RANGE_END_BEFORE = /[\d〇零一二三四五六七八九十][年月日号]?\s*(?:[-－—–～~]|至)\s*$/;

/** Whether `number`, where the stem has it, is one end of a span (the other end named beside it). */
export function changesRangeEnd(stem: string, number: string): boolean {
  const at = stem.indexOf(number);
  if (at < 0) return false;
  return RANGE_END_AFTER.test(stem.slice(at + number.length)) || RANGE_END_BEFORE.test(stem.slice(Math.max(0, at - 8), at));
}

const RANGE_END_BLANK = /[\d〇零一二三四五六七八九十][-－—–～~](?:（　）|_{2,})|(?:（　）|_{2,})[-－—–～~]\s*[\d〇零一二三四五六七八九十]|从(?:（　）|_{2,})至/;

/** A sentence that says under what circumstances an event took place (是在…的情况下进行的): no definition of it. */
const CIRCUMSTANCE = /是在[^，。；]*(?:情况|条件|背景|形势|环境)下(?:进行|发生|召开|举行|开始)的/;

/** A short piece after the stem's last sentence end (…为人民服务。”近年来。, …的党。”反过来说。): a fragment of the next sentence. */
const TRAILING_FRAGMENT = /[。！？”][^。！？“”]{1,7}[。！？]$/;

/** The stem's last clause opens what the sentence never closes: 既 without 又/也, a clause ending in 时/之后/以前 or 的是, or a condition after ；. */
function endsOpen(stem: string): boolean {
  const body = stem.replace(/[。！？”]+$/, "");
  const last = body.slice(Math.max(body.lastIndexOf("；"), body.lastIndexOf("，")) + 1);
  const both = body.lastIndexOf("既");
  // 不仅/不但 with no 而且, 还, 更 or 也 after it (…，不仅要关注…的违纪问题。) was cut before the clause it leads to (stop 28).
  const notOnly = Math.max(body.lastIndexOf("不仅"), body.lastIndexOf("不但"));
  // A condition after ； that the stem stops on (…；情节严重的。) waits for the ruling the next clause gives.
  const condition = /；([^，；。]{1,12})的$/.exec(body);
  // A last clause that is a preposition's phrase with no verb after it (…，以我们党良好的思想作风。) was cut before its verb.
  const words = taggedSpans(last);
  // (Not 以…为…, whose 为 is the verb, nor a clause the tagger cannot read.)
  const danglingPreposition =
    words.length >= 2 && words[0]!.tag === "p" && /^(?:以|通过|按照|依照|根据|在|对|为了|随着)$/.test(words[0]!.word) && !last.includes("为") && !words.slice(1).some((word) => /^[vx]/.test(word.tag));
  // A last clause that only names the means (…，通过参加集中学习、专题研讨、个人自学等方式。) was cut before what was done by them.
  const onlyMeans = /^(?:通过|采取|采用|利用|借助)[^，；]*(?:方式|形式|途径|办法|手段|渠道)$/.test(last);
  // A stem that is only a rule's condition (…脱离组织出走时间不满一个月又自动回归的。) names a case; it states nothing.
  const onlyCondition = /的$/.test(body) && !RULING_VERB.test(body) && !/为|属于/.test(last);
  return (both >= 0 && !/[又也]/.test(body.slice(both + 1))) || (notOnly >= 0 && !/而且|并且|还|更|也|同时/.test(body.slice(notOnly + 2))) || /(时|之时|之后|以后|以前|之前|的是|在于)$/.test(last) || afterAnAct(last) || TRAILING_FRAGMENT.test(stem) || condition !== null || onlyCondition || danglingPreposition || onlyMeans;
}

/**
 * A clause of time after an act (…常委会审议批准后, 经…充分沟通后), or of an approval (经本机关主要负责人批准),
 * which waits for what then happens or may be done.
 */
function afterAnAct(clause: string): boolean {
  const words = taggedSpans(clause);
  return (words.at(-1)?.word === "后" && /^v/.test(words.at(-2)?.tag ?? "")) || /^经[^，；]{2,24}(?:批准|同意|审批|决定|研究)$/.test(clause);
}

/** Characters of context on each side of a blank that a fixed phrase is recognised by. */
const COLLOCATION_CONTEXT = 3;
const COLLOCATION_MIN_USES = 3;
const COLLOCATION_SHARE = 0.8;

/**
 * Whether the words beside a blank give its key away: in this course, the three characters before it
 * (批评和, 全心全意's 全心全意) or after it are followed (or preceded) by the key nearly every time
 * they occur, and occur often — a fixed phrase anyone completes without knowing the text.
 */
function collocationGivesKey(sentence: string, blank: { start: number; end: number }, key: string | undefined, index: CourseIndex): boolean {
  if (!key) return false;
  const before = sentence.slice(Math.max(0, blank.start - COLLOCATION_CONTEXT), blank.start);
  const after = sentence.slice(blank.end, blank.end + COLLOCATION_CONTEXT);
  const gives = (context: string, phrase: string) => {
    if (!/^[\u4e00-\u9fff]+$/.test(context) || context.length < COLLOCATION_CONTEXT) return false;
    const uses = index.count(context);
    return uses >= COLLOCATION_MIN_USES && index.count(phrase) / uses >= COLLOCATION_SHARE;
  };
  return gives(before, before + key) || gives(after, key + after);
}

/** Paired levels: a key on one (下级组织, 中央委员会) beside its counterpart with the same head (上级组织, 地方各级委员会) is forced by it. */
const LEVEL_PAIR = /^(上级|下级|中央|地方各级|地方|同级|基层)(.{2,})$/;

/**
 * Whether the rest of the sentence gives a blank's key away: it says the key's body again
 * (请示报告 beside ______ = 请示报告制度, 全面从严治党 beside 全面从严治党主体责任), or the key's
 * counterpart at another level (上级组织 beside 下级组织; 地方各级委员会 beside 中央委员会).
 */
/**
 * The short form a text gives the name right before it, read from the name's end (a blank's end in a stem): ______（以下简称巡视组）,
 * 》（以下简称《问责条例》）, （　）)（简称“中央纪委”）, （以下称…).
 */
const SHORT_FORM_AFTER = /^[》”’）)]?[（(](?:以下)?简?称[：:]?[《“‘]?([^》”’）)]{2,})/;

/** Whether every character of `short` stands in `full` in the same order (问责条例 in 中国共产党问责条例, 中央纪委 in 中央纪律检查委员会). */
function spellsOutOf(short: string, full: string): boolean {
  let at = 0;
  for (const char of short) {
    at = full.indexOf(char, at);
    if (at < 0) return false;
    at += 1;
  }
  return true;
}

/**
 * Whether the short form a text gives right after a blank ending at `end` (（以下简称《问责条例》）) is shorter than the key and
 * spelt out of it (巡视组 of 中央巡视组, 中央纪委 of 中央纪律检查委员会), and of no wrong option: the learner reads the answer off it.
 * One rule for the source sentence (at its blank) and the stem (at each of its blanks).
 */
export function shortFormSpellsKey(text: string, end: number, key: string | undefined, wrong: readonly string[]): boolean {
  if (!key) return false;
  const short = SHORT_FORM_AFTER.exec(text.slice(end))?.[1];
  if (short === undefined || short.length >= key.length || !spellsOutOf(short, key)) return false;
  return !wrong.some((option) => spellsOutOf(short, option));
}

/** Where each blank of a stem ends (______, （　）). */
function blankEnds(stem: string): number[] {
  return [...stem.matchAll(/_{2,}|（　）/g)].map((match) => match.index + match[0].length);
}

function keyEchoed(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (!key) return false;
  const rest = sentence.slice(0, blank.start) + "|" + sentence.slice(blank.end);
  // The key less its last word (制度, 责任, 工作 …), when what is left is a name of its own (four characters or more).
  for (let cut = 2; cut <= 3; cut++) {
    const body = key.slice(0, key.length - cut);
    if (body.length >= 4 && rest.includes(body)) return true;
  }
  // A leader's doctrine (毛泽东思想, 邓小平理论) beside the leader it is named after (以毛泽东同志为主要代表的…，创立了______).
  const person = /^(\p{Script=Han}{2,3}?)(?:新时代\p{Script=Han}*)?(?:思想|理论)$/u.exec(key)?.[1];
  // Not the subject a definition names (______是…以毛泽东为主要代表的中国共产党人…形成的…指导思想): the leader is part of what defines it.
  if (person !== undefined && isLexiconPerson(person) && rest.includes(person) && !/^\|是/.test(rest.slice(blank.start))) return true;
  const level = LEVEL_PAIR.exec(key);
  if (level) {
    const [, own, head] = level;
    for (const other of ["上级", "下级", "中央", "地方各级", "地方", "同级", "基层"]) {
      if (other !== own && !own!.startsWith(other) && rest.includes(`${other}${head}`)) return true;
    }
  }
  return false;
}

/**
 * Whether the key less its head (its last one or two characters: 精神 of 长征精神) stands elsewhere in the sentence
 * right after the two or three characters that lead to the blank (伟大的长征 … 伟大的______).
 */
export function bodyAfterSameLead(sentence: string, blank: { start: number; end: number }, key: string | undefined): boolean {
  if (!key || key.length < 3) return false;
  const lead = sentence.slice(Math.max(0, blank.start - 3), blank.start);
  if (!/^[\u4e00-\u9fff]{2,3}$/u.test(lead)) return false;
  const rest = sentence.slice(0, blank.start) + "|" + sentence.slice(blank.end);
  return [1, 2].some((cut) => key.length - cut >= 2 && rest.includes(lead + key.slice(0, key.length - cut)));
}

/**
 * A predicate that weighs rather than states: a role (是…的重要保障, 根本保证, 重要内容) or a superlative of
 * the subject's own word (动摇是最危险的动摇). Not a rank of record (政治纪律是党最根本、最重要的纪律).
 */
const EVALUATIVE_PREDICATE = /是[^，。；：]*(?:重要|根本|基本)(?:保障|保证|内容|基础|前提|条件|途径|手段|举措|方式|环节)|([\u4e00-\u9fff]{2})是最[^，。；：]*的\1/;

/** A predication a learner can know to be so or not: X是Y, X成为Y, X设在Y, X负有/承担/负责 Y, X属于/包括 Y. */
const FACT_PREDICATE = /是|成为|设在|负有|承担|负责|实行|作为|属于|包括/;
/**
 * In a rule-setting text, a rule of who does or decides what is a fact of record too (委员出缺，由候补委员…依次递补; 组长由
 * 纪委书记担任; 在…双重领导下进行工作; 定期向全体会议报告工作; 向…全面派驻纪律检查组): another body or act makes it false.
 */
const NORMATIVE_FACT_PREDICATE = /由[^，。；]{2,30}?(?:担任|决定|递补|制定|召集|主持|批准|任命|审批|领导|指导|解释)|在[^，。；]{2,40}领导下|向[^，。；]{2,30}(?:报告工作|派驻|负责)|继续主持|登记至/;
/** A predicate an essay argues with (更是, 正是, 就…成为): rhetoric that nobody marks false, not a fact stated. */
const RHETORICAL_PREDICATE = /[更正也就才都乃](?:是|十分自然地成为|成为)/;
/** A level of the party's or the state's hierarchy (中央, 地方, 基层, 各级 …): it qualifies a body, and any other level would read as well. */
const LEVEL_WORD = /^(?:中央|地方|基层|全国|上级|下级|同级|本级|各级|省级|市级|县级|乡级)$/;
/** A verb of reporting to a body (报告, 汇报, 请示): a key ending in one after 向… is the body and the verb together. */
const REPORTING_VERB_END = /.(?:报告|汇报|请示)$/;

/**
 * The bodies and people who act (领导班子, 领导机关, 班子成员, 纪检干部): a blank on one asks who, not what. A party
 * organization named only by its level (基层党组织, 各级党组织, 党支部, 党总支) is the default bearer of a regulation's duties:
 * 党组织 or 各级党组织 reads as well in the blank (a reader discarded ______应当注重分析党员思想状况…, stop 39).
 */
const ACTOR_HEAD = /(?:班子|机关|成员|干部|人员|同志|党委|党组|党组织|党支部|党总支|(?<!委员会)委员|纪委监委)$/;

/**
 * True 判断 that readers kept state a fact of the course (政治纪律是党最根本、最重要的纪律; 办公室设在中央纪律检查委员会);
 * those they discarded narrated (随着…出现了…), described (人民利益包含着非常丰富的内容) or said of the party
 * what every text says of it (中国共产党是一个靠群众工作起家的党). In an essay or study notes, where most
 * such sentences are the author's argument (党和人民群众的关系是鱼水关系、血肉关系; 民主执政…更是…的表现),
 * the subject must be a term the course names or the lexicon knows, or a person's word (江泽民同志提出).
 */
function statesAFact(stem: string, index: CourseIndex, normative: boolean): boolean {
  const match = FACT_PREDICATE.exec(stem) ?? (normative ? NORMATIVE_FACT_PREDICATE.exec(stem) : null);
  if (!match || RHETORICAL_PREDICATE.test(stem)) return false;
  const subject = stem.slice(0, match.index).replace(/[，、：“”]/g, "");
  if (subject.length === 0 || judgeTarget(subject, index) === "actor") return false;
  if (normative) return true;
  const head = subject.replace(/的.*$/, "");
  return vocabularyClassOf(subject) !== null || vocabularyClassOf(head) !== null || isNamedInCourse(subject, index) || isNamedInCourse(head, index) || hasPersonName(subject);
}

function hasPersonName(text: string): boolean {
  return taggedSpans(text).some((word) => word.tag === "nr");
}

/** The score of a set of doubts: each lowers its feature by its factor; the score is the product of the features. */
export function confidenceOf(doubts: readonly string[]): Confidence {
  const features: ConfidenceFeatures = { importance: 1, form: 1, distractors: 1, support: 1 };
  for (const code of doubts) {
    const doubt = DOUBTS[code as DoubtCode];
    if (doubt) features[doubt.feature] *= doubt.factor;
  }
  const score = Math.round(features.importance * features.form * features.distractors * features.support * 100) / 100;
  return { score, features, doubts: [...doubts] };
}

/** Two words of two or more characters joined by a slash, not a unit of a number (微克/立方米 after 25). */
const NOTE_SLASH = /[\u4e00-\u9fa5]{2}\/[\u4e00-\u9fa5]{2}/g;

/** True when a stem holds a note's slash between alternative words (基本点/精髓), not a unit of measure after a number. */
export function hasNoteSlash(stem: string): boolean {
  for (const match of stem.matchAll(NOTE_SLASH)) {
    const before = stem.slice(Math.max(0, match.index - 8), match.index + 2);
    if (!/\d[\u4e00-\u9fa5A-Za-z.]*$/.test(before)) return true;
  }
  return false;
}

/** The list item just before a blank: up to four characters of words before 、 和 及 与 that end where the blank begins. */
const ITEM_BEFORE_BLANK = /([\u4e00-\u9fa5]{1,4})[、和及与](?:_{2,}|（　）)/;

/**
 * Whether the key's set's head word (监督, 建设) closes a list whose item before the blank is a bare word without it, no
 * longer than what the key puts before the head (干部 beside 群众 of 群众监督): a word of the same rank as that part. A longer
 * item is another kind of thing listed (政策研究、制度建设; 城镇化、农业现代化 of another set).
 */
export function headSharedByList(stem: string, key: string): boolean {
  const head = sharedClassEnding(key);
  if (head === null) return false;
  const item = ITEM_BEFORE_BLANK.exec(stem.replace(/以及/g, "及"))?.[1];
  return item !== undefined && !item.endsWith(head) && item.length <= key.length - head.length;
}
