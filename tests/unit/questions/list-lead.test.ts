import { describe, expect, it } from "vitest";
import { withListLead } from "@/lib/questions/build-candidate";

const ARTICLE = "第七条 对党组织的问责方式包括：（一）检查。对履行职责不力、情节较轻的，应当责令其作出书面检查并切实整改。（二）通报。对履行职责不力、情节较重的，应当责令整改，并在一定范围内通报。";

describe("a stem cut from an item of a list", () => {
  it("says what the items are of before the stem", () => {
    const start = ARTICLE.indexOf("对履行职责不力、情节较重");
    expect(withListLead("对履行职责不力、情节较重的，应当责令整改，并在一定范围内______。", ARTICLE, start)).toBe("在对党组织的问责方式中，对履行职责不力、情节较重的，应当责令整改，并在一定范围内______。");
  });

  it("leaves a stem that holds the lead, opens with the item's number, or is not inside the list", () => {
    expect(withListLead("对党组织的问责方式包括检查、______和改组。", ARTICLE, 4)).toBe("对党组织的问责方式包括检查、______和改组。");
    expect(withListLead("（二）______。", ARTICLE, ARTICLE.indexOf("（二）"))).toBe("（二）______。");
    expect(withListLead("党组织应当______。", "党组织应当履行职责。有下列情形之一的，应当予以问责：（一）党的领导弱化。", 0)).toBe("党组织应当______。");
  });

  it("takes no condition (有下列情形之一的) for a list's name", () => {
    const text = "有下列情形之一的，应当予以问责：（一）党的领导弱化，造成严重后果的。";
    expect(withListLead("党的领导弱化，造成严重后果的。", text, text.indexOf("党的领导弱化"))).toBe("党的领导弱化，造成严重后果的。");
  });

  it("names a list told with 下列 or with its kind before 是：", () => {
    const duties = "第三条 党员必须履行下列义务：（一）认真学习马克思列宁主义。（二）贯彻执行党的基本路线。（三）密切联系群众，向群众宣传党的主张。";
    expect(withListLead("______，向群众宣传党的主张。", duties, duties.indexOf("密切联系群众"))).toBe("在党员必须履行的义务中，______，向群众宣传党的主张。");
    const principles = "党的民主集中制的基本原则是：（一）党员个人服从党的组织。（二）党的各级领导机关由选举产生。";
    expect(withListLead("党的各级领导机关由______产生。", principles, principles.indexOf("党的各级领导机关"))).toBe("在党的民主集中制的基本原则中，党的各级领导机关由______产生。");
  });

  it("names a lead that points back (它的基本任务是：) by the subject of the sentence before, and a clause's tail by its sentence's subject", () => {
    const tasks = "第三十二条　党的基层组织是党在社会基层组织中的战斗堡垒。它的基本任务是：（一）宣传和执行党的路线。（二）密切联系群众，经常了解群众对党员的批评。";
    expect(withListLead("______，经常了解群众对党员的批评。", tasks, tasks.indexOf("密切联系群众"))).toBe("在党的基层组织的基本任务中，______，经常了解群众对党员的批评。");
    const conditions = "党的各级领导干部必须信念坚定，并且必须具备以下的基本条件：（一）具有马克思列宁主义的水平。（二）坚决执行党的基本路线。";
    expect(withListLead("坚决执行______。", conditions, conditions.indexOf("坚决执行"))).toBe("在党的各级领导干部必须具备的基本条件中，坚决执行______。");
    // A tail whose sentence names no subject before a modal verb is no name.
    const unnamed = "经过认真讨论，并且具备以下的基本条件：（一）具有马克思列宁主义的水平。（二）坚决执行党的基本路线。";
    expect(withListLead("坚决执行______。", unnamed, unnamed.indexOf("坚决执行"))).toBe("坚决执行______。");
  });

  it("names a 下列 lead by its kind without the verb phrase after it (遵循下列原则开展工作)", () => {
    const principles = "第四条 党的各级纪律检查委员会遵循下列原则开展工作：（一）坚持党的领导。（二）坚持以人民为中心，践行党的根本宗旨和群众路线。";
    expect(withListLead("坚持以人民为中心，践行党的根本宗旨和______。", principles, principles.indexOf("坚持以人民为中心"))).toBe("在党的各级纪律检查委员会遵循的原则中，坚持以人民为中心，践行党的根本宗旨和______。");
  });

  it("says a stem made of the lead and its first item without them, as one item of the list", () => {
    const duties = "第三条 党员必须履行下列义务：（一）认真学习马克思列宁主义、“三个代表”重要思想。（二）贯彻执行党的基本路线。";
    expect(withListLead("党员必须履行下列义务：（一）认真学习马克思列宁主义、“______”重要思想。", duties, duties.indexOf("党员"))).toBe("在党员必须履行的义务中，认真学习马克思列宁主义、“______”重要思想。");
  });

  it("takes no condition with 下列…之一 for a list's name", () => {
    const text = "违反有关规定从事营利活动，有下列行为之一，情节较轻的，给予警告处分：（一）经商办企业。（二）拥有非上市公司股份。";
    expect(withListLead("拥有非上市公司______。", text, text.indexOf("拥有"))).toBe("拥有非上市公司______。");
  });

  it("says a 判断's item of one clause as a proposition (…的原则包括…), and a longer one with 在…中", () => {
    const principles = "第四条 党的纪律处分工作遵循下列原则：（一）坚持党要管党、全面从严治党。（二）党纪面前一律平等。";
    expect(withListLead("坚持党要管党、全面依法治国。", principles, principles.indexOf("坚持党要管党"), true)).toBe("党的纪律处分工作遵循的原则包括坚持党要管党、全面依法治国。");
    const start = ARTICLE.indexOf("对履行职责不力、情节较重");
    expect(withListLead("对履行职责不力、情节较重的，应当责令整改。", ARTICLE, start, true)).toBe("在对党组织的问责方式中，对履行职责不力、情节较重的，应当责令整改。");
  });

  it("names a lead whose verb is a preposition (按照下列程序) by its subject and kind alone", () => {
    const steps = "第五十条 审理工作按照下列程序进行：（一）案件审理部门收到审查调查报告后，予以受理。（二）审理工作应当在受理之日起1个月内完成。";
    expect(withListLead("审理工作应当在受理之日起______内完成。", steps, steps.indexOf("审理工作应当"))).toBe("在审理工作的程序中，审理工作应当在受理之日起______内完成。");
  });

  it("names a 下列/以下 lead whose colon the layout lost before （一）", () => {
    const conditions = "第三十六条 党的各级领导干部必须信念坚定，并且必须具备以下的基本条件（一）具有马克思列宁主义的水平。（二）坚持解放思想，实事求是。";
    expect(withListLead("坚持解放思想，______。", conditions, conditions.indexOf("坚持解放思想"))).toBe("在党的各级领导干部必须具备的基本条件中，坚持解放思想，______。");
  });

  it("names a lead whose verb takes a list of objects by its sentence's subject, the verb and the kind", () => {
    const article = "第三十三条 党的纪律检查委员会应当强化政治监督，重点监督党组织、党员特别是领导干部以下情况：（一）对党忠诚的情况。（二）贯彻执行民主集中制，公正用权的情况。";
    expect(withListLead("贯彻执行______，公正用权的情况。", article, article.indexOf("贯彻执行"))).toBe("在党的纪律检查委员会重点监督的情况中，贯彻执行______，公正用权的情况。");
  });
});
