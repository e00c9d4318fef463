import { describe, expect, it } from "vitest";
import type { Section } from "@/lib/content/types";
import { extractAnnouncedLists } from "@/lib/content/knowledge/extract-announced-lists";
import { extractDefinitions } from "@/lib/content/knowledge/extract-definitions";
import { extractEnumerations } from "@/lib/content/knowledge/extract-enumerations";
import { extractHeadingLists } from "@/lib/content/knowledge/extract-heading-lists";
import { extractNumbers } from "@/lib/content/knowledge/extract-numbers";
import { extractQuotes } from "@/lib/content/knowledge/extract-quotes";
import { discoverDomainTerms, extractKeywordListTerms } from "@/lib/content/knowledge/extract-terms";

describe("extractQuotes", () => {
  it("finds a quotation and its speaker, with the exact span of the quoted words", () => {
    const text = "习近平指出：“人心向背关系党的生死存亡。党只有始终与人民心连心。”中国共产党从始至终都是人民利益的拥护者。";
    const [quote] = extractQuotes(text);
    expect(quote).toMatchObject({ kind: "quote", speaker: "习近平", text: "人心向背关系党的生死存亡。党只有始终与人民心连心。" });
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
  });
  it("names a congress report as the speaker", () => {
    expect(extractQuotes("党的十八大报告明确指出：“要坚持以人为本，始终保持党同人民的血肉联系。”")[0]?.speaker).toBe("党的十八大报告");
  });
  it("takes the speaker nearest the verb, never a name inside a doctrine's name (马克思主义, 毛泽东思想)", () => {
    expect(extractQuotes("运用马克思主义的思想方法，毛泽东曾指出：“人民这个概念在不同的国家有着不同的内容。”")[0]?.speaker).toBe("毛泽东");
    expect(extractQuotes("马克思主义的群众史观认为：“人民，只有人民，才是创造世界历史的动力。”")).toEqual([]);
    expect(extractQuotes("坚持毛泽东思想，邓小平强调：“发展才是硬道理，这是我们的根本经验。”")[0]?.speaker).toBe("邓小平");
  });
  it("takes the subject before the occasion phrase, never the person it commemorates (issue 16)", () => {
    const commemoration = "2024年8月22日，习近平总书记在纪念邓小平同志诞辰120周年座谈会上指出：“全面从严治党永远在路上，党的自我革命永远在路上。”";
    expect(extractQuotes(commemoration)[0]?.speaker).toBe("习近平");
    expect(extractQuotes("在纪念毛泽东同志诞辰130周年座谈会上，习近平强调：“毛泽东同志是伟大的马克思主义者。”")[0]?.speaker).toBe("习近平");
    // A commemorated name is never the speaker, even with nobody else named.
    expect(extractQuotes("在纪念周恩来同志诞辰120周年座谈会上的讲话中指出：“我们要学习他的崇高品德。”")).toEqual([]);
    // With nobody named outside it, a report inside the occasion phrase is still the speaker.
    expect(extractQuotes("在党的十八大报告中指出：“全面从严治党永远在路上，党的自我革命永远在路上。”")[0]?.speaker).toBe("党的十八大报告");
    // Congresses and plenums past the tenth are named whole (二十大, 十九届六中全会), never cut to 十大.
    expect(extractQuotes("党的二十大报告明确指出：“全面从严治党永远在路上，党的自我革命永远在路上。”")[0]?.speaker).toBe("党的二十大报告");
    expect(extractQuotes("党的十九大报告指出：“中国特色社会主义进入了新时代，这是我国发展新的历史方位。”")[0]?.speaker).toBe("党的十九大报告");
  });
  it("ignores quoted phrases that nobody is said to have said", () => {
    expect(extractQuotes("以“统治者”身份自居，以“父母官”自封，完全忘记了“人民公仆”的身份。")).toEqual([]);
  });
});

