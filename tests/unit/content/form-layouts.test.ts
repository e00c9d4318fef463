import { describe, expect, it } from "vitest";
import { cleanText } from "@/lib/content/cleaning/clean-text";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { dropInlineMarkup } from "@/lib/content/cleaning/drop-inline-markup";
import { dropSiteBoilerplate } from "@/lib/content/cleaning/drop-site-boilerplate";
import { dropTableOfContents } from "@/lib/content/cleaning/drop-table-of-contents";
import { joinFieldLists } from "@/lib/content/cleaning/join-field-lists";
import { normalizePunctuation } from "@/lib/content/cleaning/normalize-punctuation";
import { rejoinBrokenLines } from "@/lib/content/cleaning/rejoin-broken-lines";
import { isHeadlineLine } from "@/lib/content/structure/classify-lines";
import { cleanTitle } from "@/lib/content/structure/clean-title";
import { normalizeRadicals } from "@/lib/content/text/radicals";

const PARAGRAPH = "党员迎新先锋队的志愿者们纷纷表示，能够通过自己的劳动为新生服务，感到非常有意义。";

describe("normalizeRadicals (PDF text layers that spell characters with radicals)", () => {
  it("reads Kangxi radicals and the simplified forms of the supplement as the characters they draw", () => {
    expect(normalizeRadicals("⽂物⻅证复兴路，⼤学校的⼒量，⻓期⻛⾬，⼈⺠")).toBe("文物见证复兴路，大学校的力量，长期风雨，人民");
  });
  it("leaves ordinary characters alone", () => {
    expect(normalizeRadicals(PARAGRAPH)).toBe(PARAGRAPH);
  });
});

describe("dropInlineMarkup on forms and printed pages", () => {
  it("drops rules drawn with characters", () => {
    const result = dropInlineMarkup.apply(["标题", "============================================================", "──────────", "＝＝＝＝", PARAGRAPH]);
    expect(result.lines).toEqual(["标题", PARAGRAPH]);
  });
  it("shows fill-in blanks as a full-width blank and keeps a masked number's mask as full-width asterisks", () => {
    expect(dropInlineMarkup.apply(["举报人姓名：________ 联系电话：138****2132"]).lines).toEqual(["举报人姓名：＿＿＿ 联系电话：138＊＊＊＊2132"]);
  });
  it("removes a typed bullet before Chinese text but not a page number's dashes", () => {
    expect(dropInlineMarkup.apply(["- 严格遵守党的纪律。", "> 原文如下。", "- 3 -"]).lines).toEqual(["严格遵守党的纪律。", "原文如下。", "- 3 -"]);
  });
});

describe("closing credits", () => {
  it("drops a run of credit lines, values missing or not, and one that ends the document", () => {
    const lines = [PARAGRAPH, "来源：公共管理学院本科生党建工作中心", "图片：龚蕊 向奕欣", "文字、图片：孙冉", "编辑：", "主编｜郑思慧", "（审核：王菲）"];
    expect(dropDocumentMetadata.apply(lines).lines).toEqual([PARAGRAPH]);
    expect(dropDocumentMetadata.apply([PARAGRAPH, "文字：梅帅"]).lines).toEqual([PARAGRAPH]);
  });
  it("keeps a single credit-like label in the text: a style guide's 图片：… is content", () => {
    const lines = ["图片：图片居中，环绕方式为嵌入型", PARAGRAPH];
    expect(dropDocumentMetadata.apply(lines).lines).toEqual(lines);
  });
  it("drops a date in parentheses under a title, and not under a sentence", () => {
    expect(dropDocumentMetadata.apply([PARAGRAPH, "x", "y", "z", "a", "b", "c", "d", "e", "f", "g", "h", "党与抗日民主政权", "（一九四一年四月十五日）", PARAGRAPH]).lines).not.toContain("（一九四一年四月十五日）");
    const afterSentence = [...Array.from({ length: 12 }, () => PARAGRAPH), "（一九四一年四月十五日）"];
    expect(dropDocumentMetadata.apply(afterSentence).lines).toContain("（一九四一年四月十五日）");
  });
});

