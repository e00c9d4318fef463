import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

// Case commentaries and study articles as discipline-inspection sites print them (the CCDI
// 业务探讨 column): labels and list leads ending in a colon over their text, closing credits,
// numbered conclusions over their reasoning. Small synthetic inputs, one layout each.
const utf8 = (text: string) => new TextEncoder().encode(text);

const inspect = (text: string, fileName = "评析.md") => inspectDocument(fileName, utf8(text));

describe("a paragraph ending in a colon", () => {
  it("keeps the paragraph it leads: a label on a line of its own opens its text", async () => {
    const document = await inspect(
      ["# 收受干股如何定性", "", "**基本案情：**", "", "张某，某局局长。2019年，张某接受请托，收受某公司干股。", "", "**评析意见：**", "", "张某的行为构成受贿罪。理由是其利用职务便利为他人谋利。"].join("\n"),
    );
    const passages = passageTexts(document);
    expect(passages).toContain("基本案情：张某，某局局长。2019年，张某接受请托，收受某公司干股。");
    expect(passages.some((text) => /[：:]$/.test(text))).toBe(false);
    expect(document.invariants).toEqual([]);
  });

  it("keeps the items after it that share a marker (一是、二是), and no paragraph past them", async () => {
    const document = await inspect(
      [
        "# 谈话笔录的制作",
        "",
        "制作谈话笔录应当注意以下几个方面：",
        "",
        "一是要如实记录谈话内容。",
        "",
        "二是要注意记录的完整性。",
        "",
        "实践中，还应当结合案件情况灵活把握，不能机械套用。",
      ].join("\n"),
    );
    expect(passageTexts(document)).toEqual(["制作谈话笔录应当注意以下几个方面：一是要如实记录谈话内容。二是要注意记录的完整性。", "实践中，还应当结合案件情况灵活把握，不能机械套用。"]);
  });

  it("stops taking items once its passage would pass 1,200 characters; the rest are passages of their own", async () => {
    // Distinct sentences, so that de-duplication keeps every item.
    const clauses = ["坚持实事求是", "严格依规依纪依法", "把好事实证据关", "准确认定违纪性质", "做好谈话见面工作", "落实宽严相济政策", "规范审理文书格式", "加强审理队伍建设", "注重审理结果运用", "强化案件质量评查"];
    const item = (ordinal: string) => `${ordinal}是${[...clauses, ...clauses].map((clause, at) => `${ordinal}${at}${clause}，确保第${ordinal}项要求落实到位`).join("，")}。`;
    const document = await inspect(["# 审理工作的要求", "", "做好审理工作需要注意：", "", item("一"), "", item("二"), "", item("三"), "", item("四"), "", item("五")].join("\n"));
    const passages = passageTexts(document);
    expect(passages[0]!.startsWith("做好审理工作需要注意：一是")).toBe(true);
    expect(passages.every((text) => text.length <= 1_200)).toBe(true);
    expect(passages.length).toBeGreaterThan(1);
    expect(passages.join("")).toBe(["做好审理工作需要注意：", item("一"), item("二"), item("三"), item("四"), item("五")].join(""));
  });

  it("keeps a report's dash-led items (——更加注重…)", async () => {
    const document = await inspect(
      ["# 政府工作报告", "", "实现上述目标，必须在工作推进中做到“三个更加注重”：", "", "——更加注重准确识变应变，实事求是因地制宜。", "", "——更加注重秉持长期主义，推动可持续发展。", "", "——更加注重抓具体抓深入，以实干实绩求实效。", "", "今年要重点做好以下工作。"].join("\n"),
    );
    expect(passageTexts(document)[0]).toBe("实现上述目标，必须在工作推进中做到“三个更加注重”：——更加注重准确识变应变，实事求是因地制宜。——更加注重秉持长期主义，推动可持续发展。——更加注重抓具体抓深入，以实干实绩求实效。");
  });

  it("keeps only the next paragraph when that one has no item marker", async () => {
    const document = await inspect(["# 受贿数额的认定", "", "对于受贿数额，存在两种意见：", "", "有观点认为应按交易时价格计算。", "", "也有观点认为应按案发时价格计算。"].join("\n"));
    expect(passageTexts(document)).toEqual(["对于受贿数额，存在两种意见：有观点认为应按交易时价格计算。", "也有观点认为应按案发时价格计算。"]);
  });

  it("keeps its items when it closes an answer (问：… 答：…需要注意以下几点：)", async () => {
    const document = await inspect(
      ["# 政务处分的通报", "", "问：对人大代表给予政务处分，应当如何通报？", "", "答：应当向其所在的人大常委会通报。实践中，需要注意以下几点：", "", "（1）已被终止代表资格的，不再通报。", "", "（2）同时系常委会组成人员的，应当书面通报。"].join("\n"),
    );
    expect(passageTexts(document)).toEqual([
      "问：对人大代表给予政务处分，应当如何通报？答：应当向其所在的人大常委会通报。实践中，需要注意以下几点：（1）已被终止代表资格的，不再通报。（2）同时系常委会组成人员的，应当书面通报。",
    ]);
  });

  it("leaves an article it leads a passage of its own (…摘录： over 第一条)", async () => {
    const document = await inspect(["# 法条摘录", "", "监察法摘录：", "", "第一条 为了深化国家监察体制改革，制定本法。", "", "第二条 坚持中国共产党对国家监察工作的领导。", "", "第三条 各级监察委员会是行使国家监察职能的专责机关。"].join("\n"));
    expect(passageTexts(document).filter((text) => text.startsWith("第一条"))).toHaveLength(1);
  });
});

