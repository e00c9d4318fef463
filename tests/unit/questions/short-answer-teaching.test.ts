import { describe, expect, it } from "vitest";
import type { Passage, Section } from "@/lib/content/types";
import { buildCourse } from "@/lib/content";
import { generateQuestionBank, scoreCandidate } from "@/lib/questions";
import { explainShortAnswer } from "@/lib/questions/explanation";
import { fixtureContext, fillBlankCandidate } from "./fixtures";
import { announcedListGists, definitionFollowUp, explainsTerm, gistOf, gistsTeach, headingListGists, MAX_TOTAL_GIST, otherStatement, renderGists, speaksOf } from "@/lib/questions/short-answer-teaching";
import { splitSentences } from "@/lib/content/split-sentences";

function passage(id: string, text: string): Passage {
  return { id, kind: "prose", text, sentences: splitSentences(text) };
}

function section(id: string, title: string, numbering: string, paragraphs: string[], children: Section[] = []): Section {
  return { id, title, numbering, implicit: false, passages: paragraphs.map((text, at) => passage(`${id}_p${at}`, text)), sections: children };
}

describe("the gist of a 简答 要点 (issue 16, E)", () => {
  it("keeps a sentence that stands alone, whole when short, cut at a semicolon when long, never mid-clause", () => {
    expect(gistOf("健全乡村文化服务体系，丰富群众文化生活。")).toBe("健全乡村文化服务体系，丰富群众文化生活");
    const long = `完善乡村公共文化设施网络，推动${"文化资源向基层倾斜、".repeat(5)}方便群众就近参与；同时加强队伍建设。`;
    expect(gistOf(long)).toBeNull();
    const cut = `完善乡村公共文化设施网络，推动文化资源向基层倾斜；${"加强基层文化队伍建设，".repeat(6)}提高服务水平。`;
    expect(gistOf(cut)).toBe("完善乡村公共文化设施网络，推动文化资源向基层倾斜");
  });

  it("refuses a sentence opening on a dangling 这/该/其, a connective, a list marker, a note label or a lead into a list", () => {
    expect(gistOf("这是新形势下加强基层组织建设的必然要求。")).toBeNull();
    expect(gistOf("为此，就是要求各级干部树立正确的利益观。")).toBeNull();
    expect(gistOf("第一，要及时化解群众内部的矛盾。")).toBeNull();
    expect(gistOf("原因：这是由理论逻辑所决定的。")).toBeNull();
    expect(gistOf("主要做好以下几个方面的工作：")).toBeNull();
  });

  it("takes a sentence as a point's gist only when it speaks of what the subheading names", () => {
    expect(speaksOf("办事，做工作，总要有一定的形式。", "形式主义，弄虚作假")).toBe(false);
    expect(speaksOf("一些地方滥用形式装潢门面，导致形式主义成风。", "形式主义，弄虚作假")).toBe(true);
    // A policy's first sentence under a subheading states what it asks.
    expect(speaksOf("严格控制各类会议规模，减少参加人员。", "控制会议活动时间", true)).toBe(true);
    expect(speaksOf("严格控制未利用地开垦。", "拓宽资金筹集渠道", false)).toBe(false);
  });

  it("gives each subsection's gist in order, null where the text under it states none", () => {
    const held = section("s", "改善党群关系的措施", "三、", [], [
      section("s1", "加强干部培训教育", "（一）", ["加强干部培训教育，提高干部联系群众的本领。"]),
      section("s2", "拓宽群众诉求渠道", "（二）", ["我国是一个历史悠久的国家。"]),
      section("s3", "完善监督制度", "（三）", [], [section("s3a", "党内监督", "1.", ["完善监督制度，加强党内监督和群众监督。"])]),
    ]);
    const gists = headingListGists(held, ["加强干部培训教育", "拓宽群众诉求渠道", "完善监督制度"]);
    expect(gists).toEqual(["加强干部培训教育，提高干部联系群众的本领", null, "完善监督制度，加强党内监督和群众监督"]);
    // One point of three left bare: the 解析 does not teach the list (every point needs its gist).
    expect(gistsTeach(gists)).toBe(false);
    expect(gistsTeach(["加强干部培训教育，提高干部联系群众的本领", "拓宽群众诉求渠道，倾听群众呼声", "完善监督制度，加强党内监督"])).toBe(true);
    expect(gistsTeach([null, null, "完善监督制度，加强党内监督"])).toBe(false);
    // Every point said, but more than the 解析 can quote: renderGists would leave the last out, so it does not teach.
    const long = "要".repeat(MAX_TOTAL_GIST / 2);
    expect(gistsTeach([long, long, "完善监督制度"])).toBe(false);
  });

  it("gives a regulation's article its first sentence whole", () => {
    const held = section("r", "领导干部自律规范", "", ["第四条 廉洁从政，自觉保持公仆本色。", "第五条 廉洁用权，自觉维护群众利益。", "第六条 廉洁修身，自觉提升道德境界。"]);
    expect(headingListGists(held, ["廉洁从政", "廉洁用权", "廉洁修身"])).toEqual(["廉洁从政，自觉保持公仆本色", "廉洁用权，自觉维护群众利益", "廉洁修身，自觉提升道德境界"]);
  });

  it("gives each item of a list a speech announces the gist of its paragraph, after the item's own sentence", () => {
    const paragraphs = [passage("a", "一要强化规范意识。当前社会关注越来越多。办学行为要讲规范、守规矩，强化规范意识。"), passage("b", "二要强化质量意识。我们面临很多新情况。")];
    expect(announcedListGists(paragraphs, ["强化规范意识", "强化质量意识"])).toEqual(["办学行为要讲规范、守规矩，强化规范意识", null]);
  });

  it("says the gists as 要点（n）…：原文说“…”, left out whole past the cap", () => {
    expect(renderGists(["甲项工作", "乙项工作"], ["做好甲项工作的具体要求", null])).toBe("要点（1）甲项工作：原文说“做好甲项工作的具体要求”。");
    const gist = "要".repeat(MAX_TOTAL_GIST / 2 - 10);
    const said = renderGists(["一", "二", "三"], [gist, gist, gist]);
    expect(said).toContain("要点（2）");
    expect(said).not.toContain("要点（3）");
  });
});

