

/**
 * The doubt table and the score made of it: each doubt code with the feature it lowers
 * (importance, form, distractors, support) and by what factor, the Chinese reason an instructor
 * reads in the review queue, and the threshold a score must reach to be published.
 */

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

/** Doubt codes with the feature they lower and the factor they lower it by. */
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
  BOILERPLATE_BASIS: { feature: "importance", factor: 0.5, label: "考的是开头的套话（条例据以制定的党章或法律，或“以马克思列宁主义、毛泽东思想……为指导”的指导思想表述），几乎每部党内法规、报告和讲话都这样写，考不出内容" },
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
