import { describe, expect, it } from "vitest";
import {
  acceptedVariants,
  buildInventory,
  enumerationItemSites,
  generateFillBlank,
  generateMultipleChoice,
  generateShortAnswer,
  generateSingleChoice,
  generateTrueFalse,
  gradeAnswer,
  indexCourse,
  scoreCandidate,
  termSites,
  type Candidate,
} from "@/lib/questions";
import { buildCourse } from "@/lib/content";
import { generateQuestionBank } from "@/lib/questions";
import { definedShortForms } from "@/lib/questions/accepted-answers";
import { articleAt, citation } from "@/lib/questions/citation";
import { classNamedIn, fillBlankExplanation, trueFalseExplanation, explainMultipleChoice, explainSingleChoice, explainSpeaker, explainTrueFalse, saysWhatItIs, saysWhatKeyIs, speaksOfKeyAlone, teachingSentence } from "@/lib/questions/explanation";
import { countedClassNamed, isSelfNamedClass } from "@/lib/questions/party-vocabulary";
import { isExplanationEcho } from "@/lib/questions/eval";
import { isNoisyItem } from "@/lib/questions/quality-gate";
import { attributionLead, keyElsewhere, selectedWorksAuthor } from "@/lib/questions/explanation";
import { fixtureModule } from "./fixture-course";
import { fixtureContext, moduleA, moduleB } from "./fixtures";

const { index, inventory } = fixtureContext();

function optionTexts(candidate: Candidate, correct: boolean): string[] {
  const keys = candidate.question.answer as string[];
  return candidate.question.options.filter((option) => keys.includes(option.key) === correct).map((option) => option.text);
}

/** A regulation of two articles, the second running over two paragraphs, in a chapter of its document. */
const regulation = fixtureModule(
  "纪律与责任",
  "纪律与责任",
  [
    "第三十五条巡视组成员应当严格遵守政治纪律和组织纪律，不得泄露巡视工作秘密。",
    "第三十六条被巡视党组织领导班子及其成员应当自觉接受巡视监督。",
    "党员有义务向巡视组如实反映情况，不得隐瞒、歪曲事实。",
  ],
  [
    { kind: "term", text: "巡视监督", passage: 1 },
    { kind: "term", text: "巡视工作秘密" },
  ],
  "mod_reg",
);

describe("the 解析 of a single choice", () => {
  const [candidate] = generateSingleChoice(
    termSites(index, moduleA, inventory.terms).filter((site) => site.answer === "群众路线"),
    index,
    inventory,
  );
  const { explanation } = candidate!.question;

  it("gives the key and cites the document and section it comes from", () => {
    expect(explanation).toMatch(/^正确答案是「群众路线」。《党的作风建设》“一、反对四风”原文：“[^”]*群众路线[^”]*”。/);
  });

  it("names every wrong option and why it is wrong here: a sibling of the key's lexicon class", () => {
    for (const wrong of optionTexts(candidate!, false)) expect(explanation).toContain(`「${wrong}」`);
    expect(explanation).toContain("同属“党的路线”");
    expect(explanation).toContain("都不是原文此处的说法");
  });

  it("is more than the source sentence quoted again", () => {
    const located = index.passage(candidate!.question.passageId!)!;
    const sourceText = located.passage.text.slice(candidate!.question.span!.start, candidate!.question.span!.end);
    expect(isExplanationEcho({ question: candidate!.question, sourceText, passageText: located.passage.text })).toBe(false);
  });

  it("names the list a list item belongs to", () => {
    const [question] = generateSingleChoice(enumerationItemSites(index, moduleA, 1), index, inventory);
    const text = question!.question.explanation;
    expect(text).toContain("是“四风”所列的一项（形式主义、官僚主义、享乐主义、奢靡之风）");
    for (const wrong of optionTexts(question!, false)) expect(text).toContain(`「${wrong}」`);
  });
});

describe("the 解析 of a multiple choice", () => {
  const [candidate] = generateMultipleChoice(moduleA, index, inventory);
  const { explanation } = candidate!.question;

  it("lists the correct items as the source enumerates them, under the list's name", () => {
    expect(explanation).toContain("列举的“四风”包括：形式主义、官僚主义、享乐主义、奢靡之风。");
  });

  const listCourse = (second: string, text: string, answer: string, items: string[]) => {
    const course = {
      modules: [
        fixtureModule(
          "作风建设",
          "反对四风",
          ["全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风，领导干部要以身作则。", second],
          [
            { kind: "enumeration", text: "四风", answer: "形式主义、官僚主义、享乐主义和奢靡之风", items: ["形式主义", "官僚主义", "享乐主义", "奢靡之风"] },
            { kind: "enumeration", passage: 1, text, answer, items },
          ],
          "mod_lists",
        ),
      ],
    };
    const listIndex = indexCourse(course);
    const listInventory = buildInventory(listIndex, (item, siblings) => !isNoisyItem(item, siblings));
    return generateMultipleChoice(course.modules[0]!, listIndex, listInventory).find((candidate) => candidate.question.stem.includes(text))!;
  };

  it("says of a wrong option taken from another list which list and where it is", () => {
    // The 三严三实 are the whole of their lexicon class and have no kin set: the wrong options come from the other list, 四风.
    const question = listCourse("党员干部要做到严以修身、严以用权、严以律己，又谋事要实、创业要实、做人要实。", "三严三实", "严以修身、严以用权、严以律己，又谋事要实、创业要实、做人要实", ["严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实"]);
    const wrong = optionTexts(question, false);
    expect(wrong.length).toBeGreaterThan(0);
    for (const text of wrong) expect(question.question.explanation).toContain(`「${text}」`);
    expect(question.question.explanation).toMatch(/(「[^」]+」)+(是|都是)本部分所列“四风”中的(一项|内容)/);
    expect(question.question.explanation).toMatch(/都不属于“三严三实”。$/);
  });

  it("takes the wrong options of a set of record from its kin set and names that set whole (四个意识 → 四个自信)", () => {
    const question = listCourse("全党要增强政治意识、大局意识、核心意识、看齐意识，坚决维护党中央权威。", "四个意识", "政治意识、大局意识、核心意识、看齐意识", ["政治意识", "大局意识", "核心意识", "看齐意识"]);
    const wrong = optionTexts(question, false);
    expect(wrong).toHaveLength(2);
    for (const text of wrong) expect(["道路自信", "理论自信", "制度自信", "文化自信"]).toContain(text);
    expect(question.question.explanation).toMatch(/(「[^」]+」)+属于“四个自信”（道路自信、理论自信、制度自信、文化自信），都不属于“四个意识”。$/);
  });

  it("says of each wrong option that it does not belong to the list, once: lexicon siblings of the 四风 with the 四风's members", () => {
    const wrong = optionTexts(candidate!, false);
    expect(wrong.length).toBeGreaterThan(0);
    for (const text of wrong) expect(explanation).toContain(`「${text}」`);
    expect(explanation).toMatch(/(「[^」]+」)+不属于“四风”（“四风”是形式主义、官僚主义、享乐主义、奢靡之风）。$/);
    expect(explanation).not.toContain("都不属于");
  });
});

describe("the 解析 of a true/false statement", () => {
  const located = index.passage(moduleA.sections[0]!.passages[0]!.id)!;
  const key = { located, offset: located.passage.text.indexOf("群众路线") + 4 };
  const quoted = "针对形式主义、官僚主义、享乐主义、奢靡之风等四风问题，全党开展了党的群众路线教育实践活动";

  it("names the swapped-in term and the term of the source for a false statement, with their shared class", () => {
    const text = explainTrueFalse({ index, inventory }, { original: "群众路线", change: { kind: "term-swap", from: "群众路线", to: "组织路线" }, key, quoted });
    expect(text).toBe(`错误。原文是「群众路线」，题中换成了「组织路线」；两者同属“党的路线”，但不能互换。《党的作风建设》“一、反对四风”原文：“${quoted}”。`);
  });

  it("says where a swapped-in course term comes from when the lexicon does not know it", () => {
    expect(inventory.origins.get("群众路线")?.moduleId).toBe("mod_b");
    const text = explainTrueFalse({ index, inventory }, { original: "密切联系群众", change: { kind: "term-swap", from: "密切联系群众", to: "群众路线" }, key, quoted });
    expect(text).toMatch(/^错误。原文是「密切联系群众」，题中换成了「群众路线」；「群众路线」是课程中另外提到的概念（见《党群关系的现状》“一、问题与对策”），放在这里改变了原意。/);
  });

  it("names the source's number and the changed one for a false number", () => {
    const text = explainTrueFalse({ index, inventory }, { original: "60多年", change: { kind: "number-change", from: "60多年", to: "30多年" }, key, quoted: "到今天为止，中国共产党在全国执政已经60多年" });
    expect(text).toMatch(/^错误。原文的数字是「60多年」，题中改成了「30多年」。/);
  });

  it("says a true statement agrees with its cited source", () => {
    const statements = generateTrueFalse(moduleA, termSites(index, moduleA, inventory.terms), [], index, inventory);
    const truth = statements.find((candidate) => candidate.question.answer === true && candidate.question.focus === "term")!;
    expect(truth.question.explanation).toMatch(/^正确。本句与《党的作风建设》“一、反对四风”的原文一致：“[^”]+”。/);
  });

  it("quotes another sentence of the course that teaches the word a true statement rests on, when nothing else is known of it", () => {
    const module = fixtureModule("支部工作手册", "一、组织生活", ["支部每月开展一次主题党日活动。", "主题党日由支部书记负责组织实施。"], [{ kind: "term", text: "主题党日" }], "mod_tf_else");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    const text = explainTrueFalse({ index: course, inventory: buildInventory(course, () => true) }, { original: "主题党日", change: null, key: { located, offset: located.passage.text.indexOf("主题党日") + 4 }, quoted: located.passage.text });
    expect(text).toMatch(/^正确。本句与.+的原文一致：“支部每月开展一次主题党日活动”。课程中另一处也讲到「主题党日」：“主题党日由支部书记负责组织实施”（/);
  });

  it("says what a negated definition changed", () => {
    const statements = generateTrueFalse(moduleA, [], [], index, inventory);
    const negated = statements.find((candidate) => candidate.evidence.change?.kind === "negation");
    if (negated) expect(negated.question.explanation).toContain("题中把“是”改成了“不是”");
    else expect(statements.find((candidate) => candidate.question.focus === "definition")!.question.answer).toBe(true);
  });
});

describe("the 出处 of a 解析", () => {
  const course = { modules: [regulation], reports: [{ path: regulation.source, title: "中国共产党巡视工作条例" }] };
  const regulationIndex = indexCourse(course);
  const regulationInventory = buildInventory(regulationIndex, () => true);

  it("cites the article (第三十六条) of a regulation, with the document and its chapter, also for a paragraph after the article's first", () => {
    const [fill] = generateFillBlank(termSites(regulationIndex, regulation, regulationInventory.terms).filter((site) => site.answer === "巡视监督"), regulationIndex);
    expect(fill!.question.explanation).toContain("《中国共产党巡视工作条例》“纪律与责任”第三十六条原文：");
    const statements = generateTrueFalse(regulation, termSites(regulationIndex, regulation, regulationInventory.terms), [], regulationIndex, regulationInventory);
    for (const statement of statements) expect(statement.question.explanation).toMatch(/第三十[五六]条/);
  });
});