describe("extractEnumerations", () => {
  it("reads a note's line that names a counted set and lists it as that set, once", () => {
    const text = "新民主主义革命的三大法宝：统一战线、武装斗争、党的建设。";
    const points = extractEnumerations(text);
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ kind: "enumeration", text: "新民主主义革命的三大法宝", answer: "统一战线、武装斗争、党的建设", items: ["统一战线", "武装斗争", "党的建设"] });
    expect(text.slice(points[0]!.start, points[0]!.end)).toBe("统一战线、武装斗争、党的建设");
  });
  it("reads a note's line whose items are joined by ， among the lines of a passage", () => {
    const text = "毛泽东思想的主要内容；活的灵魂：实事求是，群众路线，独立自主；四个自信：道路自信，理论自信，制度自信，文化自信";
    const points = extractEnumerations(text);
    expect(points.map((point) => point.items)).toEqual([["实事求是", "群众路线", "独立自主"], ["道路自信", "理论自信", "制度自信", "文化自信"]]);
    // An uncounted label says what the line is about; only a counted one names the set.
    expect(points.map((point) => point.text)).toEqual(["实事求是，群众路线，独立自主", "四个自信"]);
    expect(text.slice(points[1]!.start, points[1]!.end)).toBe("道路自信，理论自信，制度自信，文化自信");
  });
  it("leaves lines that are no set: a count that does not match, two items under a topic, clauses, symbols, mixed separators", () => {
    expect(extractEnumerations("三大法宝：统一战线，武装斗争").filter((point) => point.items?.includes("武装斗争") && point.text === "三大法宝")).toEqual([]);
    expect(extractEnumerations("经济：小农经济，土地所有制")).toEqual([]);
    expect(extractEnumerations("结论：社会主义的本质，是解放生产力，发展生产力，消灭剥削，消除两极分化，最终达到共同富裕")).toEqual([]);
    expect(extractEnumerations("社会：族权+政权，核心是宗族家长制，宗法")).toEqual([]);
    expect(extractEnumerations("政治纲领：“驱除鞑虏，恢复中华，创立民国，平均地权”")).toEqual([]);
    expect(extractEnumerations("活的灵魂：实事求是，群众路线、独立自主").filter((point) => point.text === "实事求是，群众路线、独立自主")).toEqual([]);
  });
  it("finds 四风 with its four items", () => {
    const text = "针对我党目前所存在的形式主义、官僚主义、享乐主义、奢靡之风等四风问题，我们要深入解析。";
    const [point] = extractEnumerations(text);
    expect(point).toMatchObject({ text: "四风", items: ["形式主义", "官僚主义", "享乐主义", "奢靡之风"] });
    expect(text.slice(point!.start, point!.end)).toBe("形式主义、官僚主义、享乐主义、奢靡之风");
  });
  it("names a list by the subject before 包括 and checks the count", () => {
    const [point] = extractEnumerations("六维动力机制包括理论导向力、目标指引力、根本推动力、内在驱动力、外部驱动力和原动力六个方面。");
    expect(point?.text).toBe("六维动力机制");
    expect(point?.items).toHaveLength(6);
  });
  it("finds the short names a regulation numbers （一）…（二）…, but not numbered provisions", () => {
    const [point] = extractEnumerations("第七条 对党组织的问责方式包括：（一）检查。对履行职责不力、情节较轻的，应当责令其作出书面检查。（二）通报。对履行职责不力、情节较重的，应当责令整改。（三）改组。对失职失责、严重违反党的纪律的，应当予以改组。");
    expect(point?.items).toEqual(["检查", "通报", "改组"]);
    expect(extractEnumerations("巡视组应当了解：（一）违反政治纪律和政治规矩的问题；（二）违反廉洁纪律，以权谋私、贪污贿赂的问题。")).toEqual([]);
  });

  it("cuts the last item where its siblings end when it runs on into the predicate", () => {
    const [point] = extractEnumerations("维护党的政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律不力，导致违规违纪行为多发。");
    expect(point?.items).toEqual(["政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律"]);
    expect(point?.answer).toBe("政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律");
  });

  it("finds 一是…二是… items", () => {
    const [point] = extractEnumerations("政党有两个作用：一是充当沟通群众与政府联系的桥梁。二是充当代表群众参与政治的工具。");
    expect(point?.items).toEqual(["充当沟通群众与政府联系的桥梁", "充当代表群众参与政治的工具"]);
  });
  it("rejects a counted list whose count does not match", () => {
    expect(extractEnumerations("形式主义、官僚主义等三风问题要解决。")).toEqual([]);
  });
  it("finds nothing in a sentence without a list", () => {
    expect(extractEnumerations("党群关系是中国政治生活中最重要的关系。")).toEqual([]);
  });
});

