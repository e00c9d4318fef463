import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

// Saved news pages and WeChat posts keep the site's furniture around the article: a breadcrumb
// printed one entry to a line, a footer menu after the last sentence, the page's date before its
// source, a reporter's credit in brackets, the attribution under a quoted reflection, the
// producer's credit. Small synthetic inputs, one layout each.
const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");

const BODY = [
  "8月8日下午，某公司召开党委中心组（扩大）学习会议，会议以“学先进转作风强执行”为主题，传达了上级会议精神。",
  "会议要求全体干部、党员立足岗位率先垂范，刻苦奋进，深入抓好企业管理、基层党建、党风廉政建设。",
];

describe("a company news page saved as text", () => {
  it("drops a breadcrumb printed one entry to a line, from its label to the page it names", async () => {
    const page = ["当前位置：", "", "首页>", "", "新闻中心>", "", "公司新闻>", "", "正文", "", "某公司召开党委中心组学习会议", "", ...BODY];
    const document = await inspectDocument("xinwen.md", utf8(page));
    expect(document.title).toBe("某公司召开党委中心组学习会议");
    expect(passageTexts(document)).toEqual(BODY);
    expect(document.invariants).toEqual([]);
  });

  it("reads the page's date before its source label as metadata, not as a section title", async () => {
    const document = await inspectDocument("xinwen.md", utf8(["某公司召开党委中心组学习会议", "", "2017-08-10来源：某建设监理有限公司", "", ...BODY]));
    expect(sectionTitles(document).some((title) => title.includes("来源"))).toBe(false);
    expect(passageTexts(document)).toEqual(BODY);
  });

  it("drops the footer menu after the last sentence and the reporter's bracketed credit glued to it", async () => {
    const last = `${BODY[1]}（文/张某  集团党办）`;
    const document = await inspectDocument("xinwen.txt", utf8(["某集团召开“优秀党员”表彰大会", BODY[0]!, last, "新闻中心", "最新公告", "集团新闻"]));
    expect(passageTexts(document)).toEqual(BODY);
    expect(document.invariants).toEqual([]);
  });

  it("keeps short lines at the end that follow no finished sentence, and a run of fewer than three", async () => {
    const unfinished = await inspectDocument("xinwen.txt", utf8(["学习提纲", "一、学习内容", "党章", "党规", "党纪"]));
    expect([...sectionTitles(unfinished), ...passageTexts(unfinished)].join("")).toContain("党纪");
    const two = await inspectDocument("xinwen.txt", utf8(["某集团召开表彰大会", ...BODY, "新闻中心", "最新公告"]));
    expect(passageTexts(two).join("")).toContain("最新公告");
  });
});

describe("a WeChat post's reflections with their authors", () => {
  const reflections = [
    "穿过红巷的青砖灰瓦，走进博物馆的大门，从斑驳的石阶窥见革命的斑斑史迹。",
    "——青年志愿者联合会 袁某",
    "踏入纪念馆，历史气息扑面而来。他们为理想无畏牺牲的精神令人动容。",
    "——研究生支教团 肖某",
  ];

  it("drops the dash-led attribution under each reflection and the producer's credit", async () => {
    const document = await inspectDocument("tuiwen.md", utf8(["寻访革命先辈的足迹", "", ...reflections.flatMap((line) => [line, ""]), "某青年融媒体中心出品"]));
    expect(passageTexts(document)).toEqual([reflections[0], reflections[2]]);
    expect(document.invariants).toEqual([]);
  });

  it("keeps a quote's bare attribution (who said it) with the quote", async () => {
    const document = await inspectDocument("tuiwen.md", utf8(["学习体会", "", reflections[0]!, "", "“江山就是人民，人民就是江山。”", "——习近平", "", reflections[2]!]));
    expect(passageTexts(document).join("")).toContain("——习近平");
  });

  it("keeps a dash-led subtitle under the title: it follows no sentence", async () => {
    const document = await inspectDocument("jianghua.md", utf8(["走向远方", "", "——在毕业典礼上的讲话", "", "同学们：", "", "今天，我们在这里隆重举行毕业典礼。"]));
    expect(document.metadata.subtitle).toBe("在毕业典礼上的讲话");
  });
});

