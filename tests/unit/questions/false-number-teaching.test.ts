import { describe, expect, it } from "vitest";
import { trueFalseExplanation } from "@/lib/questions/explanation";
import type { StatementChange } from "@/lib/questions/types";
import type { FixturePoint } from "./fixture-course";
import { keyPlace, moduleContext } from "./fixtures";

// Issue 16 (stop 34): a false 判断 whose number was moved teaches what the right number governs, from what the course
// itself says — never only "原文的数字是X" and the source sentence again.

function explainMoved(section: string, paragraphs: string[], points: FixturePoint[], key: { passage: number; original: string; to: string; statement: string }) {
  const context = moduleContext("规则汇编", section, paragraphs, points, "mod_false_number");
  const change: StatementChange = { kind: "number-change", from: key.original, to: key.to };
  // As the generator passes them: the statement and its evidence as the source says them, before the change.
  const quoted = key.statement.replace(key.to, key.original);
  return trueFalseExplanation(context, { original: key.original, change, key: keyPlace(context.index, key.passage, key.original), quoted, focus: "number", statement: quoted });
}

describe("a false number's 解析 teaches what the right number governs", () => {
  it("names another rule that sets the same count in the same frame", () => {
    const told = explainMoved("一、工作规则", ["个别谈话时，巡视组工作人员一般不得少于二人。", "接待来访的巡视组工作人员一般不得少于二人。"], [
      { kind: "number", text: "二人", answer: "二人", passage: 0 },
      { kind: "number", text: "二人", answer: "二人", passage: 1 },
    ], { passage: 0, original: "二人", to: "三人", statement: "个别谈话时，巡视组工作人员一般不得少于三人" });
    expect(told.text).toContain("同样规定“接待来访的巡视组工作人员一般不得少于二人”。");
    expect(told.teaches).toBe(true);
  });

  // Stop 38: another rule is quoted only when it is a clause of its own (not one running across two items of a list) and
  // the same kind of rule (a condition's threshold is no deadline); each pair below has a case of each.
  it.each([
    {
      case: "a clause running across two items of a list",
      paragraphs: ["第三条 协会成员借用器材，时间超过六个月的，应当说明理由。", "第四条 有下列情形之一的，协会应当作出决定，取消其成员资格；（二）离开本地时间超过六个月的。"],
      original: "六个月", to: "一个月", statement: "协会成员借用器材，时间超过一个月的，应当说明理由",
      quoted: null, absent: "（二）",
    },
    {
      case: "the same rule set in a clause of its own",
      paragraphs: ["第三条 协会成员借用器材，应当在六个月内归还。", "第四条 协会成员借用场地，应当在六个月内归还。"],
      original: "六个月", to: "三个月", statement: "协会成员借用器材，应当在三个月内归还",
      quoted: "协会成员借用场地，应当在六个月内归还",
    },
    {
      case: "a condition's threshold beside a deadline",
      paragraphs: ["第三条 协会成员借用器材，时间超过六个月，情节较重的，给予通报批评。", "第四条 申诉的办理期限最长不得超过六个月。"],
      original: "六个月", to: "三个月", statement: "协会成员借用器材，时间超过三个月，情节较重的，给予通报批评",
      quoted: null,
    },
    {
      case: "two deadlines said alike (在24小时内)",
      paragraphs: ["第三条 发生安全事故的，应当在24小时内报告。", "第四条 采取保护措施的，应当依法进行，在24小时内通知家属。"],
      original: "24小时", to: "48小时", statement: "发生安全事故的，应当在48小时内报告",
      quoted: "采取保护措施的，应当依法进行，在24小时内通知家属",
    },
  ])("quotes another rule with the same number only as a whole rule of the same kind: $case (stop 38)", ({ paragraphs, original, to, statement, quoted, absent }) => {
    const points = [0, 1].map((passage) => ({ kind: "number" as const, text: original, answer: original, passage }));
    const told = explainMoved("一、工作规则", paragraphs, points, { passage: 0, original, to, statement });
    if (quoted === null) expect(told.text).not.toContain("同样规定");
    else expect(told.text).toContain(`同样规定“${quoted}”。`);
    if (absent) expect(told.text).not.toContain(absent);
  });

  it("tells the swapped-in number once when it is both the rule's other case and where that number stands (stop 38)", () => {
    const told = explainMoved("一、任职", ["第七条 会员受到降级处理的，两年内不得担任与其原任职务相当的职务。因违反规定造成重大损失被免职的，五年内不得担任协会的负责人职务。"], [
      { kind: "number", text: "两年", answer: "两年", passage: 0 },
      { kind: "number", text: "五年", answer: "五年", passage: 0 },
    ], { passage: 0, original: "两年", to: "五年", statement: "会员受到降级处理的，五年内不得担任与其原任职务相当的职务" });
    expect(told.text).toContain("「五年」出自第七条");
    expect(told.text.split("五年内不得担任协会的负责人职务").length - 1).toBe(1);
    expect(told.teaches).toBe(true);
  });

  it("names another rule that sets the same floor said otherwise (以上 beside 不得少于)", () => {
    const told = explainMoved("一、工作规则", ["第五条 走访应当经组长批准，并由工作人员二人以上进行。", "第六条 接待来访的工作人员一般不得少于二人。"], [
      { kind: "number", text: "二人", answer: "二人", passage: 0 },
      { kind: "number", text: "二人", answer: "二人", passage: 1 },
    ], { passage: 0, original: "二人", to: "四人", statement: "走访应当经组长批准，并由工作人员四人以上进行" });
    expect(told.text).toContain("同样规定“接待来访的工作人员一般不得少于二人”。");
    expect(told.teaches).toBe(true);
  });

  it("quotes what the rule leads to, from the next sentence pointing back at it", () => {
    const paragraphs = ["第九条 会员如果没有正当理由，连续六个月不参加协会的活动，就被认为是自行退会。协会大会应当决定把这样的会员除名。"];
    const told = explainMoved("一、会员", paragraphs, [{ kind: "number", text: "六个月", answer: "六个月" }], {
      passage: 0,
      original: "六个月",
      to: "五个月",
      statement: "会员如果没有正当理由，连续五个月不参加协会的活动，就被认为是自行退会",
    });
    expect(told.text).toContain("同一处原文接着规定其后果：“协会大会应当决定把这样的会员除名”。");
    expect(told.teaches).toBe(true);
    // The next sentence a rule of its own, not pointing back: nothing to teach.
    const other = explainMoved("一、会员", ["第九条 会员如果没有正当理由，连续六个月不参加协会的活动，就被认为是自行退会。协会大会每年召开一次。"], [{ kind: "number", text: "六个月", answer: "六个月" }], {
      passage: 0,
      original: "六个月",
      to: "五个月",
      statement: "会员如果没有正当理由，连续五个月不参加协会的活动，就被认为是自行退会",
    });
    expect(other.text).not.toContain("接着规定其后果");
  });

  it("quotes the other side of a threshold the same sentence rules on", () => {
    const sentence = "党员脱离组织出走时间不满六个月又自动回归的，给予撤销党内职务或者留党察看处分；脱离组织出走时间超过六个月的，按照自行脱党处理，党内予以除名。";
    const told = explainMoved("一、处分", [sentence], [{ kind: "number", text: "六个月", answer: "六个月" }], {
      passage: 0,
      original: "六个月",
      to: "十二个月",
      statement: "党员脱离组织出走时间不满十二个月又自动回归的，给予撤销党内职务或者留党察看处分",
    });
    expect(told.text).toContain("同一句接着规定：“脱离组织出走时间超过六个月的，按照自行脱党处理，党内予以除名”。");
  });

  it("quotes the next deadline of the same rule, not the one the statement shows", () => {
    const sentence = "被巡视单位应当自收到反馈意见之日起60个工作日内报送整改方案，并且自整改方案报送之日起12个月内报送整改情况报告。";
    const told = explainMoved("一、整改", [sentence], [{ kind: "number", text: "60个", answer: "60个" }], {
      passage: 0,
      original: "60个",
      to: "120个",
      statement: "被巡视单位应当自收到反馈意见之日起120个工作日内报送整改方案",
    });
    expect(told.text).toContain("同一句接着规定“并且自整改方案报送之日起12个月内报送整改情况报告”，注意与此处的「60个」区分。");
  });

  it("tells a false effective date by the document's record, and says where the swapped-in date stands", () => {
    const paragraphs = ["《处分规定》已经2013年5月3日部长办公会议审议通过，现予公布。", "第十八条 本规定自2013年8月1日起施行。"];
    const points: FixturePoint[] = [{ kind: "number", text: "2013年8月1日", answer: "2013年8月1日", passage: 1 }];
    const swapped = explainMoved("附则", paragraphs, points, { passage: 1, original: "2013年8月1日", to: "2013年5月3日", statement: "本规定自2013年5月3日起施行" });
    expect(swapped.text).toContain("题中的「2013年5月3日」见");
    expect(swapped.text).toContain("“《处分规定》已经2013年5月3日部长办公会议审议通过，现予公布”，不是施行日期。");
    const other = explainMoved("附则", paragraphs, points, { passage: 1, original: "2013年8月1日", to: "2014年8月1日", statement: "本规定自2014年8月1日起施行" });
    expect(other.text).toContain("还记载：“《处分规定》已经2013年5月3日部长办公会议审议通过，现予公布”，注意与施行日期区分。");
  });

  it("quotes what the effective-date article rules beside the date, closing the spaces a PDF left in numbers", () => {
    const told = explainMoved("附则", ["第七十七条 本规则自2019年1月1日起施行。201 7年1月15日印发的《工作规则（试行）》同时废止。"], [{ kind: "number", text: "2019年1月1日", answer: "2019年1月1日" }], {
      passage: 0,
      original: "2019年1月1日",
      to: "2020年1月1日",
      statement: "本规则自2020年1月1日起施行",
    });
    expect(told.text).toContain("同时规定：“2017年1月15日印发的《工作规则（试行）》同时废止”。");
  });

  it("names the period a part's title opens with the year", () => {
    const told = explainMoved("三、改革开放新时期（1978年—党的十八大）", ["1978年十一届三中全会召开，开启改革开放。"], [{ kind: "number", text: "1978年", answer: "1978年" }], {
      passage: 0,
      original: "1978年",
      to: "1975年",
      statement: "1975年十一届三中全会召开，开启改革开放",
    });
    expect(told.text).toContain("本部分标题“三、改革开放新时期（1978年—党的十八大）”以「1978年」为这一时期的起点。");
  });

  it("quotes the part of another sentence of its part that dates an event by the same year", () => {
    const told = explainMoved("（一）奠基初创", ["从1921年党成立到1949年建立新中国，党领导人民进行了长期艰苦卓绝的革命斗争。建党伊始，1921年7月，党的一大通过中国共产党第一个纲领，这是党的历史上第一部党内法规，具有党章性质；1922年7月，党的二大通过中国共产党章程，我们党自此有了自己的根本大法。"], [{ kind: "number", text: "1921年", answer: "1921年" }], {
      passage: 0,
      original: "1921年",
      to: "1920年",
      statement: "从1920年党成立到1949年建立新中国，党领导人民进行了长期艰苦卓绝的革命斗争",
    });
    expect(told.text).toContain("同一部分还讲到：“建党伊始，1921年7月，党的一大通过中国共产党第一个纲领，这是党的历史上第一部党内法规，具有党章性质”。");
  });

  it("teaches what the counted thing is where the course says it", () => {
    const told = explainMoved("一、党员", ["申请入党的人，要有两名正式党员作介绍人，并且经过预备期的考察。", "介绍人要认真了解申请人的思想、品质、经历和工作表现，并向党组织作出负责的报告。"], [{ kind: "number", text: "两名", answer: "两名" }], {
      passage: 0,
      original: "两名",
      to: "三名",
      statement: "申请入党的人，要有三名正式党员作介绍人，并且经过预备期的考察",
    });
    expect(told.text).toContain("原文还讲到「介绍人」：“介绍人要认真了解申请人的思想、品质、经历和工作表现，并向党组织作出负责的报告”（");
  });

  it("quotes the clause a swapped-in number's clause leans on (并在…), with the article", () => {
    const told = explainMoved("一、办公用房", ["第十九条 可以由兼职单位再安排1处办公用房，并在免去兼任职务后2个月内腾退兼职单位安排的办公用房。", "第二十一条 事业单位已经新建办公用房的，应当在6个月内将原有办公用房腾退移交。"], [
      { kind: "number", text: "2个月", answer: "2个月", passage: 0 },
      { kind: "number", text: "6个月", answer: "6个月", passage: 1 },
    ], { passage: 1, original: "6个月", to: "2个月", statement: "事业单位已经新建办公用房的，应当在2个月内将原有办公用房腾退移交" });
    expect(told.text).toContain("「2个月」出自");
    expect(told.text).toContain("“可以由兼职单位再安排1处办公用房，并在免去兼任职务后2个月内腾退兼职单位安排的办公用房”，不要与本句混淆。");
  });

  it("says it teaches nothing when the course says nothing more of the number", () => {
    const told = explainMoved("一、规则", ["线索处置意见应当自收到线索之日起1个月内提出。"], [{ kind: "number", text: "1个月", answer: "1个月" }], {
      passage: 0,
      original: "1个月",
      to: "2个月",
      statement: "线索处置意见应当自收到线索之日起2个月内提出",
    });
    expect(told.text).toMatch(/^错误。原文的数字是「1个月」，题中改成了「2个月」。.*原文：“线索处置意见应当自收到线索之日起1个月内提出”。$/);
    expect(told.teaches).toBe(false);
  });
});