describe("what a definition 简答's 解析 adds", () => {
  const text = "民主集中制是民主基础上的集中和集中指导下的民主相结合。它既是党的根本组织原则，也是群众路线在党的生活中的运用。我们党历来重视这项工作。";
  const mentionOnly = "官僚主义是脱离群众、脱离实际的作风。我们党与官僚主义进行了长期的斗争。";
  const located = (body: string, id = "p") => {
    const held = section(`sec_${id}`, "总纲", "", [body]);
    held.passages[0]!.id = id;
    return { passage: held.passages[0]!, section: held, module: { id: "m", title: "党章", source: "a.txt", sections: [held], knowledgePoints: [] } };
  };

  it("quotes what the passage says next of the term, and nothing that only mentions it", () => {
    expect(definitionFollowUp(located(text), text.indexOf("相结合") + 3, "民主集中制")).toBe("它既是党的根本组织原则，也是群众路线在党的生活中的运用");
    expect(definitionFollowUp(located(mentionOnly), mentionOnly.indexOf("作风") + 2, "官僚主义")).toBeNull();
    // A duty to keep the term says who must observe it, not what it is (readers, issue 16); what it requires or is for does.
    expect(explainsTerm("全党必须严格遵守党的政治纪律。", "政治纪律")).toBe(false);
    expect(explainsTerm("严明政治纪律，必须维护党中央权威。", "政治纪律")).toBe(true);
    expect(explainsTerm("遵守政治纪律的核心是坚持党的领导。", "政治纪律")).toBe(true);
  });

  it("finds the course's other statement of the term in another passage", () => {
    const own = located("实事求是是一切从实际出发。", "own");
    const other = located("我们常说，实事求是，就是从客观存在的事实出发，找出其固有的规律。", "other");
    expect(otherStatement([own, other], own, "实事求是", "一切从实际出发")).toBeNull();
    const stated = located("实事求是，就是从客观存在的事实出发，找出其固有的规律。", "stated");
    expect(otherStatement([own, stated], own, "实事求是", "一切从实际出发")?.text).toBe("实事求是，就是从客观存在的事实出发，找出其固有的规律");
  });
});