describe("the article of a passage", () => {
  it("is the last 第…条 before it in reading order, a heading's or a passage's, even when the structure nests the article under another's item", () => {
    const passage = (id: string, text: string) => ({ id, kind: "prose" as const, text, sentences: [{ text, start: 0, end: text.length }] });
    const item = passage("p2", "（三）违反组织纪律，违规用人、拉票贿选等问题。");
    const module = {
      id: "m",
      title: "巡视范围和内容",
      source: "x.md",
      knowledgePoints: [],
      sections: [
        {
          id: "s14",
          title: "第十四条省、自治区、直辖市党委巡视组的巡视对象和范围是",
          numbering: "",
          implicit: false,
          passages: [passage("p0", "（一）市、县党委领导班子及其成员。")],
          sections: [
            { id: "s14-4", title: "其他单位的党组织领导班子及其成员", numbering: "（四）", implicit: false, passages: [passage("p1", "第十五条巡视组对巡视对象进行监督，着力发现下列问题：")], sections: [] },
            { id: "s15-2", title: "违反廉洁纪律，以权谋私等问题", numbering: "（二）", implicit: false, passages: [item], sections: [] },
          ],
        },
      ],
    };
    const course = { modules: [module], reports: [{ path: "x.md", title: "中国共产党巡视工作条例" }] };
    const courseIndex = indexCourse(course);
    expect(articleAt(courseIndex.passage("p2")!, 4)).toBe("第十五条");
    expect(articleAt(courseIndex.passage("p0")!, 4)).toBe("第十四条");
    expect(citation(courseIndex, { module, sectionId: "s15-2", located: courseIndex.passage("p2")!, offset: 4 })).toBe("《中国共产党巡视工作条例》“巡视范围和内容”第十五条");
  });

  it("cites no article for a point a speaker reads out or counts (第四条：“…”, 第八条罪状是：…), nor for the comment after it", () => {
    const lecture = fixtureModule("反对党八股", "讲演", ["第四条：“写完后至少看两遍，竭力将可有可无的字、句、段删去。”", "孔夫子提倡“再思”，韩愈也说“行成于思”，那是古代的事情。", "第七条罪状是：流毒全党，妨害革命。这两条意义自明。", "要使革命精神获得发展，必须抛弃党八股。"], [], "m_lecture");
    const courseIndex = indexCourse({ modules: [lecture], reports: [{ path: lecture.source, title: "反对党八股" }] });
    for (const located of courseIndex.passages) expect(articleAt(located, located.passage.text.length)).toBeNull();
  });

  it("cites a unit of a merged module (总则等3章) by its own heading, not by the module's reading-list title", () => {
    // lib/content marks the reading-list title uncitable (tests/unit/content/citable-headings.test.ts).
    const merged = { ...fixtureModule("总则等3章", "第二章 巡视机构和人员", ["巡视工作领导小组的职责是研究提出巡视工作规划。"], [], "m_merged"), uncitable: true };
    const courseIndex = indexCourse({ modules: [merged], reports: [{ path: merged.source, title: "中国共产党巡视工作条例" }] });
    const located = courseIndex.passages[0]!;
    expect(citation(courseIndex, { module: merged, sectionId: located.section.id, located, offset: 2 })).toBe("《中国共产党巡视工作条例》“一、第二章 巡视机构和人员”");
  });
});

describe("the 解析 of a fill-blank", () => {
  it("adds what the course defines the answer as, when the definition is given elsewhere", () => {
    const module = fixtureModule(
      "党的纪律",
      "严明纪律",
      ["廉洁纪律是党员干部廉洁用权的行为规矩，严守廉洁纪律是拒腐防变的防线。", "领导干部要模范遵守党章党规，严守党的廉洁纪律，为全党作出示范。"],
      [
        { kind: "definition", text: "廉洁纪律", answer: "党员干部廉洁用权的行为规矩" },
        { kind: "term", text: "廉洁纪律", passage: 1 },
      ],
      "mod_def",
    );
    const defIndex = indexCourse({ modules: [module] });
    const sites = termSites(defIndex, module, []).filter((site) => site.located.passage.id === "mod_def_psg_1");
    const [fill] = generateFillBlank(sites, defIndex);
    expect(fill!.question.explanation).toContain("课程中对「廉洁纪律」的定义是：“党员干部廉洁用权的行为规矩”（《党的纪律》“一、严明纪律”）。");
  });

  it("of a plain term the course names elsewhere, quotes that other place with its 出处: a second context, not an echo", () => {
    const [fill] = generateFillBlank(termSites(index, moduleA, inventory.terms).filter((site) => site.answer === "密切联系群众"), index);
    const located = index.passage(fill!.question.passageId!)!;
    const sourceText = located.passage.text.slice(fill!.question.span!.start, fill!.question.span!.end);
    // A verified gloss comes first (issue 16); the course's other sentence teaches a key that has none (below).
    expect(fill!.question.explanation).toMatch(/^答案：「密切联系群众」。《党的作风建设》“一、反对四风”原文：“[^”]+”。据《中国共产党章程》总纲，党的最大政治优势是密切联系群众，党执政后的最大危险是脱离群众。$/);
    expect(isExplanationEcho({ question: fill!.question, sourceText, passageText: located.passage.text })).toBe(false);
  });

  it("names the list the answer belongs to", () => {
    const [candidate] = generateFillBlank(enumerationItemSites(index, moduleA, 0), index);
    expect(candidate!.question.explanation).toMatch(/^答案：「[^」]+」。《党的作风建设》“一、反对四风”原文：“.*”。「[^」]+」是“四风”所列的一项（形式主义、官僚主义、享乐主义、奢靡之风）。$/);
  });
});

describe("a key's second context", () => {
  const module = fixtureModule(
    "纪委工作条例",
    "第四章 纪律审查",
    [
      "党的各级纪律检查委员会根据纪律审查结果，依据相关党内法规作出处理决定，并及时向上级纪律检查委员会报告处理情况和结果。",
      "第三十七条 纪律审查应当实事求是，做到事实清楚。",
      "依规依纪开展纪律审查，严肃查处违纪问题。",
      "纪律审查工作应当依规依纪采取谈话、查询、调取、暂扣、封存、勘验检查、鉴定等措施，严禁违规违纪违法采取措施，严禁以任何形式变相体罚被审查人，严禁侮辱、打骂、虐待被审查人。",
    ],
    [],
    "mod_ks",
  );
  const course = indexCourse({ modules: [module] });
  const at = (id: string) => {
    const located = course.passages.find((each) => each.passage.id === id)!;
    return { located, offset: located.passage.text.indexOf("纪律审查") + 4 };
  };

  it("is a whole sentence the key opens with a rule about it, without its article number", () => {
    expect(keyElsewhere(course, "纪律审查", at("mod_ks_psg_2"))).toMatch(/^课程中另一处也讲到「纪律审查」：“纪律审查应当实事求是，做到事实清楚”（/);
  });

  it("is left out when the other sentences only mention the key or would be cut to a fragment (……)", () => {
    // From the 第三十七条 sentence, the others are a mention (根据纪律审查结果), an object (开展纪律审查) and a sentence too long to quote whole.
    expect(keyElsewhere(course, "纪律审查", at("mod_ks_psg_1"))).toBe("");
    for (const id of ["mod_ks_psg_0", "mod_ks_psg_1", "mod_ks_psg_2", "mod_ks_psg_3"]) expect(keyElsewhere(course, "纪律审查", at(id))).not.toContain("……");
  });

  it("is never a sentence that speaks of the document from outside (an issuing notice's 确保《规定》…)", () => {
    const notice = indexCourse({
      modules: [fixtureModule("宣传工作规定", "第一章 总则", ["第五条 宣传部门负责统筹协调全市的理论宣讲工作。", "宣传部门要加强督促指导，确保《规定》得到有效落实。"], [], "mod_ntc")],
    });
    const located = notice.passages.find((each) => each.passage.id === "mod_ntc_psg_0")!;
    expect(keyElsewhere(notice, "宣传部门", { located, offset: located.passage.text.indexOf("宣传部门") + 4 })).not.toContain("《规定》");
  });

  it("is never another rule that happens to hold the same number or quantity (1次, 两人)", () => {
    const rules = fixtureModule("实施细则", "减少会议活动", ["各部门召开本系统全国性会议，每年不超过1次。", "1次会议应当精简议程。", "两人以上组成审理组。", "两人应当共同签字。"], [], "mod_num");
    const numbers = indexCourse({ modules: [rules] });
    const located = numbers.passages[0]!;
    expect(keyElsewhere(numbers, "1次", { located, offset: located.passage.text.indexOf("1次") + 2 })).toBe("");
    const third = numbers.passages[2]!;
    expect(keyElsewhere(numbers, "两人", { located: third, offset: 2 })).toBe("");
  });
});

describe("a sentence that teaches a key", () => {
  it("opens on the key with a verb of rule or definition, after 党的 or a list marker", () => {
    expect(teachingSentence("党内民主是党的生命，是党内政治生活积极健康的重要基础。", "党内民主")).toBe("党内民主是党的生命，是党内政治生活积极健康的重要基础。");
    expect(teachingSentence("党的组织生活是党内政治生活的重要内容和载体。", "组织生活")).toBe("党的组织生活是党内政治生活的重要内容和载体。");
    // The same sentence asked again, of the key at another place: that place's clause.
    const twice = "党内民主是党的生命。要发扬党内民主的优良传统。";
    expect(teachingSentence(twice, "党内民主", twice.lastIndexOf("党内民主"))).toBeNull();
    expect(teachingSentence(twice, "党内民主")).toBe("党内民主是党的生命。");
    expect(teachingSentence(twice, "党内民主", twice.lastIndexOf("党内民主"))).toBeNull();
    expect(teachingSentence("（二）巡视组向巡视工作领导小组负责并报告工作。", "巡视组")).toBe("巡视组向巡视工作领导小组负责并报告工作。");
  });

  it("gives the key as the name of something (称为, 叫做, 确定为): the course says what it is", () => {
    expect(teachingSentence("经支部大会通过、上级党组织批准的申请人称为“预备党员”。", "预备党员")).toBe("经支部大会通过、上级党组织批准的申请人称为“预备党员”。");
    expect(teachingSentence("经推优并公示过后即可确定为入党积极分子。", "入党积极分子")).toBe("经推优并公示过后即可确定为入党积极分子。");
    // A name given inside a longer word is no name of the key.
    expect(teachingSentence("经推优后确定为入党积极分子培养对象。", "入党积极分子")).toBeNull();
  });

  it("says that something is the key, or opens a clause saying what the key is", () => {
    expect(teachingSentence("我们党的最大政治优势是密切联系群众，党执政后的最大危险是脱离群众。", "密切联系群众")).not.toBeNull();
    expect(teachingSentence("全党同志必须牢记，密切联系群众是我们党的最大政治优势。", "密切联系群众")).not.toBeNull();
  });

  it("is the clause between semicolons that holds the key, quoted with a full stop", () => {
    expect(teachingSentence("案件监督管理部门负责监督管理；案件审理部门负责对需要给予党纪政务处分的案件审核把关。", "案件审理部门")).toBe("案件审理部门负责对需要给予党纪政务处分的案件审核把关。");
  });

  it("is not a sentence that only mentions the key, nor a noun phrase, nor one too long to quote whole", () => {
    expect(teachingSentence("经济建设的繁荣昌盛致使一部分党员干部出现了安于享乐的心理状态，降低了对自身的要求标准。", "经济建设")).toBeNull();
    expect(teachingSentence("身体力行在全社会宣传新发展理念，发扬前人栽树、后人乘凉精神，多种树、种好树、管好树。", "新发展理念")).toBeNull();
    expect(teachingSentence("领导机关和直属单位党组织的工作。", "领导机关")).toBeNull();
    expect(teachingSentence(`纪律审查工作应当依规依纪采取谈话、查询、调取等措施，${"严禁违规违纪违法采取措施，".repeat(6)}严禁打骂被审查人。`, "纪律审查")).toBeNull();
  });

  it("may be longer when it is the key's definition (X，是…)", () => {
    const definition = `党的领导法规，是规范和保障党对各方面工作实施领导，明确党与${"人大、政府、政协、".repeat(6)}等领导与被领导关系的党内法规。`;
    expect(definition.length).toBeGreaterThan(80);
    expect(teachingSentence(definition, "党的领导法规")).toBe(definition);
  });
});

