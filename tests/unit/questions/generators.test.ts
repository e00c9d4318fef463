import { describe, expect, it } from "vitest";
import {
  buildInventory,
  checkCandidate,
  generateFillBlank,
  generateQuestionBank,
  generateMultipleChoice,
  generateShortAnswer,
  generateSingleChoice,
  generateSourceQuestions,
  generateTrueFalse,
  numberSites,
  termSites,
  type Candidate,
} from "@/lib/questions";
import { fixtureContext, moduleA, moduleB } from "./fixtures";
import { fixtureModule } from "./fixture-course";
import { vocabularyClassOf, vocabularySiblingsIn } from "@/lib/questions/party-vocabulary";
import { namedInSentence } from "@/lib/questions/generate-single-choice";
import { lexiconSiblings, namesTheWhole } from "@/lib/questions/generate-multiple-choice";
import { indexCourse } from "@/lib/questions/course-index";
import { isYearRangeEnd } from "@/lib/questions/generate-true-false";

const { index, inventory } = fixtureContext();

function shape(candidate: Candidate) {
  const { stem, options, answer } = candidate.question;
  return { stem, options: options.map((option) => `${option.key}.${option.text}`), answer };
}

function passing(candidates: Candidate[]): Candidate[] {
  return candidates.filter((candidate) => checkCandidate(candidate, { index }).length === 0);
}

describe("generateFillBlank", () => {
  const sites = [...termSites(index, moduleA, inventory.terms), ...numberSites(index, moduleA)];
  const questions = passing(generateFillBlank(sites, index));

  it("blanks a key term of a sentence and accepts only that term", () => {
    expect(shape(questions[0]!)).toEqual({
      stem: "针对形式主义、官僚主义、享乐主义、奢靡之风等四风问题，全党开展了党的______教育实践活动。",
      options: [],
      answer: ["群众路线"],
    });
    expect(questions[0]!.question.acceptedAnswers).toEqual([["群众路线"]]);
  });

  it("blanks a number and accepts 余 for 多 and Chinese numerals", () => {
    expect(shape(questions[1]!)).toEqual({ stem: "到今天为止，中国共产党在全国执政已经______。", options: [], answer: ["60多年"] });
    expect(questions[1]!.question.acceptedAnswers).toEqual([["60多年", "60余年", "六十多年", "六十余年"]]);
  });

  it("gives the answer, cites document and section, quotes the source and names the other spellings graded right", () => {
    expect(questions[1]!.question.explanation).toBe(
      "答案：「60多年」。《党的作风建设》“一、反对四风”原文：“到今天为止，中国共产党在全国执政已经60多年”。「60多年」写作「60余年」或「六十多年」或「六十余年」也算正确。",
    );
  });

  it("rejects a blank that leaves a sentence too short to point at the answer", () => {
    const short = generateFillBlank(sites, index).find((candidate) => candidate.question.stem === "______是我们党的最大政治优势。")!;
    expect(checkCandidate(short, { index })).toEqual(["TOO_LITTLE_CONTEXT"]);
  });
});

describe("generateSingleChoice", () => {
  it("offers four numbers of the same shape for a blanked number, the wrong ones near the key and as round as it", () => {
    const [question] = passing(generateSingleChoice(numberSites(index, moduleA), index, inventory));
    const { stem, options } = shape(question!);
    expect(stem).toBe("到今天为止，中国共产党在全国执政已经（　）。");
    expect(options).toHaveLength(4);
    expect(options.map((option) => option.slice(2))).toContain("60多年");
    for (const option of options) {
      const value = Number.parseInt(option.slice(2), 10);
      expect(option.endsWith("多年") && value % 10 === 0 && value >= 30 && value <= 120).toBe(true);
    }
  });

  it("rejects a term question when the course has too few same-kind terms for four options", () => {
    const [candidate] = generateSingleChoice(termSites(index, moduleA, inventory.terms).filter((site) => site.answer === "密切联系群众"), index, inventory);
    expect(candidate!.question.options.length).toBeLessThan(4);
    expect(checkCandidate(candidate!, { index })).toContain("TOO_FEW_OPTIONS");
  });

  it("offers the other members of a party-vocabulary class for a key the lexicon knows (群众路线 among the 路线)", () => {
    const [candidate] = generateSingleChoice(termSites(index, moduleA, inventory.terms).filter((site) => site.answer === "群众路线"), index, inventory);
    expect(candidate!.question.options.map((option) => option.text).sort()).toEqual(["思想路线", "政治路线", "组织路线", "群众路线"].sort());
  });
});

