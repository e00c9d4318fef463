import { describe, expect, it } from "vitest";
import { indexCourse, PUBLISH_THRESHOLD, scoreCandidate, type Candidate } from "@/lib/questions";
import { looseSetDutyObject } from "@/lib/questions/confidence";
import { fixtureModule } from "./fixture-course";
import { fillBlankCandidate, placedIn } from "./fixtures";

/** A 填空 on the key of the sentence, placed in a one-module course of that title (a regulation or a speech). */
function inDocument(title: string, sentence: string, answer: string): { candidate: Candidate; index: ReturnType<typeof indexCourse> } {
  const course = { modules: [fixtureModule(title, "第一章 总则", [sentence], [], "mod_route")] };
  const module = course.modules[0]!;
  const base = fillBlankCandidate(sentence, answer);
  const candidate = placedIn(base, module);
  return { candidate, index: indexCourse(course) };
}

describe("the object of a duty taken from a loose set (LOOSE_SET_DUTY_OBJECT, stop 29)", () => {
  const carryOut = "领导班子成员应当组织领导能力强，自觉贯彻执行民主集中制，善于科学管理、沟通协调、依法办事。";

  it("takes a principle or system of a loose set after 坚持, 执行, 贯彻执行 or 加强, in a 填空 or a 单选", () => {
    expect(looseSetDutyObject(carryOut.replace("民主集中制", "______"), carryOut, ["民主集中制"])).toBe(true);
    expect(looseSetDutyObject("纪律处理或者处分必须坚持______原则，集体讨论决定。", "纪律处理或者处分必须坚持民主集中制原则，集体讨论决定。", ["民主集中制"])).toBe(true);
    expect(looseSetDutyObject("巡视组工作人员应当严格执行（　），规范工作程序。", "巡视组工作人员应当严格执行请示报告制度，规范工作程序。", ["请示报告制度"])).toBe(true);
    expect(looseSetDutyObject("净化党内政治生态，加强______，规范巡视工作。", "净化党内政治生态，加强党内监督，规范巡视工作。", ["党内监督"])).toBe(true);
  });

  it("leaves a key its sentence pins, a key of a counted set, and the object of 履行 or 落实", () => {
    // Another member of the set in the sentence says which principle is meant.
    const pinned = "各级纪律检查委员会坚持民主集中制，实行集体领导和个人分工负责相结合的制度。";
    expect(looseSetDutyObject(pinned.replace("民主集中制", "______"), pinned, ["民主集中制"])).toBe(false);
    // 实事求是 is of the charter's line of thought, a set every text counts the same way.
    expect(looseSetDutyObject("巡视工作坚持______、依法依规。", "巡视工作坚持实事求是、依法依规。", ["实事求是"])).toBe(false);
    // The doer pins the responsibility (纪委 履行监督责任).
    expect(looseSetDutyObject("纪检机关履行______，协助党委推进全面从严治党。", "纪检机关履行监督责任，协助党委推进全面从严治党。", ["监督责任"])).toBe(false);
    // Not the verb's object: the blank opens the sentence.
    expect(looseSetDutyObject("______是党的根本组织原则。", "民主集中制是党的根本组织原则。", ["民主集中制"])).toBe(false);
  });

  it("sends such a blank to review in a regulation as in a speech", () => {
    const { candidate, index } = inDocument("事业单位领导人员管理规定", carryOut, "民主集中制");
    const confidence = scoreCandidate(candidate, index);
    expect(confidence.doubts).toContain("LOOSE_SET_DUTY_OBJECT");
    expect(confidence.score).toBeLessThan(PUBLISH_THRESHOLD);
    const speech = inDocument("在全市组织工作会议上的讲话", carryOut, "民主集中制");
    expect(scoreCandidate(speech.candidate, speech.index).doubts).toContain("LOOSE_SET_DUTY_OBJECT");
  });

  it("holds a field of the party's building right after 加强 (党的) unless the sentence names the rest of its set", () => {
    const duty = "企业负责人应当加强作风建设，注重自身修养。";
    expect(looseSetDutyObject(duty.replace("作风建设", "（　）"), duty, ["作风建设"])).toBe(true);
    const party = "要进一步加强党的思想建设和基层组织建设。";
    expect(looseSetDutyObject(party.replace("思想建设", "______"), party, ["思想建设"])).toBe(true);
    // The whole set named around it pins the one left.
    const whole = "全面加强党的政治建设、思想建设、组织建设、作风建设、纪律建设，把制度建设贯穿其中。";
    expect(looseSetDutyObject(whole.replace("政治建设", "______"), whole, ["政治建设"])).toBe(false);
    // Not after another verb (推进), nor a 建设 the lexicon does not hold.
    const other = "扎实推进作风建设，注重自身修养。";
    expect(looseSetDutyObject(other.replace("作风建设", "______"), other, ["作风建设"])).toBe(false);
    const unknown = "要加强班子建设，提高履职能力。";
    expect(looseSetDutyObject(unknown.replace("班子建设", "______"), unknown, ["班子建设"])).toBe(false);
  });
});