describe("extractDefinitions", () => {
  it("finds X指的是Y, X是一种Y and 所谓X，就是Y", () => {
    const text = "党群关系指的是政党与人民群众之间的关系。官僚主义是一种脱离群众的思想作风。所谓宗旨，就是根本的目的和意图。";
    const found = extractDefinitions(text);
    expect(found.map((point) => point.text)).toEqual(["党群关系", "官僚主义", "宗旨"]);
    for (const point of found) expect(text.slice(point.start, point.end)).toBe(point.answer);
  });
  it("ignores sentences whose subject is not a term", () => {
    expect(extractDefinitions("我们必须从执政的高度来重视这个问题。党员干部是否心里装着群众，是关键。")).toEqual([]);
  });
  it("takes no person's name for a term, and no definition that ends on its own term", () => {
    expect(extractDefinitions("列宁是根据这样的调查和研究来写文章做工作的。雷锋是全国人民学习的好榜样。")).toEqual([]);
    expect(extractDefinitions("列宁主义是帝国主义和无产阶级革命时代的马克思主义。").map((point) => point.text)).toEqual(["列宁主义"]);
    // jieba tags 纪律严明 nr: four characters are no person's name.
    expect(extractDefinitions("纪律严明是全党统一意志、统一行动、步调一致前进的重要保障，是党内政治生活的重要内容。").map((point) => point.text)).toEqual(["纪律严明"]);
    expect(extractDefinitions("这里所讲的分析过程，是指系统的周密的分析过程。")).toEqual([]);
    expect(extractDefinitions("这里所讲的调查研究，是指系统的周密的了解和分析。").map((point) => point.text)).toEqual(["调查研究"]);
  });
  it("takes X即Y, not the 即 of 即时 or 即将 (综合运用即时清理 defines nothing)", () => {
    expect(extractDefinitions("党的纪律即党的各级组织和全体党员必须遵守的行为规则。").map((point) => point.text)).toEqual(["党的纪律"]);
    expect(extractDefinitions("综合运用即时清理、集中清理、专项清理等多种方式，解决党内法规中的问题。")).toEqual([]);
  });
  it("takes a term set apart for its definition (所谓“X”，是指; X，是指) whatever its words, and a regulation's term without 第…条 本条例所称 (stop 28)", () => {
    const text = "所谓“逐个审查”，是指对所有党员都要审查其是否符合党员条件的活动。自然免职，是指相关党内职务自然免除。";
    const found = extractDefinitions(text);
    expect(found.map((point) => point.text)).toEqual(["逐个审查", "自然免职"]);
    for (const point of found) expect(text.slice(point.start, point.end)).toBe(point.answer);
    expect(extractDefinitions("第四十条 本条例所称主动交代，是指涉嫌违纪的党员在组织初步核实前向有关组织交代自己的问题。").map((point) => point.text)).toEqual(["主动交代"]);
    // Without the setting apart, a verb is still no term (解散是指… is not taken; 解散，是指… is).
    expect(extractDefinitions("解散是指上一级党的组织决定取消该党组织。")).toEqual([]);
    expect(extractDefinitions("解散，是指上一级党的组织决定取消该党组织。").map((point) => point.text)).toEqual(["解散"]);
  });
  it("leaves a pointer back into the text (这里所谓的, 此处所说的) out of the term", () => {
    const text = "这里所谓的直接责任人员，是指在职责范围内直接决定违规发放津贴补贴的人员。";
    expect(extractDefinitions(text).map((point) => point.text)).toEqual(["直接责任人员"]);
    expect(extractDefinitions("此处所说的四风，是指形式主义、官僚主义、享乐主义和奢靡之风。").map((point) => point.text)).toEqual(["四风"]);
  });
});

