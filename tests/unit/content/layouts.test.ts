import iconv from "iconv-lite";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { buildCourse } from "@/lib/content/build-course";
import { cleanText } from "@/lib/content/cleaning/clean-text";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { ingestDocument } from "@/lib/content/ingest/ingest-document";
import { inspectDocument, type InspectedDocument, type InspectedSection } from "@/lib/content/inspect-document";
import type { BuiltCourse } from "@/lib/content/types";
import { allPassages, allSections } from "./build-helpers";
import { passageTexts } from "./inspected-text";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function build(fileName: string, text: string | Uint8Array): Promise<BuiltCourse> {
  const bytes = typeof text === "string" ? utf8(text) : text;
  return buildCourse({ title: "测试课程", description: "测试", documents: [{ path: fileName }] }, [{ path: fileName, bytes }]);
}

function sectionTitles(document: InspectedDocument): string[] {
  const visit = (section: InspectedSection): string[] => [section.title, ...section.sections.flatMap(visit)];
  return document.modules.flatMap((module) => [module.title, ...module.sections.flatMap(visit)]);
}

/** Sentences of a source, compared without spacing: each must land in exactly one passage. */
function sentencesOf(text: string): string[] {
  return (text.replace(/\s+/g, "").match(/[^。！？；：]+[。！？；：]/g) ?? []).filter((sentence) => sentence.length > 4);
}

const REGULATION = [
  "###  中国共产党某某工作条例",
  "",
  "",
  "第一章 总 则",
  "",
  "第一条　为规范某某工作，根据《中国共产党章程》，制定本条例。",
  "",
  "第二条　某某工作坚持党的领导，坚持实事求是。",
  "",
  "开展某某工作的党组织承担主体责任。",
  "",
  "第二章 机构和职责",
  "",
  "第三条 某某工作领导小组的职责是：",
  "",
  "（一）贯彻党中央有关决议、决定；",
  "",
  "（二）研究提出工作规划和年度计划；",
  "",
  "（三）研究处理工作中的其他重要事项。",
  "",
  "第四条 党员享有下列权利：",
  "",
  "（一）参加党的有关会议，阅读党的有关文件；",
  "",
  "（二）在党的会议上参加讨论。",
  "",
  "对党组织的问责方式包括：",
  "",
  "（一）检查。对履行职责不力、情节较轻的，应当责令其作出书面检查。",
  "",
  "（二）通报。对履行职责不力、情节较重的，应当责令整改。",
  "",
  "第五条 本条例自发布之日起施行。",
].join("\n");