describe("wrong options for a lexicon key", () => {
  it("come from the class its sentence speaks of (政治建设 beside 经济建设、文化建设 is of 五位一体, not of 党的建设)", () => {
    const siblings = vocabularySiblingsIn("政治建设", "统筹推进经济建设、政治建设、文化建设、社会建设、生态文明建设。");
    expect(siblings).toContain("社会建设");
    expect(siblings).not.toContain("作风建设");
    expect(vocabularySiblingsIn("政治建设", "全面加强党的建设。")).toEqual(expect.arrayContaining(["作风建设", "社会建设"]));
  });

  it("never repeat an item the sentence lists (司法监督 beside 纪检监察、司法、社会和（　）), though a word inside another may stay", () => {
    const sentence = "自觉接受纪检监察、司法、社会和舆论监督，加强审计、统计和财会监督。";
    expect(namedInSentence("司法监督", "舆论监督", sentence)).toBe(true);
    expect(namedInSentence("社会监督", "舆论监督", sentence)).toBe(true);
    expect(namedInSentence("行政监督", "舆论监督", sentence)).toBe(false);
    expect(namedInSentence("社会建设", "经济建设", "坚持社会主义道路，以经济建设为中心。")).toBe(false);
  });
});

describe("generateQuestionBank's targets", () => {
  it("include the lexicon's terms the course says, though the extractor picked no point for them", () => {
    const module = fixtureModule("党章", "第二章 党的组织制度", ["党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。", "党的各级委员会实行集体领导和个人分工负责相结合的制度。"], [], "mod_lexicon");
    const bank = generateQuestionBank({ modules: [module] });
    const questions = [...bank.accepted, ...bank.review.map((entry) => entry.question)];
    const keys = questions.filter((question) => question.type === "SINGLE_CHOICE").map((question) => question.options.find((option) => (question.answer as string[]).includes(option.key))?.text);
    // In so small a course the two have no 单选: their class-mates are their parts or whole (集体领导, 个人分工负责 of
    // 民主集中制), no wrong options (stop 28), and the course has too few others; they are blanked instead.
    const blanked = questions.filter((question) => question.type === "FILL_BLANK").map((question) => JSON.stringify(question.answer));
    for (const term of ["民主集中制", "集体领导"]) expect(keys.includes(term) || blanked.some((answer) => answer.includes(term)), term).toBe(true);
  });
});

describe("generateSourceQuestions", () => {
  it("asks who said a quotation, with speakers of the same kind and time as options (leaders of the reform era for 习近平)", () => {
    const [question] = generateSourceQuestions(moduleA, index, inventory);
    const { stem, options, answer } = shape(question!);
    const [key] = answer as string[];
    expect(stem).toBe("（　）指出：“人心向背关系党的生死存亡。”");
    expect(options).toHaveLength(4);
    expect(options.find((option) => option.startsWith(key!))).toBe(`${key}.习近平`);
    for (const option of options) expect(vocabularyClassOf(option.slice(2))).toBe("改革开放以来的党和国家领导人");
    expect(checkCandidate(question!, { index })).toEqual([]);
  });
});

