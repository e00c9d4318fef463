import { describe, expect, it } from "vitest";
import { keyPointFault } from "@/lib/questions/key-point-form";

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
