import { describe, expect, it } from "vitest";
import { opensWithoutSubject, withContextLead } from "@/lib/questions/context-lead";

const ARCHIVES = { documentTitle: "纪检监察机关案件档案管理办法", sectionTitle: "附则", opensSection: false };
const COMMISSION = { documentTitle: "《中国共产党纪律检查委员会工作条例》", sectionTitle: "派驻、派出机构", opensSection: false };
const HANDBOOK = { documentTitle: "党建知识库", sectionTitle: "主题党日活动", opensSection: true };

describe("withContextLead", () => {
  it("names the regulation an article without a subject comes from", () => {
    expect(withContextLead("长期保管期限为六十年，短期保管期限为______。", ARCHIVES)).toBe("按照《纪检监察机关案件档案管理办法》，长期保管期限为六十年，短期保管期限为______。");
    expect(withContextLead("依规依纪开展______，严肃查处违纪问题。", COMMISSION)).toBe("按照《中国共产党纪律检查委员会工作条例》，依规依纪开展______，严肃查处违纪问题。");
    expect(withContextLead("必须充分发扬（　），尊重党员主体地位，保障党员民主权利。", { ...COMMISSION, documentTitle: "中国共产党章程" })).toBe("按照《中国共产党章程》，必须充分发扬（　），尊重党员主体地位，保障党员民主权利。");
    // Whether a document sets rules is read from its text (documentKind): a commentary titled like a regulation gets no regulation's lead.
    expect(withContextLead("依规依纪开展______，严肃查处违纪问题。", { ...COMMISSION, normative: false })).toBe("依规依纪开展______，严肃查处违纪问题。");
    expect(withContextLead("依规依纪开展______，严肃查处违纪问题。", { ...COMMISSION, normative: true })).toBe("按照《中国共产党纪律检查委员会工作条例》，依规依纪开展______，严肃查处违纪问题。");
    expect(withContextLead("受到降职处理的，______内不得提拔职务、晋升职级或者进一步使用。", { ...ARCHIVES, documentTitle: "中国共产党组织处理规定（试行）" })).toBe(
      "按照《中国共产党组织处理规定（试行）》，受到降职处理的，______内不得提拔职务、晋升职级或者进一步使用。",
    );
    // The same kind words as documentKind reads: a law and a revised regulation (its note of revision cut off before the kind word).
    expect(withContextLead("应当接受______，依法履行职责。", { ...ARCHIVES, documentTitle: "中华人民共和国监察法" })).toBe("按照《中华人民共和国监察法》，应当接受______，依法履行职责。");
    expect(withContextLead("依规依纪开展______，严肃查处违纪问题。", { ...ARCHIVES, documentTitle: "中国共产党纪律检查委员会工作条例（2021年修订）" })).toBe(
      "按照《中国共产党纪律检查委员会工作条例（2021年修订）》，依规依纪开展______，严肃查处违纪问题。",
    );
  });

  it("says 根据 when the stem says 按照 itself", () => {
    expect(withContextLead("坚持惩前毖后、治病救人，按照错误性质和情节轻重，给以批评教育直至______。", { ...COMMISSION, documentTitle: "中国共产党章程" })).toBe(
      "根据《中国共产党章程》，坚持惩前毖后、治病救人，按照错误性质和情节轻重，给以批评教育直至______。",
    );
  });

  it("leaves a stem that has its subject, names a document, opens with its list's name or with the blank", () => {
    for (const stem of [
      "派驻机构应当结合日常监督掌握的情况，对问题线索进行综合分析、适当了解。",
      "巡视工作坚持中央统一领导、分级负责；坚持（　）、发扬民主。",
      "党员必须履行下列义务。",
      "在党员必须履行的义务中，______，向群众宣传党的主张。",
      "依照《中国共产党纪律处分条例》给予______处分。",
      "______必须突出党的领导机关和领导干部特别是主要领导干部。",
    ])
      expect(withContextLead(stem, COMMISSION)).toBe(stem);
  });

  it("names a rule-setting text before every stem of it, with 根据, whatever the stem opens with", () => {
    const rules = { ...COMMISSION, normative: true };
    for (const stem of [
      "派驻机构应当结合日常监督掌握的情况，对问题线索进行综合分析、适当了解。",
      "______必须突出党的领导机关和领导干部特别是主要领导干部。",
      "在党员必须履行的义务中，______，向群众宣传党的主张。",
      "改革开放以来，党的工作中心转移到______上来。",
    ])
      expect(withContextLead(stem, rules)).toBe(`根据《中国共产党纪律检查委员会工作条例》，${stem}`);
    // A subjectless article keeps 按照 (what it orders); a stem naming a document, a text not read as setting rules and a
    // title that names no rule text are left as they are.
    expect(withContextLead("依规依纪开展______，严肃查处违纪问题。", rules)).toBe("按照《中国共产党纪律检查委员会工作条例》，依规依纪开展______，严肃查处违纪问题。");
    expect(withContextLead("依照《中国共产党纪律处分条例》给予______处分。", rules)).toBe("依照《中国共产党纪律处分条例》给予______处分。");
    expect(withContextLead("派驻机构应当结合日常监督掌握的情况，对______进行综合分析。", { ...COMMISSION, normative: false })).toBe("派驻机构应当结合日常监督掌握的情况，对______进行综合分析。");
    expect(withContextLead("党员必须履行______。", { ...HANDBOOK, normative: true })).toBe("党员必须履行______。");
  });

  it("takes a four-character name of a rule for no document title", () => {
    const stem = "旨在规范党政机关公务接待、（　）、办公耗材等领域的支出。";
    expect(withContextLead(stem, { documentTitle: "八项规定", sectionTitle: "", opensSection: false })).toBe(stem);
  });

  it("names the heading a subjectless first sentence stands under, when the heading names a thing", () => {
    expect(withContextLead("每月固定______开展，明确活动主题，做好活动记录。", HANDBOOK)).toBe("关于主题党日活动，每月固定______开展，明确活动主题，做好活动记录。");
    // Not a later sentence of the section, nor a heading that is a task, a part of a report or a frame word.
    const stem = "坚持______，坚决维护党委的政治核心和领导核心地位。";
    expect(withContextLead(stem, { ...HANDBOOK, opensSection: false })).toBe(stem);
    expect(withContextLead(stem, { ...HANDBOOK, sectionTitle: "着力加强政府自身建设" })).toBe(stem);
    expect(withContextLead(stem, { ...HANDBOOK, sectionTitle: "思想政治情况" })).toBe(stem);
    expect(withContextLead(stem, { ...HANDBOOK, sectionTitle: "附则" })).toBe(stem);
  });
});