describe("generateMultipleChoice", () => {
  it("asks for the members of a named list and takes no member as a distractor, but the lexicon's other members of the list's kind", () => {
    const [question] = generateMultipleChoice(moduleA, index, inventory);
    expect(shape(question!)).toEqual({
      stem: "下列属于“四风”的有（　）。",
      options: ["A.好人主义", "B.奢靡之风", "C.官僚主义", "D.享乐主义", "E.形式主义", "F.个人主义"],
      answer: ["B", "C", "D", "E"],
    });
    expect(checkCandidate(question!, { index })).toEqual([]);
  });

  it("leaves out of the wrong options the rest of the smallest lexicon class that holds the list (奢靡之风 beside three of the 四风)", () => {
    expect(lexiconSiblings(["形式主义", "官僚主义", "享乐主义"])).not.toContain("奢靡之风");
    expect(lexiconSiblings(["形式主义", "官僚主义", "享乐主义"])).toContain("个人主义");
    expect(lexiconSiblings(["政治意识", "大局意识", "核心意识", "看齐意识"])).toEqual([]);
    expect(lexiconSiblings(["知情权", "参与权"])).toEqual([]);
  });

  it("asks a set of record by its name with wrong options from its kin set, even where its sentence names that set too", () => {
    const dangers = fixtureModule(
      "党的建设",
      "总纲",
      ["新形势下，党面临的执政考验、改革开放考验、市场经济考验、外部环境考验是长期的、复杂的、严峻的，精神懈怠危险、能力不足危险、脱离群众危险、消极腐败危险更加尖锐地摆在全党面前。"],
      [{ kind: "enumeration", text: "四种危险", answer: "精神懈怠危险、能力不足危险、脱离群众危险、消极腐败危险", items: ["精神懈怠危险", "能力不足危险", "脱离群众危险", "消极腐败危险"] }],
      "mod_dangers",
    );
    const dangersIndex = indexCourse({ modules: [dangers] });
    const [question] = generateMultipleChoice(dangers, dangersIndex, buildInventory(dangersIndex, () => true));
    expect(question!.question.stem).toBe("下列属于“四种危险”的有（　）。");
    const wrong = question!.question.options.map((option) => option.text).filter((text) => !text.endsWith("危险"));
    expect(wrong).toHaveLength(2);
    for (const text of wrong) expect(["执政考验", "改革开放考验", "市场经济考验", "外部环境考验"]).toContain(text);
    expect(checkCandidate(question!, { index: dangersIndex })).toEqual([]);
  });

  it("takes no wrong option that is a kind of the whole the sentence lists the parts of (单位办公用房 beside 所称办公用房…包括)", () => {
    const sentence = "本办法所称办公用房，是指机关的基本工作场所，包括　。";
    expect(namesTheWhole("单位办公用房", sentence)).toBe(true);
    expect(namesTheWhole("技术业务用房", sentence)).toBe(false);
    // An ending of fewer than four characters (用房, 主义) names no whole.
    expect(namesTheWhole("个人主义", "全党必须坚决反对形式主义的各种表现　。")).toBe(false);
  });

  it("rejects the question when fewer than two distractors are left", () => {
    const rights = fixtureModule("党员权利", "党员的民主权利", ["要落实党员知情权、参与权、选举权、监督权。"], [{ kind: "enumeration", text: "党员权利", answer: "知情权、参与权、选举权、监督权", items: ["知情权", "参与权", "选举权", "监督权"] }], "mod_rights");
    const rightsIndex = indexCourse({ modules: [rights] });
    const [question] = generateMultipleChoice(rights, rightsIndex, buildInventory(rightsIndex, () => true));
    expect(checkCandidate(question!, { index: rightsIndex })).toEqual(["TOO_FEW_OPTIONS"]);
  });
});

describe("generateTrueFalse", () => {
  const statements = generateTrueFalse(moduleA, termSites(index, moduleA, inventory.terms), numberSites(index, moduleA), index, inventory).map(shape);

  it("states sentences of the text as true", () => {
    expect(statements).toContainEqual({ stem: "密切联系群众是我们党的最大政治优势。", options: [], answer: true });
    // The definition is stated as written, or negated by its seeded coin: both keep to the text.
    expect(statements).toContainEqual(
      expect.objectContaining({ stem: expect.stringMatching(/^党群关系(是|不是)政党与人民群众之间的关系。$/) }),
    );
    for (const statement of statements.filter((each) => each.stem.startsWith("党群关系"))) expect(statement.answer).toBe(!statement.stem.includes("不是"));
  });

  it("makes a statement false by changing its number to another of the course", () => {
    expect(statements).toContainEqual({ stem: "到今天为止，中国共产党在全国执政已经30多年。", options: [], answer: false });
  });

  it("makes a quotation false by giving it another speaker of the same kind", () => {
    const other = generateTrueFalse(moduleB, [], [], index, inventory).map(shape);
    const swapped = other.find((question) => question.stem.endsWith("指出：“全党同志必须牢记，密切联系群众是我们党的最大政治优势。”") && question.answer === false);
    const speaker = swapped!.stem.slice(0, swapped!.stem.indexOf("指出"));
    expect(speaker).not.toBe("胡锦涛");
    expect(vocabularyClassOf(speaker)).toBe("改革开放以来的党和国家领导人");
  });
});