describe("extractNumbers", () => {
  it("finds dates and quantities with the clause they measure", () => {
    const text = "虽然政党执政在世界上已有300多年的历史，但并非如此。早在1956年，毛泽东就提出了这个问题。";
    expect(extractNumbers(text).map((point) => [point.answer, point.text])).toEqual([
      ["300多年", "虽然政党执政在世界上已有300多年的历史"],
      ["1956年", "早在1956年"],
    ]);
  });
  it("takes 个月 and 小时 whole, not 个 alone (于2个月内, not 于2个 + 月内)", () => {
    expect(extractNumbers("被巡视党组织应当于2个月内报送整改情况报告。").map((point) => point.answer)).toEqual(["2个月"]);
    expect(extractNumbers("每次会议一般不超过3小时。").map((point) => point.answer)).toEqual(["3小时"]);
  });
  it("takes periods and counts in Chinese numerals as regulations write them, not ordinals, names or the 一年 of 一年半", () => {
    const found = (text: string) => extractNumbers(text).map((point) => point.answer);
    expect(found("党员受到开除党籍处分，五年内不得重新入党。")).toEqual(["五年"]);
    expect(found("留党察看处分，分为留党察看一年、留党察看二年。")).toEqual(["一年", "二年"]);
    expect(found("一般应当在三个月内办结，由两人以上进行。")).toEqual(["三个月", "两人"]);
    expect(found("受到严重警告处分一年半内，不得提拔。")).toEqual([]);
    expect(found("反对四风，坚持四项基本原则和三个代表，一次性解决，第二年起实施。")).toEqual([]);
  });
  it("skips numbers inside a book title", () => {
    expect(extractNumbers("见《2010年政府工作报告》。")).toEqual([]);
  });
});

describe("terms", () => {
  it("discovers recurring terms that the dictionary splits, such as 四风", () => {
    const texts = ["反对四风是重点。", "四风问题要解决。", "反四风要坚持。", "狠刹四风。", "执政为民是核心。"];
    expect(discoverDomainTerms(texts)).toContain("四风");
  });
  it("does not take a word that occurs once for a term", () => {
    expect(discoverDomainTerms(["群众路线教育实践活动开展得很好。"])).toEqual([]);
  });
  it("splits a keyword list with and without separators", () => {
    expect(extractKeywordListTerms({ id: "p", text: "党群关系；制度建设；工作方法" }).map((point) => point.text)).toEqual(["党群关系", "制度建设", "工作方法"]);
    const glued = "党群关系全心全意人民群众";
    const points = extractKeywordListTerms({ id: "p", text: glued });
    expect(points.map((point) => point.text).slice(0, 2)).toEqual(["党群关系", "全心全意"]);
    for (const point of points) expect(glued.slice(point.start, point.end)).toBe(point.text);
  });
});

describe("enumeration items that open with 与/和", () => {
  it("keep an idiom that starts with the character (与时俱进) whole, and drop a conjunction that is a word of its own (及制度建设)", () => {
    const [idioms] = extractEnumerations("坚持解放思想、实事求是、与时俱进、求真务实，坚持理论联系实际。");
    expect(idioms?.items).toContain("与时俱进");
    expect(idioms?.items).not.toContain("时俱进");
    const [joined] = extractEnumerations("党的建设主要包括思想建设、组织建设、作风建设、及制度建设。");
    expect(joined?.items).toEqual(["思想建设", "组织建设", "作风建设", "制度建设"]);
  });
});