describe("a key that names a counted set", () => {
  const fill = (key: string, text: string) => {
    const module = fixtureModule("规定", "一、总则", [text], [{ kind: "term", text: key }], "mod_set");
    const course = indexCourse({ modules: [module] });
    return generateFillBlank(termSites(course, module, [key]).filter((site) => site.answer === key), course)[0]?.question.explanation ?? "";
  };

  it("says what the set holds, from the lexicon (「四风」指…)", () => {
    expect(fill("四风", "本地区发生严重‘四风’问题的，党委应当及时召开专题民主生活会。")).toContain("「四风」指形式主义、官僚主义、享乐主义、奢靡之风。");
    expect(fill("三会一课", "‘三会一课’要突出政治学习和教育，突出党性锻炼。")).toContain("「三会一课」指支部党员大会、支部委员会会议、党小组会、党课。");
  });

  it("separates members that hold a 、 of their own by semicolons (两个维护)", () => {
    expect(fill("两个维护", "派驻机构应当推动驻在单位切实做到‘两个维护’，落实党中央决策部署。")).toContain(
      "「两个维护」指坚决维护习近平总书记党中央的核心、全党的核心地位；坚决维护党中央权威和集中统一领导。",
    );
  });

  it("states the members as they are said today (四个全面: 全面建设社会主义现代化国家)", () => {
    expect(fill("四个全面", "党中央着眼协调推进‘四个全面’战略布局，作出一系列重大决策部署。")).toContain("「四个全面」指全面建设社会主义现代化国家");
  });

  it("is only a counted set: the lexicon's other classes (党的纪律) are examples, not the whole", () => {
    expect(countedClassNamed("党的纪律")).toBeNull();
    expect(countedClassNamed("八项规定")?.name).toBe("中央八项规定的内容");
    expect(countedClassNamed("两个责任")?.name).toBe("党风廉政建设的“两个责任”");
  });
});

describe("the counted set a key is of (issue 16)", () => {
  const classOf = (sentence: string, key: string) => {
    const module = fixtureModule("作风建设讲义", "一、作风", [sentence], [{ kind: "term", text: key }], "mod_counted");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text }).text;
  };

  it("lists the members of a counted set the sentence does not list already", () => {
    // The sentence speaks of the set (another member beside the key); where it does not, a gloss says the key (stop 38).
    expect(classOf("坚决整治享乐主义和奢靡之风问题，持之以恒改作风。", "享乐主义")).toContain("「享乐主义」属于“四风”，“四风”指形式主义、官僚主义、享乐主义、奢靡之风。");
  });

  it("lists a set's present members beside a member it now states otherwise, even where the sentence holds them all (stop 33)", () => {
    const text = classOf("协调推进全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的战略布局。", "全面建成小康社会");
    expect(text).toContain("“四个全面”指全面建设社会主义现代化国家（党的十九届五中全会之前为全面建成小康社会）");
  });

  it("names the set with its members even where the sentence holds them all: a bare tag teaches nothing (stop 40)", () => {
    const text = classOf("全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。", "享乐主义");
    expect(text).toContain("「享乐主义」是“四风”之一（形式主义、官僚主义、享乐主义、奢靡之风）。");
    expect(text).not.toContain("属于“四风”。");
  });

  it("lists a counted set the passage holds whole but the quoted sentence does not (stop 35)", () => {
    const module = fixtureModule("作风建设讲义", "一、作风", ["全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。其中，要坚决整治享乐主义、奢靡之风问题，持之以恒改作风。"], [{ kind: "term", text: "享乐主义" }], "mod_counted_sentence");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    const offset = located.passage.text.lastIndexOf("享乐主义") + "享乐主义".length;
    const text = fillBlankExplanation(course, { answers: ["享乐主义"], key: { located, offset }, quoted: "要坚决整治享乐主义、奢靡之风问题，持之以恒改作风" }).text;
    expect(text).toContain("“四风”指形式主义、官僚主义、享乐主义、奢靡之风。");
  });

  it("names the other members of a class that is no counted set when the class alone would be the 解析 (stop 35)", () => {
    const text = classOf("对反映领导干部的问题线索，纪检机关可以采取谈话函询方式处置。", "谈话函询");
    expect(text).toMatch(/「谈话函询」属于“问题线索处置方式”，同属“问题线索处置方式”的还有[^。]*等。/);
    // A set of record (思维能力) is named by its own members instead: “思维能力”包括…等.
    expect(classOf("领导干部要善于调查研究，遇事多想一步，把底线思维融入决策全过程。", "底线思维")).toMatch(/「底线思维」属于“思维能力”，“思维能力”包括战略思维、[^。]*系统思维等。/);
  });

  it("never lists a set whose name is not counted (党的纪律): its lexicon members are examples, not the whole", () => {
    const text = classOf("党员要严守政治纪律，做到令行禁止。", "政治纪律");
    // Nor says the key is of a class its own words name (stop 33): the gloss says what it is.
    expect(text).not.toContain("属于“党的纪律”");
    expect(text).not.toContain("指政治纪律");
  });
});

describe("a set of record named beside its key (stop 35)", () => {
  const classIn = (passage: string, key: string, quoted = passage) => {
    const module = fixtureModule("学习材料", "一、要求", [passage], [{ kind: "term", text: key }], "mod_record");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted }).text;
  };

  it("names the members of a set of record whose name opens on no count (政治三力), as it does a counted set's", () => {
    expect(classIn("党员干部要不断增强政治判断力，把准政治方向。", "政治判断力")).toContain("「政治判断力」属于“政治三力”，“政治三力”指政治判断力、政治领悟力、政治执行力。");
  });

  it("names a set of record by its chief members where texts of record list more or fewer (思维能力: 包括…等)", () => {
    expect(classIn("领导干部要善于运用战略思维，从全局上想问题。", "战略思维")).toContain("“思维能力”包括战略思维、历史思维、辩证思维、创新思维、法治思维、底线思维、系统思维等。");
  });

  it("judges the members by the sentence the 解析 quotes, not the whole passage: a member past the stem's cut is unseen", () => {
    const passage = "要增强政治判断力，把准方向；要增强政治领悟力，深学笃信；要增强政治执行力，落实到位。";
    expect(classIn(passage, "政治判断力", "要增强政治判断力，把准方向；要增强政治领悟力，深学笃信")).toContain("“政治三力”指政治判断力、政治领悟力、政治执行力");
    expect(classIn(passage, "政治判断力")).not.toContain("“政治三力”指");
  });

  it("never states a class of examples as a whole (党的纪律)", () => {
    expect(classIn("党员要严守政治纪律，做到令行禁止。", "政治纪律")).not.toContain("指政治纪律");
  });

  it("adds what an authoritative text says the key means where the sentence shows the counted set whole (两个责任)", () => {
    const text = classIn("各级党组织要压紧压实全面从严治党的主体责任和监督责任。", "主体责任");
    expect(text).toContain("「主体责任」是“党风廉政建设的‘两个责任’”之一（主体责任、监督责任）。");
    expect(text).toContain("党委负主体责任，纪委负监督责任");
  });
});

describe("a true definition 判断 teaches or waits (stop 35)", () => {
  const definition = (sentence: string, key: string) => {
    const module = fixtureModule("学习材料", "一、论述", [sentence], [{ kind: "term", text: key }], "mod_definition");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    const quoted = located.passage.text.replace(/。$/, "");
    return trueFalseExplanation({ index: course, inventory: buildInventory(course, () => true) }, { original: key, change: null, focus: "definition", key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted });
  };

  it("does not teach by restating the definition alone", () => {
    const said = definition("青蓝工程是本单位培养青年骨干的长期计划。", "青蓝工程");
    expect(said.text).toMatch(/^正确。本句是.+给出的定义：“青蓝工程是本单位培养青年骨干的长期计划”。$/);
    expect(said.teaches).toBe(false);
  });

  it("teaches with what the lexicon says of the term it defines", () => {
    const said = definition("享乐主义是一种贪图享受、追求安逸的不良作风。", "享乐主义");
    expect(said.teaches).toBe(true);
    // The sentence speaks of no set: what a text of record says the term is (stop 38), not the 四风 it is one of.
    expect(said.text).toContain("享乐主义主要是精神懈怠、不思进取");
  });
});