describe("generateShortAnswer", () => {
  it("asks what a defined term is, with the definition as the model answer", () => {
    const [question] = generateShortAnswer(moduleA, index, new Set());
    expect(shape(question!)).toEqual({ stem: "《党的作风建设》中，什么是党群关系？", options: [], answer: "党群关系是政党与人民群众之间的关系。" });
  });

  it("asks for the place and role of a term whose 'definition' names a role (…的根本保证), and what a statement heading's section argues", () => {
    const module = fixtureModule(
      "关于新形势下党内政治生活的若干准则",
      "十、强化对权力运行的制约和监督",
      ["监督是权力正确运行的根本保证，是加强和规范党内政治生活的重要举措。"],
      [
        { kind: "definition", text: "监督", answer: "权力正确运行的根本保证，是加强和规范党内政治生活的重要举措", passage: 0 },
        { kind: "heading-list", text: "始终代表最广大人民的根本利益是党的作风建设的价值所归", items: ["谋取人民的根本利益", "为人民群众办实事"] },
      ],
      "mod_role",
    );
    const courseIndex = indexCourse({ title: "党内政治生活", modules: [module] });
    const stems = generateShortAnswer(module, courseIndex, new Set()).map((candidate) => candidate.question.stem);
    expect(stems).toContain("《关于新形势下党内政治生活的若干准则》中，简述监督的地位和作用。");
    expect(stems).toContain("《关于新形势下党内政治生活的若干准则》中，“始终代表最广大人民的根本利益是党的作风建设的价值所归”一节论述了哪几个方面？");
  });

  it("asks for the parts of a heading that lists causes, its subsections as key points", () => {
    const [question] = generateShortAnswer(moduleB, index, new Set());
    expect(shape(question!)).toEqual({
      stem: "《党群关系的现状》中，党群关系存在问题的原因有哪些？",
      options: [],
      answer: "（1）思想认识不到位；（2）体制机制不健全；（3）工作方法不适应。",
    });
    expect(question!.question.keyPoints).toEqual(["思想认识不到位", "体制机制不健全", "工作方法不适应"]);
    expect(question!.question.passageId).toBeNull();
  });

  it("asks for the list itself when its heading says what to do about it (解决…的突出问题 → …的突出问题有哪些？)", () => {
    const module = fixtureModule("作风建设", "三、解决作风建设上的突出问题", ["作风问题必须下大力气解决。"], [{ kind: "heading-list", text: "解决作风建设上的突出问题", items: ["高高在上，脱离群众", "形式主义，弄虚作假", "作风粗暴，积压矛盾"] }], "mod_verb");
    const [question] = generateShortAnswer(module, indexCourse({ modules: [module] }), new Set());
    expect(question!.question.stem).toBe("《作风建设》中，作风建设上的突出问题有哪些？");
  });

  it("asks for the place of a term its 'definition' only ranks (党的根本政治立场), and keeps a later clause with a subject of its own out of the key", () => {
    const module = fixtureModule(
      "关于新形势下党内政治生活的若干准则",
      "二、坚持党的基本路线",
      ["人民立场是党的根本政治立场，人民群众是党的力量源泉。", "官僚主义是一种脱离群众、脱离实际、做官当老爷的思想作风和工作作风。"],
      [
        { kind: "definition", text: "人民立场", answer: "党的根本政治立场，人民群众是党的力量源泉", passage: 0 },
        { kind: "definition", text: "官僚主义", answer: "一种脱离群众、脱离实际、做官当老爷的思想作风和工作作风", passage: 1 },
      ],
      "mod_rank",
    );
    const questions = generateShortAnswer(module, indexCourse({ title: "党内政治生活", modules: [module] }), new Set()).map((candidate) => candidate.question);
    expect(questions.map((question) => [question.stem, question.answer])).toEqual([
      ["《关于新形势下党内政治生活的若干准则》中，简述人民立场的地位。", "人民立场是党的根本政治立场。"],
      ["《关于新形势下党内政治生活的若干准则》中，什么是官僚主义？", "官僚主义是一种脱离群众、脱离实际、做官当老爷的思想作风和工作作风。"],
    ]);
  });

  it("asks for the place of a term its 'definition' only makes a part of something (…的一个重要内容), not for its role", () => {
    const module = fixtureModule("精神文明建设", "三、关于加强爱国主义教育", ["爱国主义教育是精神文明建设的一个重要内容。"], [{ kind: "definition", text: "爱国主义教育", answer: "精神文明建设的一个重要内容", passage: 0 }], "mod_part");
    const [question] = generateShortAnswer(module, indexCourse({ title: "精神文明", modules: [module] }), new Set());
    expect(question!.question.stem).toBe("《精神文明建设》中，简述爱国主义教育的地位。");
  });

  it("drops a restatement 就是 opening a later clause from the answer and its 要点 (stop 32)", () => {
    const answer = "坚持独立思考，走自己的路，就是坚定不移地维护民族独立、捍卫国家主权";
    const module = fixtureModule("毛泽东思想及其历史地位", "三、活的灵魂", [`独立自主，就是${answer}。`], [{ kind: "definition", text: "独立自主", answer, passage: 0 }], "mod_restate");
    const [question] = generateShortAnswer(module, indexCourse({ modules: [module] }), new Set());
    expect(question!.question.answer).toBe("独立自主是坚持独立思考，走自己的路，坚定不移地维护民族独立、捍卫国家主权。");
    expect(question!.question.keyPoints!.some((point) => point.startsWith("就是"))).toBe(false);
  });

  it("keeps a clause with 是否 in the definition: 是否 is no 是 of a new subject (stop 28)", () => {
    const answer = "对全体或者多数党员严重违反党纪的党组织的所有党员，都要审查其是否符合党员条件，并视其具体情况进行处理和登记的活动";
    const module = fixtureModule("对党的组织给予纪律处理研析", "五、解散", [`所谓“逐个审查”，是指${answer}。`], [{ kind: "definition", text: "逐个审查", answer, passage: 0 }], "mod_whether");
    const [question] = generateShortAnswer(module, indexCourse({ modules: [module] }), new Set());
    expect(question!.question.answer).toBe(`逐个审查是${answer}。`);
  });

  it("asks for a counted list a speech announces by its name, cited at the announcing sentence (stop 28)", () => {
    const module = fixtureModule("在教代会上的讲话", "讲话", ["关键是要树立以下四个教育理念，促进学校持续健康发展。"], [], "mod_announced");
    module.knowledgePoints.push({
      id: "mod_announced_kp_list",
      kind: "heading-list",
      text: "四个教育理念",
      items: ["树立发展以质量为本的理念", "树立教育以育人为本的理念", "树立办学以人才为本的理念", "树立管理以人文为本的理念"],
      span: { passage: "mod_announced_psg_0", start: 8, end: 14 },
      section: "mod_announced_sec",
    });
    const [question] = generateShortAnswer(module, indexCourse({ modules: [module] }), new Set()).map((candidate) => candidate.question);
    expect(question!.stem).toBe("《在教代会上的讲话》中，提出的“四个教育理念”是什么？");
    expect(question!.keyPoints).toHaveLength(4);
    expect(question!.passageId).toBeNull();
    expect(question!.explanation).toContain("提出「四个教育理念」，随后分4段逐一论述");
  });

  it("keeps the verb of a heading whose measures are for doing it (改善党群关系的措施 stays whole)", () => {
    const module = fixtureModule("党群关系", "三、改善党群关系的措施", ["措施如下。"], [{ kind: "heading-list", text: "改善党群关系的措施", items: ["党员干部的培训再教育", "加强党风廉政建设", "加强民主法制建设"] }], "mod_measures");
    const [question] = generateShortAnswer(module, indexCourse({ modules: [module] }), new Set());
    expect(question!.question.stem).toBe("《党群关系》中，改善党群关系的措施有哪些？");
  });

  it("turns quotation marks inside a quoted heading into single ones (“‘十四五’时期…”), not doubled", () => {
    const module = fixtureModule("政府工作报告", "一、“十四五”时期和2025年工作回顾", ["过去五年成绩显著。"], [{ kind: "heading-list", text: "“十四五”时期和2025年工作回顾", items: ["经济实力显著增强", "改革开放不断深化", "民生福祉持续增进"] }], "mod_quote");
    const [question] = generateShortAnswer(module, indexCourse({ modules: [module] }), new Set());
    expect(question!.question.stem).toBe("《政府工作报告》中，“‘十四五’时期和2025年工作回顾”包括哪几个方面？");
  });

  it("names the module when another module asks about the same title", () => {
    const [question] = generateShortAnswer(moduleA, index, new Set(["党群关系"]));
    expect(question!.question.stem).toBe("《党的作风建设》中，什么是党群关系？");
  });
});