describe("a 简答 whose 解析 teaches nothing goes to review", () => {
  async function bank(text: string) {
    const course = await buildCourse({ title: "课程", description: "测试", documents: [{ path: "duice.txt" }] }, [{ path: "duice.txt", bytes: new TextEncoder().encode(text) }]);
    return { course, bank: generateQuestionBank(course) };
  }

  it("teaches each point under its subheading, and sends one with nothing under its points to review (SHORT_BARE_EXPLANATION)", async () => {
    const taught = ["《改善党群关系的对策》", "", "一、改善党群关系的措施", "", "（一）加强干部教育培训", "", "加强干部教育培训，提高干部做群众工作的本领。", "", "（二）完善民主监督制度", "", "完善民主监督制度，保障群众的知情权和监督权。", "", "（三）畅通群众诉求渠道", "", "畅通群众诉求渠道，及时回应群众关切。", ""].join("\n");
    const { bank: good } = await bank(taught);
    const question = good.accepted.find((candidate) => candidate.type === "SHORT_ANSWER" && candidate.focus === "heading-list");
    expect(question?.explanation).toContain("要点（1）加强干部教育培训：原文说“加强干部教育培训，提高干部做群众工作的本领”。");
    expect(question?.explanation).toContain("评分参考");
    const bare = ["《改善党群关系的对策》", "", "一、改善党群关系的措施", "", "（一）加强干部教育培训", "", "我国是一个历史悠久的国家。", "", "（二）完善民主监督制度", "", "我们常常听到各种说法。", "", "（三）畅通群众诉求渠道", "", "近年来情况有了很大变化。", ""].join("\n");
    const { bank: poor } = await bank(bare);
    expect(poor.accepted.some((candidate) => candidate.type === "SHORT_ANSWER" && candidate.focus === "heading-list")).toBe(false);
    const reviewed = poor.review.find((entry) => entry.question.type === "SHORT_ANSWER" && entry.question.focus === "heading-list");
    expect(reviewed?.reasons).toContain("SHORT_BARE_EXPLANATION");
  });

  it("scores the doubt only for a 简答 judged bare, not for a 简答 not judged", () => {
    const { index } = fixtureContext();
    const base = fillBlankCandidate("全党开展了党的群众路线教育实践活动，坚决反对官僚主义。", "官僚主义");
    const shortAnswer = { ...base, question: { ...base.question, type: "SHORT_ANSWER" as const, focus: "definition" as const, stem: "什么是官僚主义？", answer: "官僚主义是脱离群众的作风。", keyPoints: ["脱离群众的作风"] } };
    expect(scoreCandidate({ ...shortAnswer, evidence: { ...shortAnswer.evidence, explanationTeaches: false } }, index).doubts).toContain("SHORT_BARE_EXPLANATION");
    expect(scoreCandidate({ ...shortAnswer, evidence: { ...shortAnswer.evidence, explanationTeaches: undefined } }, index).doubts).not.toContain("SHORT_BARE_EXPLANATION");
  });
});

describe("an enumeration 简答's 解析", () => {
  it("says what the set is called and how many, and judges nothing", () => {
    const { index } = fixtureContext();
    const located = index.passages[0]!;
    const explained = explainShortAnswer(index, { module: located.module, sectionId: located.section.id, key: { located, offset: 4 }, kind: "enumeration", keyPoints: ["加强思想教育", "完善监督制度", "改进工作作风"], subject: "改善党群关系的措施" });
    expect(explained.text).toContain("列举了“改善党群关系的措施”共3项");
    expect(explained.teaches).toBeUndefined();
  });
});
