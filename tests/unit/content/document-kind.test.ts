import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { WRITER_VOICE } from "@/lib/content/document-kind";
import { buildCourse, parseCourseManifest, readDocumentKind, type BuiltCourse, type DocumentKindName } from "@/lib/content";

// Stop 37 (issue 16): one kind per document, read from its content as well as its title. Texts written for these tests.
const kindOf = (title: string, texts: string[], metadataLines: string[] = []): DocumentKindName => readDocumentKind({ title, texts, metadataLines }).kind;

describe("readDocumentKind on short invented texts", () => {
  it("reads a regulation from its articles in sequence, whatever its title", () => {
    const articles = ["第一条 为了规范支部工作，制定本规定。", "第二条 支部每月开会一次。", "第三条 支部书记主持会议。", "第四条 会议记录存档。", "第五条 本规定自发布之日起施行。"];
    expect(kindOf("某某工作的若干要求", articles)).toBe("regulation");
    const found = readDocumentKind({ title: "某某工作的若干要求", texts: articles });
    expect(found.evidence).toContain("articles:5");
  });

  it("reads a regulation from a rule title with an adoption note, not from a title naming one article of another", () => {
    expect(kindOf("党员学习教育管理办法（试行）", ["第一章 总则", "为加强党员学习，制定本办法。"])).toBe("regulation");
    expect(kindOf("准确理解处分条例第十条规定", ["本文谈谈对这一条的理解。"])).not.toBe("regulation");
  });

  it("reads a regulation from a list of numbered prohibitions, not from an essay's numbered 必须", () => {
    const prohibitions = ["一、会议活动", "1.严禁借开会之名组织宴请。", "2.不得超标准安排住宿。", "3.禁止赠送纪念品。", "4.会议不准摆放花草。", "5.严格控制会议规模，一律不发文件袋。"];
    expect(kindOf("支部会议活动负面清单", prohibitions)).toBe("regulation");
    expect(readDocumentKind({ title: "支部会议活动负面清单", texts: prohibitions }).evidence).toContain("prohibitions:5/5");
    const essay = ["1.必须学会抓中心工作。", "2.要把问题摆到桌面上来。", "3.必须善于团结同志。", "4.要胸中有数。", "5.必须注意工作方法。"];
    expect(kindOf("谈谈支部书记的工作方法", essay)).not.toBe("regulation");
  });

  it("reads a unit's notice that publishes its work points as a notice, and marks a writer's own voice whatever the kind", () => {
    expect(kindOf("关于公布本学年工作要点的通知", ["1.加强支部建设。", "2.抓好教学常规。"])).toBe("notice");
    const speech = readDocumentKind({ title: "在开学典礼上的讲话", texts: ["同学们：今天我很高兴。", "我想和大家谈三点体会。", "学校的发展离不开每一位师生。"] });
    expect(speech.kind).toBe("doctrine");
    expect(speech.evidence).toContain(WRITER_VOICE);
    expect(readDocumentKind({ title: "某某工作条例", texts: ["第一条 为了规范工作，制定本条例。"] }).evidence).not.toContain(WRITER_VOICE);
  });

  it("reads a speech from its salutation and doctrine of record from a works head note", () => {
    expect(kindOf("在全县教育大会上的讲话", ["同志们：", "今天我们召开大会，总结一年工作。"])).toBe("doctrine");
    expect(kindOf("论学习", ["（一九三九年五月二十日）", "这是在延安干部大会上的讲话。", "我们的队伍里边有一种恐慌。"])).toBe("doctrine");
  });

  it("reads a news report from its lead or a byline the cleaning removed", () => {
    expect(kindOf("全区党建工作推进会举行", ["本报讯 3月5日，全区党建工作推进会举行。"])).toBe("news");
    expect(kindOf("支部学习会", ["会议传达了上级精神。"], ["记者 王小明 报道"])).toBe("news");
  });

  it("reads a unit's notice from its title or from its addressees and close", () => {
    expect(kindOf("关于开展秋季党员轮训的通知", ["各党支部：", "现将有关事项通知如下。"])).toBe("notice");
    expect(kindOf("某校党委通知", ["各党支部：", "请于5月底前报送名单。", "特此通知。"])).toBe("notice");
    expect(kindOf("中共中央办公厅关于开展党纪学习教育的通知", ["各省、自治区、直辖市党委：", "特此通知。"])).not.toBe("notice");
  });

  it("reads case material from its title or from sanctions narrated in dated sentences", () => {
    expect(kindOf("警示教育 | 侵害群众利益典型案例", ["一、某局干部违规收受礼金。"])).toBe("case-material");
    expect(kindOf("四起问题", ["2022年5月，钱某受到党内严重警告处分。", "2023年1月，孔某被开除党籍。"])).toBe("case-material");
  });

  it("reads review sheets, study notes, reflections and reports", () => {
    expect(kindOf("党章知识", ["问：党的最高领导机关是什么？", "答：党的全国代表大会。", "问：党员的义务有几项？", "答：八项。"])).toBe("review-sheet");
    expect(kindOf("党史学习笔记", ["一、建党", "二、长征"])).toBe("study-notes");
    const outline = Array.from({ length: 12 }, (_, i) => `${i + 1}. 要点${i + 1}`);
    expect(kindOf("第三章 新民主主义", outline)).toBe("study-notes");
    expect(kindOf("参观纪念馆有感", ["我站在展柜前，久久不能平静。", "我想到了自己的责任。"])).toBe("reflection");
    expect(kindOf("某某同志个人述职报告", ["一年来，本人认真履职。"])).toBe("report");
    expect(kindOf("2025年某市政府工作报告", ["全市生产总值增长5.2%。"])).toBe("report");
  });

  // Stop 38: the note after a subject title may name what the text is; a status note does not.
  it("reads study notes from a title's trailing note, not from a status note", () => {
    expect(kindOf("党员的四项权利（复习提纲）", ["党员享有表决权。", "党员享有选举权。"])).toBe("study-notes");
    expect(kindOf("党员的四项权利（2024年）", ["党员享有表决权。", "党员享有选举权。"])).toBe("commentary");
  });

  it("reads commentary from an essay's title and prose, and other from nothing", () => {
    expect(kindOf("如何理解全面从严治党", ["全面从严治党是新时代党的建设的鲜明主题。"])).toBe("commentary");
    expect(kindOf("", [])).toBe("other");
  });
});

