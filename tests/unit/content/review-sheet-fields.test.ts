import { describe, expect, it } from "vitest";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";
import { isTitleLine } from "@/lib/content/structure/classify-lines";

// A review sheet answers its questions with fields: a fact's label and its value on lines of their own.
describe("a review sheet's answer fields", () => {
  const INTRO = "第三单元 复习要点";
  const FILLER = ["1. 本单元讲述了新民主主义革命的开端。", "2. 党的早期组织在各地相继建立起来。", "3. 工人运动出现了第一次高潮。", "4. 先进分子开始传播马克思主义。"];

  it("keeps a 时间 line that answers the question above it, or stands among other fields, as text", () => {
    const underQuestion = [INTRO, ...FILLER, "5. 某次会议召开的标志：", "时间：1925 年 1 月", "会议：某某会议的召开"];
    expect(dropDocumentMetadata.apply(underQuestion).removed).toEqual([]);
    const amongFields = [INTRO, ...FILLER, "5. 某次起义", "时间：1927 年 8 月 1 日", "地点：某地", "意义：打响了第一枪。"];
    expect(dropDocumentMetadata.apply(amongFields).removed).toEqual([]);
  });

  it("still drops an info bar's 时间 line with no answer around it", () => {
    const result = dropDocumentMetadata.apply(["全市召开党建工作会议", "时间：2026年3月5日", "2026年3月5日，全市召开党建工作会议，部署今年的重点任务。"]);
    expect(result.removed?.map((removed) => removed.rule)).toEqual(["key-value"]);
  });

  it("never reads an answer's field as a title, and still reads a short heading as one", () => {
    for (const line of ["时间：1927年8月1日", "地点：江西南昌", "意义：开启了新时期"]) expect(isTitleLine(line)).toBe(false);
    expect(isTitleLine("党的建设")).toBe(true);
  });
});
