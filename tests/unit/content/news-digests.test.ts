import { describe, expect, it } from "vitest";
import iconv from "iconv-lite";
import { inspectDocument, type InspectedDocument, type InspectedSection } from "@/lib/content/inspect-document";
import { checkDocumentInvariants } from "@/lib/content/quality/document-invariants";
import { NEWS_DATELINE, readNewsDigest, reportTitleFromText } from "@/lib/content/structure/news-reports";
import { buildCourse } from "@/lib/content/build-course";

// News reports run together in one document (a study site's digest a crawler saved as one GBK
// line): each report opens with its dateline, some under a headline, some carrying a `原标题：`.
// Small synthetic inputs, one layout each.
const gbk = (text: string) => new Uint8Array(iconv.encode(text, "gbk"));
const INDENT = "\u3000\u3000";
const inspect = (paragraphs: string[]) => inspectDocument("报道.txt", gbk(paragraphs.map((paragraph) => INDENT + paragraph).join("")));

interface Titled {
  title: string;
  passages: string[];
  sections: Titled[];
}
function tree(document: InspectedDocument): Titled[] {
  const visit = (section: InspectedSection): Titled => ({ title: section.title, passages: section.passages.map((passage) => passage.text), sections: section.sections.map(visit) });
  return document.modules.flatMap((module) => module.sections.map(visit));
}
const titles = (document: InspectedDocument): string[] => {
  const visit = (section: Titled): string[] => [section.title, ...section.sections.flatMap(visit)];
  return tree(document).flatMap(visit);
};
const allText = (document: InspectedDocument): string => {
  const visit = (section: Titled): string => section.passages.join("") + section.sections.map(visit).join("");
  return tree(document).map(visit).join("");
};

const REPORTS = [
  "【学习路上按】党的十八大以来，习近平总书记高度重视基层党建工作，多次作出重要指示。本文摘编其中几篇报道，供大家学习。",
  "对开展学习教育作出重要指示",
  "据新华社电日前，习近平对在全党开展学习教育作出重要指示。习近平指出，要突出问题导向，把合格的标尺立起来。",
  "习近平强调，基层是党的执政之基、力量之源，要把全面从严治党落实到每个支部。",
  "&gt;&gt;背景资料",
  "什么是学习教育",
  "学习教育是一项重大政治任务，基础在学，关键在做。",
  "新华社北京4月5日电　中共中央总书记、国家主席、中央军委主席习近平5日上午在参加首都义务植树活动时强调，发展林业是生态文明建设的重要举措。",
  "各级领导干部要带头参加义务植树，让大地山川绿起来。",
  "国际在线报道(记者 杨磊)：2016年两会上，中共中央总书记、国家主席、中央军委主席习近平多次强调，要把脱贫攻坚作为头等大事来抓。",
  "精准扶贫，不能制造盆景，去过的每个地方都要抓反馈。",
  "3月13日，习近平出席解放军代表团全体会议并发表重要讲话。这是习近平同军队人大代表亲切握手。新华社记者 李刚 摄",
  "新华社北京3月13日电（记者 李宣良、孙彦新）习近平13日下午在出席解放军代表团全体会议时强调，创新是引领发展的第一动力。",
  "习近平指出，科学的军事理论就是战斗力，要大力推进军事理论创新。",
  "原标题：习近平：全面实施创新驱动发展战略 推动国防和军队建设实现新跨越",
];

