import { describe, expect, it } from "vitest";
import { dropFootnoteMarkers } from "@/lib/content/cleaning/drop-footnote-markers";
import { dropFrontMatter, titleFromCipData } from "@/lib/content/cleaning/drop-front-matter";
import { dropNonChineseParagraphs } from "@/lib/content/cleaning/drop-non-chinese-paragraphs";
import { dropPageNumbers } from "@/lib/content/cleaning/drop-page-numbers";
import { dropReferences } from "@/lib/content/cleaning/drop-references";
import { dropSignatureLines } from "@/lib/content/cleaning/drop-signature-lines";
import { dropSiteBoilerplate } from "@/lib/content/cleaning/drop-site-boilerplate";
import { dropTableOfContents } from "@/lib/content/cleaning/drop-table-of-contents";
import { dropTeaserLines } from "@/lib/content/cleaning/drop-teaser-lines";
import { normalizePunctuation } from "@/lib/content/cleaning/normalize-punctuation";
import { normalizeQuotes } from "@/lib/content/cleaning/normalize-quotes";
import { normalizeSpacing } from "@/lib/content/cleaning/normalize-spacing";
import { normalizeWhitespace } from "@/lib/content/cleaning/normalize-whitespace";
import { rejoinBrokenLines } from "@/lib/content/cleaning/rejoin-broken-lines";
import { repairEncodingDebris } from "@/lib/content/cleaning/repair-encoding-debris";
import { splitGluedLabelLines, splitHeadingLines } from "@/lib/content/cleaning/split-heading-lines";

const PARAGRAPH = "党群关系是中国政治生活中最重要的关系，执政党如果失信于民就会丧失执政地位。";

describe("normalizeWhitespace", () => {
  it("removes zero-width characters and turns full-width spaces into plain ones", () => {
    expect(normalizeWhitespace.apply(["\u200b党群\u3000关系\ufeff "])).toEqual({ lines: ["党群 关系"], count: 2 });
  });
  it("leaves ordinary text alone", () => {
    expect(normalizeWhitespace.apply([PARAGRAPH])).toEqual({ lines: [PARAGRAPH], count: 0 });
  });
});

describe("repairEncodingDebris", () => {
  it("repairs ?quot; left by a lost ampersand, HTML entities and replacement characters", () => {
    const result = repairEncodingDebris.apply(["显然?quot;人民”范畴&amp;&#x4E00;\ufffd"]);
    expect(result.lines).toEqual(['显然"人民”范畴&一']);
    expect(result.count).toBe(4);
  });
  it("keeps a question mark followed by a word that is not an entity", () => {
    expect(repairEncodingDebris.apply(["what?yes; 对吗？quiet"]).count).toBe(0);
  });
  it("spells compatibility ideographs as the unified ideographs they look like, and leaves full-width punctuation", () => {
    const result = repairEncodingDebris.apply(["先锋文汇（\uf900）"]);
    expect(result.lines).toEqual(["先锋文汇（豈）"]);
    expect(result.count).toBe(1);
  });
});

describe("dropSiteBoilerplate", () => {
  it("drops site headers, source/author/date lines, promotions and bookmark anchors", () => {
    const lines = ["中词库 / www.zciku.com", "[bookmark: _Toc1]党群关系的分析与对策", "来源：网络  作者：空山新雨  更新时间：2024-12-18", "《如何保持》来源于feisuxs，欢迎阅读如何保持。", PARAGRAPH];
    expect(dropSiteBoilerplate.apply(lines).lines).toEqual(["党群关系的分析与对策", PARAGRAPH]);
  });
  it("keeps a paragraph that mentions a website inside its text", () => {
    const line = "2006年元旦零时正式开通了中央人民政府门户网站（www.gov.cn），网站公布政府重大决策部署和重要工作。";
    expect(dropSiteBoilerplate.apply([line]).lines).toEqual([line]);
  });
  it("drops a notice that AI wrote the text, and keeps a sentence about AI-made content", () => {
    const warning = "要警惕由AI生成的虚假信息，守住意识形态阵地。";
    expect(dropSiteBoilerplate.apply(["|（注：文档部分内容可能由AI生成）", PARAGRAPH, "本参考答案为AI根据重点知识内容生成，仅供参考学习使用", warning]).lines).toEqual([PARAGRAPH, warning]);
  });
  it("drops a 相关报道 label left as the page's last line (its links lost), not one with titles under it", () => {
    expect(dropSiteBoilerplate.apply([PARAGRAPH, "相关报道："]).lines).toEqual([PARAGRAPH]);
    const listed = [PARAGRAPH, "相关报道：", "省政府召开全体会议"];
    expect(dropSiteBoilerplate.apply(listed).lines).toEqual(listed);
  });
  it("drops a font-size switch printed one entry to a line under a title, and keeps short lines of text", () => {
    const lines = ["某省政府工作报告", "【字体：", "大", "中", "小", "】", "分享：", "各位代表：", PARAGRAPH];
    expect(dropSiteBoilerplate.apply(lines).lines).toEqual(["某省政府工作报告", "各位代表：", PARAGRAPH]);
    const text = ["字体：", "楷体", PARAGRAPH];
    expect(dropSiteBoilerplate.apply(text).lines).toEqual(text);
  });
});