describe("withContextLead of a time limit", () => {
  it("names the regulation whose time limit a stem asks for, though its clause has a subject", () => {
    expect(withContextLead("线索处置意见应当自收到线索之日起______内提出。", ARCHIVES)).toBe("按照《纪检监察机关案件档案管理办法》，线索处置意见应当自收到线索之日起______内提出。");
    expect(withContextLead("纪检干部离职的，（　）内不得从事与纪律检查工作相关的职业。", COMMISSION)).toBe("按照《中国共产党纪律检查委员会工作条例》，纪检干部离职的，（　）内不得从事与纪律检查工作相关的职业。");
  });

  it("leaves a time limit of a document that sets no rules, one naming its rule, and a share (______以内)", () => {
    expect(withContextLead("线索处置意见应当自收到线索之日起______内提出。", { ...ARCHIVES, normative: false })).toBe("线索处置意见应当自收到线索之日起______内提出。");
    expect(withContextLead("违反《某某规定》受到降职处理的，______内不得提拔。", ARCHIVES)).toBe("违反《某某规定》受到降职处理的，______内不得提拔。");
    expect(withContextLead("工作人员控制在会议代表人数的______以内。", ARCHIVES)).toBe("工作人员控制在会议代表人数的______以内。");
  });
});

describe("withContextLead of a number a 单选 asks", () => {
  it("names the regulation of any number asked of a rule, though its clause has a subject", () => {
    const stem = "被函询人应当在收到函件后（　）工作日内写出说明材料。";
    expect(withContextLead(stem, { ...ARCHIVES, asksNumber: true })).toBe(`按照《纪检监察机关案件档案管理办法》，${stem}`);
    expect(withContextLead(stem, ARCHIVES)).toBe(stem);
    // Not for a document that sets no rules.
    expect(withContextLead(stem, { ...ARCHIVES, normative: false, asksNumber: true })).toBe(stem);
  });
});