describe("several leaders' 述职 reports in one file", () => {
  it("keeps a deputy's paragraph that restates, in its own words, part of the head's report: it is its heading's only text", async () => {
    const shared = "组织开展知识竞赛和主题宣讲暨微团课大赛，赓续红色根脉，提升“四个自信”。注重心理健康教育，开展团体辅导、心理游园会等大小活动27场，受众师生3000多人次。";
    const head = `一年来，班子始终深入学习贯彻党的创新理论，认真落实全面从严治党主体责任。${shared.replace("开展团体辅导", "组织团体辅导")}学校高分通过首批省现代化学校评估。`;
    const lines = [
      "2021年度领导干部述职报告",
      "王某",
      "一、严格政治要求，坚持做到廉洁自律",
      head,
      "孙某",
      "1.党建引领凝心聚力，学思践悟开拓前行",
      "抓好抓实建党100周年纪念活动和党史学习教育，进一步丰富学校党建品牌内涵，提升党建工作质量。",
      "2.精神引领学生成长，综合素养全面发展",
      `多措并举助力学生思想提升、全面发展。${shared}`,
      "3.清廉学校清育美德，廉洁教育廉润心田",
      "深化“清廉学校”建设，以传承学校先贤清正为公、廉洁治校品格为切入点，深入挖掘校训内涵。",
    ];
    const document = await inspectDocument("shuzhi.txt", utf8(lines));
    expect(sectionTitles(document)).toContain("精神引领学生成长，综合素养全面发展");
    expect(document.lostSentences).toEqual([]);
  });

  it("still drops a paragraph the file repeats word for word", async () => {
    const paragraph = "抓好抓实建党100周年纪念活动和党史学习教育，进一步丰富学校党建品牌内涵，提升党建工作质量。";
    const document = await inspectDocument("shuzhi.txt", utf8(["2021年度领导干部述职报告", "一、党建引领", paragraph, "二、党建工作", paragraph]));
    expect(passageTexts(document).filter((text) => text === paragraph)).toHaveLength(1);
  });
});

describe("a headline that exclaims", () => {
  const body = ["7月1日上午，学院党委组织全体党员集中收看庆祝大会直播，大家深受鼓舞。", "党员们纷纷表示，要从党的百年奋斗历程中汲取力量，立足岗位作贡献。"];

  it("is the document's title, whether the mark closes it or parts its phrases", async () => {
    for (const headline of ["奋斗百年路，启航新征程！", "喜报！我院党支部获评全国样板支部"]) {
      const document = await inspectDocument("xinwen.txt", utf8([headline, ...body]));
      expect(document.title).toBe(headline);
      expect(passageTexts(document)).toEqual(body);
      expect(document.invariants).toEqual([]);
    }
  });

  it("never when it is a greeting that opens a speech", async () => {
    const document = await inspectDocument("jianghua.txt", utf8(["同学们，大家好！", ...body]));
    expect(document.title).not.toBe("同学们，大家好！");
  });
});

