import { describe, expect, it } from "vitest";
import { blanksFormulationOfRecord, namedFormulationOf, recitesBoilerplateSeries } from "@/lib/questions/formulations-of-record";

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

describe("blanksFormulationOfRecord on the lexicon's sets of record", () => {
  it("accepts a term two neighbours of record pin in the set's own order", () => {
    // The thinking abilities of record, the blank first and the next two after it.
    expect(blanksFormulationOfRecord("党校课程要帮助学员提高______、历史思维、辩证思维能力。", "战略思维")).toBe(true);
    // The one before and the one after (a text may leave a member out elsewhere in the list).
    expect(blanksFormulationOfRecord("学员们要增强创新思维、______、底线思维，提高应对风险的本领。", "法治思维")).toBe(true);
    // A fixed-order set (五位一体): its members in order around the blank.
    expect(blanksFormulationOfRecord("县里统筹推进经济建设、______、文化建设，全面发展。", "政治建设")).toBe(true);
  });

  it("rejects one neighbour alone, neighbours out of order, and a set that is a list of examples", () => {
    expect(blanksFormulationOfRecord("党校课程要帮助学员提高______、历史思维能力。", "战略思维")).toBe(false);
    expect(blanksFormulationOfRecord("党校课程要帮助学员提高______、辩证思维、历史思维能力。", "战略思维")).toBe(false);
    // A run that skips a member of record (历史思维 left out): the skipped member fits the blank as well.
    expect(blanksFormulationOfRecord("学员们要增强战略思维、辩证思维、创新思维、______、底线思维。", "法治思维")).toBe(false);
    // A term's tail is no member of its own (警告 in 严重警告).
    expect(blanksFormulationOfRecord("对其给予警告、严重警告、______、留党察看处分。", "撤销党内职务")).toBe(true);
    // 形式主义、官僚主义、______等: the 四风's next term does not follow, and 等 says the list goes on.
    expect(blanksFormulationOfRecord("整治形式主义、官僚主义、______等问题。", "享乐主义")).toBe(false);
    // 监督体系 is the lexicon's list of examples, in no order of record.
    expect(blanksFormulationOfRecord("要把党内监督、______、民主监督贯通起来。", "人大监督")).toBe(false);
  });
});

describe("namedFormulationOf", () => {
  it("names the formulation a sentence writes out whole with the key among its terms", () => {
    const sentence = "老党员们坚持理论联系实际、密切联系群众、批评和自我批评的作风。";
    expect(blanksFormulationOfRecord("老党员们坚持______、密切联系群众、批评和自我批评的作风。", "理论联系实际")).toBe(true);
    expect(namedFormulationOf(sentence, "理论联系实际")?.name).toBe("三大优良作风");
    expect(namedFormulationOf("老党员们坚持理论联系实际、密切联系群众、批评与自我批评的作风。", "密切联系群众")?.name).toBe("三大优良作风");
  });

  it("names nothing for part of the formulation or a formulation with no name", () => {
    expect(namedFormulationOf("老党员们坚持理论联系实际、密切联系群众的作风。", "理论联系实际")).toBeNull();
    expect(namedFormulationOf("要按照集体领导、民主集中、个别酝酿、会议决定的原则办事。", "集体领导")).toBeNull();
  });
});

describe("recitesBoilerplateSeries", () => {
  it("finds the guiding-thought formula recited around a blank in a guiding clause", () => {
    expect(recitesBoilerplateSeries("街道档案工作以马克思列宁主义、______、邓小平理论、“三个代表”重要思想为指导，服务基层治理。")).toBe(true);
    expect(recitesBoilerplateSeries("全市民兵工作要以______和“三个代表”重要思想为指导，扎实推进整组。")).toBe(true);
    expect(recitesBoilerplateSeries("社区党校组织学员学习马克思列宁主义、毛泽东思想、（　），提高理论素养。")).toBe(true);
    // The formula of its day split over two clauses, its last term blanked.
    expect(recitesBoilerplateSeries("乡镇干部要以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实______，做好本职工作。", ["科学发展观"])).toBe(true);
    // …but not another key in a clause after it.
    expect(recitesBoilerplateSeries("乡镇干部要以邓小平理论和“三个代表”重要思想为指导，深入贯彻落实______，做好本职工作。", ["中央决策部署"])).toBe(false);
    // A 判断 with a term swapped recites it as well.
    expect(recitesBoilerplateSeries("街道档案工作以马克思列宁主义、毛泽东思想、科学发展观为指导。")).toBe(true);
  });

  it("leaves a sentence that teaches the series or one of its terms", () => {
    // The party's own declaration of its guiding thought.
    expect(recitesBoilerplateSeries("中国共产党以马克思列宁主义、______、邓小平理论作为自己的行动指南。")).toBe(false);
    expect(recitesBoilerplateSeries("党的指导思想是马克思列宁主义、______、邓小平理论。")).toBe(false);
    // What a term is.
    expect(recitesBoilerplateSeries("科学发展观是同马克思列宁主义、______、邓小平理论一脉相承的科学理论。")).toBe(false);
  });

  it("leaves a blank outside the formula and a lone term", () => {
    expect(recitesBoilerplateSeries("街道档案工作以马克思列宁主义、毛泽东思想为指导，坚持______原则。")).toBe(false);
    expect(recitesBoilerplateSeries("区委举办______专题读书班，学员交流了学习体会。")).toBe(false);
    expect(recitesBoilerplateSeries("十月革命一声炮响，给中国送来了______。")).toBe(false);
  });
});