describe("a 填空 解析 teaches beyond its stem (issue 16)", () => {
  const explain = (sentence: string, key: string) => {
    const module = fixtureModule("学习材料", "一、要求", [sentence], [{ kind: "term", text: key }], "mod_beyond");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text }).text;
  };

  it("drops a class the stem names (党的纪律) for what the key means", () => {
    const text = explain("党员要自觉遵守党的纪律，首先是党的政治纪律和政治规矩。", "政治纪律");
    expect(text).not.toContain("属于“党的纪律”");
    expect(text).toContain("据《关于新形势下党内政治生活的若干准则》，政治纪律是党最根本、最重要的纪律");
  });

  it("drops a counted set the stem names (“四个全面”) for what the key means", () => {
    const text = explain("要协调推进“四个全面”战略布局，坚定不移推进全面从严治党。", "全面从严治党");
    expect(text).not.toContain("属于“四个全面”");
    expect(text).toContain("据党的二十大报告，全面从严治党是");
  });

  it("drops a class whose name the key's own words hold (政治纪律 of “党的纪律”) before the gloss (stop 33)", () => {
    const text = explain("要严明政治纪律和政治规矩，确保政令畅通。", "政治纪律");
    expect(text).toContain("原文：“要严明政治纪律和政治规矩，确保政令畅通”。据《关于新形势下党内政治生活的若干准则》");
    expect(text).not.toContain("属于“党的纪律”");
  });

  it("names the counted set of a list the stem shows whole but does not name (「核心意识」属于“四个意识”)", () => {
    const module = fixtureModule("学习材料", "一、要求", ["全党必须牢固树立政治意识、大局意识、核心意识、看齐意识。"], [], "mod_four");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    const key = { located, offset: located.passage.text.indexOf("核心意识") + 4 };
    const text = fillBlankExplanation(course, { answers: ["核心意识"], key, quoted: located.passage.text, list: { label: null, items: ["政治意识", "大局意识", "核心意识", "看齐意识"] } }).text;
    expect(text).toContain("「核心意识」是“四个意识”之一（政治意识、大局意识、核心意识、看齐意识）。");
    expect(text).not.toContain("原句列举的一项");
  });

  it("invents nothing and names no class of examples when nothing beyond the stem is known (stop 40)", () => {
    const text = explain("党的纪律主要包括政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。", "群众纪律");
    expect(text).not.toContain("属于“党的纪律”");
    expect(text).not.toContain("据《");
    expect(text).not.toContain("课程中");
  });

  // QUESTIONS.md E: a 解析 that only repeats the answer, 出处 and source sentence teaches nothing; confidence.ts sends such a
  // 填空 to review (BARE_EXPLANATION).
  const teaches = (sentence: string, key: string) => {
    const module = fixtureModule("学习材料", "一、要求", [sentence], [{ kind: "term", text: key }], "mod_teaches");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text }).teaches;
  };

  it("says it teaches nothing when it only restates a set the stem names, or adds nothing at all", () => {
    expect(teaches("党的纪律主要包括政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。", "群众纪律")).toBe(false);
    expect(teaches("一般说来，奉行什么样的根本价值观，则表明政党具有什么样的社会性质。", "价值观")).toBe(false);
  });

  it("says it teaches when it adds a gloss, a counted set or a class the stem does not name", () => {
    expect(teaches("要严明政治纪律和政治规矩，确保政令畅通。", "政治纪律")).toBe(true);
    expect(teaches("坚决整治享乐主义问题，持之以恒改作风。", "享乐主义")).toBe(true);
  });

  it("says a class teaches only where neither the key's words nor the stem name it (stop 33)", () => {
    expect(teaches("党组织对党员作出处分决定，应当实事求是地查清事实。", "实事求是")).toBe(true);
    // 「作风建设」属于“党的建设”: a class of examples the key's words name. (「实事求是」属于“党的思想路线” under a stem
    // that says 思想路线 now teaches: the line is a set of record, its whole wording named, stop 35.)
    expect(teaches("各单位要加强作风建设，树立良好形象。", "作风建设")).toBe(false);
    expect(teaches("实事求是是党的优良作风，也是党根本的思想路线。", "实事求是")).toBe(true);
  });

  it("says a counted set the stem shows whole and named teaches nothing (「不敢腐」属于“一体推进三不腐”)", () => {
    expect(teaches("这说明一体推进不敢腐、不能腐、不想腐仍需加大力度。", "不敢腐")).toBe(false);
    // Named nowhere in the stem, the set teaches its name (「核心意识」属于“四个意识”, above) or its members.
    expect(teaches("坚决整治享乐主义问题，持之以恒改作风。", "享乐主义")).toBe(true);
  });
});

describe("a second sentence that tells a 填空's learner something of the key (stop 34)", () => {
  it("does not count a sentence opening on the key and a comma with no definition after it", () => {
    expect(speaksOfKeyAlone("联系群众，向群众宣传党的主张，遇事同群众商量。", "联系群众", "党的优势是联系群众。")).toBe(false);
    expect(speaksOfKeyAlone("精准施策，不能搞“一刀切”。", "精准施策", "要深入实施精准施策，提高精准度。")).toBe(false);
    // A comma before a definition still defines it.
    expect(speaksOfKeyAlone("“三严三实”，“三严”是严以修身、严以用权、严以律己。", "三严三实", "深入开展“三严三实”专题教育。")).toBe(true);
  });

  it("does not count a sentence that speaks of the key together with other subjects, unless it binds them by one rule", () => {
    expect(speaksOfKeyAlone("物质建设、文化建设不是孤立的，而是互相促进的。", "物质建设", "主要任务是以物质建设为中心。")).toBe(false);
    expect(speaksOfKeyAlone("党的总支委员会和支部委员会由党员大会选举产生。", "总支委员会", "总支委员会每届任期三年。")).toBe(true);
  });

  it("does not count a sentence that mostly repeats the question's own", () => {
    const own = "一切为了群众，一切依靠群众，从群众中来，到群众中去，这是我们的群众路线。";
    expect(speaksOfKeyAlone("从群众中来，到群众中去，是我们党的群众路线的重要内容。", "从群众中来", own)).toBe(false);
    expect(speaksOfKeyAlone("从群众中来是领导方法的起点，集中群众的意见再化为行动。", "从群众中来", own)).toBe(true);
  });

  it("counts a sentence on a name the question's sentence quotes only when it says what the name stands for", () => {
    const own = "委员会像一个班，书记好比是“班长”。";
    expect(speaksOfKeyAlone("“班长”和委员还要能互相谅解。", "班长", own)).toBe(false);
    expect(speaksOfKeyAlone("“班长”指党委书记，要善于团结一班人。", "班长", own)).toBe(true);
  });
});

describe("a class whose other members the stem lists (stop 34)", () => {
  const teaches = (sentence: string, key: string) => {
    const module = fixtureModule("学习材料", "一、要求", [sentence], [{ kind: "term", text: key }], "mod_members");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text });
  };

  it("says naming the class teaches nothing when the stem lists its other members and names their kind (等方式)", () => {
    expect(teaches("纪检机关对问题线索，采取谈话函询、初步核实、暂存待查、予以了结等方式分类处置。", "初步核实").teaches).toBe(false);
  });

  it("keeps the class where the stem does not list the others", () => {
    const explained = teaches("纪检机关对反映党员的问题线索经过初步核实，需要追究党纪责任的，应当立案审查。", "初步核实");
    expect(explained.text).toContain("「初步核实」属于“问题线索处置方式”");
  });

  it("says a class named by what the stem does to the key (党内要反对的… under 反对______) teaches nothing", () => {
    expect(teaches("我们一定要反对个人主义和宗派主义，使全党步调一致。", "个人主义").teaches).toBe(false);
  });

  it("teaches what 从群众中来 means from the text that set out the method, where the course only repeats the stem", () => {
    const explained = teaches("一切为了群众，一切依靠群众，从群众中来，到群众中去，这是我们的群众路线。", "从群众中来");
    expect(explained.teaches).toBe(true);
    expect(explained.text).toContain("据《关于领导方法的若干问题》（毛泽东，1943年），从群众中来，到群众中去，就是将群众的意见集中起来");
  });

  it("keeps a counted set the stem lists whole but does not name (四个意识)", () => {
    expect(teaches("全党必须牢固树立政治意识、大局意识、核心意识、看齐意识。", "核心意识").teaches).toBe(true);
  });
});

describe("a set named by its own members", () => {
  it("is not said to hold one of them (「自我提高」属于“自我净化、自我完善、自我革新、自我提高”)", () => {
    expect(isSelfNamedClass("自我净化、自我完善、自我革新、自我提高")).toBe(true);
    expect(isSelfNamedClass("四风")).toBe(false);
    const module = fixtureModule("准则", "一、总则", ["要增强自我净化、自我完善、自我革新、自我提高能力。"], [{ kind: "term", text: "自我提高" }], "mod_self");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    const text = fillBlankExplanation(course, { answers: ["自我提高"], key: { located, offset: located.passage.text.indexOf("自我提高") + 4 }, quoted: located.passage.text }).text;
    expect(text).not.toContain("属于");
  });

  it("is not said to hold the key and its options (同属), only to set them side by side (在“…”中并列)", () => {
    const module = fixtureModule("讲话", "一、发展", ["要立足新发展阶段，完整准确全面贯彻新发展理念，加快构建新发展格局。"], [], "mod_new");
    const course = indexCourse({ modules: [module] });
    const context = { index: course, inventory: buildInventory(course, () => true) };
    const located = course.passages[0]!;
    const key = { located, offset: located.passage.text.indexOf("新发展理念") + 5 };
    const choice = explainSingleChoice(context, { answer: "新发展理念", distractors: ["新发展格局", "新发展阶段"], key, quoted: located.passage.text, isNumber: false });
    expect(choice).toContain("「新发展格局」「新发展阶段」与「新发展理念」在“立足新发展阶段、贯彻新发展理念、构建新发展格局”中并列");
    expect(choice).not.toContain("同属");
    const swap = explainTrueFalse(context, { original: "新发展理念", change: { kind: "term-swap", from: "新发展理念", to: "新发展格局" }, key, quoted: located.passage.text });
    expect(swap).toContain("两者在“立足新发展阶段、贯彻新发展理念、构建新发展格局”中并列，但不能互换");
  });
});

describe("the wrong options of a narrower set", () => {
  it("are said not to belong to it, with its members (「个人主义」不属于“四风”（…）), not only to share a wider class", () => {
    const module = fixtureModule("党的作风建设", "一、反对四风", ["全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风。"], [], "mod_sf");
    const four = indexCourse({ modules: [module] });
    const sites = termSites(four, module, ["官僚主义"]).filter((site) => site.answer === "官僚主义");
    const [choice] = generateSingleChoice(sites, four, buildInventory(four, () => true));
    expect(choice!.question.explanation).toMatch(/不属于“四风”（“四风”是形式主义、官僚主义、享乐主义、奢靡之风）/);
  });
});

