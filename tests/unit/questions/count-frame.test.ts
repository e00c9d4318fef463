import { describe, expect, it } from "vitest";
import { changeImpliedByBound, changeImpliedByCondition, countNamesPlan, oneAfterEvery } from "@/lib/questions/count-frame";

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

describe("a moved count a stated fact's own bound still covers is no falsehood (changeImpliedByBound)", () => {
  it("refuses a longer period for a fact done within one, and a smaller amount for one given as a floor", () => {
    const within = "红军在战役打响后6个月内歼敌3万余人";
    expect(changeImpliedByBound("6个月", "9个月", ...around(within, "6个月"))).toBe(true);
    expect(changeImpliedByBound("6个月", "3个月", ...around(within, "6个月"))).toBe(false);
    const floor = "全年新增城镇就业80万余人";
    expect(changeImpliedByBound("80万", "50万", ...around(floor, "80万"))).toBe(true);
    expect(changeImpliedByBound("80万", "120万", ...around(floor, "80万"))).toBe(false);
    expect(changeImpliedByBound("五千", "三千", ...around("参观人数超过五千人次", "五千"))).toBe(true);
  });

  it("leaves a rule's deadline or bound alone, and a count with no bound", () => {
    expect(changeImpliedByBound("1个月", "3个月", ...around("材料形成部门应当在材料形成后1个月内移交", "1个月"))).toBe(false);
    expect(changeImpliedByBound("2个月", "4个月", ...around("原管理单位必须在2个月内完成转递", "2个月"))).toBe(false);
    expect(changeImpliedByBound("3年", "5年", ...around("党的总支部委员会每届任期一般为3年", "3年"))).toBe(false);
    expect(changeImpliedByBound("5个", "8个", ...around("全市5个党支部内部开展互评", "5个"))).toBe(false);
  });
});

describe("a wrong option a fact's own bound makes right too (numberRuledOut)", () => {
  it("drops a longer period than the key's 6个月内 and keeps a shorter one", async () => {
    const { numberRuledOut } = await import("@/lib/questions/generate-single-choice");
    const sentence = "红军在战役打响后6个月内歼敌3万余人";
    const start = sentence.indexOf("6个月");
    expect(numberRuledOut("9个月", "6个月", sentence, start, start + 3)).toBe(true);
    expect(numberRuledOut("3个月", "6个月", sentence, start, start + 3)).toBe(false);
  });
});

describe("changeImpliedByBound reads the whole statement for a rule", () => {
  it("leaves a deadline whose rule word stands in another clause, and a condition", () => {
    const deadline = "有关部门收到线索后，应当及时研究提出意见，并于3个月内将办理情况反馈";
    expect(changeImpliedByBound("3个月", "6个月", ...around(deadline, "3个月"))).toBe(false);
    const after = "工作人员离职3年内，不得从事可能发生利益冲突的职业";
    expect(changeImpliedByBound("3年", "5年", ...around(after, "3年"))).toBe(false);
    const condition = "违反规定占用公物归个人使用，时间超过六个月，情节较重的，给予警告处分";
    expect(changeImpliedByBound("六个月", "三个月", ...around(condition, "六个月"))).toBe(false);
  });
});

describe("a count of one is not put after 每 (oneAfterEvery)", () => {
  it("refuses 每1年 and 每一个月, where a source writes 每年 and 每月, and leaves other counts and frames alone", () => {
    const plan = "原则上每3年对全体会员轮训一遍";
    expect(oneAfterEvery("1年", around(plan, "3年")[0])).toBe(true);
    expect(oneAfterEvery("一个月", around("每两个月检查一次", "两个月")[0])).toBe(true);
    expect(oneAfterEvery("4年", around(plan, "3年")[0])).toBe(false);
    expect(oneAfterEvery("1年", around("任职满3年的，可以轮岗", "3年")[0])).toBe(false);
  });
});