describe("dropFrontMatter", () => {
  const book = ["新阶段研究", "彭某 等著", "图书在版编目(CIP)数据", "新阶段研究/彭某等著. —成都：某出版社, 2008. 5", "ISBN 978-7-220-07597-1", "定 价 27.00 元", "序", PARAGRAPH];
  it("drops a book's title pages and CIP block up to the last colophon line", () => {
    expect(dropFrontMatter.apply(book).lines).toEqual(["序", PARAGRAPH]);
    expect(titleFromCipData(book)).toBe("新阶段研究");
  });
  it("does nothing to a document without CIP data or ISBN", () => {
    expect(dropFrontMatter.apply(["序", "定价问题", PARAGRAPH]).count).toBe(0);
  });
});

describe("dropTableOfContents", () => {
  it("drops a run of entries ending in page numbers or dot leaders, with its 目录 heading", () => {
    const lines = ["目 录", "第一章 引言\t1", "(一) 党群关系一般特征\t5", "第五章 组织机制.....\t104", "后记.....", "第一章", PARAGRAPH];
    expect(dropTableOfContents.apply(lines).lines).toEqual(["第一章", PARAGRAPH]);
  });
  it("keeps a single line that happens to end in a number", () => {
    const lines = ["我们党的作风从总体上来说是健康的，但也存在一些问 1", "题。"];
    expect(dropTableOfContents.apply(lines).lines).toEqual(lines);
  });
});

describe("dropTeaserLines", () => {
  it("drops a title-and-first-sentences teaser cut with ... when the full text follows", () => {
    const lines = ["第一篇：党群关系党群关系摘要：1978年改革开放以来，我国的社会经济面貌发生了...", "第一篇：党群关系", "党群关系", "摘要：1978年改革开放以来，我国的社会经济面貌发生了翻天覆地的变化。"];
    expect(dropTeaserLines.apply(lines).lines).toEqual(lines.slice(1));
  });
  it("keeps a line ending in an ellipsis whose text does not follow", () => {
    const lines = ["他有事找群众商量，群众有话也愿意同他说……", PARAGRAPH];
    expect(dropTeaserLines.apply(lines).lines).toEqual(lines);
  });
});

describe("dropReferences", () => {
  it("drops footnote texts, numbered references and the list under 参考文献", () => {
    const lines = [PARAGRAPH, "^① 胡锦涛同志《在“三个代表”重要思想理论研讨会上的讲话》，2003年7月1日。", "参考文献：", "江泽民：《科学对待马克思主义》，《江泽民文选》第3卷，人民出版社2006年版。", "[3] 邓小平，《思想路线政治路线的实现要靠组织路线来保证》，《邓小平文选》第2卷，人民出版社，1994年", "保持党同人民群众的血肉联系"];
    expect(dropReferences.apply(lines).lines).toEqual([PARAGRAPH, "保持党同人民群众的血肉联系"]);
  });
  it("keeps a numbered item or paragraph that cites nothing", () => {
    const lines = ["①坚持群众路线", "[1]是一个标注"];
    expect(dropReferences.apply(lines).lines).toEqual(lines);
  });
  it("drops an annotated edition's notes section, explanatory notes too, when the body calls its marks", () => {
    const body = ["刚才凯丰[1]同志讲了今天开会的宗旨。那就算对于主观主义最后地“将一军”[2]。", "第二段正文〔3〕。"];
    const notes = ["注　　释", "", "[1] 凯丰（一九○六――一九五五），又名何克全，江西萍乡人。当时任中共中央宣传部代理部长。", "[2] “将一军”是中国象棋中的术语。中国象棋采取两军对战的形式，而以一方攻入对方堡垒捉住“将军”作为赢棋。", "〔3〕参见《论语•公冶长》。"];
    expect(dropReferences.apply([...body, ...notes]).lines).toEqual(body);
    // A collection: each piece has its notes after it, and the next piece's text follows them.
    const next = ["出处：文选第一卷", "第二篇讲话的正文，说到“两个凡是”〔1〕。"];
    const nextNotes = ["注释", "〔1〕“两个凡是”，指一九七七年二月七日社论中提出的“凡是毛主席作出的决策，我们都坚决维护”。"];
    expect(dropReferences.apply([...body, ...notes, ...next, ...nextNotes]).lines).toEqual([...body, ...next]);
    // An edition that calls its 〔n〕 notes with parenthesized figures (⑴ for 〔1〕).
    const parenthesized = ["今天开会纪念青年节⑴，这是很对的⑵。", "注　　释", "〔1〕青年节是一九三九年由青年组织规定的纪念日，后来改在别的日子。", "〔2〕见本书第一卷某文注〔3〕。"];
    expect(dropReferences.apply(parenthesized).lines).toEqual([parenthesized[0]]);
    // A 注释 heading over ordinary paragraphs, or over marks the body never calls, is no notes section.
    const uncalled = ["正文没有注码。", "注释", "[1] 一九三八年开会，讨论了许多问题，提出了反对空谈的要求和今后工作的方向。"];
    expect(dropReferences.apply(uncalled).lines).toEqual([uncalled[0], uncalled[2]]);
  });
});