describe("a WeChat post mirrored by a reposting site, saved as text", () => {
  const title = "时局 | 某某：欢迎知识分子提出批评";
  const speech = [
    "大家好！今天，我们在这里召开一个座谈会，请一些知识分子、劳动模范、青年代表来，同大家一起交流。",
    "全面建成小康社会，我国广大知识分子能够提供十分重要的人才支撑、智力支撑、创新支撑。",
    "我就讲这些。最后，祝大家工作顺利、身体健康、阖家幸福！",
  ];
  const page = [
    "排行榜",
    "客户端",
    title,
    "2016-05-01",
    "某账号",
    "微信号",
    "功能介绍",
    "关注个案，推动法治",
    "今日大案：",
    `【头条】${title}`,
    "【二条】南都聚焦 | 刑事申诉法治化，纠错机制待创新",
    title,
    "来源：新华社  （2016年4月26日）（节录）",
    ...speech,
    "昨日大案：",
    "【头条】重镑·论坛 | 某某:刑辩律师勇于抗争,才能促进司法清明",
    "【二条】警示 | 为某平台站台的经济学家被批捕",
    "促进",
    "法治",
    "推动",
    "长按↑二维码可以关注我哟~！",
    "阅读原文",
    "2016-05-01",
    "南都聚焦 | 刑事申诉法治化，纠错机制待创新",
    "2016-04-30",
    "揭密 | 社会抚养费给干部发奖金: 必须立即停收社会抚养费",
    "热榜",
  ];

  it("starts the article at its title's second printing and drops the account's lists and the page's footer", async () => {
    const document = await inspectDocument("jianghua.txt", utf8(page));
    expect(document.title).toBe(title);
    expect(passageTexts(document)).toEqual(speech);
    expect(document.invariants).toEqual([]);
  });

  it("keeps a text whose title is printed once, and one whose title is printed again after a paragraph", async () => {
    const once = await inspectDocument("jianghua.txt", utf8([title, "来源：新华社", ...speech]));
    expect(passageTexts(once)).toEqual(speech);
    const between = await inspectDocument("jianghua.txt", utf8([title, "导读", speech[0]!, title, ...speech.slice(1)]));
    expect(passageTexts(between).join("")).toContain(speech[0]);
  });
});

describe("a news page printed to PDF by a browser (its text hard-wrapped at the column)", () => {
  const wrap = (paragraph: string) => paragraph.match(/.{1,24}/gu)!;
  const first = "“百年接力，强国有我！”4月19日，总书记考察某大学时，师生强有力的口号声在操场上、大草坪边回荡，经久不息。当天中午起，全校各级党组织及时组织学习。";
  const second = "把握重大契机，因势利导开展党史学习教育。学校校长在领导班子专题学习研讨时表示，开展党史学习教育，要与学习学校党组织的光荣历史有机结合。";
  const third = "三月下旬以来，学校组建党史学习教育专题宣讲团，宣讲团由校领导班子成员、各院系骨干教师等近200名成员组成，已开展宣讲超过百场。";
  const last = "“要通过学习党史，让历史使命感振奋精神，为教育强国作出应有的贡献！”书记表示。";
  const page = [
    "百年接力，党旗映照某大学 - 中华人民共和国教育部政府门户网站",
    "============================================================",
    "2021-05-31 来源：《光明日报》收藏",
    ...wrap(first),
    "铭记历史，汲取信仰的力量",
    ...wrap(second),
    "牢记使命，感悟实践的真理",
    "",
    ...wrap(third),
    `${last}（本报记者 杨某）`,
  ];

  it("keeps the page's title without the site's name, and drops the date and source line under it", async () => {
    const document = await inspectDocument("yemian.txt", utf8(page));
    expect(document.title).toBe("百年接力，党旗映照某大学");
    expect(passageTexts(document)[0]).toBe(first);
  });

  it("keeps a headline's exclamation mark in the page's title, wrapped over two lines, without the site's names", async () => {
    const wrapped = ["博物馆奇妙游！这个党支部用特殊方式感知“大学校的力量”_澎湃号·", "政务_澎湃新闻-The Paper", "============================================================", ...page.slice(2)];
    const document = await inspectDocument("yemian.txt", utf8(wrapped));
    expect(document.title).toBe("博物馆奇妙游！这个党支部用特殊方式感知“大学校的力量”");
    expect(document.invariants).toEqual([]);
  });

  it("reads a short line of two phrases around a comma, over a full line, as a subheading", async () => {
    const document = await inspectDocument("yemian.txt", utf8(page));
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["铭记历史，汲取信仰的力量", "牢记使命，感悟实践的真理"]));
    expect(passageTexts(document)).toEqual([first, second, third, last]);
    expect(document.invariants).toEqual([]);
  });

  it("reads such a line in plain paragraphs (not wrapped) by the blank-line rule, and keeps a two-phrase line that ends a paragraph as its end", async () => {
    // Between blank-line paragraphs the line is an unmarked heading (rejoin-broken-lines' isUnmarkedHeadingLine), never a passage without a sentence.
    const plain = await inspectDocument("tuiwen.txt", utf8(["九月迎新", "", first, "", "初识惊鸿，相遇珞珈", "", second]));
    expect(sectionTitles(plain)).toContain("初识惊鸿，相遇珞珈");
    expect(passageTexts(plain)).toEqual([first, second]);
    const wrapped = await inspectDocument("yemian.txt", utf8(["学习体会", ...wrap(`${second}全校师生深受教育，纷纷表示`), "铭记历史，汲取力量", ...wrap(third)]));
    expect(sectionTitles(wrapped)).not.toContain("铭记历史，汲取力量");
  });
});