describe("platform notices", () => {
  it("drops a closing 特别声明 with its text, a PDF's lines of it included, and QR-code prompts", () => {
    const lines = [PARAGRAPH, "特别声明", "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎", "湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。", "", "识别二维码"];
    expect(dropSiteBoilerplate.apply(lines).lines.filter(Boolean)).toEqual([PARAGRAPH]);
  });
  it("keeps a 声明 heading in the body of a text", () => {
    const lines = ["特别声明", PARAGRAPH, ...Array.from({ length: 10 }, () => PARAGRAPH)];
    expect(dropSiteBoilerplate.apply(lines).lines).toEqual(lines);
  });
  it("keeps 标题： in a style guide, whose value is no title", () => {
    expect(dropSiteBoilerplate.apply(["标题：方正小标宋简体，居中，加粗，小二号字。"]).lines).toEqual(["标题：方正小标宋简体，居中，加粗，小二号字。"]);
    expect(dropSiteBoilerplate.apply(["文章标题：党员教育管理工作条例"]).lines).toEqual(["党员教育管理工作条例"]);
  });
});

describe("bulleted contents lists", () => {
  it("drops a 目录 over three or more bulleted titles without page numbers", () => {
    const lines = ["邓小平文选第一卷", "目  录", "· 动员新兵及新兵政治工作", "· 党与抗日民主政权", "· 太行区的经济建设", "动员新兵及新兵政治工作", PARAGRAPH];
    expect(dropTableOfContents.apply(lines).lines).toEqual(["邓小平文选第一卷", "动员新兵及新兵政治工作", PARAGRAPH]);
  });
  it("drops the date and author note under an entry with the entries after it, and keeps a note the text follows", () => {
    const lines = ["目  录", "· 动员新兵及新兵政治工作", "· 党与抗日民主政权", "· 建设一个成熟的有战斗力的党", "  （一九六五年六月、十二月）  邓小平  ", "· 注释", "动员新兵及新兵政治工作", PARAGRAPH];
    expect(dropTableOfContents.apply(lines).lines).toEqual(["动员新兵及新兵政治工作", PARAGRAPH]);
    const noted = ["目  录", "· 动员新兵及新兵政治工作", "· 党与抗日民主政权", "· 太行区的经济建设", "（一九三八年一月十二日）", PARAGRAPH];
    expect(dropTableOfContents.apply(noted).lines).toEqual(["（一九三八年一月十二日）", PARAGRAPH]);
  });
  it("keeps a bulleted list under another heading", () => {
    const lines = ["主要任务", "· 加强理论学习", "· 严肃组织生活", "· 改进工作作风"];
    expect(dropTableOfContents.apply(lines).lines).toEqual(lines);
  });
});

describe("headlines", () => {
  it("recognises a news headline of short parallel phrases", () => {
    expect(isHeadlineLine("党建专栏｜秋日迎新正当时，党旗领航显担当")).toBe(true);
    expect(isHeadlineLine("文物见证复兴路，薪火相传赤子心")).toBe(true);
  });
  it("does not take a sentence cut short or a list lead for one", () => {
    expect(isHeadlineLine("为确保迎新工作有序开展，更好地服务于2025级新生，8月29日至30")).toBe(false);
    expect(isHeadlineLine("学堂门启，新程始开。")).toBe(false);
    expect(isHeadlineLine("党员的权利，主要包括")).toBe(false);
  });
  it("keeps a Word file's headline apart from the first paragraph and titles the document with it", () => {
    expect(rejoinBrokenLines.apply(["党建专栏｜秋日迎新正当时，党旗领航显担当", PARAGRAPH]).lines).toEqual(["党建专栏｜秋日迎新正当时，党旗领航显担当", PARAGRAPH]);
  });
});

