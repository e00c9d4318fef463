import { describe, expect, it } from "vitest";
import { keyPointFault, pointsGivenByStem } from "@/lib/questions/key-point-form";

describe("the form of a list 简答's 要点", () => {
  it("accepts two or more whole points, short or long", () => {
    expect(keyPointFault(["思想建设", "组织建设", "作风建设"])).toBeNull();
    expect(keyPointFault(["健全基层议事协商制度", "完善村务公开的程序和内容", "强化对小微权力的日常监督"])).toBeNull();
    expect(keyPointFault(["（1）坚持问题导向，立行立改；", "（2）坚持标本兼治，建章立制。"])).toBeNull();
  });

  it("finds a point cut to a fragment or stopped on a word that needs what follows", () => {
    expect(keyPointFault(["在强化班子团结协作上用力", "在推进课堂教学改革上用力", "在培育"])).toBe("cut");
    expect(keyPointFault(["加强对年轻干部的教育管理", "严格落实谈心谈话制度的"])).toBe("cut");
    expect(keyPointFault(["完善考核评价办法", "树立重实干重实绩和"])).toBe("cut");
  });

  it("does not take a point ending in 为 or 以 (新作为, 加以) for a cut one", () => {
    expect(keyPointFault(["在乡村治理中展现新作为", "在产业发展中实现新突破"])).toBeNull();
  });

  it("finds several points run together in one", () => {
    expect(keyPointFault(["一是压紧压实主体责任；二是健全日常监督机制", "三是强化警示教育"])).toBe("merged");
    expect(keyPointFault(["规范会议流程，（2）精简会议材料", "严控会议规模"])).toBe("merged");
  });

  it("finds a paragraph taken for a point", () => {
    const paragraph = "要把调查研究作为基本功，深入基层、深入群众，真正摸清实情、找准症结。同时要注意防止走过场、搞形式，切实把调研成果转化为推动工作的实际举措";
    expect(keyPointFault([paragraph, "狠抓工作落实"])).toBe("paragraph");
  });

  it("finds a list of one point", () => {
    expect(keyPointFault(["加强理论武装"])).toBe("single");
    expect(keyPointFault(["加强理论武装", "  "])).toBe("single");
  });
});

describe("words that end a noun are no cut", () => {
  it("keeps 方向, 参与, 目的 and a point opening with 一 (一路求真)", () => {
    expect(keyPointFault(["明确努力方向", "鼓励群众广泛参与", "端正学习目的"])).toBeNull();
    expect(keyPointFault(["一路求真，追求博雅", "敢于担当，懂得感恩"])).toBeNull();
  });
});

describe("a note-taker's labels and shorthand are no points (issue 16)", () => {
  it("finds a point that is only the kind of content a note files under it", () => {
    expect(keyPointFault(["三件大事", "意义"])).toBe("label");
    expect(keyPointFault(["矛盾变化的依据", "做法", "结论"])).toBe("label");
  });

  it("finds a point holding an ampersand, a P.S. or an exam-trap label", () => {
    expect(keyPointFault(["人口规模", "愿景 & 规划 & 目标"])).toBe("label");
    expect(keyPointFault(["坑：区别两种矛盾", "做好本职工作"])).toBe("label");
    expect(keyPointFault(["P.S. 注意顺序", "做好本职工作"])).toBe("label");
  });

  it("keeps points that name their content (重大意义, 基本做法)", () => {
    expect(keyPointFault(["具有重大历史意义", "积累了基本做法"])).toBeNull();
    expect(keyPointFault(["PPS管道检修", "OPS系统维护"])).toBeNull();
  });
});

describe("要点 the stem already gives (issue 16)", () => {
  it("finds points that only split the heading the stem asks about", () => {
    expect(pointsGivenByStem("“基层组织的领导体制和工作机制”包括哪几个方面？", ["领导体制", "工作机制"])).toBe(true);
    expect(pointsGivenByStem("“社区治理的目标和路径”包括哪几个方面？", ["社区治理的目标", "社区治理的路径"])).toBe(true);
  });

  it("keeps points that say more than the heading", () => {
    expect(pointsGivenByStem("《复习资料》中，“唯物辩证法”包括哪几个方面？", ["事物的联系和发展", "对立统一规律", "量变质变规律"])).toBe(false);
    expect(pointsGivenByStem("“辩证唯物主义”包括哪几个方面？", ["辩证唯物论", "唯物辩证法", "认识和实践"])).toBe(false);
    expect(pointsGivenByStem("“干部廉洁自律规范”包括哪几个方面？", ["廉洁从政", "廉洁用权", "廉洁修身"])).toBe(false);
  });

  it("finds a point that only labels the part of the heading it stands for (…内涵, …意义)", () => {
    expect(pointsGivenByStem("基层治理的目标和意义有哪些？", ["推进治理现代化", "基层治理目标", "基层治理意义"])).toBe(true);
    expect(pointsGivenByStem("“党的建设的最大特征”包括哪几个方面？", ["党的领导是党的建设的最大特征", "从严治党"])).toBe(false);
    expect(pointsGivenByStem("“改革的意义”包括哪几个方面？", ["解放和发展生产力", "增强社会活力"])).toBe(false);
    // A rule's procedures and methods, labelled by the stem's own words (stop 39).
    expect(pointsGivenByStem("《某工作条例》中，受理来信、来访的程序和方法有哪些？", ["受理来信的程序", "受理来访的程序", "受理来信来访的基本方法"])).toBe(true);
    expect(pointsGivenByStem("《某工作条例》中，受理来信的程序和方法有哪些？", ["登记后七日内转交承办机关", "承办机关一个月内答复来信人"])).toBe(false);
  });

  it("does not count the document's title as the heading", () => {
    expect(pointsGivenByStem("《领导体制和工作机制》中，“基层组织”包括哪几个方面？", ["领导体制", "工作机制"])).toBe(false);
  });

  it("asks two points or more", () => {
    expect(pointsGivenByStem("“领导体制”包括哪几个方面？", ["领导体制"])).toBe(false);
  });
});