describe("a news portal's article page copied with its share toolbar and headline lists", () => {
  const article = [
    "某市加强机关作风建设专项整治",
    "某市加强机关作风建设专项整治",
    "2011年09月26来源：",
    "分享到：",
    "QQ空间",
    "新浪微博",
    "人人网",
    "更多",
    "今年以来，某市围绕群众反映强烈的突出问题，开展机关作风建设专项整治，共梳理问题清单八十余项。",
    "市纪委负责同志表示，下一步将建立问题整改台账，对整改不力的单位严肃追责问责。",
    "相关报道",
    "·某县开展廉政风险防控工作",
    "·某区推行政务公开 群众办事更便捷",
    "新闻推荐",
    "最新新闻",
    "·某地召开基层党建工作推进会",
    "·某市出台干部作风建设十项规定...",
  ];

  it("drops the share toolbar under its label and the headline lists after the article", async () => {
    const document = await inspectDocument("xinwen.txt", utf8(article));
    expect(document.title).toBe("某市加强机关作风建设专项整治");
    const text = passageTexts(document).join("");
    for (const furniture of ["QQ空间", "新浪微博", "更多", "相关报道", "新闻推荐", "最新新闻", "·"]) expect(text).not.toContain(furniture);
    expect(text).toContain("对整改不力的单位严肃追责问责。");
    expect(document.invariants).toEqual([]);
  });

  it("keeps dotted lines that stand before the article's last sentence, and a single dotted line at the end", async () => {
    const inside = await inspectDocument("xinwen.txt", utf8([article[0]!, article[8]!, "主要做法", "·建立问题清单", "·明确整改时限", article[9]!]));
    expect([...sectionTitles(inside), ...passageTexts(inside)].join("")).toContain("建立问题清单");
    const single = await inspectDocument("xinwen.txt", utf8([article[0]!, article[8]!, article[9]!, "相关报道", "·某县开展廉政风险防控工作"]));
    expect([...sectionTitles(single), ...passageTexts(single)].join("")).toContain("某县开展廉政风险防控工作");
  });
});

describe("study notes whose numbered questions point to the textbook's pages", () => {
  it("drops the page numbers after a question's end mark, keeping the question as its heading", async () => {
    const notes = [
      "第一章 群众路线",
      "1、群众路线的基本内容。12-15",
      "群众路线是党的根本工作路线，一切为了群众，一切依靠群众。",
      "2、为什么说群众路线是党的生命线？16,18-19**",
      "因为党的力量来自人民，党的根基在人民。",
      "3、群众路线的时代意义。21",
      "坚持群众路线，是保持党同人民群众血肉联系的根本要求。",
    ];
    const document = await inspectDocument("biji.txt", utf8(notes));
    const titles = sectionTitles(document);
    expect(titles.some((title) => title.includes("群众路线的基本内容"))).toBe(true);
    expect(titles.some((title) => /^[\d,\-*]+$/.test(title))).toBe(false);
    expect([...titles, ...passageTexts(document)].join("")).not.toMatch(/12-15|18-19|\*\*/);
    expect(document.invariants).toEqual([]);
  });

  it("keeps a number that is part of a numbered line's sentence", async () => {
    const document = await inspectDocument("biji.txt", utf8(["学习要点", "1、全市共有基层党组织1200个。", "2、党员人数比上年增加了15%。"]));
    expect(passageTexts(document).join("")).toContain("1200个");
  });
});