describe("joinFieldLists (plans, notices, programmes)", () => {
  it("makes label and value lines one paragraph of fields, a value over two lines included", () => {
    const lines = ["活动名称", "“探寻楚韵文脉，厚植文化自信”主题参观活动", "活动时间", "2025年11月28日下午1点至5点", "活动地点", "湖北省博物馆", "参加人员", "本科生党员约40人", "工作人员2至3人", "活动前期"];
    expect(joinFieldLists.apply(lines).lines).toEqual([
      "活动名称：“探寻楚韵文脉，厚植文化自信”主题参观活动；活动时间：2025年11月28日下午1点至5点；活动地点：湖北省博物馆；参加人员：本科生党员约40人，工作人员2至3人。",
      "活动前期",
    ]);
  });
  it("makes a schedule one paragraph of rows", () => {
    expect(joinFieldLists.apply(["13:00 集合签到", "13:15 统一乘地铁出发", "14:00-14:20 入场及集体合影", PARAGRAPH]).lines).toEqual(["13:00 集合签到；13:15 统一乘地铁出发；14:00-14:20 入场及集体合影。", PARAGRAPH]);
  });
  it("joins a word set one character to a line", () => {
    expect(joinFieldLists.apply(["策", "划", "书", PARAGRAPH]).lines).toEqual(["策划书", PARAGRAPH]);
  });
  it("leaves a heading over prose and a single label and value alone", () => {
    const lines = ["活动背景", PARAGRAPH, "活动意义", "丰富党建活动形式"];
    expect(joinFieldLists.apply(lines).lines).toEqual(lines);
  });
});

describe("a WPS news report through the cleaning", () => {
  it("keeps the headline as the first line and drops the credits", () => {
    const { lines } = cleanText(["党建专栏｜秋日迎新正当时，党旗领航显担当", PARAGRAPH, "来源：公共管理学院本科生党建工作中心", "图片：公共管理学院党员迎新先锋队", "文字：梅帅", "审核：XXX"].join("\n"));
    expect(lines).toEqual(["党建专栏｜秋日迎新正当时，党旗领航显担当", PARAGRAPH]);
  });
});

describe("web pages printed to PDF", () => {
  it("drops captions that carry a credit or name a group photo, and keeps a sentence with brackets", () => {
    const lines = [PARAGRAPH, "哈尔滨市博物馆主题活动（黑龙江省文旅厅博物馆与社会文物处供图）", "2025级博士班合影", "同学们在展厅前合影留念，感受到了历史的厚重。"];
    expect(dropDocumentMetadata.apply(lines).lines).toEqual([PARAGRAPH, "同学们在展厅前合影留念，感受到了历史的厚重。"]);
  });
  it("drops a news agency's dateline on a line of its own near the top", () => {
    expect(dropDocumentMetadata.apply(["标题", "北航新闻网8月21日电（通讯员曲韵高梓航）", PARAGRAPH]).lines).toEqual(["标题", PARAGRAPH]);
  });
  it("joins a page title wrapped over two lines above its rule, keeps it apart from the text, and drops the site from it", () => {
    const text = [
      "物理学院本科生党支部联合北京大学元培学院第二学生党支部赴中国电",
      "影博物馆开展主题党日活动-新闻网",
      "============================================================",
      "在中国电影诞生一百二十周年之际，近日，北京航空航天大学物理学院本科生党支部联合北京大学元培学院第二",
      "学生党支部，走进中国电影博物馆廉政教育基地开展“千年文脉，思想领航”主题党日活动。",
    ].join("\n");
    const { lines } = cleanText(text);
    expect(lines[0]).toBe("物理学院本科生党支部联合北京大学元培学院第二学生党支部赴中国电影博物馆开展主题党日活动-新闻网");
    expect(lines[1]).toMatch(/^在中国电影诞生一百二十周年之际/);
    expect(cleanTitle(lines[0]!)).toBe("物理学院本科生党支部联合北京大学元培学院第二学生党支部赴中国电影博物馆开展主题党日活动");
    expect(cleanTitle("让老文物“活”起来让思政课“香”起来_先锋文汇_共产党员网")).toBe("让老文物“活”起来让思政课“香”起来");
    expect(cleanTitle("溯历史之源强根脉——法学院研究生党支部开展主题党日活动")).toBe("溯历史之源强根脉——法学院研究生党支部开展主题党日活动");
  });
});

describe("outline numbers with a full-width full stop", () => {
  it("keeps 一． as an outline number and still ends a Chinese sentence with 。", () => {
    expect(normalizePunctuation.apply(["一．设计题目：", "二.主要任务与目标：", "他说了一."]).lines).toEqual(["一．设计题目：", "二.主要任务与目标：", "他说了一。"]);
  });
});