describe("dropFootnoteMarkers", () => {
  it("removes [1], [3](422), ^① and ① glued after text", () => {
    const result = dropFootnoteMarkers.apply(["脱离群众的现象[1]。", "的斗争。”[6](193−194)因此", "织”^①。", "研讨会上的讲话。①"]);
    expect(result.lines).toEqual(["脱离群众的现象。", "的斗争。”因此", "织”。", "研讨会上的讲话。"]);
    expect(result.count).toBe(4);
  });
  it("keeps circled numbers that number items", () => {
    expect(dropFootnoteMarkers.apply(["①坚持群众路线", "包括①经济利益和②政治利益"]).count).toBe(0);
  });
  it("removes a parenthesized figure glued to a word (a note call) and keeps one numbering items", () => {
    const result = dropFootnoteMarkers.apply(["今天是青年节⑴的纪念日，这是很对的⑵。", "他说的“实事求是”⑶，就是这个意思。"]);
    expect(result.lines).toEqual(["今天是青年节的纪念日，这是很对的。", "他说的“实事求是”，就是这个意思。"]);
    expect(result.count).toBe(3);
    expect(dropFootnoteMarkers.apply(["⑴坚持群众路线", "工作分三步：⑴调查；⑵分析", "包括⑴经济利益和⑵政治利益"]).count).toBe(0);
  });
});

describe("dropPageNumbers", () => {
  it("drops page-number lines and a page number left inside a broken sentence", () => {
    expect(dropPageNumbers.apply(["- 12 -", "但不能否认也存在一些问 1", "题。"]).lines).toEqual(["但不能否认也存在一些问", "题。"]);
  });
  it("keeps a number that the next line continues (2010 年 3 / 月)", () => {
    const lines = ["在 2010 年 3", "月十一届全国人大三次会议上"];
    expect(dropPageNumbers.apply(lines).lines).toEqual(lines);
  });
});

describe("dropNonChineseParagraphs", () => {
  it("drops an English abstract", () => {
    expect(dropNonChineseParagraphs.apply(["Abstract: A long-term ruling party is commonly practiced.", PARAGRAPH]).lines).toEqual([PARAGRAPH]);
  });
  it("keeps Chinese text with a few Latin letters", () => {
    const line = "当SARS传播演变为一场危机事件时，胡锦涛总书记在广州街头对一位医生说了话。";
    expect(dropNonChineseParagraphs.apply([line]).lines).toEqual([line]);
  });
  it("drops the translated headings of a bilingual edition, whose letters outnumber its characters", () => {
    const english = "Article 1: Any forward-thinking Chinese worker, farmer, member of the armed forces or intellectual may apply.";
    const lines = ["第一章　党员", "Chapter I. Membership", PARAGRAPH, english, "General Program", "WTO", "2017年10月24日"];
    expect(dropNonChineseParagraphs.apply(lines).lines).toEqual(["第一章　党员", PARAGRAPH, "WTO", "2017年10月24日"]);
  });
  it("keeps a short Latin line in a document that is not Chinese", () => {
    expect(dropNonChineseParagraphs.apply(["General Program", "Membership rules"]).lines).toEqual(["General Program", "Membership rules"]);
  });
});