describe("legal texts", () => {
  it("make each article, with its paragraphs and items, one passage that starts with its number", async () => {
    const document = await inspectDocument("tiaoli.md", utf8(REGULATION));
    const passages = passageTexts(document);
    expect(passages.map((text) => /^第[一二三四五六七八九十]+条/.exec(text)?.[0])).toEqual(["第一条", "第二条", "第三条", "第四条", "第五条"]);
    expect(passages[1]).toContain("开展某某工作的党组织承担主体责任。");
    expect(passages[2]).toMatch(/^第三条 某某工作领导小组的职责是：（一）贯彻.*（三）研究处理工作中的其他重要事项。$/);
    expect(passages[3]).toContain("（一）检查。对履行职责不力");
  });

  it("make chapters sections, never turn an article, an item or a list lead into a title", async () => {
    const document = await inspectDocument("tiaoli.md", utf8(REGULATION));
    expect(document.title).toBe("中国共产党某某工作条例");
    expect(document.modules).toHaveLength(1);
    expect(document.modules[0]!.sections.map((section) => section.title)).toEqual(["总则", "机构和职责"]);
    for (const title of sectionTitles(document)) expect(title).not.toMatch(/^第.+条|是$|下列|包括|检查|通报|贯彻/);
  });

  it("need articles numbered in sequence: prose citing two articles keeps its paragraphs apart", async () => {
    const prose = ["学习党章的体会", "第一条规定了党的性质，这是我们理解党章的起点。", "学习中我们讨论了党的性质和宗旨。", "第十条讲的是民主集中制，要在实践中坚持。", "大家一致认为要把学习成果转化为实际行动。"].join("\n");
    const document = await inspectDocument("tihui.txt", utf8(prose));
    expect(passageTexts(document)).toHaveLength(4);
  });

  it("end an article at the title of the next text printed over its first chapter, never glue the title to the article", async () => {
    const second = ["某某工作配合规定", "", "第一章 总 则", "", "第一条 为做好配合工作，制定本规定。", "", "第二条 被检查单位应当如实报告情况。"].join("\n");
    const document = await inspectDocument("tiaoli.md", utf8(`${REGULATION}\n\n${second}`));
    const passages = passageTexts(document);
    expect(passages.find((text) => text.startsWith("第五条"))).toBe("第五条 本条例自发布之日起施行。");
    expect(passages.join("")).not.toContain("某某工作配合规定");
    expect(passages.filter((text) => text.startsWith("第一条"))).toHaveLength(2);
  });

  it("keep a short line inside an article that no first chapter follows", async () => {
    const text = REGULATION.replace("第五条 本条例自发布之日起施行。", "第五条 本条例自发布之日起施行。\n\n附件清单\n\n第二章 附则\n\n第六条 本条例由中央负责解释。");
    const document = await inspectDocument("tiaoli.md", utf8(text));
    expect(passageTexts(document).find((text) => text.startsWith("第五条"))).toContain("附件清单");
  });

  it("lose no sentence of the source", async () => {
    const document = await inspectDocument("tiaoli.md", utf8(REGULATION));
    const passages = passageTexts(document).map((text) => text.replace(/\s+/g, ""));
    for (const sentence of sentencesOf(REGULATION.replace(/^#.*$/m, "").replace(/^第.章.*$/gm, ""))) {
      expect(passages.filter((text) => text.includes(sentence.replace(/^第.+条/, ""))), sentence).toHaveLength(1);
    }
  });
});

describe("Markdown in any text file", () => {
  it("gives a GBK .txt copy of a Markdown document the structure of the .md, without markup", async () => {
    const gbk = new Uint8Array(iconv.encode(REGULATION, "gbk"));
    const [fromTxt, fromMd] = await Promise.all([inspectDocument("tiaoli.txt", gbk), inspectDocument("tiaoli.md", utf8(REGULATION))]);
    // What a learner gets is the same; only how the file was named and encoded differs.
    const structure = ({ fileName: _name, format: _format, encoding: _encoding, ...rest }: typeof fromTxt) => rest;
    expect(structure(fromTxt)).toEqual(structure(fromMd));
    for (const text of [...sectionTitles(fromTxt), ...passageTexts(fromTxt)]) expect(text).not.toMatch(/#|\*\*/);
  });

  it("reads bold-line headings, drops reference lists and link-only lines, keeps a list with its lead", async () => {
    const markdown = [
      "# 八项规定学习要点",
      "",
      "注：[相关说明](home/notes.md)",
      "",
      "**一、基本内容**",
      "",
      "八项规定是改进工作作风、密切联系群众的规定，旨在遏制奢靡之风。",
      "",
      "常见的违规行为包括：",
      "",
      "- 超标准接待、就餐、住宿",
      "- 公款送礼、发放购物卡",
      "",
      "**二、相关法规**",
      "",
      "- [中国共产党廉洁自律准则](doc/01.md)",
      "- [党政机关厉行节约反对浪费条例](doc/02.md)",
      "- 中国共产党问责条例",
    ].join("\n");
    const document = await inspectDocument("notes.txt", utf8(markdown));
    expect(document.title).toBe("八项规定学习要点");
    expect(sectionTitles(document)).toEqual(["八项规定学习要点", "基本内容"]);
    const passages = passageTexts(document);
    expect(passages).toContain("常见的违规行为包括：超标准接待、就餐、住宿；公款送礼、发放购物卡。");
    expect(passages.join("")).not.toMatch(/相关说明|廉洁自律准则|问责条例|\]\(|\*\*/);
  });

  it("nests a run of three marked headings over text, so the first titles a section rather than being a passage", async () => {
    const markdown = [
      "# 新民主主义革命理论复习笔记",
      "## 革命道路",
      "中国革命走农村包围城市、武装夺取政权的道路。",
      "土地革命是民主革命的基本内容。",
      "## 三大法宝",
      "### 统一战线",
      "#### 必要性",
      "统一战线是由社会的阶级状况所决定的。",
      "#### 可能性",
      "诸多矛盾交织在一起，客观上提供了可能性。",
    ].join("\n\n");
    const document = await inspectDocument("notes.md", utf8(markdown));
    expect(passageTexts(document)).not.toContain("三大法宝");
    const top = document.modules[0]!.sections.find((section) => section.title === "三大法宝");
    expect(top?.sections.map((section) => section.title)).toEqual(["统一战线"]);
    expect(top?.sections[0]!.sections.map((section) => section.title)).toEqual(["必要性", "可能性"]);
  });

  it("leaves the first of three short unmarked lines in a row as text: only the source's own marks make a run of titles", async () => {
    const text = ["新民主主义革命理论复习笔记", "中国革命走农村包围城市、武装夺取政权的道路。", "土地革命是民主革命的基本内容。", "统一战线", "武装斗争", "党的建设", "这是中国革命的三大法宝，是战胜敌人的主要武器。"].join("\n\n");
    const document = await inspectDocument("notes.txt", utf8(text));
    expect(passageTexts(document)).toContain("统一战线");
  });

  it("recognises Markdown by one unambiguous sign: bold-line headings or a link", async () => {
    const bold = ["**一、总体要求**", "坚持党的全面领导。", "**二、主要任务**", "加强基层组织建设。"].join("\n");
    expect((await ingestDocument("a.txt", utf8(bold))).text.split(/\n+/)).toEqual(["一、总体要求", "坚持党的全面领导。", "二、主要任务", "加强基层组织建设。"]);
    const link = "学习资料见[党章全文](http://example.com/dangzhang)，请认真阅读。";
    expect((await ingestDocument("b.txt", utf8(link))).text).toBe("学习资料见党章全文，请认真阅读。");
    const plain = "坚持党的全面领导[3](422)，2*3=6 不是 Markdown。";
    expect((await ingestDocument("c.txt", utf8(plain))).markup).toBe("plain");
  });

  it("reads Setext headings and a YAML front matter title", async () => {
    const markdown = ["---", "title: 学习笔记", "date: 2026-03-30", "---", "", "一、主要精神", "======", "", "全面从严治党永远在路上。"].join("\n");
    const { text, markup } = await ingestDocument("notes.txt", utf8(markdown));
    expect(markup).toBe("markdown");
    expect(text.split(/\n+/)).toEqual(["日期：2026-03-30", "学习笔记", "一、主要精神", "全面从严治党永远在路上。"]);
    const course = await build("notes.txt", markdown);
    expect(course.reports[0]!.metadata).toEqual({ title: "学习笔记", date: "2026-03-30" });
    expect(course.modules[0]!.title).toBe("学习笔记");
  });

  it("reduces HTML pasted into a .txt file to its text, tables as rows", async () => {
    const html = "<html><body><h2>学习安排</h2><p>全体党员参加集中学习。</p><p>学习内容如下。</p><table><tr><th>时间</th><th>内容</th></tr><tr><td>3月</td><td>学习党章</td></tr></table><script>var x = 1;</script></body></html>";
    const { text, markup } = await ingestDocument("page.txt", utf8(html));
    expect(markup).toBe("html");
    expect(text.split(/\n+/)).toEqual(["学习安排", "全体党员参加集中学习。", "学习内容如下。", "时间：3月；内容：学习党章。"]);
  });
});

describe("front matter", () => {
  const REPORT = ["版次：头版（v1）", "日期：2026-03-30", "作者：张三", "来源：人民日报", "", "全面从严治党取得新成效", "", "本报记者 李四 王五", "", "党的十八大以来，全面从严治党取得历史性成就。", "", "各级党组织认真落实主体责任。", "", "责任编辑：赵六"].join("\n");

  it("is metadata, not content: no key：value line, byline or date becomes a title or a passage", async () => {
    const document = await inspectDocument("report.txt", utf8(REPORT));
    expect(document.title).toBe("全面从严治党取得新成效");
    expect(sectionTitles(document)).toEqual(["全面从严治党取得新成效", "全面从严治党取得新成效"]);
    expect(passageTexts(document)).toEqual(["党的十八大以来，全面从严治党取得历史性成就。", "各级党组织认真落实主体责任。"]);
  });

  it("keeps title, date, author and source as document metadata", async () => {
    const course = await build("report.txt", REPORT);
    expect(course.reports[0]!.metadata).toEqual({ title: "全面从严治党取得新成效", date: "2026-03-30", author: "张三", source: "人民日报" });
    expect(course.reports[0]!.cleaning.metadata).toBeGreaterThanOrEqual(6);
  });

  it("drops bylines but keeps a title or sentence that merely starts with 记者 or names a date", () => {
    const lines = ["本报记者 李四 王五", "本报记者张三", "（记者 王五）", "文/赵六", "（王希鹏 作者单位：中国纪检监察学院）", "王正谱作政府工作报告。本报记者 霍艳恩摄", "记者节的由来", "2026年3月5日，全市召开党建工作会议。"];
    expect(dropDocumentMetadata.apply(lines).lines).toEqual(["记者节的由来", "2026年3月5日，全市召开党建工作会议。"]);
  });

  it("keeps a 文号 line and a closing author credit as metadata, not text", async () => {
    const text = ["关于加强基层党组织建设的通知", "", "中办发〔2024〕12号", "", "各级党组织要认真贯彻落实本通知精神。", "", "基层党组织是党的全部工作和战斗力的基础。", "", "（作者：王臻 单位：河南省纪委监委）"].join("\n");
    const course = await build("tongzhi.txt", text);
    expect(course.reports[0]!.metadata).toEqual({ title: "关于加强基层党组织建设的通知", documentNumber: "中办发〔2024〕12号", author: "王臻，河南省纪委监委" });
    expect(allPassages(course).map(({ passage }) => passage.text).join("")).not.toMatch(/中办发|作者/);
  });

  it("takes a credit run onto the last paragraph (…严肃性。（崔利民）) as the author, not text; an editorial mark stays", async () => {
    const text = ["如何把好纪律处分执行关", "", "纪律处分决定作出后，必须严格执行。", "", "要加强督促检查，确保处分决定执行到位，维护党纪的严肃性。（崔利民）"].join("\n");
    const course = await build("chufen.txt", text);
    expect(course.reports[0]!.metadata?.author).toBe("崔利民");
    expect(allPassages(course).map(({ passage }) => passage.text).at(-1)).toBe("要加强督促检查，确保处分决定执行到位，维护党纪的严肃性。");
    const marked = ["如何把好纪律处分执行关", "", "纪律处分决定作出后，必须严格执行。（全文完）"].join("\n");
    expect((await build("chufen.txt", marked)).reports[0]!.metadata?.author).toBeUndefined();
  });

  it("drops a record's code under a label near the top (项目编号:XSB001), which is neither a title nor text", async () => {
    const text = ["中国能建召开专题民主生活会", "项目编号:XSB001", "索引号：000014349/2013-00123", "2013-11-29", "11月4日至5日，中国能建召开领导班子专题民主生活会。", "", "班子成员按照总要求，积极开展批评与自我批评。"].join("\n");
    const document = await inspectDocument("hui.txt", utf8(text));
    expect(sectionTitles(document).join("")).not.toMatch(/编号|索引号/);
    expect(passageTexts(document).join("")).not.toMatch(/XSB001|000014349/);
    expect(passageTexts(document)[0]).toBe("11月4日至5日，中国能建召开领导班子专题民主生活会。");
  });

  it("reads the issuing body and date of an adoption note", async () => {
    const text = ["关于新形势下党内政治生活的若干准则", "", "(2016年10月27日中国共产党第十八届中央委员会第六次全体会议通过)", "", "办好中国的事情，关键在党。", "", "开展严肃认真的党内政治生活，是我们党的优良传统。"].join("\n");
    const course = await build("zhunze.md", text);
    expect(course.reports[0]!.metadata).toEqual({ title: "关于新形势下党内政治生活的若干准则", date: "2016年10月27日", issuer: "中国共产党第十八届中央委员会第六次全体会议" });
    expect(allPassages(course).map(({ passage }) => passage.text).join("")).not.toContain("通过");
  });

  it("reads an effective date as a date, not 起 as the issuer", async () => {
    for (const note of ["（2019.1.1起施行）", "（自2019年1月1日起施行）"]) {
      const course = await build("guize.txt", ["监督执纪工作规则", note, "第一条 为了规范监督执纪工作，制定本规则。", "第二条 本规则适用于各级纪检监察机关。", "第三条 本规则自发布之日起施行。"].join("\n"));
      expect(course.reports[0]!.metadata?.issuer, note).toBeUndefined();
      expect(course.reports[0]!.metadata?.date, note).toMatch(/^2019/);
    }
  });

  it("reads an adoption note a printed page wrapped over two lines, issuing body and date from its last step", async () => {
    const text = ["主体责任规定", "（2020年2月26日中共中央政治局常委会会议审议批准", "2020年3月9日中共中央办公厅发布）", "第一条 为了落实主体责任，制定本规定。", "第二条 本规定适用于地方党委。", "第三条 本规定自发布之日起施行。"].join("\n");
    const course = await build("guiding.txt", text);
    expect(course.reports[0]!.metadata).toMatchObject({ date: "2020年3月9日", issuer: "中共中央办公厅" });
    expect(allPassages(course).map(({ passage }) => passage.text).join("")).not.toMatch(/审议批准|发布）/);
  });
});

describe("speeches", () => {
  it("never take a salutation as the title; it opens the first paragraph", async () => {
    const speech = ["在全市党建工作会议上的讲话", "——2026年3月5日在全市党建工作会议上", "同志们：", "今天召开全市党建工作会议，主要任务是总结工作、部署任务。", "一、充分肯定成绩", "过去一年，全市党建工作取得新进展。"].join("\n");
    const document = await inspectDocument("shijiuda.txt", utf8(speech));
    expect(document.title).toBe("在全市党建工作会议上的讲话");
    expect(sectionTitles(document)).not.toContain("同志们");
    expect(passageTexts(document)[0]).toBe("同志们：今天召开全市党建工作会议，主要任务是总结工作、部署任务。");
    expect((await build("shijiuda.txt", speech)).reports[0]!.metadata).toEqual({ title: "在全市党建工作会议上的讲话", date: "2026年3月5日" });
  });

  it("without a title line, take neither the salutation nor a sentence as the title", async () => {
    const speech = ["各位代表：", "现在，我代表市人民政府，向大会报告工作，请予审议。", "过去一年，我们坚持稳中求进工作总基调。"].join("\n");
    const document = await inspectDocument("material.txt", utf8(speech));
    expect(document.title).toBe("material");
    expect(sectionTitles(document).join("")).not.toContain("各位代表");
  });
});

describe("documents without a title line", () => {
  it("are titled by the clause after a short opener when it names a subject", async () => {
    const text = ["当前，行受贿方式越发隐蔽，新型腐败和隐性腐败逐渐增多。", "", "笔者在实践中遇到这样一起案例。甲系某国有金融机构负责人。"].join("\n");
    expect((await inspectDocument("fangdai.md", utf8(text))).title).toBe("行受贿方式越发隐蔽");
  });

  it("are titled by their first title line when the opening clauses name none", async () => {
    const text = ["当前，随着监察体制改革不断深入，各级纪委监委时常遇到这类案件。", "", "巨额财产来源不明的数额计算", "", "巨额财产来源不明罪是指国家工作人员的财产明显超过合法收入，差额巨大且不能说明来源。"].join("\n");
    expect((await inspectDocument("shue.md", utf8(text))).title).toBe("巨额财产来源不明的数额计算");
  });

  it("never take a drawing's credit under a picture as a title; it is dropped", async () => {
    const text = ["当前，行受贿方式越发隐蔽，新型腐败和隐性腐败逐渐增多。", "", "![](https://example.org/a.jpg)", "", "浙江省海宁市纪委监委 顾凤洁 绘图", "", "本案中，对于甲的行为如何定性存在分歧。"].join("\n");
    const document = await inspectDocument("fangdai.md", utf8(text));
    expect(document.title).toBe("行受贿方式越发隐蔽");
    expect(JSON.stringify(document.modules)).not.toContain("绘图");
    expect(document.invariants).toEqual([]);
  });

  it("lose a column's tag before the title line, and a tag over a label is the label", async () => {
    const text = ["【业务探讨】科学运用电子证据 查清违纪违法事实", "", "电子证据在审查调查中越来越重要。", "", "【法规链接】（节选）", "", "第一条 为了规范电子证据的收集，制定本规定。"].join("\n");
    const document = await inspectDocument("dianzi.md", utf8(text));
    expect(document.title).toBe("科学运用电子证据查清违纪违法事实");
    expect(sectionTitles(document)).toContain("法规链接（节选）");
    expect(document.invariants).toEqual([]);
  });
});

describe("notices", () => {
  it("take a long official title line as the title and let the addressees open the first paragraph", async () => {
    const notice = ["中共中央办公厅国务院办公厅关于进一步加强党政机关公务接待管理工作的通知", "各省、自治区、直辖市党委和人民政府：", "为进一步加强公务接待管理，现就有关事项通知如下。"].join("\n");
    const document = await inspectDocument("tongzhi.txt", utf8(notice));
    expect(document.title).toBe("中共中央办公厅国务院办公厅关于进一步加强党政机关公务接待管理工作的通知");
    expect(passageTexts(document)).toEqual(["各省、自治区、直辖市党委和人民政府：为进一步加强公务接待管理，现就有关事项通知如下。"]);
  });
});

describe("sentences are never titles", () => {
  it("keeps numbered items of a list with their lead, and a numbered lead or a long clause as text", async () => {
    const text = [
      "加强基层党组织建设",
      "一、工作要求",
      "各级党组织要做到以下几点：",
      "（一）提高政治站位，增强责任意识；",
      "（二）加强组织领导，明确工作分工；",
      "（三）强化督促检查，确保工作落实。",
      "二、主要任务是：",
      "1.改进工作作风、密切联系群众，关系党的形象，关系党和人民事业成败，必须常抓不懈。",
      "做好基层党建工作，必须坚持问题导向。",
    ].join("\n");
    const document = await inspectDocument("notice.txt", utf8(text));
    expect(sectionTitles(document)).toEqual(["加强基层党组织建设", "工作要求"]);
    const passages = passageTexts(document);
    expect(passages[0]).toBe("各级党组织要做到以下几点：（一）提高政治站位，增强责任意识；（二）加强组织领导，明确工作分工；（三）强化督促检查，确保工作落实。");
    expect(passages[1]).toMatch(/^二、主要任务是：1\.改进工作作风/);
  });
});

describe("study notes", () => {
  it("keep a question with its answer, never make a question a title", async () => {
    const notes = ["党章应知应会", "1.党的根本宗旨是什么？", "答：全心全意为人民服务。", "2.党的最高理想和最终目标是什么？", "答：实现共产主义。", "问：党的思想路线是什么？", "一切从实际出发，理论联系实际，实事求是。"].join("\n");
    const document = await inspectDocument("notes.txt", utf8(notes));
    expect(sectionTitles(document)).toEqual(["党章应知应会", "党章应知应会"]);
    expect(passageTexts(document)).toEqual(["1.党的根本宗旨是什么？答：全心全意为人民服务。", "2.党的最高理想和最终目标是什么？答：实现共产主义。", "问：党的思想路线是什么？一切从实际出发，理论联系实际，实事求是。"]);
  });
});

describe("应知应会 lists", () => {
  it("keep a numbered question with its plain answer, but a question over a long text stays a heading", async () => {
    const notes = ["党章应知应会", "1.党的根本宗旨是什么？", "全心全意为人民服务。", "2.党的最高理想和最终目标是什么？", "实现共产主义。", "3.党的思想路线是什么？", "一切从实际出发，理论联系实际，实事求是。"].join("\n");
    const document = await inspectDocument("yingzhi.txt", utf8(notes));
    expect(passageTexts(document)).toEqual(["1.党的根本宗旨是什么？全心全意为人民服务。", "2.党的最高理想和最终目标是什么？实现共产主义。", "3.党的思想路线是什么？一切从实际出发，理论联系实际，实事求是。"]);
    const essay = ["密切党群关系", "一、为什么要密切党群关系？", "党群关系是党的生命线。", "人心向背关系党的生死存亡。", "密切党群关系是党的优良传统。", "二、怎样密切党群关系？", "要坚持群众路线。", "要改进工作作风。", "要健全制度机制。"].join("\n");
    expect(sectionTitles(await inspectDocument("essay.txt", utf8(essay)))).toEqual(["密切党群关系", "为什么要密切党群关系", "怎样密切党群关系"]);
  });
});

describe("numbered sentence lists", () => {
  it("keep an item of two sentences, or of clauses joined by ；, as one passage, never a title over a paragraph", async () => {
    const list = [
      "清单",
      "一、公务接待",
      "1.严禁用公款大吃大喝或安排与公务无关的宴请。",
      "2.对无公函的公务活动不予接待，严禁将非公务活动纳入接待范围。",
      "3.接待对象应当按照规定标准自行用餐，接待单位可以安排工作餐一次。接待对象在10人以内的，陪餐人数不得超过3人。",
      "4.接待单位不得超标准接待；县级以上地方党委、政府制定公务接待工作餐开支标准。",
      "5.国内公务接待的出行活动应当安排集中乘车，合理使用车型。",
    ].join("\n\n");
    const document = await inspectDocument("qingdan.md", utf8(list));
    expect(sectionTitles(document)).toEqual(["清单", "公务接待"]);
    expect(passageTexts(document)).toHaveLength(5);
    expect(passageTexts(document)[2]).toBe("3.接待对象应当按照规定标准自行用餐，接待单位可以安排工作餐一次。接待对象在10人以内的，陪餐人数不得超过3人。");
  });
});

describe("documents without a title line", () => {
  it("are titled by the first clause of their text, not by the file name", async () => {
    const essay = ["中国共产党党员和国家公职人员基于特殊身份要求，需自愿让渡其部分公民权利。", "", "错误认识的澄清", "", "有一种观点认为，党员权利让渡缺乏法律依据。这种认识是片面的。"].join("\n");
    const document = await inspectDocument("dangyuan-quanli.md", utf8(essay));
    expect(document.title).toBe("中国共产党党员和国家公职人员基于特殊身份要求");
    expect(document.modules[0]!.title).toBe("中国共产党党员和国家公职人员基于特殊身份要求");
  });

  it("are titled by a heading standing above their first paragraph, without a website's （范文）", async () => {
    const page = ["第一篇：保持党同人民群众的血肉联系的意义所在（范文）", "", "在新时期新阶段，我们党面临的形势和任务虽然发生了重大转变，但人民群众作为时代主体的地位没有改变。", "", "一、人民群众是历史的创造者", "", "人民群众是社会物质财富和精神财富的创造者。"].join("\n");
    const document = await inspectDocument("004_fanwen.txt", utf8(page));
    expect(document.title).toBe("保持党同人民群众的血肉联系的意义所在");
    const abstract = ["摘要", "", "在长期执政条件下，密切联系群众需要持久的动力。", "", "一、动力要素构成", "", "动力机制由多种要素构成。"].join("\n");
    expect((await inspectDocument("000_essay.txt", utf8(abstract))).title).not.toBe("摘要");
  });

  it("are titled without the column and site a saved web page's title ends with", async () => {
    const page = ["坚持和发展新时代“枫桥经验”_理论频道_人民网", "", "坚持和发展新时代枫桥经验，是推进基层治理现代化的重要举措。", "", "一、依靠群众化解矛盾", "", "把矛盾纠纷化解在基层、化解在萌芽状态。"].join("\n");
    expect((await inspectDocument("fengqiao.txt", utf8(page))).title).toBe("坚持和发展新时代“枫桥经验”");
    const plain = ["学习贯彻党章_制度建设", "", "党章是党的根本大法。"].join("\n");
    expect((await inspectDocument("dangzhang.txt", utf8(plain))).title).toBe("学习贯彻党章_制度建设");
  });

  it("never take a site template's Latin placeholder title over a Chinese text", async () => {
    const page = ["---", "title: Hello", "layout: post", "---", "", "党的领导是中国特色社会主义最本质的特征，是全面建设社会主义现代化国家的根本保证。", "", "全党必须自觉维护党中央权威和集中统一领导。"].join("\n");
    const document = await inspectDocument("post.md", utf8(page));
    expect(sectionTitles(document)).not.toContain("Hello");
    expect(document.title).toBe("党的领导是中国特色社会主义最本质的特征");
  });
});

describe("Markdown left in a .docx or PDF", () => {
  it("loses its ###, ** and _…_ marks, and an emphasised byline is metadata", async () => {
    const lines = ["### 党的纪律处分是严肃的政治工作", "_来源：中央纪委国家监委网站_ _发布时间：2024-03-01_", "**一、深刻认识纪律处分的政治属性**", "纪律处分是党组织对违纪党员的政治处理，必须坚持政治标准。", "**二、准确把握纪律处分的政策界限**", "要坚持惩前毖后、治病救人，做到宽严相济。"];
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] })));
    const document = await inspectDocument("jilv.docx", docx);
    expect(document.title).toBe("党的纪律处分是严肃的政治工作");
    expect(sectionTitles(document).join("")).not.toMatch(/[#*_]/);
    expect(sectionTitles(document)).toContain("深刻认识纪律处分的政治属性");
    expect(passageTexts(document).join("")).not.toMatch(/[#*_]|来源/);
    expect(document.metadata).toMatchObject({ source: "中央纪委国家监委网站", date: "2024-03-01" });
  });
});

describe("HTML cards in Markdown study notes", () => {
  it("read a card's label with its text, a list of phrases as one list, and drop styles", async () => {
    const notes = [
      "# 读书笔记",
      "",
      "### 一、深化理论武装，筑牢思想根基",
      "",
      '<div class="party-card">',
      "  <h4>核心认识</h4>",
      "  <p>党的方针政策是国家发展的宏伟蓝图和行动纲领。</p>",
      "</div>",
      "",
      "**行动方向：**",
      '<div class="action-list">',
      '  <div class="action-item"><h5>学业钻研</h5><p>在学业上刻苦钻研、追求卓越</p></div>',
      '  <div class="action-item"><h5>班级担当</h5><p>在班级活动中主动作为、勇于担当</p></div>',
      "</div>",
      "",
      "**学习收获：**",
      "- 更加清晰地认识到党和国家的工作重心",
      "- 深切感受到时代赋予青年的历史责任",
      "",
      "<style>",
      ".party-card { padding: 1rem; }",
      "",
      ".action-item { margin: 0; }",
      "</style>",
    ].join("\n");
    const document = await inspectDocument("notes.md", utf8(notes));
    expect(passageTexts(document)).toEqual([
      "核心认识：党的方针政策是国家发展的宏伟蓝图和行动纲领。",
      "行动方向：学业钻研：在学业上刻苦钻研、追求卓越；班级担当：在班级活动中主动作为、勇于担当。",
      "学习收获：更加清晰地认识到党和国家的工作重心；深切感受到时代赋予青年的历史责任。",
    ]);
    expect(document.midSentenceShare).toBe(0);
  });
});

describe("paragraph reconstruction", () => {
  it("keeps blank-line separated paragraphs apart even when their lines are all of one width", async () => {
    const articles = Array.from({ length: 8 }, (_, index) => `第${"一二三四五六七八"[index]}条 坚持公私分明，先公后私。`);
    const text = ["廉洁自律准则", "", "全体党员必须坚定理想信念，廉洁自律，接受监督。", "", "党员廉洁自律规范", "", ...articles.flatMap((line) => [line, ""])].join("\n");
    const document = await inspectDocument("zhunze.txt", utf8(text));
    expect(document.title).toBe("廉洁自律准则");
    expect(passageTexts(document)).toHaveLength(9);
  });

  it("rejoins a hard-wrapped text whose paragraphs are separated by blank lines", async () => {
    const paragraphs = [
      "党的十八大以来，以习近平同志为核心的党中央坚定推进全面从严治党，坚持思想建党和制度治党紧密结合，集中整饬党风，严厉惩治腐败。",
      "党内政治生活展现新气象，赢得了党心民心，为开创党和国家事业新局面提供了重要保证。",
    ];
    const wrapped = paragraphs.map((paragraph) => paragraph.match(/.{1,24}/gu)!.join("\n")).join("\n\n");
    const document = await inspectDocument("overview.txt", utf8(`全面从严治党概述\n\n${wrapped}`));
    expect(passageTexts(document)).toEqual(paragraphs);
  });

  it("drops running headers and footers that recur on every page, page numbers aside", () => {
    const page = (number: number) => [`理论学习 2019年第3期 ${number}`, "全面从严治党是新时代党的建设的鲜明主题。", `${number}`, ""];
    const { lines, counts } = cleanText([...page(12), ...page(13), ...page(14)].join("\n"));
    expect(lines).toEqual(["全面从严治党是新时代党的建设的鲜明主题。", "全面从严治党是新时代党的建设的鲜明主题。", "全面从严治党是新时代党的建设的鲜明主题。"]);
    expect(counts.runningHeaders).toBe(3);
  });

  it("keeps a running header that is the document's title on the first line, as its title", async () => {
    const page = (text: string) => ["中国共产党纪律检查机关监督执纪工作规则", text, ""];
    const text = [...page("第一章 总 则"), "第一条 为了规范监督执纪工作，制定本规则。", ...page("第二条 本规则适用于各级纪检监察机关。"), ...page("第三条 本规则自发布之日起施行。")].join("\n");
    const document = await inspectDocument("guize.pdf.txt", utf8(text));
    expect(document.title).toBe("中国共产党纪律检查机关监督执纪工作规则");
    expect(document.debris.removed.runningHeaders).toBe(2);
  });

  it("rejoins a text hard-wrapped at a fixed width without blank lines, keeping its paragraphs", async () => {
    const paragraphs = [
      "党的十八大以来，以习近平同志为核心的党中央坚定推进全面从严治党，坚持思想建党和制度治党紧密结合，集中整饬党风，严厉惩治腐败，净化党内政治生态。",
      "党内政治生活展现新气象，赢得了党心民心，为开创党和国家事业新局面提供了重要保证，积累了新的宝贵经验。",
      "历史经验表明，我们党作为马克思主义政党，必须旗帜鲜明讲政治，严肃认真开展党内政治生活。",
    ];
    const wrapped = paragraphs.flatMap((paragraph) => paragraph.match(/.{1,22}/gu)!).join("\n");
    const document = await inspectDocument("wrapped.txt", utf8(`全面从严治党概述\n${wrapped}`));
    expect(passageTexts(document)).toEqual(paragraphs);
  });

  it("rejoins a .docx whose paragraphs were broken into one paragraph per printed line", async () => {
    const paragraphs = [
      "党的十八大以来，以习近平同志为核心的党中央坚定推进全面从严治党，坚持思想建党和制度治党紧密结合，集中整饬党风，严厉惩治腐败。",
      "党内政治生活展现新气象，赢得了党心民心，为开创党和国家事业新局面提供了重要保证，积累了新的宝贵经验。",
    ];
    const lines = ["学习笔记", "一、全面从严治党的成效", ...paragraphs.flatMap((paragraph) => paragraph.match(/.{1,19}/gu)!)];
    const docx = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] })));
    const document = await inspectDocument("notes.docx", docx);
    expect(sectionTitles(document)).toEqual(["学习笔记", "全面从严治党的成效"]);
    expect(passageTexts(document)).toEqual(paragraphs);
  });

  it("makes a .docx table readable rows", async () => {
    const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("党支部学习计划"),
            new Paragraph("本支部按月安排集中学习，内容如下。"),
            new Table({ rows: [new TableRow({ children: [cell("月份"), cell("学习内容")] }), new TableRow({ children: [cell("三月"), cell("学习党章")] }), new TableRow({ children: [cell("四月"), cell("学习准则")] })] }),
          ],
        },
      ],
    });
    const document = await inspectDocument("plan.docx", new Uint8Array(await Packer.toBuffer(doc)));
    expect(passageTexts(document)).toEqual(["本支部按月安排集中学习，内容如下。", "月份：三月；学习内容：学习党章。", "月份：四月；学习内容：学习准则。"]);
  });
});