describe("short answers", () => {
  it("give the model answer as numbered 要点 and a marking guide of points per 要点 in the 解析", () => {
    const [question] = generateShortAnswer(moduleB, index, new Set());
    expect(question!.question.answer).toBe("（1）思想认识不到位；（2）体制机制不健全；（3）工作方法不适应。");
    expect(question!.question.explanation).toContain("评分参考：共3个要点，每个要点2分，满分6分");
    expect(question!.question.explanation).toContain("《党群关系的现状》");
  });

  it("send a “definition” that is an exhortation (X是要…) to review as no definition", () => {
    const module = fixtureModule(
      "领导责任",
      "领导责任",
      ["党的领导责任是要善于了解分析具体情况，处理好各种利益关系，保证人民的根本利益得以实现。"],
      [{ kind: "definition", text: "党的领导责任", answer: "要善于了解分析具体情况，处理好各种利益关系，保证人民的根本利益得以实现" }],
      "mod_duty",
    );
    const moduleIndex = indexCourse({ modules: [module] });
    const [question] = generateShortAnswer(module, moduleIndex, new Set());
    expect(scoreCandidate(question!, moduleIndex).doubts).toContain("NOT_A_DEFINITION");
  });

  it("ask a role (X是…的根本保证) as 地位和作用 and say so in the 解析; keep a clause that goes on (…，作为…) with the one before as one 要点", () => {
    const role = fixtureModule("监督", "监督", ["监督是权力正确运行的根本保证，是加强和规范党内政治生活的重要举措。"], [{ kind: "definition", text: "监督", answer: "权力正确运行的根本保证，是加强和规范党内政治生活的重要举措" }], "mod_role");
    const [asked] = generateShortAnswer(role, indexCourse({ modules: [role] }), new Set());
    expect(asked!.question.stem).toContain("简述监督的地位和作用。");
    expect(asked!.question.explanation).toContain("给出了「监督」的地位和作用");
    const definition = fixtureModule("以人为本", "以人为本", ["以人为本是一切从人民群众的根本利益出发，把实现好人民群众的利益，作为我们谋发展的出发点和落脚点。"], [{ kind: "definition", text: "以人为本", answer: "一切从人民群众的根本利益出发，把实现好人民群众的利益，作为我们谋发展的出发点和落脚点" }], "mod_def");
    const [defined] = generateShortAnswer(definition, indexCourse({ modules: [definition] }), new Set());
    expect(defined!.question.stem).toContain("什么是以人为本？");
    expect(defined!.question.keyPoints).toEqual(["一切从人民群众的根本利益出发", "把实现好人民群众的利益作为我们谋发展的出发点和落脚点"]);
  });

  it("cut a long listed item to its first clause as the 要点", () => {
    const module = fixtureModule(
      "制度建设",
      "三项机制",
      ["建立密切联系群众的制度主要有：一是建立健全深入了解民情、充分反映民意的工作机制，做到问政于民；二是建立健全科学民主决策机制；三是建立党员干部直接联系群众制度。"],
      [
        {
          kind: "enumeration",
          text: "密切联系群众的制度",
          answer: "建立健全深入了解民情、充分反映民意的工作机制，做到问政于民；二是建立健全科学民主决策机制；三是建立党员干部直接联系群众制度",
          items: ["建立健全深入了解民情、充分反映民意的工作机制，做到问政于民", "建立健全科学民主决策机制", "建立党员干部直接联系群众制度"],
        },
      ],
      "mod_system",
    );
    const moduleIndex = indexCourse({ modules: [module] });
    const [question] = generateShortAnswer(module, moduleIndex, new Set());
    expect(question!.question.keyPoints).toEqual(["建立健全深入了解民情、充分反映民意的工作机制", "建立健全科学民主决策机制", "建立党员干部直接联系群众制度"]);
    expect(question!.question.explanation).toContain("共3个要点");
  });
});

describe("accepted variants of a fill-blank answer", () => {
  it("accept digits for Chinese numerals and the other way, years digit by digit", () => {
    expect(acceptedVariants("四")).toContain("4");
    expect(acceptedVariants("4个")).toContain("四个");
    expect(acceptedVariants("2天")).toEqual(expect.arrayContaining(["二天", "两天"]));
    expect(acceptedVariants("二年")).toEqual(expect.arrayContaining(["2年", "两年"]));
    expect(acceptedVariants("两名")).toEqual(expect.arrayContaining(["2名", "二名"]));
    expect(acceptedVariants("2分钟")).toEqual(expect.arrayContaining(["两分钟"]));
    expect(acceptedVariants("2人")).toContain("两人");
    expect(acceptedVariants("两个")).toContain("2个");
    expect(acceptedVariants("二〇一六年")).toContain("2016年");
    expect(acceptedVariants("2016年")).toEqual(expect.arrayContaining(["二〇一六年", "二零一六年"]));
    expect(acceptedVariants("2010年3月")).toEqual(["2010年3月", "二〇一〇年三月", "二零一零年三月"]);
    // A blank that takes in a year and its 年 alone (______党的十一届六中全会通过…): the year's digits fill it too.
    expect(acceptedVariants("1981年")).toEqual(expect.arrayContaining(["1981", "一九八一年"]));
    expect(acceptedVariants("二〇一六年")).toContain("2016");
    expect(acceptedVariants("2010年3月")).not.toContain("2010");
    expect(acceptedVariants("三百")).toContain("300");
    expect(acceptedVariants("十二个月")).toContain("12个月");
  });

  it("accept the conventional short forms of bodies, doctrines and regulations, and the full forms of short ones", () => {
    expect(acceptedVariants("中央纪律检查委员会")).toEqual(expect.arrayContaining(["中央纪委", "中纪委"]));
    expect(acceptedVariants("全国人民代表大会常务委员会")).toEqual(expect.arrayContaining(["全国人大常委会"]));
    expect(acceptedVariants("中央军委")).toEqual(expect.arrayContaining(["中央军事委员会"]));
    expect(acceptedVariants("国家监察委员会")).toEqual(expect.arrayContaining(["国家监委"]));
    expect(acceptedVariants("马克思列宁主义")).toEqual(expect.arrayContaining(["马列主义"]));
    expect(acceptedVariants("中国共产党党内监督条例")).toEqual(expect.arrayContaining(["党内监督条例"]));
    expect(acceptedVariants("中国共产党章程")).toEqual(expect.arrayContaining(["党章"]));
    expect(acceptedVariants("党的中央纪律检查委员会")).toEqual(expect.arrayContaining(["中央纪律检查委员会", "中央纪委"]));
    expect(acceptedVariants("人民检察院")).toEqual(expect.arrayContaining(["检察院"]));
    // A count with 个 before the noun the stem goes on with (______工作日) is written without it as often.
    expect(acceptedVariants("15个")).toEqual(expect.arrayContaining(["15", "十五", "十五个"]));
    // A short form of two characters is not expanded inside other words, and 中国共产党 alone is no regulation.
    expect(acceptedVariants("人大代表")).toEqual(["人大代表"]);
    expect(acceptedVariants("中国共产党")).toEqual(["中国共产党"]);
  });

  it("leave terms that begin with a numeral alone (四风, 三个代表)", () => {
    expect(acceptedVariants("四风")).toEqual(["四风"]);
    expect(acceptedVariants("三个代表")).toEqual(["三个代表"]);
  });

  it("accept the short form a course defines for the full form, and the full for the short", () => {
    const forms = definedShortForms("党的最高领导机关是中国共产党中央委员会（以下简称“中央委员会”），由全国代表大会选举产生。");
    expect(acceptedVariants("中国共产党中央委员会", forms)).toEqual(["中国共产党中央委员会", "中央委员会"]);
    expect(acceptedVariants("中央委员会", forms)).toEqual(["中央委员会", "中国共产党中央委员会"]);
  });

  it("are not listed for quotation marks, 书名号 or width, which grading normalises by one rule", () => {
    expect(acceptedVariants("“四风”")).toEqual(["“四风”"]);
    const question = generateFillBlank(enumerationItemSites(index, moduleA, 0), index)[0]!.question;
    if (question.type !== "FILL_BLANK") throw new Error("a fill-blank question was expected");
    const answer = question.answer[0]!;
    expect(gradeAnswer(question, [`“${answer}”`]).status).toBe("correct");
    expect(gradeAnswer({ ...question, answer: ["2016年"], acceptedAnswers: [acceptedVariants("2016年")] }, ["２０１６年"]).status).toBe("correct");
    expect(gradeAnswer({ ...question, answer: ["2016年"], acceptedAnswers: [acceptedVariants("2016年")] }, ["二〇一六年"]).status).toBe("correct");
  });
});

describe("the 解析 of a 简答 on a heading over a regulation's articles", () => {
  it("cites the heading with the articles it holds, not the article before it", async () => {
    const text = [
      "某某自律准则",
      "",
      "党员自律规范",
      "",
      "第一条 坚持公私分明，先公后私，克己奉公。",
      "",
      "第二条 坚持崇廉拒腐，清白做人，干净做事。",
      "",
      "第三条 坚持尚俭戒奢，艰苦朴素，勤俭节约。",
      "",
      "领导干部自律规范",
      "",
      "第四条 廉洁从政，自觉保持人民公仆本色。",
      "",
      "第五条 廉洁用权，自觉维护人民根本利益。",
      "",
      "第六条 廉洁修身，自觉提升思想道德境界。",
    ].join("\n");
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "zhunze.txt" }] }, [{ path: "zhunze.txt", bytes: new TextEncoder().encode(text) }]);
    const bank = generateQuestionBank(course);
    const shortAnswer = [...bank.accepted, ...bank.review.map((reviewed) => reviewed.question)].find((question) => question.type === "SHORT_ANSWER" && question.stem.includes("领导干部自律规范"));
    expect(shortAnswer?.explanation).toContain("“领导干部自律规范”（第四条至第六条）共3条");
    expect(shortAnswer?.explanation).not.toContain("第三条");
  });
});

describe("the 解析 of who said it", () => {
  const module = fixtureModule(
    "讲话选编",
    "讲话选编",
    [
      "习近平指出：“人心向背关系党的生死存亡。”",
      "胡锦涛指出：“密切联系群众是我们党的最大政治优势。”",
      "温家宝到基层考察。毛泽东到农村调研。",
      "江泽民指出：“从原则上说，各级党组织应该把大量日常行政工作、业务工作，尽可能交给政府、业务部门承担，党的领导责任是放在政治原则、政治方向、重大决策的领导和向国家政权机关推荐重要干部上。”",
      "邓小平指出：“我们要坚持实事求是的思想路线。”",
    ],
    [
      { kind: "quote", passage: 0, text: "人心向背关系党的生死存亡。", speaker: "习近平" },
      { kind: "quote", passage: 1, text: "密切联系群众是我们党的最大政治优势。", speaker: "胡锦涛" },
      { kind: "quote", passage: 3, text: "从原则上说，各级党组织应该把大量日常行政工作、业务工作，尽可能交给政府、业务部门承担，党的领导责任是放在政治原则、政治方向、重大决策的领导和向国家政权机关推荐重要干部上。", speaker: "江泽民" },
      { kind: "quote", passage: 4, text: "我们要坚持实事求是的思想路线。", speaker: "邓小平" },
    ],
    "mod_speakers",
  );
  const course = indexCourse({ modules: [module] });
  const located = course.passages[0]!;
  const explain = (distractors: string[]) => explainSpeaker({ index: course, inventory: buildInventory(course, () => true) }, { speaker: "习近平", distractors, key: { located, offset: 19 }, isDocument: false, quote: "人心向背关系党的生死存亡。" });

  it("calls the wrong options persons of the course only when the course names them all (stop 28)", () => {
    expect(explain(["温家宝", "毛泽东"])).toContain("「温家宝」「毛泽东」是课程中出现的其他人物，不是这段论述的出处。");
    // A leader drawn from the lexicon (朱镕基) the course never names is no person of the course.
    expect(explain(["温家宝", "朱镕基"])).not.toContain("「朱镕基」是课程中出现");
    // Each wrong option is said for what it is: a person of the course, or one the course never names (issue 16).
    expect(explain(["温家宝", "朱镕基"])).toContain("「温家宝」是课程中出现的其他人物，不是这段论述的出处；课程中没有出现「朱镕基」，他不是这段论述的出处。");
    expect(explain(["朱镕基", "李鹏"])).toContain("课程中没有出现「朱镕基」「李鹏」，他们不是这段论述的出处。");
  });

  it("says what the course credits to a wrong option instead: its own quotation, whole, with its 出处 (stop 29)", () => {
    const text = explain(["胡锦涛", "朱镕基"]);
    expect(text).toMatch(/课程引述「胡锦涛」的是另一段论述：“密切联系群众是我们党的最大政治优势”（[^）]+）；课程中没有出现「朱镕基」，他不是这段论述的出处。$/);
  });

  it("quotes no quotation whose first sentence runs too long to be quoted whole, and at most two", () => {
    expect(explain(["江泽民", "朱镕基"])).toContain("「江泽民」是课程中出现的其他人物，不是这段论述的出处；课程中没有出现「朱镕基」，他不是这段论述的出处。");
    const text = explain(["胡锦涛", "邓小平", "江泽民"]);
    expect(text).toContain("课程引述「邓小平」的是另一段论述：“我们要坚持实事求是的思想路线”");
    expect(text.split("课程引述").length - 1).toBe(2);
  });

  it("quotes no quotation of the wrong option that is the question's own words again", () => {
    const own = explainSpeaker({ index: course, inventory: buildInventory(course, () => true) }, { speaker: "习近平", distractors: ["胡锦涛"], key: { located, offset: 19 }, isDocument: false, quote: "密切联系群众是我们党的最大政治优势。" });
    expect(own).not.toContain("课程引述");
  });
});