describe("withContextLead of a term a 单选 asks among its siblings", () => {
  it("names the regulation whose sibling term a 单选 asks, though its clause has a subject", () => {
    const stem = "机关领导班子应当自觉接受党内监督和（　）。";
    expect(withContextLead(stem, { ...ARCHIVES, asksChoice: true })).toBe(`按照《纪检监察机关案件档案管理办法》，${stem}`);
    expect(withContextLead(stem, { ...ARCHIVES, normative: false, asksChoice: true })).toBe(stem);
  });
});

describe("withContextLead of a work report", () => {
  const REPORT = { documentTitle: "2026年某省政府工作报告", sectionTitle: "过去一年的工作", opensSection: false, normative: false, personal: false };

  it("names the work report a sentence of achievements or plans without a subject comes from", () => {
    expect(withContextLead("深入打好______攻坚战，在国家考核中获“六连优”。", REPORT)).toBe("据《2026年某省政府工作报告》，深入打好______攻坚战，在国家考核中获“六连优”。");
    expect(withContextLead("要坚守为民初心，树立和践行正确______。", { ...REPORT, documentTitle: "《中共某市委员会工作报告》" })).toBe("据《中共某市委员会工作报告》，要坚守为民初心，树立和践行正确______。");
  });

  it("names the work report whose author a sentence's 我们 is, not where 我们 is the party or the report a person's (stop 35)", () => {
    expect(withContextLead("一年来，我们自觉接受______和舆论监督。", REPORT)).toBe("据《2026年某省政府工作报告》，一年来，我们自觉接受______和舆论监督。");
    expect(withContextLead("我们坚持科学决策、______、依法决策。", REPORT)).toBe("据《2026年某省政府工作报告》，我们坚持科学决策、______、依法决策。");
    expect(withContextLead("我们党始终坚持______。", REPORT)).toBe("我们党始终坚持______。");
    expect(withContextLead("一年来，我们自觉接受______监督。", { ...REPORT, documentTitle: "2021年度领导干部述职报告" })).toBe("一年来，我们自觉接受______监督。");
  });

  it("leaves a report sentence with its subject, a 述职报告 and a document of another kind", () => {
    expect(withContextLead("全省地区生产总值增长______左右。", REPORT)).toBe("全省地区生产总值增长______左右。");
    expect(withContextLead("严格遵守党的______和政治规矩。", { ...REPORT, documentTitle: "2021年度领导干部述职报告" })).toBe("严格遵守党的______和政治规矩。");
    expect(withContextLead("严格遵守党的______和政治规矩。", { ...REPORT, documentTitle: "某某单位年度工作报告", personal: true })).toBe("严格遵守党的______和政治规矩。");
    expect(withContextLead("深入打好______攻坚战。", { ...REPORT, documentTitle: "读书笔记" })).toBe("深入打好______攻坚战。");
  });
});

describe("opensWithoutSubject", () => {
  it("tells a clause opening on a verb, modal or 每… from one that opens on its subject", () => {
    expect(opensWithoutSubject("每月固定1天开展。")).toBe(true);
    expect(opensWithoutSubject("严格根据工作需要安排陪同人员和工作人员。")).toBe(true);
    expect(opensWithoutSubject("党的各级纪律检查委员会的职责是监督、执纪、问责。")).toBe(false);
    expect(opensWithoutSubject("承办部门应当在谈话结束后______内写出情况报告。")).toBe(false);
  });
});
