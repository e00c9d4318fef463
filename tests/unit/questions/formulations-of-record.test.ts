import { describe, expect, it } from "vitest";
import { blanksFormulationOfRecord } from "@/lib/questions/formulations-of-record";

describe("blanksFormulationOfRecord", () => {
  it("accepts a term of a closed formulation written out around the blank", () => {
    expect(blanksFormulationOfRecord("各支部讨论重大事项，同样要遵循______、民主集中、个别酝酿、会议决定的原则。", "集体领导")).toBe(true);
    expect(blanksFormulationOfRecord("该县委常委会坚持集体领导和______相结合，明确每位常委的分工。", "个人分工负责")).toBe(true);
    expect(blanksFormulationOfRecord("省委巡视组坚持中央统一领导、分级负责；坚持______、依法依规；坚持群众路线、发扬民主。", "实事求是")).toBe(true);
    expect(blanksFormulationOfRecord("社区党委坚持物质文明和______一起抓，办好新时代文明实践站。", "精神文明")).toBe(true);
  });

  it("rejects a closed formulation with a term missing or changed", () => {
    // Only two of the four principles written: another could follow.
    expect(blanksFormulationOfRecord("讨论时要坚持______、民主集中，充分听取意见。", "集体领导")).toBe(false);
    // The answer is not the formulation's term in that place.
    expect(blanksFormulationOfRecord("只要坚持解放思想、______，就能闯出新路。", "一切从实际出发")).toBe(false);
    // 物质文明 beside 精神文明 without the 一起抓 of record: 政治文明 reads as well.
    expect(blanksFormulationOfRecord("要让______和精神文明同步提升。", "物质文明")).toBe(false);
  });

  it("accepts a series term when the term of record follows the blank", () => {
    expect(blanksFormulationOfRecord("全体党员要以______和“三个代表”重要思想为指导，扎实推进各项工作。", "邓小平理论")).toBe(true);
    expect(blanksFormulationOfRecord("对情节严重的，给予撤销党内职务、______或者开除党籍处分。", "留党察看")).toBe(false);
    expect(blanksFormulationOfRecord("对情节严重的，给予撤销党内职务、______、开除党籍处分。", "留党察看")).toBe(true);
  });

  it("rejects a series term with only its predecessor written (the stem's list may stop short)", () => {
    expect(blanksFormulationOfRecord("机关党委学习马克思列宁主义、______，提高理论素养。", "毛泽东思想")).toBe(false);
    // Not the series' neighbour: 廉洁自律 is no term of the 廉洁自律规范's series before 廉洁齐家.
    expect(blanksFormulationOfRecord("做廉洁自律、______、廉洁齐家的表率。", "廉洁用权")).toBe(false);
  });
});