describe("the 出处 of a quotation: the clause that introduces it, and the selected works it stands in (issue 16)", () => {
  const module = fixtureModule(
    "江泽民文选（精神文明建设）",
    "江泽民文选（精神文明建设）",
    [
      "毛泽东同志曾经指出：“一张省报，对于全省工作有极大的作用。”省报是如此。在改革开放新的历史条件下，邓小平同志也指出：“要使我们党的报刊成为全国安定团结的思想上的中心。”",
      "邓小平同志提出：“思想战线上的战士，都应当是人类灵魂工程师。”",
    ],
    [
      { kind: "quote", passage: 0, text: "一张省报，对于全省工作有极大的作用。", speaker: "毛泽东" },
      { kind: "quote", passage: 0, text: "要使我们党的报刊成为全国安定团结的思想上的中心。", speaker: "邓小平" },
      { kind: "quote", passage: 1, text: "思想战线上的战士，都应当是人类灵魂工程师。", speaker: "邓小平" },
    ],
    "mod_wenxuan",
  );
  const course = indexCourse({ modules: [module] });
  const context = { index: course, inventory: buildInventory(course, () => true) };
  const explainAt = (passage: number, quote: string, distractors: string[]) => {
    const located = course.passages[passage]!;
    const quoteStart = located.passage.text.indexOf(quote);
    return explainSpeaker(context, { speaker: "邓小平", distractors, key: { located, offset: quoteStart + quote.length + 1 }, isDocument: false, quote, quoteStart });
  };

  it("quotes the clause that introduces the quotation when it says more than who spoke (its occasion, its time)", () => {
    const text = explainAt(0, "要使我们党的报刊成为全国安定团结的思想上的中心。", ["朱镕基"]);
    expect(text).toContain("见《江泽民文选（精神文明建设）》，原文以“在改革开放新的历史条件下，邓小平同志也指出”引出这段论述。");
  });

  it("quotes no clause that only names the speaker and his verb (邓小平同志提出)", () => {
    expect(explainAt(1, "思想战线上的战士，都应当是人类灵魂工程师。", ["朱镕基"])).not.toContain("引出这段论述");
    expect(attributionLead("邓小平同志提出：“思想战线上的战士。”", 8, "邓小平")).toBeNull();
  });

  it("quotes no clause that points back at the course, names no occasion (正如…所说) or holds a broken year", () => {
    const lead = (text: string) => attributionLead(text, text.lastIndexOf("“") + 1, "毛泽东");
    expect(lead("（《对晋绥日报编辑人员的讲话》）在此之前毛泽东还曾说过：“二十四年的经验告诉我们。”")).toBeNull();
    expect(lead("正如毛泽东所说：“人民是历史的创造者。”")).toBeNull();
    expect(lead("毛泽东同志早在一九八年就指出：“从原则上说。”")).toBeNull();
    expect(lead("毛泽东同志早在一九八〇年就指出：“从原则上说。”")).toBe("毛泽东同志早在一九八〇年就指出");
    // A clause is read from its sentence's start, past what closes the sentence before (”〔2〕, a dash).
    expect(lead("他说：“要团结。”〔2〕——在1945年的七大上，毛泽东指出：“全心全意为人民服务。”")).toBe("在1945年的七大上，毛泽东指出");
    expect(lead("在“两会”后举办的记者招待会上，毛泽东说：“要团结。”")).toBe("在‘两会’后举办的记者招待会上，毛泽东说");
    // The 出处 of the quotation before, in parentheses, is no part of this one's clause.
    expect(lead("（《论联合政府》）1945年，毛泽东在七大上指出：“全心全意为人民服务。”")).toBe("1945年，毛泽东在七大上指出");
  });

  it("says a wrong option is absent from the course only when no text of it names him, heading or title", () => {
    const headed = fixtureModule("学习材料", "朱镕基谈改革", ["邓小平同志在大会上指出：“要坚持改革开放。”"], [{ kind: "quote", passage: 0, text: "要坚持改革开放。", speaker: "邓小平" }], "mod_headed");
    const headedCourse = indexCourse({ modules: [headed] });
    const located = headedCourse.passages[0]!;
    const text = explainSpeaker({ index: headedCourse, inventory: buildInventory(headedCourse, () => true) }, { speaker: "邓小平", distractors: ["朱镕基", "李鹏"], key: { located, offset: 20 }, isDocument: false, quote: "要坚持改革开放。" });
    expect(text).toContain("「朱镕基」不是这段论述的出处；课程中没有出现「李鹏」，他不是这段论述的出处。");
  });

  it("quotes no clause that does not name the speaker", () => {
    expect(attributionLead("会议指出：“要坚持。”", 6, "邓小平")).toBeNull();
    expect(attributionLead("习近平总书记在二十届中央纪委三次全会上强调，“经过新时代十年”", 23, "习近平")).toBe("习近平总书记在二十届中央纪委三次全会上强调");
  });

  it("says of the author of the selected works that the quotation is one he quotes, not his own", () => {
    const text = explainAt(1, "思想战线上的战士，都应当是人类灵魂工程师。", ["江泽民", "朱镕基"]);
    expect(text).toContain("《江泽民文选（精神文明建设）》是「江泽民」的文选，这段论述是文中引述的「邓小平」的话");
    expect(text).not.toContain("「江泽民」不是");
    expect(selectedWorksAuthor("习近平讲话报道选编（2016年）")).toBeNull();
    expect(selectedWorksAuthor("毛泽东选集（第一卷）")).toBe("毛泽东");
  });
});

describe("what a number option is (stop 29)", () => {
  const module = fixtureModule(
    "党的组织制度",
    "党的组织制度",
    ["党的地方各级委员会全体会议，每年至少召开两次。", "党员大会每年至少召开十一次。", "他三次到基层调研。", "中央委员会全体会议由中央政治局召集，每年至少举行一次。"],
    [],
    "mod_numbers",
  );
  const course = indexCourse({ modules: [module] });
  const located = course.passages[0]!;
  const key = { located, offset: located.passage.text.indexOf("两次") + 2 };
  const text = explainSingleChoice({ index: course, inventory: buildInventory(course, () => true) }, { answer: "两次", distractors: ["一次", "三次", "四次"], key, quoted: located.passage.text, isNumber: true });

  it("quotes the clause of the course that states the option in the key's frame (每年至少…), with its 出处", () => {
    expect(text).toMatch(/「一次」：“中央委员会全体会议由中央政治局召集，每年至少举行一次”（[^）]+）/);
    // …not a longer number holding it (十一次), nor the number in another frame (三次到基层调研).
    expect(text).not.toContain("十一次");
    expect(text).not.toContain("调研");
    expect(text).toContain("「三次」「四次」与原文数字不符，原文此处是「两次」。");
  });
});

describe("what a number option is when the key's document states it in another rule (issue 16)", () => {
  const module = fixtureModule(
    "办公用房",
    "办公用房",
    [
      "工作人员调离或者退休的，使用单位应当在办理调离或者退休手续后1个月内收回其办公用房。",
      "主要任职单位与兼职单位相距较远且经常到兼职单位工作的，经严格审批后，可以由兼职单位再安排1处小于标准面积的办公用房，并在免去兼任职务后2个月内腾退兼职单位安排的办公用房。",
      "新闻联播不作报道，时间不超过3个月。",
      "党政机关撤销的，应当在1个月至6个月内将原有办公用房腾退。",
    ],
    [
      { kind: "number", text: "应当在办理调离或者退休手续后1个月内收回其办公用房", answer: "1个月", passage: 0 },
      { kind: "number", text: "并在免去兼任职务后2个月内腾退兼职单位安排的办公用房", answer: "2个月", passage: 1 },
      { kind: "number", text: "时间不超过3个月", answer: "3个月", passage: 2 },
      { kind: "number", text: "应当在1个月至6个月内将原有办公用房腾退", answer: "6个月", passage: 3 },
    ],
    "mod_room",
  );
  // Another document states 9个月: a rule of another text says nothing of this one.
  const other = fixtureModule("另一文件", "另一文件", ["整改应当在9个月内完成。"], [{ kind: "number", text: "整改应当在9个月内完成", answer: "9个月" }], "mod_other");
  const course = indexCourse({ modules: [module, other] });
  const located = course.passages[0]!;
  const key = { located, offset: located.passage.text.indexOf("1个月") + 3 };
  const text = explainSingleChoice({ index: course, inventory: buildInventory(course, () => true) }, { answer: "1个月", distractors: ["2个月", "3个月", "6个月", "9个月"], key, quoted: located.passage.text, isNumber: true });

  it("quotes the clause of the document that states the option, with its 出处, though its frame is another", () => {
    // A clause leaning on the one before it (并在…) is quoted with that clause, which says whose the rule is (stop 34).
    expect(text).toMatch(/「2个月」：“可以由兼职单位再安排1处小于标准面积的办公用房，并在免去兼任职务后2个月内腾退兼职单位安排的办公用房”（[^）]+）/);
    // A short clause is quoted with the one before it.
    expect(text).toMatch(/「3个月」：“新闻联播不作报道，时间不超过3个月”（[^）]+）/);
    expect(text).not.toContain("另一个数字");
  });

  it("quotes another sentence of the key's own passage, but never the key's sentence", () => {
    const passage = fixtureModule(
      "办公用房",
      "办公用房",
      ["使用单位应当在办理手续后1个月内收回其办公用房，超过2个月的报告。兼职的，应当在免去兼任职务后2个月内腾退。"],
      [
        { kind: "number", text: "超过2个月的报告", answer: "2个月", locate: "2个月的报告" },
        { kind: "number", text: "应当在免去兼任职务后2个月内腾退", answer: "2个月", locate: "2个月内腾退" },
      ],
      "mod_one",
    );
    const one = indexCourse({ modules: [passage] });
    const at = one.passages[0]!;
    const said = explainSingleChoice({ index: one, inventory: buildInventory(one, () => true) }, { answer: "1个月", distractors: ["2个月"], key: { located: at, offset: at.passage.text.indexOf("1个月") + 3 }, quoted: "使用单位应当在办理手续后1个月内收回其办公用房，超过2个月的报告", isNumber: true });
    expect(said).toMatch(/「2个月」：“应当在免去兼任职务后2个月内腾退”/);
  });

  it("quotes no number that is another thing: an ordinal, a longer unit, a name, a session of a meeting", () => {
    const others = fixtureModule(
      "报告",
      "报告",
      ["全年任务要在1个月内完成。", "全省第2个月度考核排名上升。", "出席十二届全国人大四次会议解放军代表团全体会议。", "PM2.5年均浓度下降。", "培训14人次获得表彰。"],
      [
        { kind: "number", text: "全省第2个月度考核排名上升", answer: "2个月", passage: 1 },
        { kind: "number", text: "出席十二届全国人大四次会议解放军代表团全体会议", answer: "四次", passage: 2 },
        { kind: "number", text: "PM2.5年均浓度下降", answer: "2.5年", passage: 3 },
        { kind: "number", text: "培训14人次获得表彰", answer: "14人", passage: 4 },
      ],
      "mod_report",
    );
    const report = indexCourse({ modules: [others] });
    const at = report.passages[0]!;
    const said = explainSingleChoice({ index: report, inventory: buildInventory(report, () => true) }, { answer: "1个月", distractors: ["2个月", "四次", "2.5年", "14人"], key: { located: at, offset: at.passage.text.indexOf("1个月") + 3 }, quoted: at.passage.text, isNumber: true });
    expect(said).not.toMatch(/」：“/);
    expect(said).toContain("与原文数字不符");
  });

  it("quotes no clause naming the key, and says a number the document does not state plainly differs from the source's", () => {
    expect(text).not.toContain("1个月至6个月");
    expect(text).not.toContain("整改");
    expect(text).toContain("「6个月」「9个月」与原文数字不符，原文此处是「1个月」。");
  });
});