describe("modules for one sitting", () => {
  const WORDS = "党的领导 全面从严治党 政治建设 思想建设 组织建设 作风建设 纪律建设 制度建设 基层组织 党员队伍 理想信念 群众路线 民主集中制 批评和自我批评 廉洁自律 主体责任 监督责任 巡视整改 学习教育 调查研究 改革发展 乡村振兴 生态文明 依法治国 社会治理 民生保障 科技创新 人才培养 文化繁荣 安全稳定".split(" ");
  const VERBS = "坚持 加强 推进 完善 落实 深化 健全 提升 强化 统筹".split(" ");
  /** Distinct paragraphs (a seeded mix of words), so the course-wide de-duplication keeps them all. */
  const paragraph = (seed: number) => {
    let state = seed * 7919 + 17;
    const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2147483648), state % n);
    return Array.from({ length: 40 }, () => `${VERBS[next(VERBS.length)]}${WORDS[next(WORDS.length)]}和${WORDS[next(WORDS.length)]}，${VERBS[next(VERBS.length)]}${WORDS[next(WORDS.length)]}。`).join("");
  };

  it("split a long document at its top level 一、二、…, merging short parts, with titles that never repeat", async () => {
    const parts = ["一", "二", "三", "四", "五", "六", "七", "八"].map((number, index) => [`${number}、第${number}部分的要求`, paragraph(index * 2), paragraph(index * 2 + 1)]);
    const text = ["关于加强党的建设的意见", paragraph(99), ...parts.flat()].join("\n");
    const course = await build("yijian.txt", text);
    const chars = course.modules.map((module) => allSections(module.sections).reduce((sum, section) => sum + section.passages.reduce((count, passage) => count + passage.text.length, 0), 0));
    expect(chars.reduce((sum, count) => sum + count, 0)).toBeGreaterThan(10000);
    expect(course.modules.length).toBeGreaterThan(1);
    for (const count of chars) expect(count).toBeLessThanOrEqual(10000);
    const titles = course.modules.map((module) => module.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles[0]).toMatch(/^关于加强党的建设的意见/);
    // Merged parts are named by the first and how many, not by every title joined.
    expect(titles.some((title) => /^第[一二三四五六七八]部分的要求等\d节$/.test(title))).toBe(true);
    for (const title of titles) expect(title).not.toContain("·");
  });

  it("split a long document without headings into runs of paragraphs, numbered after the first", async () => {
    const text = ["全面从严治党学习资料", ...Array.from({ length: 30 }, (_, index) => paragraph(index + 200))].join("\n");
    const course = await build("ziliao.txt", text);
    expect(course.modules.length).toBeGreaterThan(1);
    expect(course.modules.map((module) => module.title)).toEqual(["全面从严治党学习资料", ...["二", "三", "四", "五"].slice(0, course.modules.length - 1).map((number) => `全面从严治党学习资料（${number}）`)]);
    for (const module of course.modules) {
      expect(allSections(module.sections).reduce((sum, section) => sum + section.passages.reduce((count, passage) => count + passage.text.length, 0), 0)).toBeLessThanOrEqual(10000);
    }
  });

  it("keep a short report in 第一部分/第二部分 as one module", async () => {
    const report = ["工作报告", "第一部分 过去一年的工作", "过去一年，我们坚持稳中求进工作总基调。", "第二部分 今年的主要任务", "今年要重点做好以下工作。"].join("\n");
    const course = await build("baogao.txt", report);
    expect(course.modules.map((module) => module.title)).toEqual(["工作报告"]);
  });

  it("keep a small document with short chapters as one module", async () => {
    const course = await build("tiaoli.md", REGULATION);
    expect(course.modules).toHaveLength(1);
  });
});