describe("a closing credit", () => {
  const body = ["# 如何认定受贿数额", "", "受贿数额应当按照实际收受的财物计算。", "", "综上所述，甲的受贿数额应认定为156万元。"];

  it.each([
    ["a name in brackets padded with spaces", "（ 李凤敏 黄志坚 张潍民）", "李凤敏 黄志坚 张潍民"],
    ["a name with a no-break space", "（鸿渐\u00a0）", "鸿渐"],
    ["a unit and a name after spaces", "  （中央纪委国家监委网站 曹静静）", "中央纪委国家监委网站 曹静静"],
    ["an author and unit glued without a space", "（作者：王昌奎  单位：重庆市纪委监委）", "王昌奎，重庆市纪委监委"],
    ["a name before 作者单位", "（王希鹏 作者单位：中国纪检监察学院）", "王希鹏，中国纪检监察学院"],
    ["作者系 …", "（作者系特约撰稿人叶研）", "作者系特约撰稿人叶研"],
    ["作者 name 系 …", "（作者叶研系本报特约撰稿人）", "作者叶研系本报特约撰稿人"],
    ["作者 name，系 …", "（作者董同会，系中央纪委国家监委第十五审查调查室一级巡视员）", "作者董同会，系中央纪委国家监委第十五审查调查室一级巡视员"],
    ["a writer and an illustrator", "（艾萍撰文，山东省烟台市福山区纪委监委绘图）", "艾萍撰文，山东省烟台市福山区纪委监委绘图"],
  ])("glued to the last paragraph (%s) is the author, and the paragraph ends its sentence", async (_layout, credit, author) => {
    const lines = [...body];
    lines[lines.length - 1] += credit;
    const document = await inspect(lines.join("\n"));
    expect(document.metadata.author).toBe(author);
    expect(passageTexts(document).at(-1)).toBe("综上所述，甲的受贿数额应认定为156万元。");
    expect(document.invariants).toEqual([]);
  });

  it.each(["（敬靖）", "（河南省纪委监委第十二审查调查室）", "（敬靖 文字 | 丛亮滋 漫画）"])("on the last line by itself (%s) is no passage", async (credit) => {
    const document = await inspect([...body, "", credit].join("\n"));
    expect(passageTexts(document).at(-1)).toBe("综上所述，甲的受贿数额应认定为156万元。");
  });

  it("is not an editorial mark or a sentence's own bracket", async () => {
    const marked = await inspect([...body.slice(0, -1), "", "综上所述，甲的受贿数额应认定为156万元。（全文完）"].join("\n"));
    expect(marked.metadata.author).toBeUndefined();
    const cited = await inspect([...body, "", "（参见《刑法》第三百八十五条，以及相关司法解释的规定）"].join("\n"));
    expect(passageTexts(cited).at(-1)).toContain("第三百八十五条");
  });
});