describe("dropSignatureLines", () => {
  it("drops a date line and the signature before it", () => {
    expect(dropSignatureLines.apply([PARAGRAPH, "全国党建研究会副会长 蔡某", "", "2007年12月"]).lines).toEqual([PARAGRAPH, ""]);
  });
  it("keeps a sentence that contains a date", () => {
    const line = "2007年12月，研究成果已经完成。";
    expect(dropSignatureLines.apply([line]).lines).toEqual([line]);
  });
});

describe("rejoinBrokenLines", () => {
  const wrapped = ["（一）思想意识薄弱", "", "目前，由于我国当前经济社会的快速发展，经", "", "济建设的繁荣昌盛致使一部分党员干部出现了安", "", "享乐的心理状态，降低了对自身的要求标准，丧失", "", "了共产党人的拼搏、进取精神", "", "。有一些党员干部忧患意识严重不足，理想和信", "", "念薄弱。", "", "（二）外部环境的考验"];
  it("rejoins a PDF paragraph broken at every line and around a footnote marker", () => {
    const result = rejoinBrokenLines.apply([...wrapped, ...wrapped.slice(2, 13)]);
    expect(result.lines[0]).toBe("（一）思想意识薄弱");
    expect(result.lines[1]).toBe("目前，由于我国当前经济社会的快速发展，经济建设的繁荣昌盛致使一部分党员干部出现了安享乐的心理状态，降低了对自身的要求标准，丧失了共产党人的拼搏、进取精神。有一些党员干部忧患意识严重不足，理想和信念薄弱。");
    expect(result.lines[2]).toBe("（二）外部环境的考验");
  });
  it("joins a long list of one-sentence lines that fill the column into one paragraph, a space only between Latin words", () => {
    // Issue #15: the paragraph grows at every line; what is decided about it must not change with its length.
    const actors = ["党员", "党支部", "领导干部", "党小组", "基层党组织"];
    const list = Array.from({ length: 600 }, (_, index) => `${actors[index % actors.length]}第${index}号应当严守党的政治纪律。`);
    const result = rejoinBrokenLines.apply(list);
    expect(result.lines).toEqual([list.join("")]);
    expect(result.count).toBe(list.length - 1);
    const wrapped = ["党的二十大报告指出，全面建设社会主义现代化国家，", "必须坚持中国共产党的领导，坚持以人民为中心的发展思", "想，学习报告时要读懂 Communist Party of China", "Central Committee 的部署，落实到具体工作中，推动发", "展，这是全党的共同任务和长期坚持的基本要求和原则。"];
    expect(rejoinBrokenLines.apply(wrapped).lines).toEqual([wrapped.join("").replace("ChinaCentral", "China Central")]);
  });
  it("keeps paragraphs that end in sentence punctuation and short title lines apart", () => {
    const lines = ["党群关系的分析与对策", PARAGRAPH, "一、党群关系的现状", PARAGRAPH];
    expect(rejoinBrokenLines.apply(lines).lines).toEqual(lines);
  });
  it("rejoins a short PDF excerpt whose six full-width lines are all the column it has", () => {
    const paragraphs = [
      "党的根基在人民、血脉在人民、力量在人民，我们党来自人民、植根人民、服务人民，须臾不可脱离。",
      "全心全意为人民服务是我们党始终不渝的根本宗旨，是全部工作的出发点和落脚点，必须始终坚持。",
      "密切联系群众是党的最大政治优势，脱离群众是最大危险。",
      "各级党组织要把群众路线贯穿到治国理政全部活动之中。",
    ];
    // Cut every 20 characters: "…始终不渝的根本" and "…治国理政全部" fill the line and hold no punctuation.
    const lines = paragraphs.flatMap((paragraph) => paragraph.match(/.{1,20}/gu)!);
    expect(rejoinBrokenLines.apply(lines).lines).toEqual(paragraphs);
  });
  it("rejoins a chapter heading wrapped onto a short second line and keeps titles and articles apart in a wrapped regulation", () => {
    const cut = (paragraph: string) => paragraph.match(/.{1,20}/gu)!;
    const preamble = "为进一步加强农村党风廉政建设，促进基层干部廉洁履行职责，依据有关党内法规，制定本规定。";
    const general = "基层干部应当坚定理想信念，牢记全心全意为人民服务的宗旨，恪尽职守、为民奉献，清正廉洁、公道正派。";
    const first = "第一条 禁止滥用职权，侵害群众合法权益。不准有下列行为：";
    const item = "（一）违反乡镇土地利用总体规划和基本农田保护规定进行审批和建设；";
    const second = "第二条 禁止利用职务之便谋取不正当利益，损害集体和群众的利益。";
    const third = "第三条 本规定自发布之日起施行，由有关机关负责解释和监督执行。";
    const lines = [...cut(preamble), "总 则", ...cut(general), "第一章 乡镇领导班子成员和基层站所", "负责人廉洁履行职责行为规范", ...cut(first), ...cut(item), ...cut(second), ...cut(third)];
    expect(rejoinBrokenLines.apply(lines).lines).toEqual([preamble, "总 则", general, "第一章 乡镇领导班子成员和基层站所负责人廉洁履行职责行为规范", first, item, second, third]);
    // A cross-reference the wrap put at a line start stays in its sentence.
    const reference = "第四条 违反规定的，依照《纪律处分条例》第二十条的规定给予相应处分。";
    expect(cut(reference)[1]).toMatch(/^第二十条的规定/);
    expect(rejoinBrokenLines.apply([...cut(preamble), ...cut(general), ...cut(reference), ...cut(third)]).lines).toEqual([preamble, general, reference, third]);
  });
  it("joins a long scraped line cut without punctuation", () => {
    expect(rejoinBrokenLines.apply(["四、坚持带领人民群众共同富裕。目前，少数党", "员领导干部利欲熏心。"]).lines).toEqual(["四、坚持带领人民群众共同富裕。目前，少数党员领导干部利欲熏心。"]);
  });
});