describe("what each wrong option is (stop 28)", () => {
  const module = fixtureModule(
    "党内政治生活",
    "党内政治生活",
    [
      "加强和规范党内政治生活，必须坚持群众路线。",
      "党内民主是党的生命。",
      "有的同志对党内民主、组织生活重视不够，还是存在问题。",
      "三是抓好组织生活。",
      "党员享有下列权利：（一）参加党的有关会议。",
      "要坚持批评和自我批评，批评和自我批评是群众路线的要求。",
    ],
    [],
    "mod_opt",
  );
  const course = indexCourse({ modules: [module] });
  const context = { index: course, inventory: buildInventory(course, () => true) };
  const located = course.passages[0]!;
  const key = { located, offset: located.passage.text.indexOf("群众路线") + 4 };
  const explain = (distractors: string[]) => explainSingleChoice(context, { answer: "群众路线", distractors, key, quoted: located.passage.text, isNumber: false });

  it("quotes a short sentence of the course that teaches the option, whole, with its 出处", () => {
    expect(explain(["党内民主"])).toMatch(/「党内民主」：“党内民主是党的生命”（[^）]+）/);
  });

  it("quotes no sentence that only mentions the option, counts it (三是…), or names the key", () => {
    const text = explain(["组织生活", "批评和自我批评"]);
    expect(text).not.toContain("「组织生活」：“");
    expect(text).not.toContain("「批评和自我批评」：“");
    expect(text).not.toContain("三是抓好组织生活");
    // What is said of them instead is the lexicon's gloss with its source (stop 32), not a sentence of the course.
    expect(text).toContain("「批评和自我批评」：批评和自我批评是我们党强身治病、保持肌体健康的锐利武器（《关于新形势下党内政治生活的若干准则》）");
    expect(text).toContain("都不是原文此处的说法");
  });

  it("quotes one sentence once, for the first option it teaches", () => {
    const more = fixtureModule("纪律", "纪律", ["必须严明纪律。", "纪律是党的生命，政治纪律是最重要的纪律。"], [], "mod_once");
    const once = indexCourse({ modules: [more] });
    const first = once.passages[0]!;
    const text = explainSingleChoice(
      { index: once, inventory: buildInventory(once, () => true) },
      { answer: "严明", distractors: ["纪律", "政治纪律"], key: { located: first, offset: 4 }, quoted: first.passage.text, isNumber: false },
    );
    expect(text.split("政治纪律是最重要的纪律").length - 1).toBe(1);
  });

  it("serves the multiple choice too", () => {
    const text = explainMultipleChoice(context, { correct: ["群众路线"], distractors: ["党内民主"], key, list: { label: null, items: ["群众路线", "实事求是"] } });
    expect(text).toMatch(/「党内民主」：“党内民主是党的生命”/);
  });
});

describe("a sentence that says what a term is", () => {
  it("opens on the term with a verb of definition or rule, or says the term is something, or something is it", () => {
    expect(saysWhatItIs("党内民主是党的生命。", "党内民主")).toBe(true);
    expect(saysWhatItIs("调查报告须由调查组全体成员签名。", "调查报告")).toBe(true);
    expect(saysWhatItIs("历史和实践证明，制度建设是带有全局性的举措。", "制度建设")).toBe(true);
    expect(saysWhatItIs("社会主义政治文明的核心是人民民主。", "人民民主")).toBe(true);
  });

  it("is not a count (三是…), a negation (不是…), an alternative (还是), a list cut at its first item, a word inside another, or an open quotation", () => {
    expect(saysWhatItIs("三是做好消防工作。", "做好消防工作")).toBe(false);
    expect(saysWhatItIs("党的领导责任是放在政治原则上，不是党权高于一切。", "党权高于一切")).toBe(false);
    expect(saysWhatItIs("焦点是违反了组织纪律还是政治纪律。", "政治纪律")).toBe(false);
    expect(saysWhatItIs("党员享有下列权利：（一）参加党的有关会议。", "党员")).toBe(false);
    expect(saysWhatItIs("对于形成‘四种形态’是事半功倍的成效。", "四种形态")).toBe(false);
    expect(saysWhatItIs("毛泽东思想指导地位的确立。", "毛泽东思想")).toBe(false);
    expect(saysWhatItIs("毛泽东曾经指出：‘我们所做的一切，都是为人民服务。", "为人民服务")).toBe(false);
  });
});

describe("the 解析 of a speaker swap (issue 16)", () => {
  // The commentary's byline is the document's metadata (lib/content): its one section bears the document's title.
  const module = fixtureModule(
    "一步不停歇 半步不退让",
    "一步不停歇 半步不退让",
    ["习近平总书记强调“要始终保持反腐败永远在路上的坚韧执着，保持战略定力和高压态势，一步不停歇、半步不退让”。", "毛泽东指出：“我们要坚持实事求是的思想路线。”"],
    [
      { kind: "quote", passage: 0, text: "要始终保持反腐败永远在路上的坚韧执着，保持战略定力和高压态势，一步不停歇、半步不退让", speaker: "习近平" },
      { kind: "quote", passage: 1, text: "我们要坚持实事求是的思想路线。", speaker: "毛泽东" },
    ],
    "mod_byline",
  );
  const course = indexCourse({ modules: [module], reports: [{ path: module.source, title: "一步不停歇 半步不退让" }] });
  const located = course.passages[0]!;
  const quoted = "要始终保持反腐败永远在路上的坚韧执着，保持战略定力和高压态势，一步不停歇、半步不退让";
  const context = { index: course, inventory: buildInventory(course, () => true) };
  const swapTo = (to: string) => explainTrueFalse(context, { original: "习近平", change: { kind: "speaker-swap", from: "习近平", to }, key: { located, offset: 10 }, quoted });

  it("quotes what the swapped-in speaker did say only when the course quotes them (stop 37)", () => {
    expect(swapTo("邓小平")).toBe(`错误。这段论述出自「习近平」，不是「邓小平」。见《一步不停歇 半步不退让》：“${quoted}”。`);
    expect(swapTo("毛泽东")).toMatch(/不是「毛泽东」；课程引述「毛泽东」的是另一段论述：“[^”]+”（[^）]+），不是这一段。/);
  });

  it("never cites a byline (本报评论员《人民日报》…第01版) as the section: lib/content reads it as the document's metadata", async () => {
    // On one line or wrapped over two as a printed page does (…第 04 / 版）).
    for (const byline of [["本报评论员《人民日报》（2025年01月09日第 01 版）"], ["本报记者 吴储岐《人民日报》（2025年01月03日第 04", "版）"]]) {
      const text = [
        "一步不停歇 半步不退让",
        ...byline,
        "习近平总书记强调“要始终保持反腐败永远在路上的坚韧执着，保持战略定力和高压态势，一步不停歇、半步不退让”。",
        "",
        "毛泽东指出：“我们要坚持实事求是的思想路线。”",
        "",
        "各级纪检监察机关坚持严的基调、严的措施、严的氛围长期不变，推动全面从严治党向纵深发展。",
      ].join("\n");
      const built = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "pinglun.txt" }] }, [{ path: "pinglun.txt", bytes: new TextEncoder().encode(text) }]);
      const bank = generateQuestionBank(built);
      const questions = [...bank.accepted, ...bank.review.map((reviewed) => reviewed.question)];
      const cited = questions.filter((question) => question.explanation.includes("《一步不停歇半步不退让》"));
      expect(cited.length).toBeGreaterThan(0);
      for (const question of questions) expect(question.explanation).not.toMatch(/人民日报|评论员|本报记者|版）/);
    }
  });

  it("never cites a heading lib/content marks uncitable (debris: a wrapped line's tail, a news lead; issue 16)", () => {
    // Which headings are debris is decided in lib/content (tests/unit/content/citable-headings.test.ts).
    const marked = fixtureModule("坚持不懈纠治四风", "版）", ["各级机关严查享乐主义、奢靡之风。"], [], "mod_fragment");
    const fragment = { ...marked, sections: marked.sections.map((section) => ({ ...section, uncitable: true })) };
    const fragmentCourse = indexCourse({ modules: [fragment], reports: [{ path: fragment.source, title: "坚持不懈纠治四风" }] });
    const at = fragmentCourse.passages[0]!;
    expect(citation(fragmentCourse, { module: fragment, sectionId: at.section.id, located: at, offset: 8 })).toBe("《坚持不懈纠治四风》");
    // The mark decides, not the title's letters: the same heading unmarked is cited.
    const unmarked = indexCourse({ modules: [marked], reports: [{ path: marked.source, title: "坚持不懈纠治四风" }] });
    expect(citation(unmarked, { module: marked, sectionId: unmarked.passages[0]!.section.id, located: unmarked.passages[0]!, offset: 8 })).toBe("《坚持不懈纠治四风》“一、版）”");
  });
});