describe("numbered conclusions over their reasoning", () => {
  const commentary = (conclusions: string[]) =>
    ["# 以代理为名收取咨询服务费如何定性", "", "本案中，对甲的行为如何定性，存在不同意见。", "", ...conclusions.flatMap((conclusion, at) => [conclusion, "", `这一结论的第${"一二三"[at]}段论证，结合全案证据作出认定。`, ""])].join("\n");

  it("are headings when two or more of one style each stand over a paragraph", async () => {
    const document = await inspect(
      commentary(["一、乙从事的“代理”活动不是真实的商业行为，而是一种权钱交易的掩饰工具", "二、甲对乙找丙完成的请托事项和收受好处的数额，在主观上达到概括明知的标准即可"]),
    );
    // A conclusion may end in 行为: 为 there ends a noun, not a list lead (…的职责为).
    const acts = await inspect(commentary(["（一）行贿人明知受贿人可能以某种名义占有财物，仍不实施积极索要行为", "（二）行贿人明知自己的行为可能导致变相让渡利益，仍实施相关行为"]));
    expect(sectionTitles(acts)).toContain("行贿人明知受贿人可能以某种名义占有财物，仍不实施积极索要行为");
    expect(sectionTitles(document)).toEqual(
      expect.arrayContaining(["乙从事的“代理”活动不是真实的商业行为，而是一种权钱交易的掩饰工具", "甲对乙找丙完成的请托事项和收受好处的数额，在主观上达到概括明知的标准即可"]),
    );
    expect(passageTexts(document).some((text) => text.startsWith("一、") || text.startsWith("二、"))).toBe(false);
    expect(document.invariants).toEqual([]);
  });

  it("stay text alone, when they end in a clause mark, or when a sibling follows directly", async () => {
    const alone = await inspect(commentary(["一、乙从事的“代理”活动不是真实的商业行为，而是一种权钱交易的掩饰工具"]));
    expect(passageTexts(alone).some((text) => text.startsWith("一、乙从事"))).toBe(true);
    const items = await inspect(
      ["# 处分的适用", "", "对此，应当区分情形处理。", "", "（一）对可以继续在两个岗位任职的，同时降低岗位等级；", "", "（二）对不宜继续在两个岗位任职的，取消一个岗位职务；", "", "（三）其他情形，依照有关规定处理。"].join("\n"),
    );
    expect(sectionTitles(items).some((title) => title.includes("岗位任职"))).toBe(false);
  });
});

describe("a panel's roster (特邀嘉宾)", () => {
  it("is no text: the label and the guests' names and offices leave the passages, and no sentence counts as lost", async () => {
    const document = await inspect(
      [
        "# 以单位名义出借钱款是否属于挪用公款",
        "",
        "**特邀嘉宾**",
        "",
        "周晓琳 齐齐哈尔市纪委监委案件审理室副主任",
        "",
        "黄 贺 修水县纪委监委第二纪检监察室主任 方 舒",
        "",
        "**基本案情：**",
        "",
        "刘某利用职务便利，以单位名义将公款出借给他人使用。",
      ].join("\n"),
    );
    expect(passageTexts(document)).toEqual(["基本案情：刘某利用职务便利，以单位名义将公款出借给他人使用。"]);
    expect(document.invariants).toEqual([]);
  });

  it("needs guests under its label: a paragraph after 嘉宾 stays", async () => {
    const document = await inspect(["# 座谈会综述", "", "嘉宾", "", "与会嘉宾围绕纪法衔接问题进行了深入交流，提出了许多建设性意见。"].join("\n"));
    expect(passageTexts(document).join("")).toContain("与会嘉宾围绕纪法衔接问题");
  });
});