describe("rule names of a regulation's articles", () => {
  it("make a list when every article under a heading opens with a short name for its rule, and not otherwise", async () => {
    const text = [
      "某某自律准则",
      "",
      "领导干部自律规范",
      "",
      "第五条 廉洁从政，自觉保持人民公仆本色。",
      "",
      "第六条 廉洁用权，自觉维护人民根本利益。",
      "",
      "第七条 廉洁修身，自觉提升思想道德境界。",
      "",
      "附则",
      "",
      "第八条 本准则由中央纪律检查委员会负责解释。",
      "",
      "第九条 本准则自发布之日起施行，原有规定同时废止。",
      "",
      "第十条 各地区各部门应当结合实际，认真贯彻执行本准则。",
    ].join("\n");
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "zhunze.txt" }] }, [{ path: "zhunze.txt", bytes: utf8(text) }]);
    const lists = course.modules.flatMap((module) => module.knowledgePoints.filter((point) => point.kind === "heading-list"));
    expect(lists.map((point) => [point.text, point.items])).toEqual([["领导干部自律规范", ["廉洁从政", "廉洁用权", "廉洁修身"]]]);
  });
});

describe("a report scraped from a web page", () => {
  it("loses the page's toolbar, keeps its title, and reads its dateline and speaker's byline as metadata", async () => {
    const page = [
      "首页", "打印", "收藏", "【字号：", "大", "小", "】",
      "某市2026年政府工作报告",
      "2026年1月20日在某市第十六届人民代表大会第五次会议上",
      "来源：某市日报",
      "时间：2026-01-21",
      "某市市长 王某某",
      "各位代表：",
      "现在，我代表市人民政府向大会报告工作，请予审议。",
      "一、过去一年的工作",
      "过去一年，我们坚持稳中求进工作总基调，经济运行总体平稳，民生保障持续加强，各项事业取得新进展。",
      "二、今年的主要任务",
      "今年是实施新一轮发展规划的开局之年，要坚定信心、真抓实干，推动经济社会高质量发展。",
    ].join("\n");
    const inspected = await inspectDocument("baogao.txt", utf8(page));
    expect(inspected.title).toBe("某市2026年政府工作报告");
    expect(inspected.metadata).toMatchObject({ date: "2026年1月20日", source: "某市日报", author: "某市市长 王某某" });
    const texts = [...sectionTitles(inspected), ...passageTexts(inspected)].join("\n");
    for (const debris of ["打印", "收藏", "字号", "会议上", "时间：", "王某某"]) expect(texts).not.toContain(debris);
    expect(texts).toContain("各位代表：现在，我代表市人民政府向大会报告工作");
  });
});

