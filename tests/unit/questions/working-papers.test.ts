import { describe, expect, it } from "vitest";
import { PUBLISH_THRESHOLD, scoreCandidate, type Candidate } from "@/lib/questions";
import { readDocumentKind } from "@/lib/content";
import { isDoctrineTerm } from "@/lib/questions/working-papers";
import { clauseWindow } from "@/lib/questions/source-text";
import { fillBlankCandidate, moduleContext, placedIn } from "./fixtures";

// Stop 36 (issue 16): a unit's working papers quote a little doctrine among a lot of its own arrangements; only the
// doctrine is examined. Sentences written for these tests, not copied from a fixture.
const isWorkingPaperTitle = (title: string) => readDocumentKind({ title, texts: ["支部要按时报送材料。"] }).kind === "notice";

describe("working papers (UNIT_ARRANGEMENT)", () => {
  it("knows a unit's notices, plans, schemes, summaries and minutes by their titles", () => {
    for (const title of [
      "关于开展2024年度党员冬训工作的通知",
      "中共某某县实验小学支部委员会关于召开专题组织生活会的通知",
      "第三党支部2025年工作计划",
      "机关党委主题党日活动方案",
      "某某公司党委理论学习中心组学习安排",
      "关于深入开展作风建设年活动的实施方案",
      "支部委员会会议纪要",
    ]) expect(isWorkingPaperTitle(title), title).toBe(true);
  });

  it("leaves the centre's documents, notices that issue a regulation, regulations and articles alone", () => {
    for (const title of [
      "中共中央办公厅关于开展党纪学习教育的通知",
      "关于印发《党支部工作条例》的通知",
      "中国共产党纪律处分条例",
      "以自我革命引领社会革命",
      "在庆祝中国共产党成立100周年大会上的讲话",
    ]) expect(isWorkingPaperTitle(title), title).toBe(false);
  });

  it("knows doctrine terms by the lexicon: set members, set names and glossed terms", () => {
    for (const term of ["两个维护", "全面从严治党", "形式主义", "第二个百年奋斗目标"]) expect(isDoctrineTerm(term), term).toBe(true);
    for (const term of ["党政办", "三名", "先锋指数", "2023年1月"]) expect(isDoctrineTerm(term), term).toBe(false);
  });

  const paper = moduleContext("关于开展秋季党员轮训工作的通知", "工作要求", ["各支部要在11月底前把学员名单报送党群工作部，严格落实上级规定，坚决反对形式主义。"], []);
  const inPaper = (sentence: string, answer: string): Candidate => placedIn(fillBlankCandidate(sentence, answer), paper.index.modules[0]!);

  it("sends a blank on the unit's own arrangement to review and keeps one on the doctrine it quotes", () => {
    const arrangement = scoreCandidate(inPaper("各支部要在11月底前把学员名单报送党群工作部。", "党群工作部"), paper.index);
    expect(arrangement.doubts).toContain("UNIT_ARRANGEMENT");
    expect(arrangement.score).toBeLessThan(PUBLISH_THRESHOLD);
    const doctrine = scoreCandidate(inPaper("严格落实上级规定，坚决反对形式主义。", "形式主义"), paper.index);
    expect(doctrine.doubts).not.toContain("UNIT_ARRANGEMENT");
  });
});

describe("clauseWindow in a semicolon series", () => {
  const at = 100;
  const windowAround = (text: string, blank: string, max: number) => {
    const start = at + text.indexOf(blank);
    return clauseWindow({ text, start: at, end: at + text.length }, start, start + blank.length, max).text;
  };

  it("does not end on the first clause of an item the cut leaves hanging", () => {
    const text = "对照检查三个方面的不足：在坚定理想信念方面的不足；在落实工作责任方面的不足；在联系服务群众，密切党群关系方面的不足。";
    expect(windowAround(text, "坚定理想信念", 50)).toBe("对照检查三个方面的不足：在坚定理想信念方面的不足；在落实工作责任方面的不足");
  });

  it("keeps an item cut after clauses that say something", () => {
    const text = "1935年1月遵义会议召开，确立了毛泽东在党中央和红军的领导地位；1936年10月，红军三大主力会师，长征胜利结束，开辟了中国革命新局面。";
    expect(windowAround(text, "1935年1月", 58)).toBe("1935年1月遵义会议召开，确立了毛泽东在党中央和红军的领导地位；1936年10月，红军三大主力会师，长征胜利结束");
  });
});