describe("an unmarked heading with a comma between blank-line paragraphs", () => {
  const paragraph = (subject: string) =>
    `${subject}的焦点是当事人违反了党的组织纪律还是政治纪律。当事人为能当选而送钱拉票，干预党内选举，违反了党的组织纪律。透过现象看本质，其行为更严重违反了党的政治纪律。`;
  const text = [
    "# 如何认定拉票行为",
    "",
    "拉票、助选等非组织活动行为，严重带坏社会风气，破坏当地政治生态，必须予以严惩。",
    "",
    "甲某严重违反了党的政治纪律，并涉嫌违法犯罪",
    "",
    paragraph("案例一"),
    "",
    "另外，甲某擅自增加有关单位的财政预算，违反了预算法，应当一并处理。",
    "",
    "乙某构成搞拉票、助选等非组织活动行为，以及对抗组织审查行为",
    "",
    paragraph("案例二"),
  ].join("\n");

  it("stays a heading over its paragraph instead of being glued to it as printed lines of a PDF", async () => {
    const document = await inspect(text);
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["甲某严重违反了党的政治纪律，并涉嫌违法犯罪", "乙某构成搞拉票、助选等非组织活动行为，以及对抗组织审查行为"]));
    expect(passageTexts(document).some((passage) => passage.startsWith("甲某") || passage.startsWith("乙某"))).toBe(false);
    expect(passageTexts(document)).toContain(paragraph("案例一"));
    expect(document.invariants).toEqual([]);
  });

  it("is no heading when the paragraph after it goes on mid-sentence (a PDF's line before a page break)", async () => {
    const document = await inspect(
      ["拉票、助选等非组织活动行为，严重带坏社会风气，破坏当地政治生态，必须予以严惩。", "", "甲某严重违反了党的政治纪律，并涉嫌", "", "违法犯罪，应当依规依纪依法严肃处理。", "", "另外，甲某擅自增加有关单位的财政预算，违反了预算法，", "", "应当一并处理。"].join("\n"),
      "评析.txt",
    );
    expect(sectionTitles(document)).not.toContain("甲某严重违反了党的政治纪律，并涉嫌");
  });
});

describe("numbered points that open their paragraphs with their thesis", () => {
  const lines = [
    "# 准确认定拉票行为",
    "",
    "执纪实践中，对拉票、助选等非组织活动行为的认定和处理，应当注意以下几点。",
    "",
    "（一）拉票行为一般包括三种情形。其一，在党内选举中搞拉票。其二，在法律规定的选举活动中搞拉票。",
    "",
    "（二）提高政治站位，对违反换届纪律的行为零容忍。在执纪审查中，要提高政治觉悟和政治站位。",
    "",
  ];
  const longPoint =
    "（三）注意该违纪行为与《刑法》第二百五十六条规定的破坏选举罪、《治安管理处罚法》第二十三条规定的“破坏依法进行的选举秩序的”行为的区别。另外，查处拉票问题往往伴随行贿、受贿等问题。";

  it("stay paragraphs side by side when one thesis is too long for a title", async () => {
    const document = await inspect([...lines, longPoint].join("\n"));
    const passages = passageTexts(document);
    expect(passages.some((text) => text.startsWith("（一）拉票行为一般包括三种情形。其一"))).toBe(true);
    expect(passages.some((text) => text.startsWith("（三）注意该违纪行为"))).toBe(true);
    expect(sectionTitles(document)).not.toContain("拉票行为一般包括三种情形");
    expect(document.invariants).toEqual([]);
  });

  it("become headings over their paragraphs when every thesis reads as a title", async () => {
    const document = await inspect([...lines, "（三）注意区分违纪与犯罪。另外，查处拉票问题往往伴随行贿、受贿等问题。"].join("\n"));
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["拉票行为一般包括三种情形", "提高政治站位，对违反换届纪律的行为零容忍", "注意区分违纪与犯罪"]));
  });
});

describe("the title of a commentary that prints none", () => {
  it("is the provision its first clause explains, not that clause cut after its opening 《", async () => {
    const document = await inspect(
      [
        "《中国共产党纪律处分条例》（以下简称《纪律处分条例》）第三十九条规定了直接责任者、主要领导责任者、重要领导责任者。其中，直接责任者是指在其职责范围内不履行职责的党员。",
        "",
        "实践中，如何把握主要领导责任和重要领导责任，需要结合具体情况分析。",
      ].join("\n"),
      "责任.txt",
    );
    expect(document.title).toBe("中国共产党纪律处分条例第三十九条");
    expect(document.invariants).toEqual([]);
  });

  it("keeps a title's 《》 whole when its first clause is cut", async () => {
    const document = await inspect(["《关于新形势下党内政治生活的若干准则》是全面从严治党的重要制度遵循，为加强党内政治生活提供了根本依据。", "", "准则对党内政治生活作出了全面规范。"].join("\n"), "准则.txt");
    expect(document.title.startsWith("《关于新形势下党内政治生活的若干准则》")).toBe(true);
    expect(document.title).not.toMatch(/^[^《]*》/);
  });
});