describe("extractHeadingLists", () => {
  const section = (numbering: string, title: string, sections: Section[] = []): Section => ({ id: `${numbering}${title}`, title, numbering, implicit: false, passages: [], sections });
  const listsOf = (sections: Section[]) => extractHeadingLists(sections).map((list) => [list.section.title, list.items]);

  it("takes numbered subsections counting from one as the heading's list", () => {
    expect(listsOf([section("一、", "改善党群关系的措施", [section("1、", "加强思想教育"), section("2、", "保障改善民生"), section("3、", "改进工作方法")])])).toEqual([
      ["改善党群关系的措施", ["加强思想教育", "保障改善民生", "改进工作方法"]],
    ]);
  });

  it("takes no list with a gap in its numbers: an item read as prose would be missing from the key", () => {
    expect(listsOf([section("一、", "代表人民与服务人民", [section("1、", "甲项"), section("2、", "乙项"), section("4、", "丁项"), section("5、", "戊项")])])).toEqual([]);
  });

  it("gives an unnumbered line no run in its own level's style (三、四、 beside 一、), nor a numbered heading the run it opens (2. 3. under 1.)", () => {
    const beside = [section("一、", "党的宗旨是确定党的性质的价值导向"), section("", "贯彻党的宗旨的观念前提和决定性", [section("三、", "代表人民与服务人民"), section("四、", "在人民群众的实践中检验和发展")])];
    expect(listsOf(beside)).toEqual([]);
    expect(listsOf([section("二、", "历史演变", [section("1.", "早期萌芽阶段", [section("2.", "逐步完善阶段"), section("3.", "体系成熟阶段")])])])).toEqual([]);
  });

  it("takes no list of the items a speech's turn to its audience announces under the heading before it", () => {
    const heading = section("（九）", "着力促进高质量发展和高水平安全良性互动", [section("1.", "医疗卫生方面"), section("2.", "养老帮困方面"), section("3.", "关爱儿童方面")]);
    heading.passages = [{ id: "p1", text: "防范化解重点领域风险。健全地方金融风险防控体系。" } as Section["passages"][number]];
    expect(listsOf([heading])).toEqual([["着力促进高质量发展和高水平安全良性互动", ["医疗卫生方面", "养老帮困方面", "关爱儿童方面"]]]);
    heading.passages.push({ id: "p2", text: "各位代表！今年我们要继续认真办好三方面民生实事，坚决做到言必信、行必果。" } as Section["passages"][number]);
    expect(listsOf([heading])).toEqual([]);
  });

  it("still takes the parts an address leads when it is the heading's only text or announces no such count", () => {
    const parts = () => [section("（一）", "努力在推进创新驱动发展中闯出新路子"), section("（二）", "努力在推进全面绿色转型中实现新突破")];
    const only = section("二、", "主要目标任务", parts());
    only.passages = [{ id: "p1", text: "各位代表！未来五年是河北发展的关键期。实现上述目标，必须撸起袖子加油干。" } as Section["passages"][number]];
    expect(listsOf([only])).toEqual([["主要目标任务", ["努力在推进创新驱动发展中闯出新路子", "努力在推进全面绿色转型中实现新突破"]]]);
    const uncounted = section("二、", "主要目标任务", parts());
    uncounted.passages = [{ id: "p1", text: "今后五年是关键期。" }, { id: "p2", text: "各位代表！实现上述目标，必须撸起袖子加油干。" }] as Section["passages"];
    expect(listsOf([uncounted])).toHaveLength(1);
  });

  it("takes a run that starts past one in a style of its own (a regulation numbers its rules on across its parts)", () => {
    expect(listsOf([section("二、", "规范出访活动", [section("11.", "合理安排出访"), section("12.", "控制随行人员"), section("13.", "规范乘机安排")])])).toEqual([
      ["规范出访活动", ["合理安排出访", "控制随行人员", "规范乘机安排"]],
    ]);
  });
});

