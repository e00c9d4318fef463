import { describe, expect, it } from "vitest";
import { PUBLISH_THRESHOLD, scoreCandidate, type Candidate } from "@/lib/questions";
import { hasDanglingReference } from "@/lib/questions/dangling-reference";
import { simileSlotBlank, tellsEventColour } from "@/lib/questions/incidental-detail";
import { fillBlankCandidate, fixtureContext } from "./fixtures";

// Stop 35: what news reports, speeches and year-end accounts of one unit publish that tests no knowledge: the unit's own
// plans under a subject the stem does not name (全校…要, 学校要…), a participant's feeling, a run of the year's events,
// and the image of a simile.
const { index } = fixtureContext();
const doubtsOf = (candidate: Candidate) => scoreCandidate(candidate, index).doubts;

describe("the writer's own unit as the subject (DANGLING_REFERENCE)", () => {
  it("finds 全校/全院/全县 and a school or college that is to do or has done something", () => {
    for (const stem of [
      "全校各级党组织要不断增强______，把准政治方向。",
      "全院党员干部要坚决扛起______，层层压实责任。",
      "2024年学校要压紧压实全面从严治党的______和监督责任。",
      "会议指出，学院先后开展了______专题学习。",
      "校党委要始终把______摆在首位。",
    ]) expect(hasDanglingReference(stem), stem).toBe(true);
  });

  it("leaves 健全, 安全, 全国, 全党, a school named as such and a classic text's 全省 alone", () => {
    for (const stem of [
      "要健全______监督体系，完善权力运行制约机制。",
      "全党要增强______，自觉在思想上政治上行动上同党中央保持高度一致。",
      "学校是意识形态工作的前沿阵地，必须牢牢掌握______。",
      "一张省报，对于全省工作有极大的______作用。",
      "维护国家安全区域稳定，需要坚持______。",
    ]) expect(hasDanglingReference(stem), stem).toBe(false);
  });

  it("sends a blank on a unit's own task to review", () => {
    const candidate = fillBlankCandidate("全校各级党组织要不断增强政治判断力，把准政治方向。", "政治判断力");
    const confidence = scoreCandidate(candidate, index);
    expect(confidence.doubts).toContain("DANGLING_REFERENCE");
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
  });
});

describe("a news report's colour (EVENT_FRAME)", () => {
  it("finds a participant's quoted feeling and a run of events in reduplicated counters", () => {
    expect(tellsEventColour("学生小王感受颇深：“这次参观犹如上了一堂生动的党课。”")).toBe(true);
    expect(tellsEventColour("一位老党员深有感触地说：“要永远跟党走。”")).toBe(true);
    expect(tellsEventColour("一场场专题辅导报告，一次次集体学习交流，凝聚起奋进力量。")).toBe(true);
  });

  it("leaves a speaker's words, a single counter and a plain statement alone", () => {
    expect(tellsEventColour("习近平指出：“全面从严治党永远在路上。”")).toBe(false);
    expect(tellsEventColour("一代代共产党人接续奋斗，一次次战胜风险挑战。")).toBe(false);
    expect(tellsEventColour("党课是党员教育的重要形式。")).toBe(false);
  });

  it("sends a blank on a participant's feeling to review", () => {
    const candidate = fillBlankCandidate("学生小王感受颇深：“参观红色基地，犹如上了一堂生动的党课。”", "党课");
    expect(doubtsOf(candidate)).toContain("EVENT_FRAME");
  });
});

describe("the image of a simile (SIMILE_SLOT)", () => {
  it("finds a blank a simile compares its subject to, not a blank before the likeness", () => {
    expect(simileSlotBlank("参观红色基地，犹如上了一堂生动的______。")).toBe(true);
    expect(simileSlotBlank("理想信念仿佛（　），照亮前行的路。")).toBe(true);
    expect(simileSlotBlank("______是共产党人精神上的“钙”，犹如人的骨骼。")).toBe(false);
  });

  it("sends such a blank to review", () => {
    const candidate = fillBlankCandidate("参观红色基地，犹如上了一堂生动的党课。", "党课", "参观红色基地，犹如上了一堂生动的______。");
    const confidence = scoreCandidate(candidate, index);
    expect(confidence.doubts).toContain("SIMILE_SLOT");
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
  });
});
