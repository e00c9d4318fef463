import { describe, expect, it } from "vitest";
import { balanceTrueFalse, generateQuestionBank, indexCourse, judgeTarget, nearSynonyms, PUBLISH_THRESHOLD, reviewReason, scoreCandidate, type Candidate, type Question } from "@/lib/questions";
import { categoryOnlyCounted, changesRangeEnd, countImpliedByTime, distractorsOfListForm, givenBySum, shortFormSpellsKey, hasNoteSlash, speaksOfWriter, tellsEventFrame } from "@/lib/questions/confidence";
import { speakerPool } from "@/lib/questions/distractors";
import { nameOwnDocument } from "@/lib/questions/build-candidate";
import { commonActorTarget } from "@/lib/questions/quality-gate/common-actor-target";
import { fixtureModule } from "./fixture-course";
import { asSingleChoice, fillBlankCandidate, fixtureContext, lettered, placedIn } from "./fixtures";

const { index } = fixtureContext();

const fillBlank = fillBlankCandidate;

describe("the confidence score", () => {
  it("publishes a well-formed blank on a course term with full confidence", () => {
    const confidence = scoreCandidate(fillBlank("全党开展了党的群众路线教育实践活动，坚决反对官僚主义。", "官僚主义"), index);
    expect(confidence.doubts).toEqual([]);
    expect(confidence.score).toBe(1);
  });

  it("sends a 填空 whose 解析 only repeats the answer, 出处 and source sentence to review, and no other type (stop 32)", () => {
    const bare = fillBlank("全党开展了党的群众路线教育实践活动，坚决反对官僚主义。", "官僚主义");
    const confidence = scoreCandidate({ ...bare, evidence: { ...bare.evidence, explanationTeaches: false } }, index);
    expect(confidence.doubts).toEqual(["BARE_EXPLANATION"]);
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
    expect(scoreCandidate({ ...bare, evidence: { ...bare.evidence, explanationTeaches: true } }, index).doubts).toEqual([]);
    const choice = asSingleChoice(bare, ["形式主义", "享乐主义", "奢靡之风"]);
    expect(scoreCandidate({ ...choice, evidence: { ...choice.evidence, explanationTeaches: false } }, index).doubts).not.toContain("BARE_EXPLANATION");
  });

  it("sends a stem opening with a dangling 这/该/其 to review", () => {
    const confidence = scoreCandidate(fillBlank("该方针要求全党反对形式主义和官僚主义。", "官僚主义"), index);
    expect(confidence.doubts).toContain("DANGLING_REFERENCE");
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
  });

  it("sends a stem naming 这类现象 or 上述问题 it never named before to review, as bank:eval counts it", () => {
    expect(scoreCandidate(fillBlank("针对这类现象，全党开展了党的群众路线教育实践活动。", "群众路线"), index).doubts).toContain("DANGLING_REFERENCE");
  });

  it("sends a stem cut mid-clause to review", () => {
    const confidence = scoreCandidate(fillBlank("并且反对形式主义和官僚主义，密切联系群众。", "官僚主义"), index);
    expect(confidence.doubts).toContain("STEM_STARTS_MID_CLAUSE");
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
  });

  it("sends a place or a power offered among the four winds (日本帝国主义) to review", () => {
    const { question, evidence } = fillBlank("针对形式主义、官僚主义、享乐主义、奢靡之风等四风问题，全党开展了教育实践活动。", "形式主义");
    const options = lettered(["形式主义", "官僚主义", "享乐主义", "奢靡之风", "日本帝国主义", "拜金主义"]);
    const candidate: Candidate = {
      question: { ...question, type: "MULTIPLE_CHOICE", focus: "enumeration", stem: "根据原文，下列属于“四风”的有（　）。", options, answer: ["A", "B", "C", "D"] },
      evidence: { ...evidence, blanks: undefined, distractors: ["日本帝国主义", "拜金主义"] },
    };
    expect(scoreCandidate(candidate, index).doubts).toContain("DISTRACTOR_OTHER_KIND");
  });

  it("takes a kin set's members (执政考验 beside the 四种危险) for wrong options of the list's kind, whatever their form", () => {
    const { question, evidence } = fillBlank("新形势下，精神懈怠危险、能力不足危险、脱离群众危险、消极腐败危险更加尖锐地摆在全党面前。", "精神懈怠危险");
    const options = lettered(["精神懈怠危险", "能力不足危险", "脱离群众危险", "消极腐败危险", "执政考验", "外部环境考验"]);
    const candidate: Candidate = {
      question: { ...question, type: "MULTIPLE_CHOICE", focus: "enumeration", stem: "下列属于“四种危险”的有（　）。", options, answer: ["A", "B", "C", "D"] },
      evidence: { ...evidence, blanks: undefined, distractors: ["执政考验", "外部环境考验"] },
    };
    const { doubts } = scoreCandidate(candidate, index);
    expect(doubts).not.toContain("LIST_DISTRACTOR_UNLIKE");
    expect(doubts).not.toContain("DISTRACTOR_OTHER_KIND");
    // Words of no kin set, of another form, are still doubted.
    const unlike: Candidate = { ...candidate, question: { ...candidate.question, options: lettered(["精神懈怠危险", "能力不足危险", "脱离群众危险", "消极腐败危险", "生态良好", "发展更加广泛"]) } };
    expect(scoreCandidate(unlike, index).doubts).toContain("LIST_DISTRACTOR_UNLIKE");
  });

  it("sends a 判断 made false by a bare negation, or cut to its adverbial, to review", () => {
    const negated = fillBlank("党群关系是政党与人民群众之间的关系。", "是", "党群关系不是政党与人民群众之间的关系。");
    const statement: Candidate = { question: { ...negated.question, type: "TRUE_FALSE", focus: "definition", answer: false }, evidence: { ...negated.evidence, change: { kind: "negation", from: "是", to: "不是" } } };
    expect(scoreCandidate(statement, index).score).toBeLessThan(PUBLISH_THRESHOLD);
    const cut = fillBlank("为更好进行伟大斗争、推进党的建设新的伟大工程。", "伟大斗争");
    const truncated: Candidate = { question: { ...cut.question, type: "TRUE_FALSE", stem: "为更好进行伟大斗争、推进党的建设新的伟大工程。", answer: true }, evidence: cut.evidence };
    expect(scoreCandidate(truncated, index).doubts).toContain("STATEMENT_TRUNCATED");
  });

  it("sends a 判断 or a 填空 made from a note's review question (…的含义，怎么做到…？) to review, not a statement", () => {
    const question = fillBlank("实事求是的含义，怎么做到实事求是？", "实事求是");
    expect(scoreCandidate(question, index).doubts).toContain("QUESTION_AS_STATEMENT");
    const swapped: Candidate = { question: { ...question.question, type: "TRUE_FALSE", stem: "理论联系实际的含义，怎么做到实事求是？", answer: false }, evidence: question.evidence };
    expect(scoreCandidate(swapped, index).doubts).toContain("QUESTION_AS_STATEMENT");
    const statement = fillBlank("实事求是是毛泽东思想的精髓。", "实事求是");
    expect(scoreCandidate(statement, index).doubts).not.toContain("QUESTION_AS_STATEMENT");
  });

  it("sends a stem keeping a note's slash alternatives (基本点/精髓) to review, not a unit after a number (25微克/立方米)", () => {
    const note = fillBlank("实事求是是毛泽东思想的基本点/精髓，是党认识世界/改造世界的根本要求。", "实事求是");
    expect(scoreCandidate(note, index).doubts).toContain("NOTE_SHORTHAND");
    expect(hasNoteSlash("细颗粒物平均浓度降至25微克/立方米，优良天数比率达到90%。")).toBe(false);
    expect(hasNoteSlash("差旅住宿标准为每人每天500元/人天以内。")).toBe(false);
    expect(hasNoteSlash("实事求是是党的思想路线的核心。")).toBe(false);
    const plain = fillBlank("实事求是是毛泽东思想的精髓。", "实事求是");
    expect(scoreCandidate(plain, index).doubts).not.toContain("NOTE_SHORTHAND");
  });

  it("sends a single choice whose wrong options mostly differ from the key in kind (知情权 among 新情况, 权力观) to review", () => {
    const base = fillBlank("广大农民群众迫切要求落实选举权、知情权、参与权、决策权和监督权。", "知情权");
    const unlike = asSingleChoice(base, ["议政权", "新情况", "权力观"]);
    expect(scoreCandidate(unlike, index).doubts).toContain("DISTRACTOR_UNLIKE_KEY");
    const alike = asSingleChoice(base, ["议政权", "表决权", "新情况"]);
    expect(scoreCandidate(alike, index).doubts).not.toContain("DISTRACTOR_UNLIKE_KEY");
  });

  it("sends a single choice whose key alone lacks the ending its wrong options share (奢靡之风 among …主义) to review, siblings of its set or not", () => {
    const odd = asSingleChoice(fillBlank("全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。", "奢靡之风"), ["个人主义", "本位主义", "好人主义"]);
    expect(scoreCandidate(odd, index).doubts).toContain("DISTRACTOR_UNLIKE_KEY");
    const even = asSingleChoice(fillBlank("全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。", "享乐主义"), ["本位主义", "自由主义", "分散主义"]);
    expect(scoreCandidate(even, index).doubts).not.toContain("DISTRACTOR_UNLIKE_KEY");
  });

  it("sends a stem with an article number or a heading run into its text to review", () => {
    const glued = scoreCandidate(fillBlank("党员领导干部廉洁自律规范第五条廉洁从政，自觉保持人民公仆本色。", "人民公仆"), index);
    expect(glued.doubts).toContain("LIST_MARKER_IN_STEM");
    const cited = scoreCandidate(fillBlank("依照本条例第十二条规定，全党反对形式主义和官僚主义。", "官僚主义"), index);
    expect(cited.doubts).not.toContain("LIST_MARKER_IN_STEM");
  });

  it("sends a statement cut before its predicate, or a stem without a verb, to review", () => {
    const cut = fillBlank("中国共产党以中国人民利益的代表者为己任，它同中国人民大众的关系。", "代表者");
    const statement: Candidate = { question: { ...cut.question, type: "TRUE_FALSE", stem: cut.evidence.sentence!, answer: true }, evidence: cut.evidence };
    expect(scoreCandidate(statement, index).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(fillBlank("全国人大、国务院、全国政协，最高人民法院、最高人民检察院。", "全国政协"), index).doubts).toContain("NO_PREDICATE");
  });

  it("sends a 判断 whose swapped term repeats the words before it (联系密切联系群众) to review", () => {
    const base = fillBlank("党员干部是联系党和人民群众的桥梁，必须密切联系群众。", "人民群众");
    const garbled: Candidate = {
      question: { ...base.question, type: "TRUE_FALSE", stem: "党员干部是联系密切联系群众的桥梁。", answer: false },
      evidence: { ...base.evidence, change: { kind: "term-swap", from: "党和人民群众", to: "密切联系群众" } },
    };
    expect(scoreCandidate(garbled, index).doubts).toContain("FALSEHOOD_GARBLED");
  });

  it("publishes a number a regulation sets or the date of an event of record, and sends a count told in passing to review", () => {
    const number = (sentence: string, answer: string): Candidate => {
      const base = fillBlank(sentence, answer);
      return { ...base, question: { ...base.question, focus: "number" } };
    };
    expect(scoreCandidate(number("中央政治局委员每人每年出访不超过1次，时间不超过10天。", "10天"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(number("八项规定是中共中央政治局于2012年12月颁布的党内法规。", "2012年"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(number("当时的中国农村，文盲占90%左右，很少有人知道外面的世界。", "90%"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(number("抗战胜利后，10万干部战士出关，3年后百万大军入关。", "3年"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    // How long something took in a story (三天内就…解决了) is no limit a rule sets, though 天内 reads like one (stop 32).
    expect(scoreCandidate(number("会上批评了拖延的单位，结果拖了四个月的问题，三天内就迅速得以解决了。", "三天"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(number("走访后，仅用1个月就解决了管护费问题。", "1个月"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(number("检举人的反馈应当在办结之日起15个工作日内作出。", "15个工作日"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
    // A deadline in hours and a period of years a rule sets are limits too (issue 16: facts of record held in review).
    expect(scoreCandidate(number("需要采取留置措施的，应当在24小时内通知其所在单位和家属。", "24小时"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(number("统筹各类教育培训，原则上每5年对领导人员培训全覆盖。", "5年"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(number("抗战胜利后，10万干部战士出关，48小时后抵达前线。", "48小时"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    // The year a speech or report names as the one it is in is its own year, though events of that year are named (stop 29).
    const ownYear = "2010年是绍兴教育“十一五”规划的收官、国家《中长期教育改革和发展规划纲要》的起始实施、全国教育工作会议召开之年。";
    expect(scoreCandidate(number(ownYear, "2010年"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(number("1978年召开的党的十一届三中全会，实现了伟大转折。", "1978年"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("sends a day or month of an office's routine business to review, not the day a congress met, a text was issued or took effect (stop 29)", () => {
    const number = (sentence: string, answer: string): Candidate => {
      const base = fillBlank(sentence, answer);
      return { ...base, question: { ...base.question, focus: "number" } };
    };
    const doubted = (sentence: string, answer: string) => scoreCandidate(number(sentence, answer), index).doubts.includes("NUMBER_OF_NO_RECORD");
    // 召开 and 公布 are events, but of the news of the day: a 民主生活会, the month a monthly report covers.
    expect(doubted("2024年12月26日至27日，中共中央政治局召开民主生活会，习近平总书记主持会议并发表重要讲话。", "2024年12月26日")).toBe(true);
    expect(doubted("2024年12月25日，中央纪委国家监委公布了2024年11月全国查处违反中央八项规定精神问题汇总情况。", "2024年11月")).toBe(true);
    // A congress, a document named, a founding or an entry into force dates an event of record.
    expect(doubted("1945年4月至6月召开的党的七大，将毛泽东思想确立为党的指导思想并写入党章。", "1945年4月")).toBe(false);
    expect(doubted("2012年12月，中共中央政治局审议通过了《十八届中央政治局关于改进工作作风、密切联系群众的八项规定》。", "2012年12月")).toBe(false);
    expect(doubted("本条例自2019年7月8日起施行。", "2019年7月8日")).toBe(false);
    expect(doubted("1949年10月1日，中华人民共和国中央人民政府成立。", "1949年10月1日")).toBe(false);
    // An event of party history is of record though it names no document: an enlarged Politburo meeting, an uprising, a battle.
    expect(doubted("1935年1月，中共中央政治局在贵州遵义召开扩大会议，确立了毛泽东在党中央和红军的领导地位。", "1935年1月")).toBe(false);
    expect(doubted("1927年8月1日，中国共产党领导了南昌起义，打响了武装反抗国民党反动派的第一枪。", "1927年8月1日")).toBe(false);
  });

  it("sends a question on the clause that repeals an older text to review (REPEAL_CLAUSE, stop 29)", () => {
    const repeal = fillBlank("本条例自2015年8月3日起施行。2009年7月2日中共中央印发的《中国共产党巡视工作条例（试行）》同时废止。", "2009年7月2日", "______中共中央印发的《中国共产党巡视工作条例（试行）》同时废止。");
    expect(scoreCandidate({ ...repeal, question: { ...repeal.question, focus: "number" } }, index).doubts).toContain("REPEAL_CLAUSE");
    const issued = fillBlank("2012年2月4日，中央纪委印发了《违规发放津贴补贴行为适用〈中国共产党纪律处分条例〉若干问题的解释》。", "中国共产党纪律处分条例");
    expect(scoreCandidate(issued, index).doubts).not.toContain("REPEAL_CLAUSE");
  });

  it("sends a question on a text's record of its own adoption to review (PROMULGATION_RECORD)", () => {
    const adopted = fillBlank("《某某行为处分规定》已经2014年3月6日某部第5次部务会议审议通过，现予公布。", "2014年3月6日");
    expect(scoreCandidate({ ...adopted, question: { ...adopted.question, focus: "number" } }, index).doubts).toContain("PROMULGATION_RECORD");
    // What the text lays down, or a congress adopting the charter as an event of record, is no such record.
    const rule = fillBlank("本规定自2014年5月1日起施行。", "2014年5月1日");
    expect(scoreCandidate({ ...rule, question: { ...rule.question, focus: "number" } }, index).doubts).not.toContain("PROMULGATION_RECORD");
    const congress = fillBlank("党的第十九次全国代表大会部分修改，2017年10月24日通过。", "2017年10月24日");
    expect(scoreCandidate({ ...congress, question: { ...congress.question, focus: "number" } }, index).doubts).not.toContain("PROMULGATION_RECORD");
  });

  it("sends a 判断 made false by moving a number told in passing (执政已经300多年) to review, not one moving a limit a rule sets", () => {
    const moved = (sentence: string, from: string, to: string): Candidate => {
      const base = fillBlank(sentence, from);
      return { question: { ...base.question, type: "TRUE_FALSE", stem: sentence.replace(from, to), answer: false }, evidence: { ...base.evidence, change: { kind: "number-change", from, to } } };
    };
    expect(scoreCandidate(moved("现在中国共产党执政已经60多年，很多人的观念发生了变化。", "60多年", "300多年"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(moved("中央政治局委员每人每年出访不超过1次，时间不超过10天。", "10天", "20天"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("sends a blank on one item of a list, or on a two-character word of everyday prose, to review", () => {
    const item = fillBlank("违反八项规定精神，存在形式主义、官僚主义、享乐主义等问题。", "享乐主义");
    expect(scoreCandidate({ ...item, question: { ...item.question, focus: "enumeration" } }, index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("对党的领导干部的问责方式包括：（一）通报。", "通报"), index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("省、自治区、直辖市党委巡视工作领导小组办公室为党委工作部门。", "直辖市党委"), index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("领导干部下基层要轻车简从，了解实情，督查落实。", "实情"), index).doubts).toContain("SHORT_COMMON_KEY");
    expect(scoreCandidate(fillBlank("全党开展了党的群众路线教育实践活动，反对形式主义和官僚主义。", "官僚主义"), index).doubts).not.toContain("SHORT_COMMON_KEY");
  });

  it("sends a stem cut from the back half of its sentence (the subject left behind) to review", () => {
    const sentence = "其他中央政治局委员到地方考察调研，陪同的中央和国家机关有关部门负责同志不超过2人。";
    const window = "陪同的中央和国家机关有关部门负责同志不超过2人。";
    const module = fixtureModule("中央八项规定实施细则", "调研", [sentence], [], "mod_c");
    const courseIndex = indexCourse({ modules: [module] });
    const base = fillBlank(window, "2人");
    const cut = placedIn({ ...base, question: { ...base.question, span: { start: 0, end: sentence.length } } }, module);
    expect(scoreCandidate(cut, courseIndex).doubts).toContain("SENTENCE_HEAD_CUT");
    const full: Candidate = { ...cut, evidence: { ...cut.evidence, sentence } };
    expect(scoreCandidate(full, courseIndex).doubts).not.toContain("SENTENCE_HEAD_CUT");
  });

  it("sends a stem ending in a piece of the next sentence (…”近年来。) or inside 既… to review", () => {
    const statement = (stem: string): Candidate => {
      const base = fillBlank(stem, "为人民服务");
      return { ...base, question: { ...base.question, type: "TRUE_FALSE", stem, answer: true } };
    };
    expect(scoreCandidate(statement("“我们所做的一切，都是为人民服务。”近年来。"), index).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(statement("全党既反对否定为人民服务的错误倾向。"), index).doubts).toContain("STATEMENT_TRUNCATED");
    // 不仅/不但 without the clause it leads to (更要…, 而且…) was cut short (stop 28).
    expect(scoreCandidate(statement("拿着纪律尺子量党员干部行为，不仅要关注为人民服务中的违纪问题。"), index).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(statement("不仅要关注为人民服务中的违纪问题，更要对照六大纪律进行监督。"), index).doubts).not.toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(statement("我们党的根本宗旨是全心全意为人民服务。"), index).doubts).not.toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(statement("对违反政治纪律的，给予警告或者严重警告处分；情节严重的。"), index).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(statement("对违反政治纪律的，给予警告处分；情节严重的，给予开除党籍处分。"), index).doubts).not.toContain("STATEMENT_TRUNCATED");
    // A choice stem too (…不超过（　）；其他中央政治局委员到地方考察调研时。).
    const sentence = "省陪同的负责同志不超过3人；其他中央政治局委员到地方考察调研时。";
    const base = fillBlank(sentence, "3人", sentence.replace("3人", "（　）"));
    const choice = asSingleChoice(base, ["5人", "6人", "2人"], { focus: "number" });
    expect(scoreCandidate(choice, index).doubts).toContain("STATEMENT_TRUNCATED");
  });

  it("sends a stem carrying the next clause's list marker (；（四）…) to review", () => {
    const stem = "维护党的政治纪律、组织纪律、______不力，导致违规违纪行为多发；（四）推进党风廉政建设不力。";
    expect(scoreCandidate(fillBlank(stem.replace("______", "廉洁纪律"), "廉洁纪律", stem), index).doubts).toContain("NEXT_ITEM_IN_STEM");
  });

  it("publishes a single choice on a term only among its parallel names in the lexicon (群众路线 among 思想路线, 政治路线)", () => {
    const base = fillBlank("凡是群众路线坚持得好的时候，我们的工作就会少走弯路。", "群众路线");
    const parallel = asSingleChoice(base, ["思想路线", "政治路线", "组织路线"]);
    expect(scoreCandidate(parallel, index).doubts).not.toContain("TERM_CHOICE_UNCERTAIN");
    const loose = asSingleChoice(base, ["思想路线", "社会发展", "历史发展"]);
    expect(scoreCandidate(loose, index).doubts).toContain("TERM_CHOICE_UNCERTAIN");
  });

  it("publishes a false 判断 only when the swap stays within one set of parallel names", () => {
    const base = fillBlank("全党必须严格遵守党的政治纪律和政治规矩。", "政治纪律");
    const statement = (from: string, to: string): Candidate => ({
      question: { ...base.question, type: "TRUE_FALSE", stem: `全党必须严格遵守党的${to}和政治规矩。`, answer: false },
      evidence: { ...base.evidence, change: { kind: "term-swap", from, to } },
    });
    expect(scoreCandidate(statement("政治纪律", "组织纪律"), index).doubts).not.toContain("UNRELATED_SWAP");
    expect(scoreCandidate(statement("作风建设", "经济建设"), index).doubts).toContain("UNRELATED_SWAP");
  });

  it("sends a false 判断 that swaps one duty for another of its set (必须严格遵守党的组织纪律) to review: it is still true", () => {
    const base = fillBlank("全党必须严格遵守党的政治纪律和政治规矩。", "政治纪律");
    const swapped = (stem: string, from: string, to: string): Candidate => ({
      question: { ...base.question, type: "TRUE_FALSE", stem, answer: false },
      evidence: { ...base.evidence, change: { kind: "term-swap", from, to } },
    });
    expect(scoreCandidate(swapped("全党必须严格遵守党的组织纪律和政治规矩。", "政治纪律", "组织纪律"), index).doubts).toContain("FALSEHOOD_STILL_TRUE");
    expect(scoreCandidate(swapped("廉洁纪律是党最根本、最重要的纪律。", "政治纪律", "廉洁纪律"), index).doubts).not.toContain("FALSEHOOD_STILL_TRUE");
    // One part of an overlapping whole for another stays arguable (党的建设, 四个全面, 两个责任).
    expect(scoreCandidate(swapped("出台了一系列规章制度来加强政治建设。", "纪律建设", "政治建设"), index).doubts).toContain("FALSEHOOD_STILL_TRUE");
    expect(scoreCandidate(swapped("必须深入贯彻党中央坚定不移全面依法治国的决策部署。", "全面从严治党", "全面依法治国"), index).doubts).toContain("FALSEHOOD_STILL_TRUE");
    // 问责方式 overlap too: 通报批评 is itself a way of handling, so pairing it with 组织处理 stays sound (stop 28).
    expect(scoreCandidate(swapped("要注重灵活运用通报批评和组织处理手段。", "纪律处分", "通报批评"), index).doubts).toContain("FALSEHOOD_STILL_TRUE");
  });

  it("publishes a true 判断 that states a fact (X是Y, 设在), and sends narration, rhetoric or what is said of the party everywhere to review", () => {
    const within = (title: string, stem: string) => {
      const course = { modules: [fixtureModule(title, "一、总则", [stem], [], "mod_tf")] };
      const module = course.modules[0]!;
      const base = fillBlank(stem, stem.slice(0, 4));
      const candidate: Candidate = placedIn({ ...base, question: { ...base.question, type: "TRUE_FALSE", stem, answer: true } }, module);
      return scoreCandidate(candidate, indexCourse(course)).doubts;
    };
    const rules = "中国共产党巡视工作条例";
    const essay = "党群关系的分析与对策";
    expect(within(rules, "中央巡视工作领导小组办公室设在中央纪律检查委员会。")).not.toContain("TRUE_STATEMENT_NOT_A_FACT");
    expect(within(rules, "随着中国社会经济关系的变化，出现了阶级阶层分化。")).toContain("TRUE_STATEMENT_NOT_A_FACT");
    expect(within(rules, "中国共产党是一个靠群众工作起家的党。")).toContain("TRUE_STATEMENT_NOT_A_FACT");
    // In an essay only a fact about a term the lexicon or the course names, or a person's word, is stated as true.
    expect(within(essay, "政治纪律是党最根本、最重要的纪律。")).not.toContain("TRUE_STATEMENT_NOT_A_FACT");
    expect(within(essay, "党和人民群众的关系是鱼水关系、血肉关系。")).toContain("TRUE_STATEMENT_NOT_A_FACT");
    // Rhetoric (更是, 正是, 就…成为) is the author's argument, in any document.
    expect(within(rules, "民主执政、依法执政，更是人民当家作主、充分体现人民群众意志的表现。")).toContain("TRUE_STATEMENT_NOT_A_FACT");
  });

  it("sends a blank beside a member of its own lexicon set (从事______和社会建设) to review: the others fit it too", () => {
    expect(scoreCandidate(fillBlank("从事经济建设和社会建设，更要坚持群众观点。", "经济建设"), index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("必须持之以恒地抓好党的作风建设。", "作风建设"), index).doubts).not.toContain("LIST_ITEM_BLANK");
  });

  it("publishes a blank on a term of a fixed formulation of record written out around it (stop 36)", () => {
    const rule = "县委常委会研究干部任免，严格遵循集体领导、民主集中、个别酝酿、会议决定的原则。";
    expect(scoreCandidate(fillBlank(rule, "个别酝酿"), index).doubts).not.toContain("LIST_ITEM_BLANK");
    // A list of two principles is no formulation of record: another principle fits as well.
    expect(scoreCandidate(fillBlank("县委常委会研究干部任免，坚持民主集中、个别酝酿。", "个别酝酿"), index).doubts).toContain("LIST_ITEM_BLANK");
  });

  it("publishes a blank whose set's other members are all in the stem, or whose lexicon sibling stands in another clause", () => {
    const complete = fillBlank("不断增强自我净化、自我完善、自我革新、自我提高能力。", "自我提高");
    expect(scoreCandidate(complete, index).doubts).not.toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate({ ...complete, question: { ...complete.question, focus: "enumeration" } }, index).doubts).not.toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。", "享乐主义"), index).doubts).not.toContain("LIST_ITEM_BLANK");
    // One member short of the set (奢靡之风 missing): the missing one fits the blank as well.
    expect(scoreCandidate(fillBlank("全党必须坚决反对形式主义、官僚主义、享乐主义等问题。", "享乐主义"), index).doubts).toContain("LIST_ITEM_BLANK");
    const founded = "以毛泽东同志为主要代表的中国共产党人，把马克思列宁主义的基本原理同中国革命的具体实践结合起来，创立了毛泽东思想。";
    expect(scoreCandidate(fillBlank(founded, "毛泽东思想"), index).doubts).not.toContain("LIST_ITEM_BLANK");
    // Sets of the lexicon known only where named in full (干部队伍“四化”): complete, the blank is the missing one.
    expect(scoreCandidate(fillBlank("努力实现干部队伍的革命化、年轻化、知识化、专业化。", "专业化"), index).doubts).not.toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("努力实现干部队伍的年轻化、知识化、专业化。", "专业化"), index).doubts).toContain("LIST_ITEM_BLANK");
  });

  it("publishes a blank completing a fixed formula the lexicon holds as a closed set (世界观、价值观、______), not one of a wider kind", () => {
    expect(scoreCandidate(fillBlank("引导青年树立正确的世界观、价值观、人生观。", "人生观"), index).doubts).not.toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("牢牢掌握意识形态工作的领导权、管理权、话语权。", "话语权"), index).doubts).not.toContain("LIST_ITEM_BLANK");
    // The wider 正确的观念 is no closed formula: beside 权力观、政绩观 the blank takes 地位观 or 利益观 as well.
    expect(scoreCandidate(fillBlank("引导干部树立正确的权力观、政绩观、人生观。", "人生观"), index).doubts).toContain("LIST_ITEM_BLANK");
  });

  it("keeps a blank in review that completes a set inside a longer list of its kind (______、监督责任和领导责任: a third 责任)", () => {
    const longer = "追究失职失责党组织和党的领导干部的主体责任、监督责任和领导责任。";
    expect(scoreCandidate(fillBlank(longer, "主体责任"), index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank(longer, "监督责任"), index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("强化管党治党主体责任和监督责任。", "监督责任"), index).doubts).not.toContain("LIST_ITEM_BLANK");
    // Items before the blank, or of another kind after it (相互协调), do not make the list longer.
    const supervision = "促进人大监督、民主监督、行政监督、司法监督、审计监督、财会监督、统计监督、群众监督、舆论监督等各类监督有机贯通、相互协调。";
    expect(scoreCandidate(fillBlank(`坚持以党内监督为主导，${supervision}`, "舆论监督"), index).doubts).not.toContain("LIST_ITEM_BLANK");
  });

  it("sends a blank inside a simile (像…一样, 好比, 犹如) to review, not one outside it", () => {
    const simile = "文章写好之后，也不多看几遍，像洗脸之后再照照镜子一样，就马马虎虎地发表出去。";
    expect(scoreCandidate(fillBlank(simile, "镜子"), index).doubts).toContain("SIMILE_BLANK");
    expect(scoreCandidate(fillBlank(simile, "文章"), index).doubts).not.toContain("SIMILE_BLANK");
    expect(scoreCandidate(fillBlank("党员犹如种子一般，要在人民群众中生根开花。", "种子"), index).doubts).toContain("SIMILE_BLANK");
  });

  it("keeps a person blanked from a roll of names in review, though the roll is complete but for the key", () => {
    expect(scoreCandidate(fillBlank("马克思、恩格斯、列宁、斯大林是老实人，科学家是老实人。", "马克思"), index).doubts).toContain("LIST_ITEM_BLANK");
  });

  it("sends a stem with a note's dated entry heading or stacked labels to review (issue #16)", () => {
    expect(scoreCandidate(fillBlank("美丽中国：（2017年12月）推进绿色发展，着力解决突出环境问题。", "绿色发展"), index).doubts).toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(fillBlank("四个自信：（2012年11月，2016年7月）道路自信、理论自信、制度自信、文化自信。", "文化自信"), index).doubts).toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(fillBlank("我国的基本制度：政治：民族区域自治制度、基层群众自治制度。", "民族区域自治制度"), index).doubts).toContain("LABEL_FRAGMENT");
    // A label naming the topic, a date inside the sentence: no fragment.
    expect(scoreCandidate(fillBlank("美丽中国：推进绿色发展，着力解决突出环境问题。", "绿色发展"), index).doubts).not.toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(fillBlank("2017年12月，全党推进绿色发展，着力解决突出环境问题。", "绿色发展"), index).doubts).not.toContain("LABEL_FRAGMENT");
  });

  it("sends a stem under a note's question-form heading (如何…：, 为什么…：) to review, not a statement or a glossary entry (stop 33)", () => {
    expect(scoreCandidate(fillBlank("如何确保党始终统揽全局，协调各方：必须增强政治意识，大局意识，核心意识，看齐意识。", "核心意识"), index).doubts).toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(fillBlank("如何实现伟大梦想：必须进行具有许多新的历史特点的伟大斗争。", "伟大梦想"), index).doubts).toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(fillBlank("为什么要坚持群众路线：因为人民群众是历史的创造者。", "群众路线"), index).doubts).toContain("LABEL_FRAGMENT");
    // A statement saying how, and a glossary entry's heading, are no question-form label.
    expect(scoreCandidate(fillBlank("全党要坚持群众路线，如何做好群众工作是一门学问。", "群众路线"), index).doubts).not.toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(fillBlank("廉洁纪律：廉洁从政、廉洁用权，不得利用职权谋取私利。", "廉洁纪律"), index).doubts).not.toContain("LABEL_FRAGMENT");
  });

  it("sends a blank followed by 等 to review: the stem says its key is one of several (issue #16)", () => {
    expect(scoreCandidate(fillBlank("中国共产党巡视工作条例等，深化政治巡视，充分发挥巡视监督的作用。", "中国共产党巡视工作条例"), index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("全党坚决反对官僚主义等不正之风。", "官僚主义"), index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("全党开展了党的群众路线教育实践活动，坚决反对官僚主义。", "官僚主义"), index).doubts).not.toContain("LIST_ITEM_BLANK");
  });

  it("sends a leader's doctrine blanked beside the leader's name to review (issue #16)", () => {
    const sentence = "以毛泽东同志为主要代表的中国共产党人，把马克思列宁主义的基本原理同中国革命的具体实践结合起来，创立了毛泽东思想。";
    expect(scoreCandidate(fillBlank(sentence, "毛泽东思想"), index).doubts).toContain("KEY_ECHOED_IN_STEM");
    expect(scoreCandidate(fillBlank("党的十五大把邓小平理论确立为党的指导思想，写入党章。", "邓小平理论"), index).doubts).not.toContain("KEY_ECHOED_IN_STEM");
    // The doctrine as the subject its definition names: the leader is part of what defines it.
    expect(scoreCandidate(fillBlank("毛泽东思想是以毛泽东为主要代表的中国共产党人形成的科学指导思想。", "毛泽东思想"), index).doubts).not.toContain("KEY_ECHOED_IN_STEM");
  });

  it("sends a 新修订的 regulation to review: which revision is new depends on when it was written (issue #16)", () => {
    expect(scoreCandidate(fillBlank("新修订的《中国共产党纪律处分条例》第五十九条规定了处理诬告陷害的办法。", "中国共产党纪律处分条例"), index).doubts).toContain("RELATIVE_TIME");
    expect(scoreCandidate(fillBlank("2018年修订的《中国共产党纪律处分条例》规定了处理诬告陷害的办法。", "中国共产党纪律处分条例"), index).doubts).not.toContain("RELATIVE_TIME");
  });

  it("sends a blank on a document named inside another's title to review (issue #16)", () => {
    const sentence = "该行为的表现形式与《违规发放津贴补贴行为适用〈中国共产党纪律处分条例〉若干问题的解释》基本一致。";
    expect(scoreCandidate(fillBlank(sentence, "中国共产党纪律处分条例"), index).doubts).toContain("TITLE_WITHIN_TITLE");
    expect(scoreCandidate(fillBlank("《中国共产党纪律处分条例》规定了处分的种类。", "中国共产党纪律处分条例"), index).doubts).not.toContain("TITLE_WITHIN_TITLE");
  });

  it("sends a body of which the stem says only that it works under another's leadership to review (issue #16)", () => {
    expect(scoreCandidate(fillBlank("党的中央纪律检查委员会在党的中央委员会领导下进行工作。", "中央纪律检查委员会"), index).doubts).toContain("ACTOR_BLANK");
    expect(scoreCandidate(fillBlank("党的中央纪律检查委员会在党的中央委员会领导下进行工作，是党内监督专责机关。", "中央纪律检查委员会"), index).doubts).not.toContain("ACTOR_BLANK");
  });

  it("sends a member of a fixed-order set quoted out of order to review (issue #16)", () => {
    expect(scoreCandidate(fillBlank("全体党员牢固树立政治意识、核心意识、大局意识、看齐意识。", "核心意识"), index).doubts).toContain("SET_ORDER_CHANGED");
    expect(scoreCandidate(fillBlank("全体党员牢固树立政治意识、大局意识、核心意识、看齐意识。", "核心意识"), index).doubts).not.toContain("SET_ORDER_CHANGED");
  });

  it("counts a report's 本人 opening a clause with an adverb of self-report as the writer's account, not 本人 in a rule (issue #16)", () => {
    expect(scoreCandidate(fillBlank("一年来，本人严格遵守党的政治纪律和政治规矩，坚决做到有令必行。", "政治纪律"), index).doubts).toContain("PERSONAL_ACCOUNT");
    expect(scoreCandidate(fillBlank("处分决定应当向受处分党员本人宣布，并遵守政治纪律。", "政治纪律"), index).doubts).not.toContain("PERSONAL_ACCOUNT");
  });

  it("sends a blank inside a bracketed aside, and an anecdote's words as a 出处 question, to review", () => {
    const aside = "国有参股企业（含国有参股金融企业）中对国有资产负有经营管理责任的人员参照本规定执行。";
    expect(scoreCandidate(fillBlank(aside, "金融企业"), index).doubts).toContain("PARENTHETICAL_BLANK");
    expect(scoreCandidate(fillBlank(aside, "国有资产"), index).doubts).not.toContain("PARENTHETICAL_BLANK");
    const quote = "（　）指出：“你的建议非常好，我在网上已经看到了。”";
    const base = fillBlank("胡锦涛指出：“你的建议非常好，我在网上已经看到了。”", "胡锦涛", quote);
    const speaker = asSingleChoice(base, ["江泽民", "温家宝", "习近平"], { focus: "speaker" });
    expect(scoreCandidate(speaker, index).doubts).toContain("SPEAKER_ANECDOTE");
  });

  it("sends a 出处 question to review where the document's title names the speaker (习近平讲话报道选编)", () => {
    const sentence = "习近平指出：“抓工作不能狗熊掰棒子，去过的每个地方都要抓反馈。”";
    const asked = (moduleTitle: string): Candidate => {
      const module = fixtureModule(moduleTitle, "一、扶贫工作", [sentence], [], "mod_speaker");
      const base = fillBlank(sentence, "习近平", "（　）指出：“抓工作不能狗熊掰棒子，去过的每个地方都要抓反馈。”");
      return placedIn(asSingleChoice(base, ["江泽民", "胡锦涛", "邓小平"], { focus: "speaker" }), module);
    };
    const inIndex = (title: string) => indexCourse({ title, modules: [fixtureModule(title, "一、扶贫工作", [sentence], [], "mod_speaker")] });
    expect(scoreCandidate(asked("习近平讲话报道选编"), inIndex("习近平讲话报道选编")).doubts).toContain("SPEAKER_IN_TITLE");
    expect(scoreCandidate(asked("扶贫工作讲话选编"), inIndex("扶贫工作讲话选编")).doubts).not.toContain("SPEAKER_IN_TITLE");
  });

  it("sends a field of work its clause does not act on (我国______不够完善) to review in an essay, not one a verb takes (抓好党的______)", () => {
    expect(scoreCandidate(fillBlank("我国制度建设不够完善，党群之间缺乏有效的沟通机制。", "制度建设"), index).doubts).toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(fillBlank("作风问题必须持之以恒地抓好党的作风建设。", "作风建设"), index).doubts).not.toContain("ESSAY_TERM_BLANK");
  });

  it("sends a virtue of the 好干部标准 blanked in an essay that does not speak of the standard (大公无私，______) to review", () => {
    expect(scoreCandidate(fillBlank("各级领导干部要在改造客观世界的同时自觉改造主观世界，大公无私，清正廉洁。", "清正廉洁"), index).doubts).toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(fillBlank("要按照信念坚定、为民服务、勤政务实、敢于担当、清正廉洁的标准选干部。", "清正廉洁"), index).doubts).not.toContain("ESSAY_TERM_BLANK");
  });

  it("publishes a counted set's name blanked in quotation marks in an essay (做到“______”), its 解析 saying what the set holds", () => {
    expect(scoreCandidate(fillBlank("支部要求党员增强“四个意识”、坚定“四个自信”、做到“两个维护”。", "两个维护"), index).doubts).not.toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(fillBlank("学院党委统筹推进“五位一体”总体布局，谋划学科发展。", "五位一体"), index).doubts).not.toContain("ESSAY_TERM_BLANK");
  });

  it("keeps a counted set's name in review unquoted, counted off by ordinals, spelled out in the stem, or in a personal account", () => {
    // Not in quotation marks: the name may be a word of the prose.
    expect(scoreCandidate(fillBlank("支部要求党员做到两个维护，落实在日常工作中。", "两个维护"), index).doubts).toContain("ESSAY_TERM_BLANK");
    // The members are the name counted off (第一种形态…): the 解析 says nothing the name does not.
    expect(scoreCandidate(fillBlank("纪委坚持抓早抓小，用好“四种形态”。", "四种形态"), index).doubts).toContain("ESSAY_TERM_BLANK");
    // The stem lists the members itself: the 解析 repeats it.
    const spelled = "支部按照“四讲四有”（讲政治、有信念，讲规矩、有纪律，讲道德、有品行，讲奉献、有作为）标准评议党员。";
    expect(scoreCandidate(fillBlank(spelled, "四讲四有"), index).doubts).toContain("ESSAY_TERM_BLANK");
    // A writer's own report of the year (述职): the writer's activity, not the course's knowledge.
    const sentence = "本年度我组织开展主题宣讲，引导青年学生坚定“四个自信”。";
    const title = "学校班子成员年度述职报告";
    const module = fixtureModule(title, "一、思想引领", [sentence], [], "mod_report");
    const personal = indexCourse({ title, modules: [module] });
    const base = fillBlank(sentence, "四个自信");
    const candidate: Candidate = placedIn(base, module);
    expect(scoreCandidate(candidate, personal).doubts).toContain("ESSAY_TERM_BLANK");
  });

  it("takes the base year of a comparison (比2020年下降) for no number of record, and 党的 with a general word for no key", () => {
    const base = fillBlank("生产安全事故起数比2020年分别下降65.3%。", "2020年");
    expect(scoreCandidate({ ...base, question: { ...base.question, focus: "number" } }, index).doubts).toContain("NUMBER_OF_NO_RECORD");
    const issued = fillBlank("八项规定于2012年12月颁布施行。", "2012年12月");
    expect(scoreCandidate({ ...issued, question: { ...issued.question, focus: "number" } }, index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
    expect(judgeTarget("党的建设", index)).toBe("generic");
    expect(judgeTarget("党的基本路线", index)).not.toBe("generic");
  });

  it("sends a stem with a time told from the day of writing (今年, 目前) or opening on an example or a conclusion (如…, 关键是：) to review", () => {
    expect(scoreCandidate(fillBlank("胡锦涛总书记在今年的七一讲话中指出，密切联系群众是我们党的最大政治优势。", "最大政治优势"), index).doubts).toContain("RELATIVE_TIME");
    expect(scoreCandidate(fillBlank("如农村基层的民主监督制度弹性较大。", "民主监督"), index).doubts).toContain("STEM_STARTS_MID_CLAUSE");
    expect(scoreCandidate(fillBlank("关键是：提高全党贯彻落实科学发展观的能力。", "科学发展观"), index).doubts).toContain("STEM_STARTS_MID_CLAUSE");
    expect(scoreCandidate(fillBlank("如何保持党同人民群众的血肉联系，是执政党的重大课题。", "血肉联系"), index).doubts).not.toContain("STEM_STARTS_MID_CLAUSE");
    expect(scoreCandidate(fillBlank("2011年七一讲话指出，密切联系群众是我们党的最大政治优势。", "最大政治优势"), index).doubts).not.toContain("RELATIVE_TIME");
  });

  it("sends a single choice on one item of a list the lexicon does not hold as one set to review, not one of the 四风", () => {
    const choice = (sentence: string, answer: string, items: string[], wrong: string[]): Candidate => {
      const base = fillBlank(sentence, answer, sentence.replace(answer, "（　）"));
      return asSingleChoice(base, wrong, { focus: "enumeration" }, { enumerationItems: items });
    };
    const adHoc = choice("让群众有知情权、议政权和参政权。", "知情权", ["知情权", "议政权", "参政权"], ["选举权", "决策权", "监督权"]);
    expect(scoreCandidate(adHoc, index).doubts).toContain("AD_HOC_LIST");
    const fourWinds = choice("全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。", "奢靡之风", ["形式主义", "官僚主义", "享乐主义", "奢靡之风"], ["个人主义", "分散主义", "本位主义"]);
    expect(scoreCandidate(fourWinds, index).doubts).not.toContain("AD_HOC_LIST");
  });

  it("sends a 多选 on a list no lexicon set holds whole, with a wrong option of an item's set, to review (AD_HOC_LIST)", () => {
    const multiple = (sentence: string, items: string[], wrong: string[]): Candidate => {
      const base = fillBlank(sentence, items.join("、"));
      return {
        question: { ...base.question, type: "MULTIPLE_CHOICE", focus: "enumeration", stem: sentence.replace(/[^，]*、[^，。]*/, "（　）"), options: lettered([...items, ...wrong]), answer: items.map((_, at) => "ABCDEF"[at]!) },
        evidence: { ...base.evidence, blanks: undefined, distractors: wrong, enumerationItems: items },
      };
    };
    // 选举权 is a right as 知情权 is: 让群众有选举权 is as true.
    expect(scoreCandidate(multiple("让群众有知情权、议政权、参政权。", ["知情权", "议政权", "参政权"], ["选举权", "决策权"]), index).doubts).toContain("AD_HOC_LIST");
    // A list one set holds whole (three of the 四风) is asked as a set; its siblings are clearly wrong.
    expect(scoreCandidate(multiple("坚决反对形式主义、官僚主义、享乐主义。", ["形式主义", "官僚主义", "享乐主义"], ["个人主义", "本位主义"]), index).doubts).not.toContain("AD_HOC_LIST");
  });

  it("sends a 多选 offering a tendency the party opposes among things it upholds to review (OPPOSED_DISTRACTOR)", () => {
    const multiple = (sentence: string, items: string[], wrong: string[]): Candidate => {
      const base = fillBlank(sentence, items.join("、"));
      return {
        question: { ...base.question, type: "MULTIPLE_CHOICE", focus: "enumeration", stem: sentence.replace(items.join("、"), "（　）"), options: lettered([...items, ...wrong]), answer: items.map((_, at) => "ABCDEF"[at]!) },
        evidence: { ...base.evidence, blanks: undefined, distractors: wrong, enumerationItems: items },
      };
    };
    // 官僚主义 ends as 爱国主义 does, but nobody takes 官僚主义教育 for a kind of education to give.
    expect(scoreCandidate(multiple("社区党校每年开展爱国主义、集体主义、社会主义教育。", ["爱国主义", "集体主义", "社会主义"], ["官僚主义", "好人主义"]), index).doubts).toContain("OPPOSED_DISTRACTOR");
    // Among tendencies opposed, others opposed are of the keys' kind.
    expect(scoreCandidate(multiple("社区党组织要坚决整治形式主义、官僚主义、享乐主义。", ["形式主义", "官僚主义", "享乐主义"], ["好人主义", "本位主义"]), index).doubts).not.toContain("OPPOSED_DISTRACTOR");
  });

  it("sends a watchword of a few characters (群众利益无小事) to review as a 出处 question: many leaders said it", () => {
    const speaker = (quote: string): Candidate => {
      const base = fillBlank(`胡锦涛指出：“${quote}”`, "胡锦涛", `（　）指出：“${quote}”`);
      return asSingleChoice(base, ["江泽民", "温家宝", "习近平"], { focus: "speaker" });
    };
    expect(scoreCandidate(speaker("群众利益无小事"), index).doubts).toContain("SPEAKER_SLOGAN");
    expect(scoreCandidate(speaker("全党同志必须牢记，密切联系群众是我们党的最大政治优势。"), index).doubts).not.toContain("SPEAKER_SLOGAN");
  });

  it("sends a policy line to review as a 出处 question: a phrase cited as a noun (…提出的“…”) or work-plan items (继续…，积极…) (stop 32)", () => {
    const speaker = (sentence: string, quote: string): Candidate => {
      const base = fillBlank(sentence, "《政府工作报告》", `“${quote}”这段论述出自（　）。`);
      return asSingleChoice(base, ["党的十三大报告", "党的十五大报告", "党的十四大报告"], { focus: "speaker" });
    };
    const cited = "《政府工作报告》提出的“坚持改革开放，发展对外经济合作关系”";
    expect(scoreCandidate(speaker(cited, "坚持改革开放，发展对外经济合作关系"), index).doubts).toContain("SPEAKER_POLICY_PHRASE");
    const plan = "《政府工作报告》指出：“继续做好技术引进工作，积极利用国外资金，努力扩大出口。”";
    expect(scoreCandidate(speaker(plan, "继续做好技术引进工作，积极利用国外资金，努力扩大出口。"), index).doubts).toContain("SPEAKER_POLICY_PHRASE");
    // A statement of its own, said with 指出, is a 出处 a learner can know.
    const claim = "《政府工作报告》指出：“改革开放是决定当代中国命运的关键一招，必须坚定不移地推进。”";
    expect(scoreCandidate(speaker(claim, "改革开放是决定当代中国命运的关键一招，必须坚定不移地推进。"), index).doubts).not.toContain("SPEAKER_POLICY_PHRASE");
  });

  it("reads an attribution 判断 quoting the course's words whole as no truncated statement; a cut excerpt or a plain statement still is (stop 39)", () => {
    const attribution = (quote: string, speaker = "温家宝"): Candidate => {
      const base = fillBlank(`李鹏指出：“${quote}”`, "李鹏", `${speaker}指出：“${quote}”`);
      return { ...base, question: { ...base.question, type: "TRUE_FALSE", focus: "speaker", options: [], answer: false } };
    };
    // A long object after commas (…，切实珍惜民力的决策机制) and a predicate the tagger may miss (易发多发) close a whole quotation.
    expect(scoreCandidate(attribution("要建立深入了解民情，充分反映民意，切实珍惜民力的工作机制"), index).doubts).not.toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(attribution("我们必须看到，一些领域腐败现象易发多发。"), index).doubts).not.toContain("STATEMENT_TRUNCATED");
    // An excerpt cut with …… is judged as before.
    expect(scoreCandidate(attribution("要建立深入了解民情，充分反映民意，切实珍惜民力的……"), index).doubts).toContain("STATEMENT_TRUNCATED");
    // A statement that is no attribution is judged as before.
    const plain = fillBlank("要建立深入了解民情，充分反映民意，切实珍惜民力的工作机制。", "工作机制");
    expect(scoreCandidate({ ...plain, question: { ...plain.question, type: "TRUE_FALSE", options: [], answer: true } }, index).doubts).toContain("STATEMENT_TRUNCATED");
  });

  it("sends a quotation cut to a short stock line around an ellipsis (要坚持以人为本……) to review as a 出处 question (stop 28)", () => {
    const speaker = (quote: string): Candidate => {
      const base = fillBlank(`党的十八大报告指出：“${quote}”`, "党的十八大报告", `党的十七大报告指出：“${quote}”`);
      return { ...base, question: { ...base.question, type: "TRUE_FALSE", focus: "speaker", options: [], answer: false } };
    };
    expect(scoreCandidate(speaker("要坚持以人为本……始终保持党同人民的血肉联系。"), index).doubts).toContain("SPEAKER_EXCERPT_GENERIC");
    // A whole short quotation is not cut, and a long excerpt is distinctive enough.
    expect(scoreCandidate(speaker("要坚持以人为本，始终保持党同人民的血肉联系。"), index).doubts).not.toContain("SPEAKER_EXCERPT_GENERIC");
    expect(scoreCandidate(speaker("全党同志必须牢记，密切联系群众是我们党的最大政治优势，脱离群众是我们党执政后的最大危险。……"), index).doubts).not.toContain("SPEAKER_EXCERPT_GENERIC");
  });

  it("sends a blank that only qualifies the noun after it (讨论和决定______的重大问题) to review", () => {
    expect(scoreCandidate(fillBlank("讨论和决定纪律审查的重大问题。", "纪律审查"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("依规依纪开展纪律审查，严肃查处违纪问题。", "纪律审查"), index).doubts).not.toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("常见的违规行为包括：对违反规定行为处理不力。", "违反规定"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("我们党制定了《关于党内政治生活的若干准则》、《中国共产党党内监督条例》等党内法规。", "中国共产党党内监督条例"), index).doubts).toContain("LIST_ITEM_BLANK");
    expect(scoreCandidate(fillBlank("我国的政治体制还不够完善，尤其是民主监督制度的薄弱现状急需改变。", "民主监督"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("民主集中制是党的根本组织制度和领导制度。", "民主集中制"), index).doubts).not.toContain("MODIFIER_BLANK");
  });

  it("keeps a blank that opens its sentence as the subject whose aim or essence the sentence states (stop 39)", () => {
    expect(scoreCandidate(fillBlank("官僚主义的实质是脱离群众、脱离实际，高高在上。", "官僚主义"), index).doubts).not.toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("形式主义的目的主要是应付检查、装点门面。", "形式主义"), index).doubts).not.toContain("MODIFIER_BLANK");
    // Another noun after 的 (a field, a problem of X), or the blank inside the sentence, still qualifies what follows.
    expect(scoreCandidate(fillBlank("官僚主义的表现形式多种多样。", "官僚主义"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("要认清官僚主义的实质是脱离群众。", "官僚主义"), index).doubts).toContain("MODIFIER_BLANK");
  });

  it("sends a quoted name among a list's items (邓小平理论、“______”重要思想、科学发展观) to review like any list item", () => {
    const sentence = "中国共产党以马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想、科学发展观作为自己的行动指南。";
    expect(scoreCandidate(fillBlank(sentence, "三个代表"), index).doubts).toContain("LIST_ITEM_BLANK");
  });

  it("sends a blank standing as a group of its own between groups of a list (全国政协，______，最高人民法院) to review", () => {
    const sentence = "全国人大、国务院、全国政协，中央纪律检查委员会，最高人民法院、最高人民检察院，其党组织要定期向党中央报告工作。";
    expect(scoreCandidate(fillBlank(sentence, "中央纪律检查委员会"), index).doubts).toContain("LIST_ITEM_BLANK");
  });

  it("sends the last item of a list after 和 (基层委员会、总支部和______) to review like any list item", () => {
    expect(scoreCandidate(fillBlank("按期进行党的基层委员会、总支部和支部委员会换届。", "支部委员会"), index).doubts).toContain("LIST_ITEM_BLANK");
  });

  it("sends a blank on a level of the hierarchy before the body it qualifies (党的______各级代表大会: 地方) to review", () => {
    expect(scoreCandidate(fillBlank("党的地方各级代表大会由同级党的委员会召集。", "地方"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("党的地方各级代表大会由同级党的委员会召集。", "同级党的委员会"), index).doubts).not.toContain("MODIFIER_BLANK");
  });

  it("sends a blank that takes a verb of reporting with the body (向同级党的______: 委员会报告) to review as a verb phrase", () => {
    expect(scoreCandidate(fillBlank("各级纪律检查委员会要把处理的结果，向同级党的委员会报告。", "委员会报告"), index).doubts).toContain("VERB_LED_TARGET");
    expect(scoreCandidate(fillBlank("大会听取和审查中央委员会报告。", "中央委员会报告"), index).doubts).not.toContain("VERB_LED_TARGET");
  });

  it("sends a blank whose key the rest of the stem gives away (请示报告 beside 请示报告制度, 上级组织 beside 下级组织) to review", () => {
    expect(scoreCandidate(fillBlank("巡视组应当严格执行请示报告制度，对重要情况及时向领导小组请示报告。", "请示报告制度"), index).doubts).toContain("KEY_ECHOED_IN_STEM");
    expect(scoreCandidate(fillBlank("党的下级组织既要向上级组织请示和报告工作，又要独立负责地解决问题。", "下级组织"), index).doubts).toContain("KEY_ECHOED_IN_STEM");
    expect(scoreCandidate(fillBlank("对党的中央委员会和地方各级委员会的委员给以处分，必须由全体会议决定。", "中央委员会"), index).doubts).toContain("KEY_ECHOED_IN_STEM");
    // A name blanked before the short form the sentence gives it: the short form spells the key (stop 28).
    expect(scoreCandidate(fillBlank("对于领导责任，《中国共产党问责条例》（以下简称《问责条例》）也有相关规定。", "中国共产党问责条例"), index).doubts).toContain("KEY_ECHOED_IN_STEM");
    expect(scoreCandidate(fillBlank("中央纪律检查委员会（简称“中央纪委”）在党中央领导下进行工作。", "中央纪律检查委员会"), index).doubts).toContain("KEY_ECHOED_IN_STEM");
    // A short form that is no part of the key (以下简称《条例》 after a 准则) gives nothing away.
    expect(scoreCandidate(fillBlank("中共中央印发了《关于新形势下党内政治生活的若干准则》（以下简称《条例》）。", "关于新形势下党内政治生活的若干准则"), index).doubts).not.toContain("KEY_ECHOED_IN_STEM");
    // Nothing of the key elsewhere: no doubt.
    expect(scoreCandidate(fillBlank("巡视组应当严格执行请示报告制度，及时向领导小组报告情况。", "请示报告制度"), index).doubts).not.toContain("KEY_ECHOED_IN_STEM");
    expect(scoreCandidate(fillBlank("党的全国代表大会由中央委员会召集。", "中央委员会"), index).doubts).not.toContain("KEY_ECHOED_IN_STEM");
  });

  it("sends a stem that keeps only a rule's condition, or a fronted 对… without what is done, to review; not a rule stated whole", () => {
    const check = (sentence: string, answer: string, stem: string) => {
      const module = fixtureModule("中国共产党纪律处分条例", "一、总则", [sentence], [], "mod_cond");
      return scoreCandidate(placedIn(fillBlank(sentence, answer, stem), module), indexCourse({ modules: [module] })).doubts;
    };
    const rule = "不履行全面从严治党主体责任或者履行主体责任不力，给党组织造成严重损害的，给予警告处分。";
    expect(check(rule, "主体责任", "不履行全面从严治党______或者履行主体责任不力。")).toContain("STATEMENT_TRUNCATED");
    expect(check(rule, "主体责任", rule.replace("主体责任", "______"))).not.toContain("STATEMENT_TRUNCATED");
    const fronted = "对在大是大非问题上没有立场、在错误言行面前不抵制的，坚决不用。";
    expect(check(fronted, "大是大非", "对在______问题上没有立场、在错误言行面前不抵制。")).toContain("STATEMENT_TRUNCATED");
    // A purpose clause stopped before the main clause that ends the sentence (为了…，根据…，[制定本规则]).
    const purpose = "为了规范监督执纪工作，根据《中国共产党章程》，结合工作实践，制定本规则。";
    expect(check(purpose, "监督执纪", "为了规范______工作，根据《中国共产党章程》，结合工作实践。")).toContain("STATEMENT_TRUNCATED");
    // A stem that holds its own ruling (…的，依照…处理) is whole though the sentence goes on.
    const whole = "尚未结案的案件，规定不认为是违纪的，依照当时的规定处理，但是行为发生时认为是违纪的，依照本条例处理。";
    expect(check(whole, "案件", "尚未结案的______，规定不认为是违纪的，依照当时的规定处理。")).not.toContain("STATEMENT_TRUNCATED");
  });

  it("sends a stem that keeps a list's lead and first items but drops the rest of the list without 等 to review (issue #16)", () => {
    const check = (sentence: string, answer: string, stem: string) => {
      const module = fixtureModule("某市发展规划", "一、目标", [sentence], [], "mod_list_cut");
      return scoreCandidate(placedIn(fillBlank(sentence, answer, stem), module), indexCourse({ modules: [module] })).doubts;
    };
    const goals = "今后五年的主要目标是：经济实力明显增强，改革开放取得新突破，生态环境持续改善，人民生活水平不断提高，社会治理更加完善。";
    expect(check(goals, "改革开放", "今后五年的主要目标是：经济实力明显增强，______取得新突破，生态环境持续改善。")).toContain("LIST_CUT_SHOWN_WHOLE");
    // The whole list, or a cut list closed by 等, shows what it is.
    expect(check(goals, "改革开放", goals.replace("改革开放", "______"))).not.toContain("LIST_CUT_SHOWN_WHOLE");
    const open = "今后五年的主要目标包括经济实力明显增强、改革开放取得新突破等，生态环境持续改善，人民生活水平不断提高。";
    expect(check(open, "改革开放", "今后五年的主要目标包括经济实力明显增强、______取得新突破等。")).not.toContain("LIST_CUT_SHOWN_WHOLE");
    // A lead of one thing (指导思想是：) opens a statement, not a list.
    const thought = "今后五年的指导思想是：坚持新发展理念，推动经济实力明显增强，生态环境持续改善，人民生活水平不断提高。";
    expect(check(thought, "新发展理念", "今后五年的指导思想是：坚持______，推动经济实力明显增强，生态环境持续改善。")).not.toContain("LIST_CUT_SHOWN_WHOLE");
    // No list lead: a stem that stops after a whole clause is not a list shown whole.
    const plain = "全党要深化改革开放，推动经济实力明显增强，生态环境持续改善，人民生活水平不断提高。";
    expect(check(plain, "改革开放", "全党要深化______，推动经济实力明显增强，生态环境持续改善。")).not.toContain("LIST_CUT_SHOWN_WHOLE");
  });

  it("sends a stem that stops on an object fronted with 对…的 before its verb to review, and not one that stops after a whole clause", () => {
    const sentence = "全党必须坚决捍卫党的基本路线，对否定党的领导的言行，对歪曲党的历史的言行，必须旗帜鲜明反对和抵制。";
    const module = fixtureModule("准则", "一、总则", [sentence], [], "mod_cut");
    const courseIndex = indexCourse({ modules: [module] });
    const cut = fillBlank(sentence, "党的基本路线", "全党必须坚决捍卫______，对否定党的领导的言行，对歪曲党的历史的言行。");
    expect(scoreCandidate(placedIn(cut, module), courseIndex).doubts).toContain("STATEMENT_TRUNCATED");
    const whole = fillBlank(sentence, "党的基本路线");
    expect(scoreCandidate(placedIn(whole, module), courseIndex).doubts).not.toContain("STATEMENT_TRUNCATED");
  });

  it("sends a stem of a list's lead with its first item only (…处分：（一）经商办企业。) to review", () => {
    const stem = "违反有关规定从事______，有下列行为之一，给予警告处分：（一）经商办企业。";
    expect(scoreCandidate(fillBlank("违反有关规定从事营利活动，有下列行为之一，给予警告处分：（一）经商办企业。", "营利活动", stem), index).doubts).toContain("LIST_MARKER_IN_STEM");
  });

  it("sends a single choice whose stem holds what sets the key apart (制度… with 制度建设 among 政治建设, 思想建设) to review", () => {
    const choice = (sentence: string, answer: string, wrong: string[]): Candidate => {
      const base = fillBlank(sentence, answer, sentence.replace(answer, "（　）"));
      return asSingleChoice(base, wrong);
    };
    const given = choice("制度具有权威性的特点，制度建设是带有全局性的举措。", "制度建设", ["政治建设", "思想建设", "作风建设"]);
    expect(scoreCandidate(given, index).doubts).toContain("KEY_CUE_IN_STEM");
    const fair = choice("必须持之以恒地抓好党的作风建设。", "作风建设", ["政治建设", "思想建设", "制度建设"]);
    expect(scoreCandidate(fair, index).doubts).not.toContain("KEY_CUE_IN_STEM");
  });

  it("sends a stem leaning on the sentence before (党的十七大报告也明确…), a reason stated as a true definition, and a first-person anecdote to review", () => {
    expect(scoreCandidate(fillBlank("党的十七大报告也明确，要以健全民主集中制为重点加强制度建设。", "制度建设"), index).doubts).toContain("STEM_STARTS_MID_CLAUSE");
    const base = fillBlank("淮海战役是因为，60万人民军队的背后，有数百万人民群众的支持。", "淮海战役");
    const reason: Candidate = { ...base, question: { ...base.question, type: "TRUE_FALSE", focus: "definition", answer: true } };
    expect(scoreCandidate(reason, index).doubts).toContain("NOT_A_DEFINITION");
    const told = fillBlank("温家宝指出：“昨天我浏览了一下新华网，网友提出了几百个问题。”", "温家宝", "（　）指出：“昨天我浏览了一下新华网，网友提出了几百个问题。”");
    const anecdote = asSingleChoice(told, ["胡锦涛", "江泽民", "习近平"], { focus: "speaker" });
    expect(scoreCandidate(anecdote, index).doubts).toContain("SPEAKER_ANECDOTE");
  });

  it("sends a blank on who is to act (领导班子, 领导机关, …成员) to review, not one on what they are to do", () => {
    expect(scoreCandidate(fillBlank("各级领导班子和领导干部要贯彻党的群众路线。", "领导班子"), index).doubts).toContain("ACTOR_BLANK");
    expect(scoreCandidate(fillBlank("领导班子成员必须坚决执行党组织决定。", "领导班子成员"), index).doubts).toContain("ACTOR_BLANK");
    expect(scoreCandidate(fillBlank("全党开展了党的群众路线教育实践活动，反对形式主义和官僚主义。", "官僚主义"), index).doubts).not.toContain("ACTOR_BLANK");
    // A party organization named by its level bears most of a regulation's duties: 党组织 reads as well (stop 39).
    expect(scoreCandidate(fillBlank("基层党组织应当定期了解党员的学习情况，及时帮助解决实际困难。", "基层党组织"), index).doubts).toContain("ACTOR_BLANK");
    expect(scoreCandidate(fillBlank("流动党员较多的地方，可以建立流动党员党支部，就近组织学习。", "流动党员党支部"), index).doubts).toContain("ACTOR_BLANK");
    expect(scoreCandidate(fillBlank("党总支每年应当听取所属支部的工作汇报。", "党总支"), index).doubts).toContain("ACTOR_BLANK");
    // …not the organization's principle or its meeting.
    expect(scoreCandidate(fillBlank("党组织实行民主集中制，按期召开组织生活会。", "组织生活会"), index).doubts).not.toContain("ACTOR_BLANK");
  });

  it("takes a 多选's wrong options as parallel only when they end or start as the list's items do, at their length, or share a lexicon class", () => {
    expect(distractorsOfListForm(["知情权", "监督权", "参与权"], ["决策权", "表达权"])).toBe(true);
    expect(distractorsOfListForm(["知情权", "监督权", "参与权"], ["全国政权"])).toBe(false);
    expect(distractorsOfListForm(["人生观", "价值观", "世界观"], ["最客观"])).toBe(false);
    expect(distractorsOfListForm(["就业", "社保", "医疗"], ["阶级"])).toBe(false);
    // The ending most items share: 功利主义 beside 形式主义、官僚主义、享乐主义 and 奢靡之风; not 主体地位.
    expect(distractorsOfListForm(["形式主义", "官僚主义", "享乐主义", "奢靡之风"], ["功利主义"])).toBe(true);
    expect(distractorsOfListForm(["形式主义", "官僚主义", "享乐主义", "奢靡之风"], ["主体地位"])).toBe(false);
    expect(distractorsOfListForm(["形式主义", "官僚主义"], ["奢靡之风"])).toBe(true);
  });

  it("sends a blank on an essay's own words to review, and keeps one on a named term of the party's vocabulary or in a regulation", () => {
    const essay = { modules: [fixtureModule("党群关系的分析与对策", "一、问题", ["党群关系实质上也是一种利益关系，必须坚持群众路线。"], [], "mod_e")] };
    const rules = { modules: [fixtureModule("中国共产党问责条例", "总则", ["党群关系实质上也是一种利益关系，必须坚持群众路线。"], [], "mod_r")] };
    const blank = (course: typeof essay, answer: string): Candidate => {
      const base = fillBlank("党群关系实质上也是一种利益关系，必须坚持群众路线。", answer);
      const module = course.modules[0]!;
      return placedIn(base, module);
    };
    expect(scoreCandidate(blank(essay, "利益关系"), indexCourse(essay)).doubts).toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(blank(essay, "群众路线"), indexCourse(essay)).doubts).not.toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(blank(rules, "利益关系"), indexCourse(rules)).doubts).not.toContain("ESSAY_TERM_BLANK");
  });

  it("gives the review queue a Chinese reason", () => {
    expect(reviewReason(["DANGLING_REFERENCE", "GENERIC_TARGET"])).toMatch(/^待审核：.*指代不明；.*泛词/);
  });
});

describe("the balance of true and false 判断", () => {
  it("keeps at most three true statements to each false one, the most confident first, and holds back the rest", () => {
    const statement = (id: string, answer: boolean, confidence: number): Question => ({ ...fillBlank("政治纪律是党最根本、最重要的纪律。", "政治纪律").question, id, type: "TRUE_FALSE", answer, confidence });
    const choice = fillBlank("全党开展了党的群众路线教育实践活动，反对形式主义和官僚主义。", "官僚主义").question;
    const accepted = [statement("f1", false, 1), statement("t1", true, 0.7), statement("t2", true, 1), statement("t3", true, 0.8), statement("t4", true, 0.9), statement("t5", true, 0.65), choice];
    const { kept, surplus } = balanceTrueFalse(accepted);
    expect(surplus.map((question) => question.id).sort()).toEqual(["t1", "t5"]);
    expect(kept.map((question) => question.id)).toEqual(["f1", "t2", "t3", "t4", "q_test"]);
    expect(balanceTrueFalse(accepted.slice(0, 3)).surplus).toEqual([]);
  });
});

describe("targets that matter", () => {
  it("takes a field of work (纪律检查工作) for what the text is about, however often the course names it, not a fact it teaches", () => {
    const course = { modules: [fixtureModule("第二章 领导体制", "纪律检查工作", ["上级纪委领导下级纪委的纪律检查工作，坚持群众路线。"], [], "mod_c1")] };
    const chapters = indexCourse(course);
    expect(judgeTarget("纪律检查工作", chapters)).toBe("generic");
    expect(judgeTarget("群众路线", chapters)).toBe("ok");
  });

  it("refuses actors of every party text, with a qualifier too, whatever the course", () => {
    for (const actor of ["中国共产党", "人民群众", "群众", "党群关系", "党的领导干部", "各级党组织", "党员领导干部", "党中央"]) expect(judgeTarget(actor, index)).toBe("actor");
    expect(commonActorTarget.rejects(fillBlank("党群关系是政党与人民群众之间的关系，必须密切联系群众。", "人民群众"), { index })).toBe(true);
    expect(commonActorTarget.rejects(fillBlank("全党开展了党的群众路线教育实践活动，反对形式主义和官僚主义。", "官僚主义"), { index })).toBe(false);
  });

  it("calls a word generic by its share of the course's passages, not by a word list", () => {
    const paragraphs = Array.from({ length: 8 }, (_, at) => `第${at + 1}段讲党的作风建设，要求党员把作风建设落到实处，坚持实事求是的思想路线${at}。`);
    paragraphs.push("三会一课是党的组织生活的基本制度，各支部必须落实三会一课。");
    const course = { modules: [fixtureModule("组织生活", "制度", paragraphs, [{ kind: "term", text: "三会一课", passage: 8 }], "mod_x")] };
    const courseIndex = indexCourse(course);
    expect(judgeTarget("作风建设", courseIndex)).toBe("generic");
    expect(judgeTarget("三会一课", courseIndex)).toBe("ok");
  });

  it("calls the course's and the only module's title no key", () => {
    const module = fixtureModule("中国共产党问责条例", "总则", ["问责工作坚持失责必问、问责必严，对党组织的问责方式包括检查、通报、改组。"], [], "mod_w");
    const courseIndex = indexCourse({ title: "问责条例学习", modules: [module] });
    expect(judgeTarget("问责条例", courseIndex)).toBe("title");
    expect(judgeTarget("问责", courseIndex)).toBe("title");
    expect(judgeTarget("改组", courseIndex)).toBe("ok");
  });

  it("calls a verb-led phrase (关心群众, 代表人民) no term", () => {
    expect(judgeTarget("关心群众", index)).not.toBe("ok");
    expect(judgeTarget("代表人民", index)).not.toBe("ok");
  });

  it("takes a term through most chapters of a one-document course (“三农” through a 意见) for its theme, a term of one chapter not (issue 16)", () => {
    // Six passages a chapter; “三农” opens five of the seven chapters: 5 of 42 passages, under the course-wide passage share.
    const chapter = (title: string, at: number, withTheme: boolean) => ({
      ...fixtureModule(title, title, Array.from({ length: 6 }, (_, n) => (n === 0 && withTheme ? `第${at + 1}部分：坚持把解决好“三农”问题作为重中之重。` : `第${at + 1}部分第${n + 1}段：推进第${n + 1}项重点任务${at === 4 && n === 2 ? "，完善农村承包地“三权分置”制度" : ""}。`)), [], `mod_ch${at}`),
      source: "yijian.txt",
    });
    const titles = ["重大意义", "总体要求", "产业兴旺", "生态宜居", "乡风文明", "治理有效", "生活富裕"];
    const reports = [{ path: "yijian.txt", title: "关于实施乡村振兴战略的意见" }];
    const oneDocument = indexCourse({ modules: titles.map((title, at) => chapter(title, at, at < 5)), reports });
    expect(judgeTarget("三农", oneDocument)).toBe("generic");
    expect(judgeTarget("三权分置", oneDocument)).toBe("ok");
    // Five chapters are too few to tell a theme from a key term the text returns to.
    const short = indexCourse({ modules: titles.slice(0, 5).map((title, at) => chapter(title, at, at < 3)), reports });
    expect(judgeTarget("三农", short)).toBe("ok");
  });

  it("takes the bare kind-nouns of policy prose (政策, 政策体系, 体制机制) for generic, even as a list member, a named kind not", () => {
    const module = fixtureModule("党领导农村工作", "制度", ["把党领导农村工作的传统、要求、政策等以党内法规形式确定下来，加快建立新型农业支持保护政策体系。"], [{ kind: "enumeration", text: "传统、要求、政策", items: ["传统", "要求", "政策"], passage: 0 }], "mod_policy");
    const policy = indexCourse({ modules: [module] });
    for (const noun of ["政策", "政策体系", "体制机制", "工作机制"]) expect(judgeTarget(noun, policy)).toBe("generic");
    for (const term of ["农业支持保护制度", "党内法规"]) expect(judgeTarget(term, policy)).not.toBe("generic");
  });
});

describe("distractors that may be right too", () => {
  it("sees a near-synonym or superordinate of the key", () => {
    expect(nearSynonyms("全国人民", "人民群众")).toBe(true);
    expect(nearSynonyms("党员干部", "领导干部")).toBe(true);
    expect(nearSynonyms("形式主义", "官僚主义")).toBe(false);
    // 好人主义 is told as a kind of 自由主义 in 《反对自由主义》 (PART_OF): neither is a clearly wrong option for the other.
    expect(nearSynonyms("好人主义", "自由主义")).toBe(true);
    expect(nearSynonyms("好人主义", "本位主义")).toBe(false);
    expect(nearSynonyms("政治纪律", "组织纪律")).toBe(false);
    expect(nearSynonyms("法治思维", "历史思维")).toBe(false);
  });
});

describe("the bank", () => {
  it("keeps every doubtful question in the review queue with its reasons, never publishing or dropping it", () => {
    const bank = generateQuestionBank(fixtureContext().course);
    for (const entry of bank.review) {
      expect(entry.reasons.length).toBeGreaterThan(0);
      expect(entry.confidence < PUBLISH_THRESHOLD || entry.reasons.includes("OVER_MODULE_SHARE") || entry.reasons.includes("TRUE_SURPLUS") || entry.reasons.includes("FALSE_SURPLUS")).toBe(true);
    }
    for (const question of bank.accepted) expect(question.confidence).toBeGreaterThanOrEqual(PUBLISH_THRESHOLD);
    const published = new Set(bank.accepted.map((question) => question.contentHash));
    expect(bank.review.some((entry) => published.has(entry.question.contentHash))).toBe(false);
  });

  it("feeds one source sentence at most one published blank-type question (单选, 填空 or 判断), and at most one in review", () => {
    const bank = generateQuestionBank(fixtureContext().course);
    // 判断 held back for the balance of true and false (TRUE_SURPLUS, FALSE_SURPLUS) and a module's surplus (OVER_MODULE_SHARE)
    // were confident: they claimed their sentence as published ones, and do not count as queued. So were questions held back
    // only because another question of the course asks their fact (FACT_REPEATED alone): they wait beside a draft of their
    // sentence, as a quotation asked again does (stop 37).
    const heldBack = (reasons: string[]) =>
      reasons.includes("TRUE_SURPLUS") || reasons.includes("FALSE_SURPLUS") || reasons.includes("OVER_MODULE_SHARE") || (reasons.length === 1 && reasons[0] === "FACT_REPEATED");
    for (const questions of [bank.accepted, bank.review.filter((entry) => !heldBack(entry.reasons)).map((entry) => entry.question)]) {
      const blankTypes = questions.filter((question) => ["FILL_BLANK", "TRUE_FALSE"].includes(question.type) || (question.type === "SINGLE_CHOICE" && question.focus !== "speaker"));
      const sentences = blankTypes.map((question) => `${question.passageId}:${question.span?.start}`);
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });
});

describe("true statements that only restate a requirement", () => {
  const statement = (stem: string, answer: boolean): Candidate => {
    const { question, evidence } = fillBlank(stem, "组织生活");
    return { question: { ...question, type: "TRUE_FALSE", focus: "term", stem, options: [], answer }, evidence: { ...evidence, blanks: undefined } };
  };

  it("go to review, while a true statement of fact and a false one stay as they are", () => {
    expect(scoreCandidate(statement("必须坚持党的组织生活各项制度，增强党的组织生活活力。", true), index).doubts).toContain("TRUE_RESTATEMENT");
    expect(scoreCandidate(statement("党的组织生活是党员学习和锻炼的重要平台。", true), index).doubts).not.toContain("TRUE_RESTATEMENT");
    expect(scoreCandidate(statement("必须坚持党的组织生活各项制度，增强党的组织生活活力。", false), index).doubts).not.toContain("TRUE_RESTATEMENT");
  });

  it("go to review when they only weigh their subject (…是最危险的动摇, …是…的重要保障), not when they state a rule's fact", () => {
    expect(scoreCandidate(statement("理想信念动摇是最危险的动摇，理想信念滑坡是最危险的滑坡。", true), index).doubts).toContain("TRUE_STATEMENT_NOT_A_FACT");
    expect(scoreCandidate(statement("纪律严明是全党统一意志、统一行动的重要保障。", true), index).doubts).toContain("TRUE_STATEMENT_NOT_A_FACT");
    // A rank of record is a fact: 政治纪律是党最根本、最重要的纪律.
    expect(scoreCandidate(statement("政治纪律是党最根本、最重要的纪律。", true), index).doubts).not.toContain("TRUE_STATEMENT_NOT_A_FACT");
  });
});

describe("stems cut from the sentence before them", () => {
  it("go to review when they open with a word that leans on what came before (特别是, 二是, 如，, 同时, 旨在)", () => {
    for (const stem of ["特别是要加强对权力运行的制约和监督。", "二是要加强对权力运行的制约和监督。", "如，加强对权力运行的制约和监督。", "同时加强对权力运行的制约和监督。", "旨在加强对权力运行的制约和监督。"]) {
      expect(scoreCandidate(fillBlank(stem, "监督"), index).doubts, stem).toContain("STEM_STARTS_MID_CLAUSE");
    }
    expect(scoreCandidate(fillBlank("要加强对权力运行的制约和监督。", "监督"), index).doubts).not.toContain("STEM_STARTS_MID_CLAUSE");
  });
});

describe("speakers of one kind", () => {
  it("offers leaders for a leader's words and classical authors for theirs, topped up from the lexicon", () => {
    expect(speakerPool("习近平", ["马克思", "毛泽东"])).toEqual(expect.arrayContaining(["邓小平", "江泽民", "胡锦涛"]));
    expect(speakerPool("习近平", ["马克思", "毛泽东"])).not.toContain("马克思");
    // A body's words get other bodies as wrong options, never persons (邓小平 beside 党的七大).
    expect(speakerPool("党的七大", ["党的八大", "邓小平", "十三届六中全会", "江泽民"])).toEqual(["党的八大", "十三届六中全会"]);
    // …and of the speaker's own time: not 毛泽东 for 习近平, nor 温家宝 for 毛泽东.
    expect(speakerPool("习近平", ["马克思", "毛泽东"])).not.toContain("毛泽东");
    expect(speakerPool("毛泽东", ["温家宝"])).not.toContain("温家宝");
    // 马克思 and 恩格斯 wrote together (the 共产党宣言): neither is a wrong option for the other.
    expect(speakerPool("恩格斯", ["马克思", "毛泽东"])).toEqual(["列宁", "斯大林"]);
    expect(speakerPool("马克思", ["恩格斯", "列宁"])).toEqual(["列宁", "斯大林"]);
    expect(speakerPool("彭湃", ["马克思", "毛泽东"])).toEqual(["马克思", "毛泽东"]);
  });
});

describe("blanks a fixed phrase gives away", () => {
  it("send 批评和______ to review when the course always says 批评和自我批评, not a blank whose context varies", () => {
    const paragraphs = [
      "批评和自我批评是我们党强身治病、保持肌体健康的锐利武器。",
      "开展批评和自我批评要实事求是。",
      "坚持批评和自我批评，是党的优良作风。",
      "党的组织生活要贯彻民主集中制，批评要出于公心。",
    ];
    const module = fixtureModule("准则", "组织生活", paragraphs, [], "mod_k");
    const courseIndex = indexCourse({ modules: [module] });
    const blank = (sentence: string, answer: string): Candidate => placedIn(fillBlank(sentence, answer), module);
    expect(scoreCandidate(blank(paragraphs[0]!, "自我批评"), courseIndex).doubts).toContain("COLLOCATION_GIVES_KEY");
    expect(scoreCandidate(blank(paragraphs[3]!, "民主集中制"), courseIndex).doubts).not.toContain("COLLOCATION_GIVES_KEY");
  });
});

describe("lessons of the fresh regulations and notes read in stop 25", () => {
  it("send the charter a regulation is made under, a field blanked before 工作, and a note's category line to review", () => {
    const choice = (stem: string): Candidate => {
      const base = fillBlank(stem.replace("（　）", "中国共产党章程"), "中国共产党章程", stem);
      return asSingleChoice(base, []);
    };
    expect(scoreCandidate(choice("为全面从严治党，规范和强化党的问责工作，根据《（　）》，制定《中国共产党问责条例》。"), index).doubts).toContain("BOILERPLATE_BASIS");
    expect(scoreCandidate(choice("审理报告依据《（　）》认定违纪事实性质。"), index).doubts).not.toContain("BOILERPLATE_BASIS");
    // …and the guiding-thought formula of a guiding clause, unless the sentence teaches it (stop 40).
    expect(scoreCandidate(fillBlank("街道档案工作以马克思列宁主义、毛泽东思想、______、“三个代表”重要思想为指导。", "邓小平理论"), index).doubts).toContain("BOILERPLATE_BASIS");
    expect(scoreCandidate(fillBlank("中国共产党以马克思列宁主义、毛泽东思想、______、“三个代表”重要思想作为自己的行动指南。", "邓小平理论"), index).doubts).not.toContain("BOILERPLATE_BASIS");
    expect(scoreCandidate(fillBlank("审查调查组应当做好思想政治工作，及时发现问题。", "思想政治"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("纪律审查工作应当依规依纪采取谈话等措施。", "纪律审查"), index).doubts).not.toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("通过深入细致的思想政治工作，促使其深刻反省。", "思想政治"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("组织行为类：包括组织纪律方面的内容，如在党内拉帮结派等行为。", "组织纪律"), index).doubts).toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(fillBlank("学系列讲话——习总书记关于改革发展稳定的重要思想；与马列毛邓等思想结合起来学。", "学系列讲话"), index).doubts).toContain("LABEL_FRAGMENT");
    // A note's outline run into one line (stop 27): outline words, label and value parts, items numbered inside the line.
    expect(scoreCandidate(fillBlank("新文化运动；历史意义；改造国民性的启蒙运动；掀起思想解放潮流；过度批判孔学；接受马克思主义。", "历史意义"), index).doubts).toContain("NOTE_OUTLINE");
    expect(scoreCandidate(fillBlank("“四个全面”内在逻辑联系；战略目标：全面建成小康社会；战略举措：全面深化改革、全面依法治国。", "四个全面"), index).doubts).toContain("NOTE_OUTLINE");
    expect(scoreCandidate(fillBlank("基本方略：1. 坚持党对一切工作的领导；2. 坚持以人民为中心；3. 坚持新发展理念。", "新发展理念"), index).doubts).toContain("NOTE_OUTLINE");
    // …not a rule of three clauses, nor points that each say something.
    expect(scoreCandidate(fillBlank("巡视工作坚持中央统一领导、分级负责；坚持实事求是、依法依规；坚持群众路线、发扬民主。", "群众路线"), index).doubts).not.toContain("NOTE_OUTLINE");
    expect(scoreCandidate(fillBlank("着力点有：加强思想教育，牢固树立执政为民理念；保障民生，加强利益调控；加强作风建设和反腐败工作，树立党的良好形象。", "作风建设"), index).doubts).not.toContain("NOTE_OUTLINE");
    expect(scoreCandidate(fillBlank("给予党员组织关系转入街道党组织的国有企业退休人员党纪处分，参照前款规定执行。", "党员组织关系"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("基层纪委可以批准给予被审查人警告、严重警告处分。", "基层纪委"), index).doubts).not.toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("可以作出给予本级纪委委员开除党籍处分的处理决定，并待报请本级地方党委常委会审议批准后。", "开除党籍处分"), index).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(fillBlank("党员受到开除党籍处分，五年内不得重新入党。", "开除党籍处分"), index).doubts).not.toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(fillBlank("下级纪检监察机关一般应当在3个月内办结；经本机关主要负责人批准。", "3个月"), index).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(fillBlank("在处理检举控告工作应当遵循的原则中，实事求是。", "实事求是"), index).doubts).toContain("NO_PREDICATE");
    expect(scoreCandidate(fillBlank("驻外机构中的党员，脱离组织出走时间不满一个月又自动回归的。", "一个月"), index).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(fillBlank("坚决反对形式主义、官僚主义，为老百姓办实事，以我们党良好的思想作风。", "形式主义"), index).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(fillBlank("坚持以经济建设为中心，以发展为主题，以结构调整为主线。", "经济建设"), index).doubts).not.toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(fillBlank("淮海战役是因为，60万人民军队的背后，有数百万人民大众的支持。", "淮海战役"), index).doubts).toContain("NOT_A_DEFINITION");
    expect(scoreCandidate(fillBlank("党员受到撤销党内职务处分，或者依照前款规定受到严重警告处分的，二年内不得提拔。", "二年"), index).doubts).toContain("CROSS_REFERENCE");
    expect(scoreCandidate(fillBlank("党员受到撤销党内职务处分的，二年内不得提拔。", "二年"), index).doubts).not.toContain("CROSS_REFERENCE");
    // An editor's note pointing into the book (stop 34).
    expect(scoreCandidate(fillBlank("关于这条路线错误的详细结论，参看本篇附录全会通过的《关于某些历史问题的决议》。", "关于某些历史问题的决议"), index).doubts).toContain("CROSS_REFERENCE");
    expect(scoreCandidate(fillBlank("指当年发布的决定，即本书第二卷《大量吸收人才》。", "大量吸收人才"), index).doubts).toContain("CROSS_REFERENCE");
  });

  it("take a kind of problem (违纪问题) for a generic key", () => {
    expect(judgeTarget("违纪问题", index)).toBe("generic");
    expect(judgeTarget("决策部署", index)).toBe("generic");
    expect(judgeTarget("群众路线", index)).not.toBe("generic");
  });

  it("take the whole body of rules named at once (党章党规党纪, 党纪国法, 法律法规) for a generic key, not one rule or a name", () => {
    for (const key of ["党章党规党纪", "党纪国法", "法律法规", "宪法和法律", "国家法律法规"]) expect(judgeTarget(key, index)).toBe("generic");
    for (const key of ["党内法规", "党章", "廉洁纪律", "中国共产党纪律处分条例"]) expect(judgeTarget(key, index)).not.toBe("generic");
  });
});

describe("single choices in an essay", () => {
  it("send a lexicon term alone in its sentence (凡是（　）坚持得好: 群众路线) to review, not one among siblings of its set", () => {
    const choice = (sentence: string, answer: string, wrong: string[]): Candidate => {
      const base = fillBlank(sentence, answer, sentence.replace(answer, "（　）"));
      return asSingleChoice(base, wrong);
    };
    expect(scoreCandidate(choice("在我们党的历史上，凡是群众路线坚持得好的时候，我们的工作就会少走弯路。", "群众路线", ["政治路线", "思想路线", "组织路线"]), index).doubts).toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(choice("把党内监督与群众监督、法律监督、舆论监督结合起来。", "舆论监督", ["人大监督", "审计监督", "司法监督"]), index).doubts).not.toContain("ESSAY_TERM_BLANK");
  });
});

describe("short answers on an essay's frame", () => {
  it("send a question on the headings of 学习心得体会, 引言 or 结语 to review, not one on causes", () => {
    const ask = (stem: string): Candidate => {
      const base = fillBlank("党群关系存在问题的原因有思想认识不到位。", "思想认识不到位");
      return { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "heading-list", stem, answer: "（1）甲；（2）乙。", passageId: null, span: null }, evidence: { sentence: null, answers: ["甲", "乙"], distractors: [] } };
    };
    expect(scoreCandidate(ask("《党群关系》中，“关于加强和改善党群关系的学习心得体会”包括哪几个方面？"), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《党群关系》中，党群关系存在问题的原因有哪些？"), index).doubts).not.toContain("OUTLINE_HEADING");
  });

  it("send an essay's thesis heading (“…是党的作风建设的价值所归”一节论述了哪几个方面？) to review", () => {
    const ask = (stem: string): Candidate => {
      const base = fillBlank("党群关系存在问题的原因有思想认识不到位。", "思想认识不到位");
      return { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "heading-list", stem, answer: "（1）甲；（2）乙。", passageId: null, span: null }, evidence: { sentence: null, answers: ["甲", "乙"], distractors: [] } };
    };
    expect(scoreCandidate(ask("《党群关系》中，“始终代表最广大人民的根本利益是党的作风建设的价值所归”一节论述了哪几个方面？"), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《党群关系》中，“党群关系的现状”包括哪几个方面？"), index).doubts).not.toContain("OUTLINE_HEADING");
  });

  it("send the fixed parts of a case commentary (评析意见, 分歧意见, 基本案情) to review: its layout, not a list the course sets out", () => {
    const ask = (stem: string): Candidate => {
      const base = fillBlank("党群关系存在问题的原因有思想认识不到位。", "思想认识不到位");
      return { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "heading-list", stem, answer: "（1）甲；（2）乙。", passageId: null, span: null }, evidence: { sentence: null, answers: ["甲", "乙"], distractors: [] } };
    };
    expect(scoreCandidate(ask("《如何认定拉票、助选等非组织活动行为》中，“评析意见”包括哪几个方面？"), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《某案评析》中，“分歧意见”包括哪几个方面？"), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《党群关系》中，“新型腐败的突出特点”包括哪几个方面？"), index).doubts).not.toContain("OUTLINE_HEADING");
  });
});

describe("short answers on a policy document's frame", () => {
  it("send a heading whose subheadings are only 指导思想/目标任务/基本原则 to review, not one whose subheadings say what is to be done", () => {
    const ask = (items: string[]): Candidate => {
      const base = fillBlank("实施乡村振兴战略的总要求是产业兴旺、生态宜居、乡风文明、治理有效、生活富裕。", "产业兴旺");
      const answer = items.map((item, at) => `（${at + 1}）${item}`).join("；") + "。";
      return { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "heading-list", stem: "《中共中央 国务院关于实施乡村振兴战略的意见》中，实施乡村振兴战略的总体要求有哪些？", answer, keyPoints: items, passageId: null, span: null }, evidence: { sentence: null, answers: items, distractors: [] } };
    };
    expect(scoreCandidate(ask(["指导思想", "目标任务", "基本原则"]), index).doubts).toContain("FRAME_SUBHEADINGS");
    expect(scoreCandidate(ask(["坚持党管农村工作", "坚持农业农村优先发展", "坚持农民主体地位"]), index).doubts).not.toContain("FRAME_SUBHEADINGS");
    expect(scoreCandidate(ask(["指导思想", "加强农村基层党组织建设"]), index).doubts).not.toContain("FRAME_SUBHEADINGS");
  });
});

describe("a regulation named by its title", () => {
  it("turns 本条例, 本细则 … into the document's title when the title is of that kind", () => {
    expect(nameOwnDocument("各地区各部门要严格执行本细则，每年年底进行1次专项检查。", "中央八项规定实施细则")).toBe("各地区各部门要严格执行《中央八项规定实施细则》，每年年底进行1次专项检查。");
    expect(nameOwnDocument("本条例自2016年7月8日起施行。", "《中国共产党问责条例》")).toBe("《中国共产党问责条例》自2016年7月8日起施行。");
    expect(nameOwnDocument("本规定由中央办公厅负责解释。", "中国共产党问责条例")).toBe("本规定由中央办公厅负责解释。");
  });

  it("names a provisional regulation by its whole title (…规定（试行）), whose kind is the word before the note", () => {
    expect(nameOwnDocument("为了落实全面从严治党要求，制定本规定。", "中国共产党组织处理规定（试行）")).toBe("为了落实全面从严治党要求，制定《中国共产党组织处理规定（试行）》。");
    expect(nameOwnDocument("本条例自发布之日起施行。", "中国共产党组织处理规定（试行）")).toBe("本条例自发布之日起施行。");
  });

  it("reads the kind of a title before its （试行）, and leaves 根本规定 and 基本规定 alone (stop 28)", () => {
    expect(nameOwnDocument("结合巡视工作实际，制定本规则。", "中央巡视组工作规则（试行）")).toBe("结合巡视工作实际，制定《中央巡视组工作规则（试行）》。");
    expect(nameOwnDocument("党章对党的纪律等作出根本规定。", "中国共产党处分违纪党员批准权限和程序规定")).toBe("党章对党的纪律等作出根本规定。");
    expect(nameOwnDocument("宪法对此作出基本规定。", "党政机关国内公务接待管理规定")).toBe("宪法对此作出基本规定。");
  });

  it("sends a stem whose 本条例 names no document the learner is shown (the title is of another kind) to review", () => {
    expect(scoreCandidate(fillBlank("中国人民解放军的党组织实行巡视制度的规定，由中央军委参照本条例制定。", "中央军委"), index).doubts).toContain("DANGLING_REFERENCE");
    expect(scoreCandidate(fillBlank("党章对党的组织原则和党的纪律作出根本规定。", "党的纪律"), index).doubts).not.toContain("DANGLING_REFERENCE");
  });
});

describe("stop 28: regulations as tuning documents", () => {
  it("calls a title's word with a generic kind noun (公务活动 in …国内公务接待管理规定) the title, not a named kind of its own", () => {
    const module = fixtureModule("党政机关国内公务接待管理规定", "第一章", ["公务活动结束后，接待单位应当如实填写接待清单。无公函的公务活动和来访人员一律不予接待。"], [], "mod_jd");
    const courseIndex = indexCourse({ title: "党政机关国内公务接待管理规定", modules: [module] });
    expect(judgeTarget("公务活动", courseIndex)).toBe("title");
    expect(judgeTarget("接待费", courseIndex)).toBe("title");
    expect(judgeTarget("接待清单", courseIndex)).not.toBe("title");
    expect(judgeTarget("营利活动", courseIndex)).not.toBe("title");
  });

  it("sends a blank its sentence names at once by a short form, or whose quoted title holds it, to review", () => {
    expect(scoreCandidate(fillBlank("被巡视地区、单位配合中央巡视组（以下简称巡视组）开展巡视工作适用本规定。", "中央巡视组"), index).doubts).toContain("KEY_ECHOED_IN_STEM");
    expect(scoreCandidate(fillBlank("促进被巡视单位配合中央巡视组工作，制定《被巡视党组织配合中央巡视工作规定》。", "中央巡视组"), index).doubts).toContain("KEY_ECHOED_IN_STEM");
    expect(scoreCandidate(fillBlank("巡视工作领导小组办公室设在中央纪律检查委员会，负责日常工作。", "中央纪律检查委员会"), index).doubts).not.toContain("KEY_ECHOED_IN_STEM");
  });

  it("reads a short form after a blank by one rule, in the source sentence and in the stem (stop 29)", () => {
    const sentence = "被巡视地区、单位配合中央巡视组（以下简称巡视组）开展巡视工作适用本规定。";
    const blankEnd = sentence.indexOf("中央巡视组") + "中央巡视组".length;
    expect(shortFormSpellsKey(sentence, blankEnd, "中央巡视组", [])).toBe(true);
    const stem = sentence.replace("中央巡视组", "（　）");
    expect(shortFormSpellsKey(stem, stem.indexOf("（　）") + 3, "中央巡视组", [])).toBe(true);
    // The blank closed by a bracket and the short form in quotation marks or a title's marks: the same.
    const afterBlank = (text: string) => text.indexOf("______") + 6;
    expect(shortFormSpellsKey("（______）（简称“中央纪委”）", afterBlank("（______）"), "中央纪律检查委员会", [])).toBe(true);
    expect(shortFormSpellsKey("《______》（以下简称《问责条例》）", afterBlank("《______》"), "中国共产党问责条例", [])).toBe(true);
    // Not a short form spelling a wrong option too (巡视组 of 省区市巡视组), nor one no part of the key, nor the key itself.
    expect(shortFormSpellsKey(sentence, blankEnd, "中央巡视组", ["省区市巡视组"])).toBe(false);
    expect(shortFormSpellsKey("《______》（以下简称《条例》）", afterBlank("《______》"), "关于新形势下党内政治生活的若干准则", [])).toBe(false);
    expect(shortFormSpellsKey("______（以下简称巡视组）", afterBlank("______"), "巡视组", [])).toBe(false);
  });

  it("sends a blank paired with a generic circumstance (根据______和工作需要) to review, not one in a list of terms", () => {
    expect(scoreCandidate(fillBlank("根据行业特点和工作需要，可以采取竞争上岗、公开选拔等方式产生人选。", "行业特点"), index).doubts).toContain("CIRCUMSTANCE_BLANK");
    expect(scoreCandidate(fillBlank("对拟任人选，必须结合行业特点和岗位要求，全面考察其德、能、勤、绩、廉。", "行业特点"), index).doubts).toContain("CIRCUMSTANCE_BLANK");
    expect(scoreCandidate(fillBlank("凡属重大问题都要按照集体领导、民主集中、个别酝酿、会议决定的原则，由党的委员会集体讨论。", "集体领导"), index).doubts).not.toContain("CIRCUMSTANCE_BLANK");
  });

  it("sends a stem that stops on a list closed by 等 before the verb its sentence goes on with to review", () => {
    const sentence = "巡视组开展巡视前，应当通过走访等方式，向中央纪委、中央组织部、审计署，以及有关单位和部门等，了解被巡视党组织领导班子的有关情况。";
    const module = fixtureModule("中央巡视组工作规则（试行）", "第三章", [sentence], [], "mod_deng");
    const courseIndex = indexCourse({ modules: [module] });
    const cut = fillBlank(sentence, "中央组织部", "巡视组开展巡视前，应当通过走访等方式，向中央纪委、______、审计署，以及有关单位和部门等。");
    expect(scoreCandidate(placedIn(cut, module), courseIndex).doubts).toContain("STATEMENT_TRUNCATED");
    expect(scoreCandidate(placedIn(fillBlank(sentence, "中央组织部"), module), courseIndex).doubts).not.toContain("STATEMENT_TRUNCATED");
  });
});

describe("stop 26, second session: doubts from the tuned documents' published discards", () => {
  it("takes the people named whole (全国人民) for an actor of every text, like 人民群众", () => {
    for (const actor of ["全国人民", "全国各族人民", "老百姓"]) expect(judgeTarget(actor, index)).toBe("actor");
    expect(judgeTarget("党的基本路线", index)).not.toBe("actor");
  });

  it("takes a plain noun of administrative prose (部门) or a matter named by its kind (处分事项) for no fact, but not a named body (案件审理部门)", () => {
    for (const noun of ["部门", "人员", "处分事项", "实际情况"]) expect(judgeTarget(noun, index)).toBe("generic");
    expect(judgeTarget("案件审理部门", index)).not.toBe("generic");
    expect(scoreCandidate(fillBlank("县级以上纪检监察机关应当明确承担信访举报工作职责的部门和人员。", "部门"), index).score).toBeLessThan(PUBLISH_THRESHOLD);
  });

  it("sends a stem opening with 对于其中的, or calling a document by its kind alone (《汇编》), to review", () => {
    expect(scoreCandidate(fillBlank("对于其中的共产党员，依照《中国共产党纪律处分条例》给予相应的党纪处分。", "中国共产党纪律处分条例"), index).doubts).toContain("DANGLING_REFERENCE");
    expect(scoreCandidate(fillBlank("《汇编》收录新中国成立至2021年6月制定的党内法规，共183部。", "2021年6月"), index).doubts).toContain("DANGLING_REFERENCE");
    expect(scoreCandidate(fillBlank("依照《中国共产党纪律处分条例》给予其中情节严重的党员相应的党纪处分。", "中国共产党纪律处分条例"), index).doubts).not.toContain("DANGLING_REFERENCE");
  });

  it("sends a 多选 on the qualities a text says something has (具有系统化、有形化、组织化的特征) to review, not one on a set of record", () => {
    const choice = (sentence: string, items: string[], wrong: string[]): Candidate => {
      const base = fillBlank(sentence, items.join("、"), sentence.replace(items.join("、"), "（　）"));
      const options = lettered([...items, ...wrong]);
      const question = { ...base.question, type: "MULTIPLE_CHOICE" as const, focus: "enumeration" as const, options, answer: items.map((_, at) => "ABCDEF"[at]!) };
      return { question, evidence: { ...base.evidence, answers: items, blanks: undefined, distractors: wrong, enumerationItems: items } };
    };
    const ascribed = choice("党群关系的运行机制具有系统化、有形化、组织化的特征。", ["系统化", "有形化", "组织化"], ["规范化", "程序化"]);
    expect(scoreCandidate(ascribed, index).doubts).toContain("ASCRIBED_QUALITIES");
    const ofRecord = choice("党内政治生活要具有政治性、时代性、原则性、战斗性。", ["政治性", "时代性", "原则性", "战斗性"], ["独特性", "引领性"]);
    expect(scoreCandidate(ofRecord, index).doubts).not.toContain("ASCRIBED_QUALITIES");
    const enhanced = choice("增强监督的严肃性、协同性、有效性。", ["严肃性", "协同性", "有效性"], ["区域性", "行业性"]);
    expect(scoreCandidate(enhanced, index).doubts).not.toContain("ASCRIBED_QUALITIES");
  });
});

describe("a counted key the stem gives away by arithmetic", () => {
  it("finds the total less the other parts listed after 其中, and only then", () => {
    const stem = "随行中央媒体记者一般不超过5人，其中包括______摄像记者、1名编辑、1名摄影记者和1名文字记者。";
    expect(givenBySum(stem, "2名")).toBe(true);
    expect(givenBySum(stem, "3名")).toBe(false);
    expect(givenBySum("随行中央媒体记者一般不超过______，其中包括2名摄像记者、1名编辑、1名摄影记者和1名文字记者。", "5人")).toBe(true);
    expect(givenBySum("随行中央媒体记者一般不超过______，其中包括2名摄像记者。", "5人")).toBe(false);
    expect(givenBySum("中央政治局常委出访，陪同人员不超过______，工作人员不超过40人。", "5人")).toBe(false);
  });

  it("sends such a 填空 to review", () => {
    const sentence = "中央政治局常委考察调研时，随行中央媒体记者一般不超过5人，其中包括2名摄像记者、1名编辑、1名摄影记者和1名文字记者。";
    const base = fillBlank(sentence, "2名");
    const candidate: Candidate = { ...base, question: { ...base.question, focus: "number" } };
    expect(scoreCandidate(candidate, index).doubts).toContain("KEY_BY_ARITHMETIC");
  });
});

describe("what the six read holdouts taught (stop 26, third session)", () => {
  const moved = (sentence: string, from: string, to: string): Candidate => {
    const base = fillBlank(sentence, from);
    return { question: { ...base.question, type: "TRUE_FALSE", focus: "number", stem: sentence.replace(from, to), answer: false }, evidence: { ...base.evidence, change: { kind: "number-change", from, to } } };
  };

  it("sends a stem opening on a sequel (随后开展土地改革) to review as a dangling reference", () => {
    expect(scoreCandidate(fillBlank("随后开展土地改革，1954年第一届全国人大召开，建立人民代表大会制度。", "人民代表大会制度"), index).doubts).toContain("DANGLING_REFERENCE");
    expect(scoreCandidate(fillBlank("1954年第一届全国人大召开，通过首部宪法，建立人民代表大会制度。", "人民代表大会制度"), index).doubts).not.toContain("DANGLING_REFERENCE");
  });

  it("sends a question blanked again in a quiz bank's own question (its empty （ ） kept) to review", () => {
    expect(scoreCandidate(fillBlank("“两学一做”指学党章党规、学系列讲话，做（）党员。", "学党章党规"), index).doubts).toContain("QUIZ_ITEM_SOURCE");
    expect(scoreCandidate(fillBlank("“两学一做”指学党章党规、学系列讲话，做合格党员。", "学党章党规"), index).doubts).not.toContain("QUIZ_ITEM_SOURCE");
    // A bank that prints its key in the item's blank (坚持（ C ）) keeps the item's blank too (stop 40).
    expect(scoreCandidate(fillBlank("“两学一做”指学党章党规、学系列讲话，做（ C ）党员。", "学党章党规"), index).doubts).toContain("QUIZ_ITEM_SOURCE");
    expect(scoreCandidate(fillBlank("“两学一做”指学党章党规、学系列讲话，做（AB）党员。", "学党章党规"), index).doubts).toContain("QUIZ_ITEM_SOURCE");
  });

  it("sends a question cut from a masked template or sample (张××, 138＊＊＊＊4568, ×月×日) to review", () => {
    expect(scoreCandidate(fillBlank("举报人：孙×身份证号：1＊＊＊＊＊2117联系方式：158＊＊＊＊4568。", "联系方式"), index).doubts).toContain("ANONYMISED_SAMPLE");
    expect(scoreCandidate(fillBlank("2015年×月×日晚，郭××等人接受下属单位安排的公款宴请。", "公款宴请"), index).doubts).toContain("ANONYMISED_SAMPLE");
    expect(scoreCandidate(fillBlank("检举控告人应当写明联系方式，以便核实有关情况。", "联系方式"), index).doubts).not.toContain("ANONYMISED_SAMPLE");
  });

  it("takes a paper named by its kind (文件材料, 证据材料, 情况报告) for a generic key, not a named report", () => {
    expect(judgeTarget("文件材料", index)).toBe("generic");
    expect(judgeTarget("证据材料", index)).toBe("generic");
    expect(judgeTarget("情况报告", index)).toBe("generic");
    expect(judgeTarget("审理报告", index)).not.toBe("generic");
  });

  it("sends a 判断 whose count moved to one where the clause needs several (由一人共同承办) to review as garbled", () => {
    const sentence = "除案情简单者外，每个案件应由二人共同承办，特别重大复杂的案件，应组成三人以上的审议组办理。";
    expect(scoreCandidate(moved(sentence, "二人", "一人"), index).doubts).toContain("FALSEHOOD_GARBLED");
    expect(scoreCandidate(moved(sentence, "三人", "一人"), index).doubts).toContain("FALSEHOOD_GARBLED");
    expect(scoreCandidate(moved(sentence, "二人", "四人"), index).doubts).not.toContain("FALSEHOOD_GARBLED");
    expect(scoreCandidate(moved("线索处置意见应当自收到线索之日起3个月内提出。", "3个月", "1个月"), index).doubts).not.toContain("FALSEHOOD_GARBLED");
    // A lower bound on people moved to one binds nobody (个别谈话时工作人员不得少于一人).
    expect(scoreCandidate(moved("个别谈话时，工作人员不得少于二人。", "二人", "一人"), index).doubts).toContain("FALSEHOOD_GARBLED");
    expect(scoreCandidate(moved("支部委员会每年至少召开两次会议。", "两次", "一次"), index).doubts).not.toContain("FALSEHOOD_GARBLED");
  });

  it("sends a field of work blanked after the modifier that makes it a longer name (推进廉洁______: 文化建设) to review", () => {
    expect(scoreCandidate(fillBlank("强化纪法教育、警示教育，推进廉洁文化建设。", "文化建设"), index).doubts).toContain("FIELD_NAME_TAIL");
    expect(scoreCandidate(fillBlank("各级党组织要加强作风建设，密切联系群众。", "作风建设"), index).doubts).not.toContain("FIELD_NAME_TAIL");
    expect(scoreCandidate(fillBlank("以党的政治建设为统领推进党的各方面建设。", "政治建设"), index).doubts).not.toContain("FIELD_NAME_TAIL");
  });

  it("sends a judicial body blanked before the act only it performs (移送______审查起诉, 被______判处刑罚) to review", () => {
    expect(scoreCandidate(fillBlank("需要追究刑事责任的，依法依规移送人民检察院审查起诉。", "人民检察院"), index).doubts).toContain("COLLOCATION_GIVES_KEY");
    expect(scoreCandidate(fillBlank("严重触犯刑律，是指因犯罪被人民法院判处刑罚。", "人民法院"), index).doubts).toContain("COLLOCATION_GIVES_KEY");
    expect(scoreCandidate(fillBlank("对于采取留置措施的案件，在人民检察院对犯罪嫌疑人先行拘留后，留置措施自动解除。", "人民检察院"), index).doubts).not.toContain("COLLOCATION_GIVES_KEY");
  });
});

describe("a personal account (述职报告, 心得)", () => {
  it("knows the writer speaking of themself from a country, a body, 自我 or a quotation", () => {
    expect(speaksOfWriter("一年来，我认真学习党的二十大精神，分管教学工作。")).toBe(true);
    for (const text of ["我国是工人阶级领导的社会主义国家。", "我们党坚持批评和自我批评。", "陪同人员（不含我驻往访国大使夫妇）不超过6人。", "毛泽东指出：“我是人民的勤务员。”"]) expect(speaksOfWriter(text)).toBe(false);
  });

  it("sends a question on a sentence about the writer to review, and a 简答 on the outline of a first-person report", () => {
    expect(scoreCandidate(fillBlank("一年来，我认真学习党的二十大精神，坚持以学促干。", "党的二十大精神"), index).doubts).toContain("PERSONAL_ACCOUNT");
    expect(scoreCandidate(fillBlank("党的二十大精神是全党的行动指南。", "党的二十大精神"), index).doubts).not.toContain("PERSONAL_ACCOUNT");

    const outline = (paragraphs: string[]) => {
      const module = fixtureModule("学校工作总结", "一、加强学习", paragraphs, [], "mod_report");
      const courseIndex = indexCourse({ modules: [module] });
      const candidate: Candidate = {
        question: { ...fillBlank("甲", "甲").question, type: "SHORT_ANSWER", focus: "heading-list", stem: "《学校工作总结》中，“加强学习”包括哪几个方面？", answer: "（1）甲；（2）乙。", moduleId: module.id, sectionId: module.sections[0]!.id, passageId: null, span: null },
        evidence: { sentence: null, answers: ["甲", "乙"], distractors: [] },
      };
      return scoreCandidate(candidate, courseIndex).doubts;
    };
    expect(outline(["一年来，我坚持把理论学习放在首位。", "我分管的教学工作取得新进展。", "学校党委坚持民主集中制。", "全校教师积极参加培训。"])).toContain("PERSONAL_ACCOUNT");
    expect(outline(["学校党委坚持把理论学习放在首位。", "教学工作取得新进展。", "学校党委坚持民主集中制。", "全校教师积极参加培训。"])).not.toContain("PERSONAL_ACCOUNT");
  });

  it("is told per document in a course that also holds a regulation, and the regulation's rule periods per module too", () => {
    const report = fixtureModule("述职报告", "一、加强学习", ["一年来，我坚持把理论学习放在首位。", "我分管的教学工作取得新进展。", "学校党委坚持民主集中制已经三年。"], [], "mod_report");
    const rules = fixtureModule("中国共产党问责条例", "总则", ["第一条 为了规范问责工作，制定本条例。", "第二条 受到问责的党员，三年不得提拔。"], [], "mod_rules");
    const courseIndex = indexCourse({ modules: [report, rules] });
    const ask = (module: typeof report): Candidate => ({
      question: { ...fillBlank("甲", "甲").question, type: "SHORT_ANSWER", focus: "heading-list", stem: `《${module.title}》中，“${module.sections[0]!.title}”包括哪几个方面？`, answer: "（1）甲；（2）乙。", moduleId: module.id, sectionId: module.sections[0]!.id, passageId: null, span: null },
      evidence: { sentence: null, answers: ["甲", "乙"], distractors: [] },
    });
    const period = (module: typeof report, sentence: string): Candidate => {
      const base = fillBlank(sentence, "三年");
      return placedIn({ ...base, question: { ...base.question, focus: "number" } }, module);
    };
    for (let round = 0; round < 2; round++) {
      expect(scoreCandidate(ask(report), courseIndex).doubts).toContain("PERSONAL_ACCOUNT");
      expect(scoreCandidate(ask(rules), courseIndex).doubts).not.toContain("PERSONAL_ACCOUNT");
      expect(scoreCandidate(period(rules, "受到问责的党员，三年不得提拔。"), courseIndex).doubts).not.toContain("NUMBER_OF_NO_RECORD");
      expect(scoreCandidate(period(report, "学校党委坚持民主集中制已经三年。"), courseIndex).doubts).toContain("NUMBER_OF_NO_RECORD");
    }
  });

  it("sends a blank that is a whole clause of a first-person report's subjectless sentence to review, not a term inside a clause", () => {
    const inReport = (paragraphs: string[], sentence: string, answer: string) => {
      const module = fixtureModule("学校工作总结", "一、加强学习", paragraphs, [], "mod_report");
      const courseIndex = indexCourse({ modules: [module] });
      return scoreCandidate(placedIn(fillBlank(sentence, answer), module), courseIndex).doubts;
    };
    const firstPerson = ["一年来，我坚持把理论学习放在首位。", "我分管的教学工作取得新进展。", "学校党委坚持民主集中制。", "全校教师积极参加培训。"];
    const thirdPerson = ["学校党委坚持把理论学习放在首位。", "教学工作取得新进展。", "学校党委坚持民主集中制。", "全校教师积极参加培训。"];
    const resolution = "一切从实际出发，以强烈的事业心和责任感，脚踏实地不浮夸，有条不紊地落实各项工作。";
    expect(inReport(firstPerson, resolution, "一切从实际出发")).toContain("PERSONAL_ACCOUNT");
    expect(inReport(thirdPerson, resolution, "一切从实际出发")).not.toContain("PERSONAL_ACCOUNT");
    expect(inReport(firstPerson, "始终坚持实事求是，不务虚功，不搞形式主义，不做表面文章。", "形式主义")).not.toContain("PERSONAL_ACCOUNT");
  });
  it("takes a title naming a 述职 report or a 心得 for a personal account whatever its pronouns, not a work summary's", () => {
    const thirdPerson = ["学校党委坚持把理论学习放在首位。", "教学工作取得新进展。", "学校党委坚持民主集中制。", "全校教师积极参加培训。"];
    const outline = (title: string) => {
      const module = fixtureModule(title, "一、履行岗位职责情况", thirdPerson, [], "mod_report");
      const courseIndex = indexCourse({ modules: [module] });
      const candidate: Candidate = {
        question: { ...fillBlank("甲", "甲").question, type: "SHORT_ANSWER", focus: "heading-list", stem: `《${title}》中，“履行岗位职责情况”包括哪几个方面？`, answer: "（1）甲；（2）乙。", moduleId: module.id, sectionId: module.sections[0]!.id, passageId: null, span: null },
        evidence: { sentence: null, answers: ["甲", "乙"], distractors: [] },
      };
      return scoreCandidate(candidate, courseIndex).doubts;
    };
    expect(outline("学校班子成员年度述职报告")).toContain("PERSONAL_ACCOUNT");
    expect(outline("2021年度领导干部述职述廉述德述法报告")).toContain("PERSONAL_ACCOUNT");
    expect(outline("主题教育学习心得体会")).toContain("PERSONAL_ACCOUNT");
    expect(outline("学校工作总结")).not.toContain("PERSONAL_ACCOUNT");
    expect(outline("中国共产党问责条例")).not.toContain("PERSONAL_ACCOUNT");
  });
});

describe("a speech's occasion and a pledge's figure of speech", () => {
  it("sends a stem on the speech's own day, place or meeting to review, not a date of record", () => {
    expect(scoreCandidate(fillBlank("今天，我们在这里召开座谈会，号召广大青年共同为全面建成小康社会而奋斗。", "全面建成小康社会"), index).doubts).toContain("SPEECH_OCCASION");
    expect(scoreCandidate(fillBlank("希望同学们以此次学习为新起点，努力成长为有理想、敢担当的新时代青年。", "新时代青年"), index).doubts).toContain("SPEECH_OCCASION");
    expect(scoreCandidate(fillBlank("2016年4月26日，习近平在知识分子、劳动模范、青年代表座谈会上号召为全面建成小康社会而奋斗。", "全面建成小康社会"), index).doubts).not.toContain("SPEECH_OCCASION");
    // A stem opening on a meeting a news report told of before it (stop 28).
    expect(scoreCandidate(fillBlank("会上，9位党委委员从主体责任落实、监督责任执行的角度提出了问题。", "监督责任"), index).doubts).toContain("SPEECH_OCCASION");
    expect(scoreCandidate(fillBlank("党委委员在民主生活会上从主体责任落实、监督责任执行的角度提出了问题。", "监督责任"), index).doubts).not.toContain("SPEECH_OCCASION");
    // …and on a speaker of the report's own unit (李建军强调), not a leader the lexicon knows (毛泽东指出).
    expect(scoreCandidate(fillBlank("李建军强调，十八届六中全会是在我国进入全面建成小康社会决胜阶段召开的一次十分重要的会议。", "全面建成小康社会"), index).doubts).toContain("SPEECH_OCCASION");
    expect(scoreCandidate(fillBlank("毛泽东指出：“我们的一切工作干部都是人民的勤务员。”", "勤务员"), index).doubts).not.toContain("SPEECH_OCCASION");
    expect(scoreCandidate(fillBlank("会议强调，要全面建成小康社会。", "全面建成小康社会"), index).doubts).not.toContain("SPEECH_OCCASION");
  });

  it("sends the noun an essay ranks its subject under (也是一项严肃的______) to review: a figure of speech", () => {
    expect(scoreCandidate(fillBlank("责任追究也是一项严肃的政治纪律，实施过程要有计划有程序有步骤。", "政治纪律"), index).doubts).toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(fillBlank("坚持党的领导更是一种政治纪律。", "政治纪律"), index).doubts).toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(fillBlank("全党必须严格遵守党的政治纪律和政治规矩。", "政治纪律"), index).doubts).not.toContain("ESSAY_TERM_BLANK");
  });

  it("sends a blank that is the cause one merges into (融入…的______中去) to review in an essay", () => {
    expect(scoreCandidate(fillBlank("新时代青年要树立远大理想，将个人发展融入国家和民族的伟大事业中去。", "伟大事业"), index).doubts).toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(fillBlank("新时代青年要投身到伟大事业之中，勇于担当作为。", "伟大事业"), index).doubts).toContain("ESSAY_TERM_BLANK");
    expect(scoreCandidate(fillBlank("党领导人民进行伟大斗争、建设伟大工程、推进伟大事业、实现伟大梦想。", "伟大事业"), index).doubts).not.toContain("ESSAY_TERM_BLANK");
  });

  it("sends a blank that only qualifies the progress or level after it (推动______进步) to review", () => {
    expect(scoreCandidate(fillBlank("知识分子在推动经济社会发展、推动社会文明进步中能够发挥十分重要的作用。", "社会文明"), index).doubts).toContain("MODIFIER_BLANK");
    expect(scoreCandidate(fillBlank("坚持和发展中国特色社会主义，必须推动社会文明建设。", "社会文明建设"), index).doubts).not.toContain("MODIFIER_BLANK");
  });
});

describe("stop 28: study notes, regulations and theory texts as tuning documents", () => {
  const heading = (stem: string): Candidate => {
    const base = fillBlank("党群关系存在问题的原因有思想认识不到位。", "思想认识不到位");
    return { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "heading-list", stem, answer: "（1）甲；（2）乙。", passageId: null, span: null }, evidence: { sentence: null, answers: ["甲", "乙"], distractors: [] } };
  };

  it("sends a heading that names a field of study (…知识, 学习内容, 核心内容, …实务) to review as a syllabus's chapters, not a heading naming a list's kind", () => {
    for (const stem of ["《党建知识库》中，“党的基础理论知识”包括哪几个方面？", "《读书笔记》中，学习内容有哪些？", "《党建知识库》中，党史学习核心内容有哪些？", "《党建知识库》中，“基层党建工作实务”包括哪几个方面？"]) {
      expect(scoreCandidate(heading(stem), index).doubts).toContain("OUTLINE_HEADING");
    }
    for (const stem of ["《如何写好案件调查报告》中，调查报告的内容有哪些？", "《中央八项规定实施细则》中，“改进调查研究”包括哪几个方面？"]) {
      expect(scoreCandidate(heading(stem), index).doubts).not.toContain("OUTLINE_HEADING");
    }
  });

  it("sends a blank that is one end of a range (1921-（　）, 每月1-______) to review, not a blank beside a dash of another kind", () => {
    const ranged = fillBlank("新民主主义革命时期（1921-1949年）：成立中华人民共和国。", "1949年", "新民主主义革命时期（1921-______）：成立中华人民共和国。");
    expect(scoreCandidate(ranged, index).doubts).toContain("RANGE_END_BLANK");
    expect(scoreCandidate(ranged, index).score).toBeLessThan(PUBLISH_THRESHOLD);
    const lower = fillBlank("党小组会每月1-2次，组织党员学习党的理论。", "1", "党小组会每月______-2次，组织党员学习党的理论。");
    expect(scoreCandidate(lower, index).doubts).toContain("RANGE_END_BLANK");
    const plain = fillBlank("支部委员会每月召开1次，研究部署支部日常工作。", "1次", "支部委员会每月召开______，研究部署支部日常工作。");
    expect(scoreCandidate(plain, index).doubts).not.toContain("RANGE_END_BLANK");
  });

  it("sends a stem carrying a note's next numbered item (…；2. 怎么做？) to review", () => {
    const glued = fillBlank("一切从实际出发，理论联系实际，坚持在实践中检验和发展真理；2. 怎么做？", "理论联系实际", "一切从实际出发，______，坚持在实践中检验和发展真理；2. 怎么做？");
    expect(scoreCandidate(glued, index).doubts).toContain("NEXT_ITEM_IN_STEM");
    const decimal = fillBlank("全党开展了党的群众路线教育实践活动；1.5万个支部参加。", "群众路线");
    expect(scoreCandidate(decimal, index).doubts).not.toContain("NEXT_ITEM_IN_STEM");
  });

  it("sends a line under a kind label that goes on without a subject (核心要求：改进工作作风…) to review, not one with a subject or a blank for one", () => {
    const subjectless = fillBlank("核心要求：改进工作作风、密切联系群众，反对形式主义、官僚主义、享乐主义和奢靡之风。", "形式主义");
    expect(scoreCandidate(subjectless, index).doubts).toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(subjectless, index).score).toBeLessThan(PUBLISH_THRESHOLD);
    expect(scoreCandidate(fillBlank("收缴标准：党员按照本人工资收入的一定比例缴纳党费，连续6个月不缴纳党费的，按自行脱党处理。", "6个月"), index).doubts).not.toContain("LABEL_FRAGMENT");
    expect(scoreCandidate(fillBlank("根本原则：党的领导是中国特色社会主义最本质的特征。", "党的领导"), index).doubts).not.toContain("LABEL_FRAGMENT");
  });

  it("takes an expense, a meeting or an event named by its kind alone (费用, 会议, 活动) for no fact, but not a named kind (会议费)", () => {
    for (const noun of ["费用", "经费", "会议", "活动"]) expect(judgeTarget(noun, index)).toBe("generic");
    expect(judgeTarget("会议费", index)).not.toBe("generic");
  });

  it("sends a 'definition' that tells the circumstances an event took place in (是在…的情况下进行的) to review, as a 简答 and as a true 判断", () => {
    const base = fillBlank("红军长征是在当时国内外局势发生重大变化的情况下进行的。", "红军长征");
    const short: Candidate = { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "definition", stem: "什么是红军长征？", answer: "红军长征是在当时国内外局势发生重大变化的情况下进行的。" } };
    expect(scoreCandidate(short, index).doubts).toContain("NOT_A_DEFINITION");
    const statement: Candidate = { ...base, question: { ...base.question, type: "TRUE_FALSE", focus: "definition", stem: "红军长征是在当时国内外局势发生重大变化的情况下进行的。", answer: true } };
    expect(scoreCandidate(statement, index).doubts).toContain("NOT_A_DEFINITION");
    const defined: Candidate = { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "definition", stem: "什么是官僚主义？", answer: "官僚主义是一种脱离群众、脱离实际、做官当老爷的思想作风和工作作风。" } };
    expect(scoreCandidate(defined, index).doubts).not.toContain("NOT_A_DEFINITION");
  });
});

describe("speeches and reports (stop 28)", () => {
  const numberBlank = (sentence: string, answer: string): Candidate => {
    const base = fillBlank(sentence, answer);
    return { ...base, question: { ...base.question, focus: "number" } };
  };

  it("takes the year a report looks back on for no date of record, whatever verb its sentence has", () => {
    expect(scoreCandidate(numberBlank("回顾2009年的工作，我们主要实施了以下五大工程。", "2009年"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(numberBlank("刚刚过去的2025年，我们加力实施“两重”“两新”政策。", "2025年"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(numberBlank("2012年12月，中央政治局会议通过了八项规定。", "2012年"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("takes the year of a yearly round of meetings (N年度) for no date of record, though its sentence says 召开", () => {
    expect(scoreCandidate(numberBlank("某林场党支部于4月3日组织召开了2018年度基层党组织组织生活会。", "2018年"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    expect(scoreCandidate(numberBlank("3月5日，学院召开2022年度党支部书记抓基层党建工作述职评议会。", "2022年"), index).doubts).toContain("NUMBER_OF_NO_RECORD");
    // The year of an event itself stays one of record.
    expect(scoreCandidate(numberBlank("2018年召开的全国组织工作会议明确了新时代党的组织路线。", "2018年"), index).doubts).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("takes a yearly sum of money in a speech for no limit of record, not a regulation's limit", () => {
    const inModule = (title: string, sentence: string, answer: string) => {
      const module = fixtureModule(title, "一、工作回顾", [sentence], [], "mod_numbers");
      const courseIndex = indexCourse({ modules: [module] });
      const base = numberBlank(sentence, answer);
      return scoreCandidate(placedIn(base, module), courseIndex).doubts;
    };
    expect(inModule("在全市教育系统年度工作会议上的讲话", "市本级小学、初中生均公用经费已提高到每年600元。", "600元")).toContain("NUMBER_OF_NO_RECORD");
    expect(inModule("中央八项规定实施细则", "省部级干部出访每年不超过1次。", "1次")).not.toContain("NUMBER_OF_NO_RECORD");
    expect(inModule("在全市教育系统年度工作会议上的讲话", "中央政治局委员每人每年出访不超过1次。", "1次")).not.toContain("NUMBER_OF_NO_RECORD");
    expect(inModule("某某单位财务管理办法", "差旅住宿费每人每天不超过500元。", "500元")).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("reads a speech's limit in the number's own clause, and takes a share in a work report for no limit of record", () => {
    const inSpeech = (sentence: string, answer: string) => {
      const module = fixtureModule("2026年浙江省政府工作报告", "一、重点工作", [sentence], [], "mod_report_numbers");
      const courseIndex = indexCourse({ modules: [module] });
      const base = numberBlank(sentence, answer);
      return scoreCandidate(placedIn(base, module), courseIndex).doubts;
    };
    expect(inSpeech("全年向民间资本推介重大项目100个以上，民间资本参股比例不低于30%。", "100个")).toContain("NUMBER_OF_NO_RECORD");
    expect(inSpeech("新增工业用地支持民间投资项目比重不低于80%。", "80%")).toContain("NUMBER_OF_NO_RECORD");
    expect(inSpeech("中央政治局委员每人每年出访不超过1次，时间不超过10天。", "10天")).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("takes a work report's counts in tens of thousands, the start year of a measured change and a superlative 最多 for no number of record (stop 35)", () => {
    const inReport = (sentence: string, answer: string) => {
      const module = fixtureModule("2026年某省政府工作报告", "一、重点工作", [sentence], [], "mod_report_targets");
      const courseIndex = indexCourse({ modules: [module] });
      const base = numberBlank(sentence, answer);
      return scoreCandidate(placedIn(base, module), courseIndex).doubts;
    };
    expect(inReport("稳定重点群体就业，提供不少于6万个青年就业岗位。", "6万个")).toContain("NUMBER_OF_NO_RECORD");
    expect(inReport("实施稳岗行动，城镇新增就业不少于15万人。", "15万人")).toContain("NUMBER_OF_NO_RECORD");
    expect(inReport("实施民生工程，居民人均可支配收入从2020年的3万元提高到4万元。", "2020年")).toContain("NUMBER_OF_NO_RECORD");
    expect(inReport("古城历时8年完成保护修缮、博物馆数量全省最多。", "8年")).toContain("NUMBER_OF_NO_RECORD");
    // A limit a rule sets keeps its number, whatever document quotes it.
    expect(inReport("每个党支部最多设5名委员，任期三年。", "5名")).not.toContain("NUMBER_OF_NO_RECORD");
  });

  it("sends a stem holding a lead and only the first thing it announces (四件大事：一是…) to review", () => {
    expect(scoreCandidate(fillBlank("五年来，我们聚焦聚力干好四件大事：一是以实际行动坚定拥护“两个确立”、坚决做到“两个维护”。", "两个维护"), index).doubts).toContain("LIST_MARKER_IN_STEM");
    expect(scoreCandidate(fillBlank("五年来，我们以实际行动坚定拥护“两个确立”、坚决做到“两个维护”。", "两个维护"), index).doubts).not.toContain("LIST_MARKER_IN_STEM");
  });

  it("sends a lead numbered as a note numbers its first item (包括三个方面：1. …) to review, not a colon before a number or time", () => {
    expect(scoreCandidate(fillBlank("群众路线的基本内容包括两个方面：1. 一切为了群众，一切依靠群众，坚持从群众中来、到群众中去。", "一切依靠群众"), index).doubts).toContain("LIST_MARKER_IN_STEM");
    expect(scoreCandidate(fillBlank("党费收缴标准为：1.5%以上的部分由党员自愿多交，坚持从群众中来、到群众中去。", "从群众中来"), index).doubts).not.toContain("LIST_MARKER_IN_STEM");
  });

  it("sends a blank in a personal account's admitted shortcoming (但在履行______方面不够强硬) to review", () => {
    const inReport = (title: string, sentence: string, answer: string) => {
      const module = fixtureModule(title, "一、思想政治情况", [sentence], [], "mod_shortcoming");
      const courseIndex = indexCourse({ modules: [module] });
      return scoreCandidate(placedIn(fillBlank(sentence, answer), module), courseIndex).doubts;
    };
    const shortcoming = "能严格按照干部政策和组织纪律认真执行，但在履行全面从严治党方面作风不够强硬。";
    expect(inReport("学校党委班子成员年度述职报告", shortcoming, "全面从严治党")).toContain("PERSONAL_ACCOUNT");
    expect(inReport("学校党委班子成员年度述职报告", "带头贯彻全面从严治党要求，坚决落实“一岗双责”。", "全面从严治党")).not.toContain("PERSONAL_ACCOUNT");
    expect(inReport("学校工作总结", shortcoming, "全面从严治党")).not.toContain("PERSONAL_ACCOUNT");
  });

  const definition = (subject: string, answer: string): Candidate => {
    const base = fillBlank(answer, subject);
    return { ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "definition", stem: `什么是${subject}？`, answer }, evidence: { sentence: answer, answers: [answer], distractors: [] } };
  };

  it("sends a 什么是 whose 定义 is a figure of speech (试金石、风向标) to review, not a doctrine's 生命线", () => {
    expect(scoreCandidate(definition("技能竞赛成绩", "技能竞赛成绩是职业教育的试金石、风向标，是对办学水平的重要检验。"), index).doubts).toContain("NOT_A_DEFINITION");
    expect(scoreCandidate(definition("党员干部", "党员干部是构建和谐社会的领头雁。"), index).doubts).toContain("NOT_A_DEFINITION");
    expect(scoreCandidate(definition("群众路线", "群众路线是党的生命线和根本工作路线。"), index).doubts).not.toContain("NOT_A_DEFINITION");
    expect(scoreCandidate(definition("官僚主义", "官僚主义是脱离群众、脱离实际、做官当老爷的思想作风和工作作风。"), index).doubts).not.toContain("NOT_A_DEFINITION");
  });

  it("sends a 什么是 answered with a standing (治本之策, 组织基础) to review, not a definition or a 简述…的地位 (issue 16)", () => {
    expect(scoreCandidate(definition("加强纪律建设", "加强纪律建设是全面从严治党的治本之策。"), index).doubts).toContain("STANDING_NOT_DEFINITION");
    expect(scoreCandidate(definition("党支部", "党支部是党的组织基础，是党的自身建设和管理党员最基本的单位。"), index).doubts).toContain("STANDING_NOT_DEFINITION");
    expect(scoreCandidate(definition("官僚主义", "官僚主义是脱离群众、脱离实际、做官当老爷的思想作风和工作作风。"), index).doubts).not.toContain("STANDING_NOT_DEFINITION");
    expect(scoreCandidate(definition("民主集中制", "民主集中制是民主基础上的集中和集中指导下的民主相结合。"), index).doubts).not.toContain("STANDING_NOT_DEFINITION");
  });

  it("sends a 什么是 answered with an evaluation (关键阶段, 骨干力量) or one colon-led attribute to review (stop 32)", () => {
    expect(scoreCandidate(definition("大学时期", "大学时期是价值观养成的关键阶段。"), index).doubts).toContain("STANDING_NOT_DEFINITION");
    expect(scoreCandidate(definition("国营企业", "国营企业是社会主义经济的骨干力量，年产值占全市工业总产值的百分之六十七。"), index).doubts).toContain("STANDING_NOT_DEFINITION");
    expect(scoreCandidate(definition("农村革命根据地", "农村革命根据地是中国革命的战略阵地，是进行武装斗争和开展土地革命的依托。"), index).doubts).not.toContain("STANDING_NOT_DEFINITION");
    expect(scoreCandidate(definition("新民主主义文化", "新民主主义文化是科学的：是反对一切封建思想和迷信思想。"), index).doubts).toContain("NOT_A_DEFINITION");
    expect(scoreCandidate(definition("新民主主义文化", "新民主主义文化是民族的科学的大众的文化。"), index).doubts).not.toContain("NOT_A_DEFINITION");
  });

  it("sends a heading-list on a part of the document (说明, 活动后期, 参考答案, 简答题) to review (stop 32)", () => {
    const ask = (stem: string, items: string[]): Candidate => ({
      question: { ...fillBlank("甲", "甲").question, type: "SHORT_ANSWER", focus: "heading-list", stem, answer: items.map((item, at) => `（${at + 1}）${item}`).join("；") + "。" },
      evidence: { sentence: null, answers: items, distractors: [] },
    });
    expect(scoreCandidate(ask("《参观纪念馆主题活动》中，“活动后期”包括哪几个方面？", ["整理总结", "信息反馈"]), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《参观纪念馆主题活动》中，活动内容有哪些？", ["参观展厅", "交流感想"]), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《复习资料》中，“说明”包括哪几个方面？", ["辩证唯物主义", "历史唯物主义"]), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《毛概模拟试卷》中，“模拟试卷二参考答案”包括哪几个方面？", ["选择题", "论述题"]), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《毛概模拟试卷》中，“简答题”包括哪几个方面？", ["毛泽东思想的活的灵魂", "新民主主义革命的总路线"]), index).doubts).toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《复习资料》中，“期末复习”包括哪几个方面？", ["简答题", "材料分析题", "论述题"]), index).doubts).toContain("FRAME_SUBHEADINGS");
    expect(scoreCandidate(ask("《复习资料》中，“辩证唯物主义”包括哪几个方面？", ["辩证唯物论", "唯物辩证法", "认识和实践"]), index).doubts).not.toContain("OUTLINE_HEADING");
    expect(scoreCandidate(ask("《关于实施细则的说明》中，“改进新闻报道”包括哪几个方面？", ["简化会议报道", "精简会议报道"]), index).doubts).not.toContain("OUTLINE_HEADING");
  });

  it("sends a definition that opens on its context (是相关党内职务…) to review (issue 16)", () => {
    expect(scoreCandidate(definition("自然免职", "自然免职是相关党内职务自然免除，不需要再另行履行报批程序。"), index).doubts).toContain("DEFINITION_NEEDS_CONTEXT");
    expect(scoreCandidate(definition("特定关系人", "特定关系人是与国有企业领导人员有近亲属以及其他共同利益关系的人。"), index).doubts).not.toContain("DEFINITION_NEEDS_CONTEXT");
  });

  it("sends a heading-list answered with the text's section labels (指导思想；目标任务；基本原则) to review (issue 16)", () => {
    const ask = (stem: string, items: string[]): Candidate => ({
      question: { ...fillBlank("甲", "甲").question, type: "SHORT_ANSWER", focus: "heading-list", stem, answer: items.map((item, at) => `（${at + 1}）${item}`).join("；") + "。" },
      evidence: { sentence: null, answers: items, distractors: [] },
    });
    expect(scoreCandidate(ask("《乡村振兴战略规划》中，实施乡村振兴战略的总体要求有哪些？", ["指导思想", "目标任务", "基本原则"]), index).doubts).toContain("FRAME_SUBHEADINGS");
    expect(scoreCandidate(ask("《文化工作》中，“方针任务”包括哪几个方面？", ["文化工作服从于政治任务", "本师文化工作的方针、任务", "关于宣传队工作"]), index).doubts).toContain("FRAME_SUBHEADINGS");
    expect(scoreCandidate(ask("《党群关系》中，改善党群关系的措施有哪些？", ["党员干部的培训再教育", "加强党风廉政建设"]), index).doubts).not.toContain("FRAME_SUBHEADINGS");
  });

  it("sends a list 简答 whose 要点 are cut, run together or a single item to review (stop 30)", () => {
    const ask = (items: string[], focus: "heading-list" | "enumeration" = "heading-list"): Candidate => ({
      question: { ...fillBlank("甲", "甲").question, type: "SHORT_ANSWER", focus, stem: "《基层党建工作要点》中，“抓好班子建设”包括哪几个方面？", answer: items.map((item, at) => `（${at + 1}）${item}`).join("；") + "。", keyPoints: items },
      evidence: { sentence: null, answers: items, distractors: [] },
    });
    expect(scoreCandidate(ask(["在强化班子团结协作上用力", "在推进课堂教学改革上用力", "在培育"]), index).doubts).toContain("KEY_POINT_FORM");
    expect(scoreCandidate(ask(["一是压紧主体责任；二是健全监督机制", "三是强化警示教育"], "enumeration"), index).doubts).toContain("KEY_POINT_FORM");
    expect(scoreCandidate(ask(["加强理论武装"]), index).doubts).toContain("KEY_POINT_FORM");
    expect(scoreCandidate(ask(["在强化班子团结协作上用力", "在推进课堂教学改革上用力"]), index).doubts).not.toContain("KEY_POINT_FORM");
    expect(scoreCandidate(ask(["三件大事", "意义"]), index).doubts).toContain("KEY_POINT_FORM");
  });

  it("sends a list 简答 whose 要点 only split the heading in its stem to review (issue 16)", () => {
    const ask = (stem: string, items: string[]): Candidate => ({
      question: { ...fillBlank("甲", "甲").question, type: "SHORT_ANSWER", focus: "heading-list", stem, answer: items.map((item, at) => `（${at + 1}）${item}`).join("；") + "。", keyPoints: items },
      evidence: { sentence: null, answers: items, distractors: [] },
    });
    expect(scoreCandidate(ask("“基层组织的领导体制和工作机制”包括哪几个方面？", ["领导体制", "工作机制"]), index).doubts).toContain("POINTS_IN_STEM");
    expect(scoreCandidate(ask("《复习资料》中，“唯物辩证法”包括哪几个方面？", ["事物的联系和发展", "对立统一规律"]), index).doubts).not.toContain("POINTS_IN_STEM");
  });

  it("sends a 简答 on the parts of the document itself (its title as the heading) to review", () => {
    const title = "在全市教育系统年度工作会议上的讲话";
    const module = fixtureModule(title, "一、2009年教育工作的简要回顾", ["回顾一年的工作，全市教育质量稳步提升。"], [], "mod_speech");
    const courseIndex = indexCourse({ modules: [module] });
    const ask = (stem: string): Candidate => ({
      question: { ...fillBlank("甲", "甲").question, type: "SHORT_ANSWER", focus: "heading-list", stem, answer: "（1）甲；（2）乙。", moduleId: module.id, sectionId: module.sections[0]!.id, passageId: null, span: null },
      evidence: { sentence: null, answers: ["甲", "乙"], distractors: [] },
    });
    expect(scoreCandidate(ask(`“${title}”包括哪几个方面？`), courseIndex).doubts).toContain("TITLE_TARGET");
    expect(scoreCandidate(ask(`《${title}》中，“2010年绍兴教育的工作重点”包括哪几个方面？`), courseIndex).doubts).not.toContain("TITLE_TARGET");
  });
});

describe("a thing's standing outside a rule-setting text (stop 28)", () => {
  const standing = (title: string, paragraphs: string[], term: string, answer: string): { candidate: Candidate; courseIndex: ReturnType<typeof indexCourse> } => {
    const module = fixtureModule(title, "一、总体要求", paragraphs, [], "mod_standing");
    const base = fillBlank(paragraphs[0]!, term);
    const candidate = placedIn({ ...base, question: { ...base.question, type: "SHORT_ANSWER", focus: "definition", stem: `《${title}》中，简述${term}的地位和作用。`, answer } }, module);
    return { candidate, courseIndex: indexCourse({ modules: [module] }) };
  };

  it("sends 简述X的地位和作用 from a speech or an article to review, not from a regulation", () => {
    const speech = standing("借智博物馆打造行走的思政课堂", ["革命博物馆是红色记忆的重要载体，是传承革命精神的立体教科书。"], "革命博物馆", "革命博物馆是红色记忆的重要载体，是传承革命精神的立体教科书。");
    expect(scoreCandidate(speech.candidate, speech.courseIndex).doubts).toContain("STANDING_OUTSIDE_RULES");
    const rule = standing("中国共产党党员教育管理工作条例", ["第一条 民主集中制是党的根本组织原则，是党内政治生活正常开展的重要制度保障。", "第二条 党员教育管理工作坚持党的领导。"], "民主集中制", "民主集中制是党的根本组织原则，是党内政治生活正常开展的重要制度保障。");
    expect(scoreCandidate(rule.candidate, rule.courseIndex).doubts).not.toContain("STANDING_OUTSIDE_RULES");
  });
});

describe("a category blanked in a statistic sentence (issue #16)", () => {
  it("finds a category before its total with a breakdown after 其中, and only then", () => {
    expect(categoryOnlyCounted("截至2020年底，全省现行有效______共215件，其中，省级规章40件，市级规章175件。")).toBe(true);
    expect(categoryOnlyCounted("到2019年，全市登记的（　）共有86个，其中，市直单位12个，区县单位74个。")).toBe(true);
    // No breakdown: the total alone is a fact about a named category only if the stem names it, which the blank hides.
    expect(categoryOnlyCounted("截至2020年底，全省现行有效______共215件。")).toBe(false);
    // The breakdown in another unit, or the blank not the counted category.
    expect(categoryOnlyCounted("截至2020年底，全省现行有效______共215件，其中，涉及12个部门。")).toBe(false);
    expect(categoryOnlyCounted("截至2020年底，全省现行有效地方规章共______，其中，省级规章40件，市级规章175件。")).toBe(false);
    expect(categoryOnlyCounted("全省建立______，覆盖全部乡镇，共215个村，其中，山区村40个。")).toBe(false);
  });

  it("sends such a 填空 to review, and not the same sentence blanking the number", () => {
    const sentence = "截至2020年底，全省现行有效地方规章共215件，其中，省级规章40件，市级规章175件。";
    expect(scoreCandidate(fillBlank(sentence, "地方规章"), index).doubts).toContain("CATEGORY_ONLY_COUNTED");
    const base = fillBlank(sentence, "215件");
    const number: Candidate = { ...base, question: { ...base.question, focus: "number" } };
    expect(scoreCandidate(number, index).doubts).not.toContain("CATEGORY_ONLY_COUNTED");
  });
});

describe("a count of one the stem's time of a recurring period implies (issue #16)", () => {
  it("finds 1次 right after 每年年底/每月月初, not a bound or a count elsewhere", () => {
    expect(countImpliedByTime("各单位每年年底对落实情况开展______全面检查。", "1次")).toBe(true);
    expect(countImpliedByTime("党支部每月月初召开______支委会。", "一次")).toBe(true);
    expect(countImpliedByTime("党支部每季度末组织______集中学习。", "1次")).toBe(true);
    expect(countImpliedByTime("各部门召开本系统会议，每年不超过______。", "1次")).toBe(false);
    expect(countImpliedByTime("党委每半年应当至少召开______专题会议。", "1次")).toBe(false);
    expect(countImpliedByTime("党支部每月召开______支委会。", "1次")).toBe(false);
    expect(countImpliedByTime("各单位每年年底对落实情况开展______全面检查。", "2次")).toBe(false);
    expect(countImpliedByTime("每年年底前报送计划，年中进行______综合协调。", "1次")).toBe(false);
  });

  it("sends such a 填空 to review", () => {
    const base = fillBlank("各单位每年年底对落实情况开展1次全面检查，并报送结果。", "1次");
    const number: Candidate = { ...base, question: { ...base.question, focus: "number" } };
    expect(scoreCandidate(number, index).doubts).toContain("COUNT_IMPLIED_BY_TIME");
  });

  it("sends a 判断 that moves such a count (每年年底…2次) to review", () => {
    const sentence = "各单位每年年底对落实情况开展1次全面检查，并报送结果。";
    const base = fillBlank(sentence, "1次");
    const moved: Candidate = { question: { ...base.question, type: "TRUE_FALSE", focus: "number", stem: sentence.replace("1次", "2次"), answer: false }, evidence: { ...base.evidence, change: { kind: "number-change", from: "1次", to: "2次" } } };
    expect(scoreCandidate(moved, index).doubts).toContain("COUNT_IMPLIED_BY_TIME");
    const bound = "各部门每年召开系统会议不超过1次，并报送结果。";
    const limit = fillBlank(bound, "1次");
    const movedLimit: Candidate = { question: { ...limit.question, type: "TRUE_FALSE", focus: "number", stem: bound.replace("1次", "2次"), answer: false }, evidence: { ...limit.evidence, change: { kind: "number-change", from: "1次", to: "2次" } } };
    expect(scoreCandidate(movedLimit, index).doubts).not.toContain("COUNT_IMPLIED_BY_TIME");
  });
});

describe("a 判断 that moves one end of a span", () => {
  it("finds a number that opens or closes a span", () => {
    expect(changesRangeEnd("1949年3月5日至13日，某会议在某地召开。", "1949年3月5日")).toBe(true);
    expect(changesRangeEnd("该活动于1921-1949年间持续开展。", "1949年")).toBe(true);
    expect(changesRangeEnd("该活动于1921-1949年间持续开展。", "1921")).toBe(true);
    expect(changesRangeEnd("1949年3月5日，某会议在某地召开。", "1949年3月5日")).toBe(false);
    expect(changesRangeEnd("1949年3月，会议通过了2项决定。", "2项")).toBe(false);
    expect(changesRangeEnd("1949年3月5日到达某地。", "1949年3月5日")).toBe(false);
  });

  it("sends such a 判断 to review, and leaves a lone date alone", () => {
    const sentence = "1949年3月5日至13日，某会议在某地召开，作出了若干决定。";
    const base = fillBlank(sentence, "1949年3月5日");
    const moved: Candidate = { question: { ...base.question, type: "TRUE_FALSE", focus: "number", stem: sentence.replace("1949年3月5日", "1949年6月20日"), answer: false }, evidence: { ...base.evidence, change: { kind: "number-change", from: "1949年3月5日", to: "1949年6月20日" } } };
    expect(scoreCandidate(moved, index).doubts).toContain("RANGE_END_CHANGED");
    const lone = "1949年3月5日，某会议在某地召开，作出了若干决定。";
    const single = fillBlank(lone, "1949年3月5日");
    const movedLone: Candidate = { question: { ...single.question, type: "TRUE_FALSE", focus: "number", stem: lone.replace("1949年3月5日", "1949年6月20日"), answer: false }, evidence: { ...single.evidence, change: { kind: "number-change", from: "1949年3月5日", to: "1949年6月20日" } } };
    expect(scoreCandidate(movedLone, index).doubts).not.toContain("RANGE_END_CHANGED");
  });
});

describe("a report's account of its own meeting (EVENT_FRAME, stop 31)", () => {
  it("reads who presided, who attended and the praise of the lesson given as the report's own occasion", () => {
    for (const sentence of [
      "学院党委副书记、院长陈志强主持党课，学院领导班子成员、各党支部书记参加。",
      "会议由公司党委书记张伟主持，全体中层干部参加会议。",
      "报告会由校党委副书记李华主持。",
      "党委委员、各部门负责人参加学习。",
      "市委常委、组织部部长刘强出席会议并讲话。",
      "全体在职党员20人参加。",
      "陈志强在总结时指出，王立新书记的党课主题鲜明、内涵丰富、联系实际。",
    ]) expect(tellsEventFrame(sentence), sentence).toBe(true);
  });

  it("leaves what a meeting or a text says, and other senses of 主持 and 参加, alone", () => {
    for (const sentence of [
      "主题教育的总要求是“学思想、强党性、重实践、建新功”。",
      "每届中央委员会产生的中央领导机构和中央领导人，在下届全国代表大会开会期间，继续主持党的经常工作。",
      "主持的省级课题结题，参编的教材出版。",
      "既然三三制政权有各抗日阶级抗日党派的代表参加，就必然有各个不同的政见。",
      "党员有权参加党的有关会议，阅读党的有关文件。",
      "中央政治局常委出席的，文字稿不超过1000字。",
    ]) expect(tellsEventFrame(sentence), sentence).toBe(false);
  });

  it("sends a blank in such a sentence outside a rule-setting text to review", () => {
    const confidence = scoreCandidate(fillBlank("学院党委副书记、院长陈志强主持党课，学院领导班子成员、各党支部书记参加。", "党课"), index);
    expect(confidence.doubts).toContain("EVENT_FRAME");
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
  });
});