describe("an item heading its own line under a heading naming its set (issue 16)", () => {
  const fillOn = (title: string, lines: string[], key: string) => {
    const module = fixtureModule("学习手册", title, lines, [{ kind: "term", text: key, passage: lines.findIndex((line) => line.includes(`${key}：`)) }], "mod_lines");
    const course = indexCourse({ modules: [module] });
    const located = course.passages.find((passage) => passage.passage.text.includes(`${key}：`))!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text }).text;
  };
  const duties = ["1. 学习制度：每月集中学习一次，做好记录。", "2. 会议制度：按时召开会议，会前通知到人。", "3. 考勤制度：严格请销假，按月通报。"];

  it("names the set and its members when every line of the section heads one and the heading names their ending", () => {
    const text = fillOn("（三）支部三项制度", duties, "会议制度");
    expect(text).toContain("「会议制度」是“支部三项制度”所列的一项（学习制度、会议制度、考勤制度）。");
  });

  it("reads lines without a list marker too (轻度/中度/重度失误 under a heading naming 失误)", () => {
    const text = fillOn("按失误程度划分", ["轻度失误：未造成损失的。", "中度失误：造成一定损失的。", "重度失误：造成重大损失的。"], "中度失误");
    expect(text).toContain("「中度失误」是“按失误程度划分”所列的一项（轻度失误、中度失误、重度失误）。");
  });

  it("claims nothing when the heading does not name the heads' ending, when they share none, or when a line heads nothing", () => {
    expect(fillOn("（三）支部工作要点", duties, "会议制度")).not.toContain("所列的一项");
    expect(fillOn("（三）支部三项制度", ["学习制度：每月学习。", "组织生活：按时参加。", "考勤安排：严格请假。"], "学习制度")).not.toContain("所列的一项");
    expect(fillOn("（三）支部三项制度", [...duties.slice(0, 2), "此外，各支部还要建立考勤台账，按月通报。"], "会议制度")).not.toContain("所列的一项");
  });

  it("claims nothing for fewer than three lines", () => {
    expect(fillOn("（三）支部两项制度", duties.slice(0, 2), "会议制度")).not.toContain("所列的一项");
  });
});

describe("what a wrong option of the lexicon is (stop 32)", () => {
  const explain = (sentence: string, answer: string, distractors: string[]) => {
    const module = fixtureModule("若干规定", "第五章 附则", [sentence], [], "mod_gloss_option");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    const key = { located, offset: located.passage.text.indexOf(answer) + answer.length };
    return explainSingleChoice({ index: course, inventory: buildInventory(course, () => true) }, { answer, distractors, key, quoted: located.passage.text, isNumber: false });
  };

  it("says each regulation what it is for, from its first article, not only that it is not the wording here", () => {
    const text = explain("应当追究党纪责任的，依照《中国共产党纪律处分条例》给予相应的党纪处分。", "中国共产党纪律处分条例", ["中国共产党问责条例", "中国共产党巡视工作条例"]);
    expect(text).toContain("「中国共产党问责条例」：为全面从严治党，规范和强化党的问责工作");
    expect(text).toContain("（《中国共产党巡视工作条例》第二条）");
    expect(text).not.toContain("同属");
  });

  it("says two options of one gloss once: 改组 and 检查 are ways of holding a party organisation to account", () => {
    const text = explain("视情节轻重，给予诫勉谈话、通报批评、调离岗位等处理。", "通报批评", ["改组", "检查"]);
    expect(text).toMatch(/「改组」「检查」：对党组织的问责方式有检查、通报、改组（《中国共产党问责条例》第八条）|「检查」「改组」：对党组织的问责方式有检查、通报、改组（《中国共产党问责条例》第八条）/);
  });

  it("glosses a term only in the class of its sense: 政治建设 of 党的建设, not of 五位一体", () => {
    const party = explain("必须不断加强党的思想建设、组织建设和作风建设。", "作风建设", ["政治建设"]);
    expect(party).toContain("「政治建设」：党的政治建设是党的根本性建设");
    const nation = explain("以经济建设为中心。", "经济建设", ["政治建设"]);
    expect(nation).not.toContain("根本性建设");
  });

  it("glosses members' rights only where the passage speaks of party members, not of the people's rights", () => {
    expect(explain("预备党员的权利，除了没有表决权、选举权和被选举权以外，也同正式党员一样。", "被选举权", ["知情权", "监督权"])).toMatch(/「知情权」「监督权」：尊重党员主体地位|「监督权」「知情权」：尊重党员主体地位/);
    expect(explain("让群众有表达权，推进政务公开。", "表达权", ["知情权", "监督权"])).not.toContain("落实党员知情权");
  });

  it("leaves out a gloss naming the key, and says the rest as before", () => {
    const text = explain("党员享有选举权。", "选举权", ["知情权", "决策权"]);
    expect(text).not.toContain("落实党员知情权");
    expect(text).toContain("同属“民主权利”");
  });
});

describe("the kind of a document a 出处 question offers (stop 32)", () => {
  it("tells meetings, periodicals and written texts apart", async () => {
    const { documentKind } = await import("@/lib/questions/distractors");
    expect(documentKind("党的十一届三中全会")).toBe("meeting");
    expect(documentKind("党的七大")).toBe("meeting");
    expect(documentKind("《人民日报》")).toBe("periodical");
    expect(documentKind("《政府工作报告》")).toBe("text");
    expect(documentKind("党的十三大报告")).toBe("text");
    expect(documentKind("十一届六中全会决议")).toBe("text");
  });
});

describe("a class the key's own words name (stop 33)", () => {
  it("is one whose head word the key holds", () => {
    expect(classNamedIn("组织生活", "组织生活会")).toBe(true);
    expect(classNamedIn("党的建设", "作风建设")).toBe(true);
    expect(classNamedIn("党的路线", "政治路线")).toBe(true);
    expect(classNamedIn("问题线索处置方式", "初步核实")).toBe(false);
    expect(classNamedIn("党的思想路线", "实事求是")).toBe(false);
    expect(classNamedIn("基本政治制度", "基层群众自治制度")).toBe(false);
  });

  it("is said by a stem holding its head whole, or a short head's last word, never a long name's last word", () => {
    expect(classNamedIn("党纪处分", "对党员的纪律处分有五种：警告、、撤销党内职务")).toBe(true);
    expect(classNamedIn("群众路线的内容", "一切依靠群众，，到群众中去，是我们党的群众路线的重要内容")).toBe(true);
    expect(classNamedIn("基本政治制度", "坚持和完善人民代表大会制度、民族区域自治制度以及")).toBe(false);
    expect(classNamedIn("干部队伍“四化”", "努力实现干部队伍的革命化、年轻化、知识化、")).toBe(false);
    // 思想 of 毛泽东思想 is a member's word, not the name of “党的指导思想”.
    expect(classNamedIn("党的指导思想", "坚持以马克思列宁主义、毛泽东思想、邓小平理论、为指导")).toBe(false);
  });
});

describe("a class the stem shows whole and named (stop 33)", () => {
  const teaches = (sentence: string, key: string) => {
    const module = fixtureModule("学习材料", "一、要求", [sentence], [{ kind: "term", text: key }], "mod_named");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text }).teaches;
  };

  it("teaches where the set's own name is not in the stem (群团组织的“三性”), not where it is (纪律处分) nor by a class of examples' tag alone (基本政治制度, stop 40)", () => {
    expect(teaches("党要加强对群团组织的领导，使它们保持和增强政治性、先进性、群众性。", "先进性")).toBe(true);
    expect(teaches("坚持和完善人民代表大会制度、中国共产党领导的多党合作和政治协商制度、民族区域自治制度以及基层群众自治制度。", "基层群众自治制度")).toBe(false);
    expect(teaches("对党员的纪律处分有五种：警告、严重警告、撤销党内职务、留党察看、开除党籍。", "严重警告")).toBe(false);
  });
});

describe("another sentence that says what a 填空's key is (stop 33)", () => {
  it("says what it is or a rule binding it, standing alone — not a mention, nor a rule pointing back (这样的党员)", () => {
    expect(saysWhatKeyIs("我们党的最大政治优势是密切联系群众。", "密切联系群众")).toBe(true);
    expect(saysWhatKeyIs("民主评议党员是党员教育管理的重要方式。", "民主评议党员")).toBe(true);
    expect(saysWhatKeyIs("基层委员会由党员大会或代表大会选举产生。", "基层委员会")).toBe(true);
    expect(saysWhatKeyIs("支部大会应当决定把这样的党员除名。", "支部大会")).toBe(false);
    expect(saysWhatKeyIs("基层委员会对上述事项负责。", "基层委员会")).toBe(false);
    expect(saysWhatKeyIs("要开好支部大会。", "支部大会")).toBe(false);
  });

  const fill = (sentences: string[], key: string) => {
    const module = fixtureModule("支部工作", "一、会议", sentences, [{ kind: "term", text: key }], "mod_else");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text });
  };

  it("is quoted and teaches; a sentence that only holds the key is left out and the 填空 teaches nothing", () => {
    const taught = fill(["每个支部都要按期召开评课会，认真组织。", "评课会是支部交流学习体会的会议。"], "评课会");
    expect(taught.teaches).toBe(true);
    expect(taught.text).toContain("课程中另一处也讲到「评课会」：“评课会是支部交流学习体会的会议”");
    const mentioned = fill(["每个支部都要按期召开评课会，认真组织。", "评课会应当决定把这样的问题上报。"], "评课会");
    expect(mentioned.teaches).toBe(false);
    expect(mentioned.text).not.toContain("课程中另一处");
  });
});

describe("a 填空 on a term of a named formulation of record (stop 37)", () => {
  const explain = (sentence: string, key: string) => {
    const module = fixtureModule("老党员座谈会纪要", "一、传统", [sentence], [{ kind: "term", text: key }], "mod_styles");
    const course = indexCourse({ modules: [module] });
    const located = course.passages[0]!;
    return fillBlankExplanation(course, { answers: [key], key: { located, offset: located.passage.text.indexOf(key) + key.length }, quoted: located.passage.text });
  };

  it("says the key is of the formulation the sentence writes out whole, with who set it down, not a lexicon set the sentence does not speak of", () => {
    const { text, teaches } = explain("老党员们始终坚持理论联系实际、密切联系群众、批评和自我批评的作风。", "理论联系实际");
    expect(text).toContain("「理论联系实际」是党的“三大优良作风”（理论联系实际、密切联系群众、批评和自我批评）之一");
    expect(text).toContain("《论联合政府》");
    expect(text).not.toContain("党的思想路线");
    expect(teaches).toBe(true);
  });

  it("keeps the lexicon's set where the sentence writes only part of the formulation", () => {
    expect(explain("老党员们始终坚持理论联系实际、密切联系群众的作风。", "理论联系实际").text).not.toContain("三大优良作风");
  });
});
