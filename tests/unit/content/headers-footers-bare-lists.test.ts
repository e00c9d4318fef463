import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts, sectionTitles } from "./inspected-text";

// Stop 29 (issue 15): a web page copied with its header (home link, menu, search button) and its footer (the site's
// name and its filing number), and revision notes copied from a rendered page, whose lists lost their bullets and
// whose points were never given full stops. Small synthetic inputs, one layout each.
const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join("\n") + "\n");

const BODY = [
  "我段第三次党代会召开后，车队党总支组织党员认真学习会议精神，利用会议传达、微信群互动等形式消化吸收会议精神。",
  "大家纷纷表示要鼓足干劲，再接再厉，在支部建设、安全稳定、服务质量等方面争取取得更大的进步。",
];

describe("a page copied with its header and footer", () => {
  it("drops the header from the home link to the search button, and a breadcrumb whose last entry ends the title", async () => {
    const page = ["主页", "乘务员作业指导书", "列车长作业指导书", "商务车专项服务作业指导书", "搜索", "主页", "党员园地", "学习党代会精神", "党总支书记张某：学习党代会精神", ...BODY];
    const document = await inspectDocument("yemian.txt", utf8(page));
    expect(document.title).toBe("党总支书记张某：学习党代会精神");
    expect(passageTexts(document)).toEqual(BODY);
    expect(document.invariants).toEqual([]);
  });

  it("drops the footer: the site's name and its filing number after the last sentence", async () => {
    const page = ["车队多形式学习传达党代会精神", ...BODY, "某客运段车队微官网", "豫公网安备 41070302000269号"];
    const document = await inspectDocument("yemian.txt", utf8(page));
    expect(passageTexts(document)).toEqual(BODY);
  });

  it("keeps a page's first lines when no search or login button closes them, and short lines the footer does not end", async () => {
    const buttonless = await inspectDocument("yemian.txt", utf8(["主页", "乘务员作业指导书", "列车长作业指导书", "学习党代会精神", ...BODY]));
    expect([buttonless.title, ...sectionTitles(buttonless), ...passageTexts(buttonless)].join("")).toContain("乘务员作业指导书");
    const open = await inspectDocument("yemian.txt", utf8(["学习提纲", ...BODY, "联系人：张某", "电话：12345678"]));
    expect(passageTexts(open).join("")).toContain("张某");
  });
});

describe("revision notes copied from a rendered page", () => {
  const notes = (body: string[]) => utf8(["毛概模拟试卷参考答案", "", "一、简答题", "", "1. 新民主主义革命的基本纲领", "", "参考答案：", ...body]);

  it("reads a lead's bullet items that lost their bullets as the lead's sentence", async () => {
    const document = await inspectDocument(
      "biji.txt",
      notes(["新民主主义革命的基本纲领包括：", "", "1. 政治纲领：建立各革命阶级联合专政的新民主主义国家。", "", "2. 经济纲领：", "没收封建地主阶级的土地归农民所有", "没收官僚资产阶级的垄断资本归新民主主义国家所有", "保护民族工商业", ""]),
    );
    expect(passageTexts(document).join("")).toContain("2. 经济纲领：没收封建地主阶级的土地归农民所有；没收官僚资产阶级的垄断资本归新民主主义国家所有；保护民族工商业。");
    expect(sectionTitles(document)).toContain("新民主主义革命的基本纲领");
    expect(document.invariants).toEqual([]);
  });

  it("reads numbered points one to a line without full stops as one list under their lead", async () => {
    const document = await inspectDocument(
      "biji.txt",
      notes(["邓小平关于社会主义本质论述的重大意义：", "", "1. 理论意义：突破了传统社会主义理论的束缚，深化了对社会主义的认识", "2. 实践意义：为改革开放和现代化建设提供了理论指导", "3. 指导作用：强调发展是硬道理", ""]),
    );
    expect(passageTexts(document).join("")).toContain(
      "邓小平关于社会主义本质论述的重大意义：1. 理论意义：突破了传统社会主义理论的束缚，深化了对社会主义的认识；2. 实践意义：为改革开放和现代化建设提供了理论指导；3. 指导作用：强调发展是硬道理。",
    );
    expect(document.invariants).toEqual([]);
  });

  it("keeps the questions as headings where the answers' points are numbered alike and mostly sentences", async () => {
    const document = await inspectDocument(
      "biji.txt",
      utf8([
        "毛概简答题",
        "",
        "1. 毛泽东思想的活的灵魂",
        "",
        "参考答案：",
        "毛泽东思想的活的灵魂包括三个方面：",
        "",
        "1. 实事求是：坚持一切从实际出发，理论联系实际。",
        "2. 群众路线：一切为了群众，一切依靠群众。",
        "3. 独立自主：把立足点放在依靠自己力量上。",
        "",
        "2. 社会主义初级阶段理论",
        "",
        "参考答案：",
        "社会主义初级阶段理论的主要内容：",
        "",
        "1. 基本含义：我国正处于并将长期处于社会主义初级阶段。",
        "2. 主要矛盾：人民日益增长的物质文化需要同落后的社会生产之间的矛盾。",
        "3. 时间跨度：至少需要上百年时间。",
      ]),
    );
    expect(sectionTitles(document)).toEqual(expect.arrayContaining(["毛泽东思想的活的灵魂", "社会主义初级阶段理论"]));
    expect(document.invariants).toEqual([]);
  });

  it("leaves lines after a lead alone when a sentence follows them directly (prose, not a list)", async () => {
    const document = await inspectDocument(
      "biji.txt",
      notes(["会议指出：", "全面从严治党永远在路上", "党的自我革命永远在路上。", ""]),
    );
    expect(passageTexts(document).join("")).not.toContain("；");
  });
});

describe("a student's Markdown Q&A notes", () => {
  it("gives a numbered question its answer's points without a colon after the question mark or a 。；", async () => {
    const notes = [
      "#### 第1课 鸦片战争",
      "",
      "1. 英国发动鸦片战争的根本原因：<u>打开中国市场，进行殖民主义侵略</u>。",
      "",
      "2. 英国发动鸦片战争的直接原因、导火线、借口：<u>中国的禁烟运动（林则徐虎门销烟）</u>",
      "",
      "3. 中英《南京条约》的性质：<u>中国近代史上第一个丧权辱国的不平等条约。</u>",
      "",
      "4. 鸦片战争的影响？",
      "",
      "   1. <u>鸦片战争改变了中国历史发展的进程。</u>",
      "   2. <u>使中国丧失了完整独立的主权</u>",
      "   3. <u>中国社会的自然经济遭到破坏</u>",
      "",
    ];
    const document = await inspectDocument("jindaishi.md", utf8(notes));
    expect(passageTexts(document)).toContain("4. 鸦片战争的影响？（1）鸦片战争改变了中国历史发展的进程。（2）使中国丧失了完整独立的主权；（3）中国社会的自然经济遭到破坏。");
  });
});