describe("判断: a year that ends a range", () => {
  it("is an end of a range written with a dash or 至, so no falsehood moves it", () => {
    const text = "2018年2月，党中央印发中央党内法规制定工作第二个五年规划（2018—2022年）。";
    const at = (t: string, part: string) => ({ start: t.indexOf(part), end: t.indexOf(part) + part.length });
    expect(isYearRangeEnd(text, at(text, "2022年"))).toBe(true);
    expect(isYearRangeEnd(text, { start: text.indexOf("2018—"), end: text.indexOf("2018—") + 4 })).toBe(true);
    const spelled = "规划期为2013年至2017年。";
    expect(isYearRangeEnd(spelled, at(spelled, "2013年"))).toBe(true);
    expect(isYearRangeEnd(spelled, at(spelled, "2017年"))).toBe(true);
  });

  it("is not a year standing alone, nor a count", () => {
    expect(isYearRangeEnd("1949年中华人民共和国成立。", { start: 0, end: 5 })).toBe(false);
    expect(isYearRangeEnd("2018年2月，党中央印发规划。", { start: 0, end: 5 })).toBe(false);
    const count = "每年至少举行一次。";
    expect(isYearRangeEnd(count, { start: count.indexOf("一次"), end: count.indexOf("一次") + 2 })).toBe(false);
  });
});