describe("extractHeadingLists: runs and rule names that are not the heading's (stop 32)", () => {
  const section = (numbering: string, title: string, sections: Section[] = []): Section => ({ id: `${numbering}${title}`, title, numbering, implicit: false, passages: [], sections });
  const listsOf = (sections: Section[]) => extractHeadingLists(sections).map((list) => [list.section.title, list.items]);

  it("gives no line the decimal run past one below it (3.2 3.3 are heading 3's parts, not the line's)", () => {
    expect(listsOf([section("", "生产社会化与生产资料资本主义私人占有之间的矛盾", [section("3.2", "经济危机"), section("3.3", "经济全球化")])])).toEqual([]);
    expect(listsOf([section("", "对外开放的机遇与挑战", [section("2.4", "贸易保护主义"), section("2.5", "金融风险")])])).toEqual([]);
    expect(listsOf([section("3", "资本主义原理", [section("3.1", "资本主义基本矛盾"), section("3.2", "经济危机")])])).toEqual([["资本主义原理", ["资本主义基本矛盾", "经济危机"]]]);
  });

  it("gives an unnumbered line no run past one whose number just before came earlier (11 12 after a 10 elsewhere)", () => {
    const earlier = section("", "危险", [section("10", "四个全面：全面建成小康社会的内涵")]);
    const line = section("", "领域全面：（五位一体）", [section("11", "四个全面：全面深化改革的总目标"), section("12", "外交：构建人类命运共同体思想的科学内涵")]);
    expect(listsOf([earlier, line])).toEqual([]);
    // A numbered part's run stays its list (a regulation numbers its rules on across its parts).
    const parts = [section("一、", "总体要求", [section("9.", "甲"), section("10.", "乙")]), section("二、", "规范出访活动", [section("11.", "合理安排出访"), section("12.", "控制随行人员")])];
    expect(listsOf(parts)).toEqual([["总体要求", ["甲", "乙"]], ["规范出访活动", ["合理安排出访", "控制随行人员"]]]);
  });

  it("runs an article's rule name on to the act when its lead ends on a means (利用职务之便，谋取…)", () => {
    const chapter = section("第一章", "廉洁履行职责行为规范");
    chapter.passages = [
      { id: "p1", text: "第一条 禁止滥用职权，侵害群众合法权益。不准有下列行为：" },
      { id: "p2", text: "第二条 禁止利用职务之便，谋取不正当利益。不准有下列行为：" },
      { id: "p3", text: "第三条 禁止以帮扶为名，收受群众财物。不准有下列行为：" },
    ] as Section["passages"];
    expect(listsOf([chapter])).toEqual([["廉洁履行职责行为规范", ["禁止滥用职权", "禁止利用职务之便谋取不正当利益", "禁止以帮扶为名收受群众财物"]]]);
  });
});

describe("extractAnnouncedLists (stop 28)", () => {
  const sectionOf = (paragraphs: string[]): Section => ({
    id: "sec",
    title: "讲话",
    numbering: "",
    implicit: true,
    passages: paragraphs.map((text, at) => ({ id: `psg_${at}`, kind: "prose", text, sentences: [] })),
    sections: [],
  });
  const listsOf = (paragraphs: string[]) => extractAnnouncedLists([sectionOf(paragraphs)]).map((list) => [list.label, list.items, list.passage.id]);

  it("takes a counted name a paragraph announces and the paragraphs that open 一是…二是… as its items", () => {
    expect(
      listsOf([
        "在这一背景下，关键是要树立以下四个教育理念，以最大的合力，促进学校持续健康发展。",
        "一是要树立发展以质量为本的理念。质量是学校的立身之本。",
        "二是要树立教育以育人为本的理念。教育影响一个人的一生。",
        "三是要树立办学以人才为本的理念。教师是教育的第一资源。",
        "四是要树立管理以人文为本的理念。管理实质是管人的艺术。",
      ]),
    ).toEqual([["四个教育理念", ["树立发展以质量为本的理念", "树立教育以育人为本的理念", "树立办学以人才为本的理念", "树立管理以人文为本的理念"], "psg_0"]]);
  });

  it("reads a first item glued to the announcement after its colon (…以下“四种意识”：一要…)", () => {
    expect(
      listsOf([
        "希望全体教师要进一步强化以下“四种意识”：一要进一步强化规范意识。教育工作一定要讲规范。",
        "二要进一步强化质量意识。质量是教育的生命线。",
        "三要进一步强化品牌意识。要依名城、办名校。",
        "四要进一步强化大局意识。讲大局，就是小局服从大局。",
      ]),
    ).toEqual([["四种意识", ["进一步强化规范意识", "进一步强化质量意识", "进一步强化品牌意识", "进一步强化大局意识"], "psg_0"]]);
  });

  it("takes no list whose count differs from its paragraphs, nor one named only by 方面/要求", () => {
    expect(listsOf(["我讲三点意见。", "一是要提高认识。认识到位才能行动到位。", "二是要狠抓落实。"])).toEqual([]);
    expect(listsOf(["在以下两个方面走在全省前列。", "一是高考成绩走在全省前列。", "二是学科竞赛走在全省前列。"])).toEqual([]);
  });
});
