import { describe, expect, it } from "vitest";
import { readDocumentKind } from "@/lib/content";
import { setsRules, speaksOfItself } from "@/lib/questions/kind-policy";

const prose = (...texts: string[]) => texts;
/** What the gate reads of a document: rule-setting and personal, both from the one document kind (stop 37). */
function documentKind(title: string, texts: string[]): { normative: boolean; personal: boolean } {
  const kind = readDocumentKind({ title, texts });
  return { normative: setsRules(kind), personal: speaksOfItself(kind) };
}

describe("the kind of text a document is", () => {
  it("reads a regulation from its articles and purpose clause, whatever its title", () => {
    const head = prose(
      "第一条 为了加强和规范新时代党的纪律检查委员会工作，根据《中国共产党章程》，制定本条例。",
      "第二条 党的各级纪律检查委员会高举中国特色社会主义伟大旗帜，坚持党的领导。",
      "第三条 纪律检查委员会在同级党委和上级纪委双重领导下进行工作。",
      "第四条 纪律检查委员会的主要任务是维护党的章程和其他党内法规。",
      "第五条 纪律检查委员会应当加强自身建设。",
    );
    expect(documentKind("中国共产党纪律检查委员会工作条例", head).normative).toBe(true);
    expect(documentKind("学习材料", head).normative).toBe(true);
  });

  it("reads a list of numbered prohibitions as rules though its title names no regulation kind", () => {
    const list = prose(
      "1.严禁以各种名义突击花钱和滥发津贴、补贴、奖金、实物。",
      "2.严禁用公款购买、印制、邮寄、赠送贺年卡、明信片、年历等物品。",
      "3.严禁用公款购买赠送烟花爆竹、烟酒、花卉、食品等年货节礼。",
      "4.依法取得的各项收入必须纳入符合规定的单位账簿核算。",
      "5.不准违规发放加班费、值班费。",
      "6.严禁借各种名义组织公款旅游。",
    );
    expect(documentKind("中央列出违反八项规定清单80条", list).normative).toBe(true);
  });

  it("reads a central document's call for what follows (现就…提出如下意见) as rules", () => {
    const head = prose("实施乡村振兴战略，是党的十九大作出的重大决策部署。现就实施乡村振兴战略提出如下意见。");
    expect(documentKind("中共中央 国务院关于实施乡村振兴战略的意见", head).normative).toBe(true);
  });

  it("keeps a title that ends in a regulation's kind word when the text says nothing else", () => {
    const head = prose("办好中国的事情，关键在党，关键在党要管党、从严治党。", "开展严肃认真的党内政治生活，是我们党的优良传统和政治优势。");
    expect(documentKind("关于新形势下党内政治生活的若干准则", head).normative).toBe(true);
    expect(documentKind("中央巡视组工作规则（试行）", head).normative).toBe(true);
  });

  it("does not read a news report as rules because its title names the 八项规定", () => {
    const head = prose(
      "党的作风和形象关系党的创造力、凝聚力、战斗力，决定党和国家事业成败。",
      "2024年以来，中央纪委国家监委和各级纪检监察机关坚持严的基调，一体推进查处问题、制度建设、教育引导，不断加固中央八项规定堤坝。",
      "云南省纪委监委开展违规旅游问题治理，督促各地区各部门对近三年开展和参加的培训进行摸底排查。",
    );
    expect(documentKind("保持严的基调 不断加固中央八项规定堤坝", head).normative).toBe(false);
  });

  it("does not read a commentary on one article, or study notes titled 纲要, as rules", () => {
    const commentary = prose("《中国共产党纪律处分条例》（以下简称《纪律处分条例》）第三十九条规定了直接责任者、主要领导责任者、重要领导责任者。", "《问责条例》第六条规定，“问责应当分清责任”。");
    expect(documentKind("准确理解纪律处分条例第三十九条规定", commentary).normative).toBe(false);
    const notes = prose("封建社会的衰落；经济：小农经济、土地所有制；政治：皇权封建君主专制制度。");
    expect(documentKind("中国近代史纲要重点梳理", notes).normative).toBe(false);
  });

  it("does not take a report's account of another text's adoption for the text's own", () => {
    const report = prose("10月24日至27日，党的十八届六中全会在北京召开。全会审议通过了《关于新形势下党内政治生活的若干准则》。");
    expect(documentKind("党委中心组召开扩大会议学习十八届六中全会精神", report).normative).toBe(false);
  });

  it("lets a byline, a salutation or a news lead overrule a title that ends in a regulation's kind word", () => {
    expect(documentKind("关于进一步加强作风建设的意见", prose("本报评论员 学习贯彻中央关于作风建设的意见，关键在落实。")).normative).toBe(false);
    expect(documentKind("在全市贯彻落实八项规定推进会上的讲话——严守规定", prose("同志们：今天我们召开会议，部署贯彻落实中央八项规定精神。")).normative).toBe(false);
    expect(documentKind("县委召开会议学习新修订的纪律处分条例", prose("3月12日上午，县委理论学习中心组召开会议，专题学习新修订的纪律处分条例。")).normative).toBe(false);
  });

  it("does not read an essay's numbered 必须 and 要, or a unit's list of work points, as rules", () => {
    const essay = prose(
      "1.必须把问题摆到桌面上来，不要在背后议论。",
      "2.必须互通情报，彼此通气。",
      "3.要学会抓中心工作，必须善于抓紧。",
      "4.必须胸中有数，对情况要有基本的数量分析。",
      "5.要注意团结那些和自己意见不同的同志。",
    );
    expect(documentKind("支部委员会的工作方法", essay).normative).toBe(false);
    const points = prose("1.严禁在职教师有偿补课。", "2.不得擅自调整课程。", "3.严禁体罚学生。", "4.不准占用体育课。", "5.不得乱收费。");
    expect(documentKind("关于公布2019学年工作要点的通知", points).normative).toBe(false);
  });

  it("reads a personal account from its title or the writer's 我", () => {
    expect(documentKind("学校班子成员年度述职报告", prose("协助书记、校长分管学校党建、行政、德育、纪检等工作。")).personal).toBe(true);
    expect(documentKind("读书笔记", prose("一年来，我认真学习党的二十大精神，分管教学工作。", "党的方针政策是国家发展的宏伟蓝图。")).personal).toBe(true);
    expect(documentKind("中国共产党问责条例", prose("第一条 为全面从严治党，规范和强化党的问责工作，制定本条例。")).personal).toBe(false);
    expect(documentKind("在毕业典礼上的讲话", prose("同学们：今天我站在这里，为你们送行。", "我记得你们入学时的样子。")).personal).toBe(true);
  });
});
