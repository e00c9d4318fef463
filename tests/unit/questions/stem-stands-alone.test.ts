import { describe, expect, it } from "vitest";
import { hasDanglingReference } from "@/lib/questions/dangling-reference";

describe("stems that lean on what the course said before (stop 30)", () => {
  it("takes an opening frame pointing back with 这 or 此 (在这方面, 从这个意义上, 就此问题上)", () => {
    expect(hasDanglingReference("在这方面，我们最深刻的体会是必须坚持______。")).toBe(true);
    expect(hasDanglingReference("从这个意义上说，______是党的生命线。")).toBe(true);
    expect(hasDanglingReference("在这一点上，各级组织都要坚持______。")).toBe(true);
  });

  it("leaves a frame that names its own matter", () => {
    expect(hasDanglingReference("在思想建设方面，全党必须坚持______。")).toBe(false);
    expect(hasDanglingReference("在党的建设中，必须把______放在首位。")).toBe(false);
  });
});

describe("stems that go on from what the text said before (stop 31)", () => {
  it("takes a next point or example (再看“…”, 又如, 反观)", () => {
    expect(hasDanglingReference("再看“加强基层组织建设”，这是推动______向基层延伸的内在要求。")).toBe(true);
    expect(hasDanglingReference("又如，正确处理个人利益和______的关系，是一个试金石。")).toBe(true);
    expect(hasDanglingReference("反观一些地方，______流于形式。")).toBe(true);
  });

  it("takes a contrastive 则 in the first clause, not 原则, 以身作则 or a condition's 则", () => {
    expect(hasDanglingReference("新时代的党建思想则是坚持把______同实际相结合的成果。")).toBe(true);
    expect(hasDanglingReference("基层党组织则要发挥______作用。")).toBe(true);
    expect(hasDanglingReference("民主集中制原则是党的根本______。")).toBe(false);
    expect(hasDanglingReference("领导干部要以身作则，带头遵守______。")).toBe(false);
    expect(hasDanglingReference("违反规定的，则给予______处分。")).toBe(false);
  });

  it("takes a note's inline heading of a kind of remark, not a heading naming a thing", () => {
    expect(hasDanglingReference("时代背景：我们正处在向______进军的关键时期。")).toBe(true);
    expect(hasDanglingReference("核心认识：党的方针政策是国家发展的______。")).toBe(true);
    expect(hasDanglingReference("支部委员会：每月召开______，研究部署支部日常工作。")).toBe(false);
    expect(hasDanglingReference("党员大会：每季度召开1次，听取支部委员会的______。")).toBe(false);
    expect(hasDanglingReference("毛泽东同志在会上提出：“______是党的生命线。”")).toBe(false);
  });
});

describe("stems that keep a note's scaffolding or a case they never tell (stop 32)", () => {
  it("takes an answer key's lead (参考答案：, 答：) the stem still holds", () => {
    expect(hasDanglingReference("参考答案：______是毛泽东思想的活的灵魂之一。")).toBe(true);
    expect(hasDanglingReference("答：坚持______，是党的根本工作路线。")).toBe(true);
  });

  it("takes a note's label that names no thing: a lone generic word, a task's verbs without their object, a remark on an unnamed topic", () => {
    expect(hasDanglingReference("经济：公有制为主体、多种所有制经济共同发展，______。")).toBe(true);
    expect(hasDanglingReference("政治：坚持人民代表大会制度，______。")).toBe(true);
    expect(hasDanglingReference("新时代坚持和运用：坚持问题导向，深入调查研究；坚持______。")).toBe(true);
    expect(hasDanglingReference("对全面深化改革的重要指导意义：坚持问题导向，推进______。")).toBe(true);
    expect(hasDanglingReference("在党的建设中的重要作用：提出了党的______建设这一重大课题。")).toBe(true);
  });

  it("leaves a label naming the thing the sentence is about, and a sentence's own colon", () => {
    expect(hasDanglingReference("群众路线：坚持一切为了群众，一切依靠群众，______。")).toBe(false);
    expect(hasDanglingReference("四个意识：政治意识、______、核心意识、看齐意识。")).toBe(false);
    expect(hasDanglingReference("我国的基本制度：人民代表大会制度、______、基层群众自治制度。")).toBe(false);
    expect(hasDanglingReference("党的纪律处分包括：警告、______、撤销党内职务、留党察看、开除党籍。")).toBe(false);
  });

  it("takes a case or a case's person the stem never tells (本案中, 案例一, 因田某…), not a person whose role it gives", () => {
    expect(hasDanglingReference("经县纪委研究认为，本案中田利用职务上的便利，私自将公款用于个人开支的行为已经构成______。")).toBe(true);
    expect(hasDanglingReference("案例二的焦点是李某违反了党的______纪律。")).toBe(true);
    expect(hasDanglingReference("因张某具有主动交代的情节，认定张某的行为构成______，可以从轻处理。")).toBe(true);
    expect(hasDanglingReference("某县财政局会计许某利用职务便利，挪用公款用于个人开支，构成______。")).toBe(false);
    expect(hasDanglingReference("王某，原某小学办公室主任，套取财政资金，构成______罪。")).toBe(false);
    expect(hasDanglingReference("基本案情中，某些党员干部违反了______纪律。")).toBe(false);
  });

  it("takes an aspect (这方面) and an event told as one more (党员们还参观了…) that point back", () => {
    expect(hasDanglingReference("加大对这方面犯罪的查处，持续释放______严的主基调。")).toBe(true);
    expect(hasDanglingReference("党员们还参观了革命历史展览，系统了解到（　）年南昌起义的经过。")).toBe(true);
    expect(hasDanglingReference("党员还应当履行______的义务。")).toBe(false);
  });
});

describe("stems that point forward at a list they leave out (issue #16)", () => {
  it("counts 以下的基本条件 and 下列主要要求 with nothing after them, not a list the stem goes on to give", () => {
    expect(hasDanglingReference("委员必须______、勤政务实，并且必须具备以下的基本条件。")).toBe(true);
    expect(hasDanglingReference("各单位应当遵守下列主要要求，不得______。")).toBe(true);
    expect(hasDanglingReference("委员必须具备以下的基本条件：______、勤政务实。")).toBe(false);
    expect(hasDanglingReference("委员必须______、勤政务实、清正廉洁。")).toBe(false);
  });
});

describe("stems naming the writer's own province or school (stop 34)", () => {
  it("takes 我省, 我市, 我校 that the stem never names", () => {
    expect(hasDanglingReference("“十五五”时期我省经济社会发展的指导思想是：坚持______。")).toBe(true);
    expect(hasDanglingReference("我校党委积极响应号召，对学习贯彻______做了部署。")).toBe(true);
  });

  it("leaves 我国, 我党 and 自我", () => {
    expect(hasDanglingReference("我国社会主要矛盾已经转化为______。")).toBe(false);
    expect(hasDanglingReference("党要勇于自我革命，坚持______。")).toBe(false);
  });
});