describe("normalizePunctuation", () => {
  it("uses full-width punctuation next to Chinese and …… for ...", () => {
    expect(normalizePunctuation.apply(["先富起来,先富带后富(一)问题.我们说..."]).lines).toEqual(["先富起来，先富带后富（一）问题。我们说……"]);
  });
  it("leaves numbers, decimals and English punctuation alone", () => {
    const line = "定价 27.00 元, version 1.2; ok";
    expect(normalizePunctuation.apply([line]).lines).toEqual(["定价 27.00 元， version 1.2; ok"]);
  });
});

describe("normalizeQuotes", () => {
  it("turns reversed and straight quotes into “…”", () => {
    expect(normalizeQuotes.apply(['江泽民在”七一讲话“中说"要坚持"。']).lines).toEqual(["江泽民在“七一讲话”中说“要坚持”。"]);
  });
  it("leaves well-formed quotes alone", () => {
    expect(normalizeQuotes.apply(["“一切为了群众”是根本。"]).count).toBe(0);
  });
});

describe("splitGluedLabelLines and splitHeadingLines", () => {
  it("splits a title glued to its abstract and keywords glued to the abstract", () => {
    expect(splitGluedLabelLines.apply(["保持血肉联系的意义所在摘要：在新时期新阶段。关键词：党群关系"]).lines).toEqual(["保持血肉联系的意义所在", "摘要：在新时期新阶段。", "关键词：党群关系"]);
  });
  it("splits a heading from the first sentence of its paragraph and gathers keywords", () => {
    const lines = ["（一）加强思想教育，牢固树立执政为民理念。思想是行动的向导。", "关键词：党的作风建设", "人民群众", "血肉联系"];
    expect(splitHeadingLines.apply(lines).lines).toEqual(["（一）加强思想教育，牢固树立执政为民理念", "思想是行动的向导。", "关键词", "党的作风建设；人民群众；血肉联系"]);
  });
  it("gives a bare chapter marker the title on the next line", () => {
    expect(splitHeadingLines.apply(["第一章", "引言", PARAGRAPH]).lines).toEqual(["第一章 引言", PARAGRAPH]);
  });
  it("leaves a paragraph that starts with an ordinal alone", () => {
    const line = "第一，理论导向力。其主要包括唯物史观。";
    expect(splitHeadingLines.apply([line]).lines).toEqual([line]);
  });
});

describe("normalizeSpacing", () => {
  it("removes spaces inside Chinese text and around numbers", () => {
    expect(normalizeSpacing.apply(["在 2010 年 3 月，中国共产党 实现"]).lines).toEqual(["在2010年3月，中国共产党实现"]);
  });
  it("keeps spaces between Latin words", () => {
    expect(normalizeSpacing.apply(["Key words mass line"]).count).toBe(0);
  });
});