// Every document of the evaluation that is not a holdout (the seeds, tests/fixtures/quality/docs and the corpus's tuning
// documents), built as content:build builds it: invariants that need no hand label.
type EvaluationDocument = { id: string; course?: string; file?: string; title: string; uploaded?: boolean; holdout: boolean };
const evaluation = (JSON.parse(fs.readFileSync("tests/fixtures/quality/docs.json", "utf8")).documents as EvaluationDocument[]).filter((document) => !document.holdout);

async function build(document: EvaluationDocument): Promise<BuiltCourse> {
  if (document.course) {
    const folder = path.dirname(path.resolve(document.course));
    const manifest = parseCourseManifest(JSON.parse(fs.readFileSync(path.resolve(document.course), "utf8")));
    return buildCourse(manifest, manifest.documents.map((entry) => ({ path: entry.path, bytes: new Uint8Array(fs.readFileSync(path.join(folder, entry.path))) })));
  }
  const name = path.basename(document.file!);
  const manifest = parseCourseManifest({ title: document.title, description: document.title, documents: [{ path: name, ...(document.uploaded ? {} : { title: document.title }) }] });
  return buildCourse(manifest, [{ path: name, bytes: new Uint8Array(fs.readFileSync(path.resolve(document.file!))) }]);
}

describe("the kind of every non-holdout evaluation document", () => {
  const reports: Array<{ id: string; title: string; kind: DocumentKindName; evidence: string[] }> = [];
  beforeAll(async () => {
    for (const document of evaluation) for (const report of (await build(document)).reports) reports.push({ id: document.id, title: report.title, kind: report.kind!.kind, evidence: report.kind!.evidence });
  }, 300_000);

  it("gives every document one kind", () => {
    expect(reports.length).toBeGreaterThanOrEqual(evaluation.length);
    for (const report of reports) expect(report.kind, report.id).toBeDefined();
  });

  it("reads every document of five or more articles under a regulation's title as a regulation", () => {
    for (const report of reports.filter((found) => /(?:条例|准则|规则|办法|规定|细则|章程)(?:[（(][^）)]*[）)])?$/.test(found.title) && found.evidence.some((item) => /^articles:(?:[5-9]|\d{2,})/.test(item))))
      expect(report.kind, report.id).toBe("regulation");
  });

  it("reads every government work report as a report and every 警示教育 notice as case material", () => {
    for (const report of reports.filter((found) => /政府工作报告$/.test(found.title))) expect(report.kind, report.id).toBe("report");
    for (const report of reports.filter((found) => found.title.startsWith("警示教育"))) expect(report.kind, report.id).toBe("case-material");
  });

  it("finds kinds across the corpus, not one kind for all", () => {
    const kinds = new Set(reports.map((report) => report.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(8);
  });
});