describe("a wrapped PDF's title line", () => {
  it("stays the document's title when the first paragraph follows on the next printed line", async () => {
    const wrap = (text: string) => text.match(/.{1,30}/g)!.join("\n");
    const body = wrap("为进一步加强党风廉政建设，促进基层干部廉洁履行职责，维护集体和群众利益，推动科学发展，依据有关党内法规，制定本规定。");
    const rest = wrap("基层党风廉政建设关系党的执政基础。基层干部廉洁履行职责，是深入贯彻落实党的路线方针政策的重要保障，是加强党的执政能力建设的重要内容。");
    const more = wrap("基层干部应当坚定理想信念，牢记全心全意为人民服务的宗旨，恪尽职守、为民奉献；应当发扬党的优良传统和作风，求真务实、艰苦奋斗；应当遵守党的纪律和国家法律，知法守法、依法办事；应当正确履行职责和自觉接受监督，清正廉洁、公道正派。");
    const text = ["某地基层干部廉洁履行职责规定（试行）", body, rest, more, more.replace(/基层干部/g, "党员干部")].join("\n");
    const inspected = await inspectDocument("guiding.txt", utf8(text));
    expect(inspected.title).toBe("某地基层干部廉洁履行职责规定（试行）");
    expect(passageTexts(inspected)[0]).toMatch(/^为进一步加强党风廉政建设/);
  });
});
