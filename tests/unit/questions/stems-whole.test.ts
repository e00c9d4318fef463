import { describe, expect, it } from "vitest";
import { scoreCandidate } from "@/lib/questions";
import { hasDanglingReference } from "@/lib/questions/dangling-reference";
import { asStatement, clauseWindow, cutsLeaningClause, redundantLabel } from "@/lib/questions/source-text";
import { fillBlankCandidate, moduleContext, placedIn } from "./fixtures";

/** The window around the first occurrence of `blank` in a sentence at passage offset 0. */
function windowAround(text: string, blank: string, max?: number) {
  const start = text.indexOf(blank);
  return clauseWindow({ text, start: 0, end: text.length }, start, start + blank.length, max).text;
}

/** The gate's doubts about a 填空 on `answer` in `sentence`, the sentence placed in a one-passage lecture. */
function doubtsOf(sentence: string, answer: string) {
  const context = moduleContext("基层党建工作讲稿", "一、总体要求", [sentence], []);
  return scoreCandidate(placedIn(fillBlankCandidate(sentence, answer), context.course.modules[0]!), context.index).doubts;
}

describe("a stem cut from a long sentence ends at its last whole clause (stop 38)", () => {
  it("drops a last clause that is a frame for the clause the cut leaves out (根据…，)", () => {
    const text = "会议以后，全省各级党组织团结带领广大党员干部，坚持以基层党建为引领，依据新的形势任务，深入研究了基层治理中的一系列重大问题，提出了多项切实可行的改进措施和工作方法。";
    expect(windowAround(text, "基层党建", 50)).toBe("会议以后，全省各级党组织团结带领广大党员干部，坚持以基层党建为引领");
  });

  it("drops a subject whose verb comes after the cut with 都", () => {
    expect(cutsLeaningClause("支部开展的各项活动，", "都要围绕中心工作进行。")).toBe(true);
    expect(cutsLeaningClause("支部按期开展各项活动，", "并且及时向上级报告。")).toBe(false);
  });

  it("drops items of a 、 series whose head (…等问题) comes after the cut", () => {
    expect(cutsLeaningClause("查找在学习方面的差距，着重看是否存在作风漂浮、纪律松散，", "办事拖拉、推诿扯皮等问题。")).toBe(true);
    // The series is whole before the cut when the text after it goes on with clauses of its own.
    expect(cutsLeaningClause("坚持讲团结、顾大局、守规矩，", "做到自省、自律，反对铺张浪费，反对任何违规办事的行为。")).toBe(false);
  });

  it("drops a 是 clause whose complement ends after the cut", () => {
    expect(cutsLeaningClause("这是经验，是保证队伍团结、行动一致，", "推动各项工作落地见效的重要前提。")).toBe(true);
    expect(cutsLeaningClause("这是经验，是队伍建设的重要前提，", "各单位要认真抓好落实。")).toBe(false);
  });

  it("drops a quotation hung on the sentence's end that no one says, not one a clause introduces", () => {
    expect(windowAround("村里兴办合作社，1985年成立了农业服务站，“要想富，先修路”。", "农业服务站")).toBe("村里兴办合作社，1985年成立了农业服务站");
    expect(windowAround("村里兴办合作社，1985年成立了农业服务站，大家常说，“要想富，先修路”。", "农业服务站")).toBe(
      "村里兴办合作社，1985年成立了农业服务站，大家常说，“要想富，先修路”。",
    );
  });
});

describe("a note's label and a 下同 parenthesis left out of a stem (stop 38)", () => {
  it("drops a label the sentence says what it is, and keeps one it does not define", () => {
    expect(redundantLabel("核心要义：基层治理的核心要义是依靠群众。")).toBe(5);
    expect(windowAround("核心要义：基层治理的核心要义是依靠群众。", "依靠群众")).toBe("基层治理的核心要义是依靠群众。");
    expect(redundantLabel("工作依据：上级文件明确了基层治理的任务。")).toBe(0);
    expect(redundantLabel("农业：农业服务站推广了新品种。")).toBe(0);
    expect(redundantLabel("书记指出：书记指出是一种态度。")).toBe(0);
  });

  it("sends a label naming a relation to what the note said above (理论依据：) to review", () => {
    expect(hasDanglingReference("工作依据：上级文件明确了基层治理的______。")).toBe(true);
    expect(hasDanglingReference("服务站：每月开放两次，为群众提供______。")).toBe(false);
  });

  it("drops a parenthesis that holds for the text below, not one that holds the blank or says something else", () => {
    expect(asStatement("参会人员（不含列席人员，下同）不超过（　）")).toBe("参会人员不超过（　）。");
    expect(asStatement("参会人员（下同）不超过30人")).toBe("参会人员不超过30人。");
    expect(asStatement("参会人员（不含______，下同）不超过30人")).toBe("参会人员（不含______，下同）不超过30人。");
    expect(asStatement("参会人员（不含列席人员）不超过30人")).toBe("参会人员（不含列席人员）不超过30人。");
  });
});

describe("stems whose words no one is said to say, and 顿号 typed as commas (stop 38)", () => {
  it("doubts a stem opening on a saying verb or going on from a frame with 又", () => {
    expect(doubtsOf("强调基层党组织是党全部工作和战斗力的基础，要把服务群众作为重点。", "服务群众")).toContain("STEM_STARTS_MID_CLAUSE");
    expect(doubtsOf("在去年的工作会议中，又进一步提出推进服务型党组织建设。", "服务型党组织")).toContain("STEM_STARTS_MID_CLAUSE");
    expect(doubtsOf("党委强调基层党组织要把服务群众作为重点。", "服务群众")).not.toContain("STEM_STARTS_MID_CLAUSE");
  });

  it("doubts a run of one- or two-character words set off by commas, not a run of four-character clauses", () => {
    expect(doubtsOf("全会提出的，团结，服务，奉献，担当的基层党建理念；是工作的指引。", "基层党建理念")).toContain("STRAY_PUNCTUATION");
    expect(doubtsOf("基层干部要做到勤学习，讲团结，重实干，守规矩，推进服务型党组织建设。", "服务型党组织")).not.toContain("STRAY_PUNCTUATION");
  });
});