describe("a digest of news reports run together", () => {
  it("makes each report a section titled by its headline, its 原标题 or its first clause, without datelines", async () => {
    const document = await inspect(REPORTS);
    const sections = tree(document);
    expect(sections.map((section) => section.title)).toEqual([
      document.title,
      "对开展学习教育作出重要指示",
      "习近平5日上午在参加首都义务植树活动时强调",
      "习近平多次强调要把脱贫攻坚作为头等大事来抓",
      "习近平：全面实施创新驱动发展战略推动国防和军队建设实现新跨越",
    ]);
    // The headline's report: its dateline gone from its first paragraph.
    expect(sections[1]!.passages[0]).toBe("日前，习近平对在全党开展学习教育作出重要指示。习近平指出，要突出问题导向，把合格的标尺立起来。");
    expect(sections[4]!.passages[0]).toMatch(/^习近平13日下午/);
    expect(allText(document)).not.toMatch(/新华社北京|据新华社电|国际在线报道|原标题|李刚/);
    expect(document.invariants).toEqual([]);
  });

  it("keeps a box of background as a labelled section under its report", async () => {
    const document = await inspect(REPORTS);
    const report = tree(document)[1]!;
    expect(report.sections.map((section) => section.title)).toEqual(["背景资料"]);
    expect(report.sections[0]!.sections.map((section) => section.title)).toEqual(["什么是学习教育"]);
  });

  it("titles the document by the editor's note without its column tag or a clause that only says when", async () => {
    const document = await inspect(REPORTS);
    expect(document.title).toBe("习近平总书记高度重视基层党建工作");
    expect(titles(document).some((title) => title.startsWith("【"))).toBe(false);
  });

  it("leaves a single report's dateline and paragraphs alone (no digest)", () => {
    const lines = ["新华社北京4月5日电 习近平5日上午参加首都义务植树活动。", "他强调，发展林业是生态文明建设的重要举措。"];
    expect(readNewsDigest(lines).lines).toEqual(lines);
    expect(readNewsDigest(lines).reports.size).toBe(0);
  });

  it("splits a quoted report from the commentary after its bracketed source", () => {
    const digest = readNewsDigest([
      "近日，习近平对开展学习教育作出重要指示。（4月6日新华网）党支部是党的组织基础，是推进党健康发展的基本力量。",
      "据新华社电日前，习近平作出重要指示。",
      "据新华社电习近平强调，要整顿不合格基层党组织。",
    ]);
    expect(digest.lines[0]).toBe("近日，习近平对开展学习教育作出重要指示。（4月6日新华网）");
    expect(digest.lines[1]).toBe("党支部是党的组织基础，是推进党健康发展的基本力量。");
    expect(digest.reports.get(1)).toBe("党支部是党的组织基础");
  });
});

describe("datelines", () => {
  it("are read at a paragraph's start in the forms agencies print", () => {
    for (const line of ["据新华社电日前，习近平作出指示。", "新华社北京4月5日电　习近平强调", "本报北京3月5日电（记者 张三）全国两会开幕。", "本报讯（记者 王五）近日，", "国际在线报道（记者 杨磊）：2016年两会上，", "人民网北京3月5日电 今天上午"]) {
      expect(NEWS_DATELINE.test(line), line).toBe(true);
    }
  });

  it("are not read in sentences that name an agency or start with 电", () => {
    for (const line of ["人民日报报道，全国两会开幕。", "合作社电商扶贫模式值得推广。", "新华社是国家通讯社。", "据报道，会议在京召开。"]) {
      expect(NEWS_DATELINE.test(line), line).toBe(false);
    }
  });
});

describe("a report without a headline", () => {
  it("is titled by its first clause that says more than when, without the offices before a name", () => {
    expect(reportTitleFromText("2016年两会上，中共中央总书记、国家主席习近平多次强调，要把脱贫攻坚作为头等大事来抓。")).toBe("习近平多次强调要把脱贫攻坚作为头等大事来抓");
    expect(reportTitleFromText("党的十八大以来，全国纪检监察机关坚持把纪律挺在前面。")).toBe("全国纪检监察机关坚持把纪律挺在前面");
  });
});

describe("the invariant on column tags and datelines as titles", () => {
  const SOURCE = "党的十八大以来，我们坚持全面从严治党，取得了显著成效。";
  const violationsTitled = async (title: string) => {
    const course = await buildCourse({ title: "测试", description: "测试", documents: [{ path: "a.txt", title }] }, [{ path: "a.txt", bytes: new TextEncoder().encode(SOURCE) }]);
    return checkDocumentInvariants({ fileName: "a.txt", sourceText: SOURCE, course }).violations.map((violation) => violation.invariant);
  };

  it("fails a title that is a column tag or a dateline", async () => {
    expect(await violationsTitled("【学习路上按】党的十八大以来")).toContain("metadata-title");
    expect(await violationsTitled("据新华社电")).toContain("metadata-title");
    expect(await violationsTitled("新华社北京4月5日电")).toContain("metadata-title");
  });

  it("passes a title that names a news agency in its words", async () => {
    expect(await violationsTitled("新华社记者的一天")).toEqual([]);
  });
});
