import { describe, expect, it } from "vitest";
import { changeImpliedByCondition, countNamesPlan } from "@/lib/questions/count-frame";

const around = (statement: string, count: string) => {
  const at = statement.indexOf(count);
  return [statement.slice(0, at), statement.slice(at + count.length)] as const;
};

describe("a moved count a condition's bound still covers is no falsehood (changeImpliedByCondition)", () => {
  it("refuses a larger count under a lower bound and a smaller one under an upper bound", () => {
    const floor = "二人以上共同故意违纪的，对为首者，从重处分";
    expect(changeImpliedByCondition("二人", "四人", ...around(floor, "二人"))).toBe(true);
    expect(changeImpliedByCondition("三人", "二人", ...around("凡是有正式党员三人以上的，都应当成立党的基层组织", "三人"))).toBe(false);
    const ceiling = "脱离组织出走时间不满六个月又自动回归的，给予撤销党内职务或者留党察看处分";
    expect(changeImpliedByCondition("六个月", "一个月", ...around(ceiling, "六个月"))).toBe(true);
    expect(changeImpliedByCondition("六个月", "十二个月", ...around(ceiling, "六个月"))).toBe(false);
  });

  it("leaves a rule's own bound alone: requiring more is a misstated rule, not a condition met", () => {
    expect(changeImpliedByCondition("两人", "四人", ...around("审查调查工作应当依照规定由两人以上进行", "两人"))).toBe(false);
    expect(changeImpliedByCondition("二人", "三人", ...around("个别谈话时，巡视组工作人员一般不得少于二人", "二人"))).toBe(false);
  });
});

describe("a count in a plan's name is not moved (countNamesPlan)", () => {
  it("reads a plan or programme named by its span, not a rule's quantity", () => {
    expect(countNamesPlan(around("实施城乡环境整治三年行动计划。", "三年")[1])).toBe(true);
    expect(countNamesPlan(around("制定发展五年规划。", "五年")[1])).toBe(true);
    expect(countNamesPlan(around("任职一般不超过十年。", "十年")[1])).toBe(false);
    expect(countNamesPlan(around("应当在三年内完成。", "三年")[1])).toBe(false);
  });
});
