import { describe, expect, it } from "vitest";
import { PUBLISH_THRESHOLD, scoreCandidate, type Candidate } from "@/lib/questions";
import { readDocumentKind } from "@/lib/content";
import { caseProtagonists, tellsCaseFact } from "@/lib/questions/case-facts";
import { fillBlankCandidate, moduleContext, placedIn } from "./fixtures";

// Stop 36 (issue 16): warning-education material (警示教育). The kinds of violation, the rules broken, the kinds of
// sanction and the lesson are knowledge; one case's person, post, dates, sums and confession are not. Sentences written
// for these tests, not copied from a fixture.
const isCaseMaterial = (title: string, texts: string[]) => readDocumentKind({ title, texts }).kind === "case-material";

describe("case material (CASE_FACT)", () => {
  it("knows case notices, case lists and case studies by their titles", () => {
    for (const title of [
      "市纪委监委通报4起违反中央八项规定精神典型问题",
      "警示教育 | 侵害群众利益不正之风典型案例",
      "某县交通局原局长严重违纪违法案剖析",
      "以案促改专题学习材料",
    ]) expect(isCaseMaterial(title, []), title).toBe(true);
    for (const title of ["中国共产党纪律处分条例", "关于开展党纪学习教育的通知", "以自我革命引领社会革命"]) expect(isCaseMaterial(title, []), title).toBe(false);
  });

  it("knows an untitled case notice by its dated sanctions, and not a regulation by its sanctions in general", () => {
    const notice = ["2022年5月，钱德明受到党内严重警告处分。", "2023年1月，孔向前被开除党籍、开除公职。"];
    expect(isCaseMaterial("", notice)).toBe(true);
    const regulation = ["受到撤销党内职务处分的，二年内不得在党内担任和向党外组织推荐担任与其原任职务相当或者高于其原任职务的职务。", "情节严重的，给予开除党籍处分。"];
    expect(isCaseMaterial("", regulation)).toBe(false);
  });

  it("reads the persons a notice is about from how it names them", () => {
    const text = "某区水利局原局长钱德明违规收受礼金问题。钱德明还存在其他严重违纪违法问题。同年，邝大为受到党内警告处分。柴永福，男，1968年3月出生。";
    expect(caseProtagonists(text).sort()).toEqual(["柴永福", "邝大为", "钱德明"].sort());
  });

  it("tells a case's facts from its lesson", () => {
    const names = ["钱德明"];
    expect(tellsCaseFact("钱德明利用职务便利，在干部调整中为他人谋利。", names)).toBe(true);
    expect(tellsCaseFact("2017年至2021年，多次接受管理服务对象安排的宴请，相关费用由对方支付。", names)).toBe(true);
    expect(tellsCaseFact("章某某在担任校长期间，多次收取学生家长所送购物卡。", names)).toBe(true);
    expect(tellsCaseFact("他在留置期间坦言：“我把组织的信任当成了自己的本钱。”", names)).toBe(true);
    expect(tellsCaseFact("曾任某镇党委副书记、镇长，某县林业局局长。", names)).toBe(true);
    expect(tellsCaseFact("各级党组织要以案为鉴，坚决纠治违规吃喝、违规收送礼品礼金等顽瘴痼疾。", names)).toBe(false);
    expect(tellsCaseFact("我们要把严的主基调长期坚持下去，坚决防止享乐主义、奢靡之风反弹回潮。", names)).toBe(false);
  });

  const notice = moduleContext("县纪委监委通报3起违反中央八项规定精神典型问题", "通报", [
    "2019年至2022年，钱德明多次接受私营企业主安排的宴请，并在党的群众路线教育实践活动中作出虚假承诺。",
    "各级党组织要督促党员干部以案为鉴，坚决防止享乐主义、奢靡之风反弹回潮。",
  ], []);
  const inNotice = (passage: number, sentence: string, answer: string): Candidate => placedIn(fillBlankCandidate(sentence, answer), notice.index.modules[0]!, passage);

  it("sends a blank in one case's story to review and keeps one in the notice's lesson", () => {
    const fact = scoreCandidate(inNotice(0, "2019年至2022年，钱德明多次接受私营企业主安排的宴请，并在党的群众路线教育实践活动中作出虚假承诺。", "群众路线"), notice.index);
    expect(fact.doubts).toContain("CASE_FACT");
    expect(fact.score).toBeLessThan(PUBLISH_THRESHOLD);
    const lesson = scoreCandidate(inNotice(1, "各级党组织要督促党员干部以案为鉴，坚决防止享乐主义、奢靡之风反弹回潮。", "享乐主义"), notice.index);
    expect(lesson.doubts).not.toContain("CASE_FACT");
  });
});

describe("a stem that stops on a starting time alone (STATEMENT_TRUNCATED)", () => {
  const sentence = "为推动廉洁文化进校园，增强教职工的纪律意识，即日起，学校工会在每月例会上安排一次廉政微课。";
  const context = moduleContext("廉洁文化进校园活动简报", "活动", [sentence], []);
  it("knows 即日起 waits for what starts then", () => {
    const stem = "为推动廉洁文化进校园，增强教职工的______，即日起。";
    const candidate = placedIn(fillBlankCandidate(sentence, "纪律意识", stem), context.index.modules[0]!);
    expect(scoreCandidate(candidate, context.index).doubts).toContain("STATEMENT_TRUNCATED");
  });
});
