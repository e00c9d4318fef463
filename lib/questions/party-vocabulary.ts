import { pureMemo } from "./course-memo";

/**
 * A lexicon of party vocabulary, kept as data: named sets whose members are of one kind, so that a
 * wrong option for one member is another member (组织纪律 for 政治纪律, 历史思维 for 法治思维). A course
 * rarely holds enough same-kind terms of its own for every key; these fill the gap. Members of one
 * class are never near-synonyms of each other. Add classes here; keep each one a set of parallel names.
 *
 * Membership is read out of context, wherever the term appears, so a class is left out when its members are
 * - a course's theme word (密切联系群众 of the 三大作风): a member is never judged a generic target;
 * - a wrapper of another term (坚持全面从严治党 of the 十四个坚持, 以经济建设为中心): a blank on the inner
 *   term is then taken to cut a name (BLANK_SPLITS_WORD);
 * - said of the party all at once (三个代表, 两个先锋队, 三个务必): a swap leaves the statement true;
 * - everyday words (富强、民主、文明、和谐): the lexicon would lift the checks on common keys.
 */
export interface VocabularyClass {
  name: string;
  members: readonly string[];
  /** How a 解析 states the members when a member's wording has changed since (四个全面's first one); the members otherwise. */
  stated?: readonly string[];
  /**
   * The year the set was first named (四风: 2013): a document dated before it cannot mean it, so a 解析 never says its key
   * is of the set there (形式主义 in a 1942 lecture is no 四风).
   */
  since?: number;
  /**
   * Whether the members are listed in the one order the party's texts always give them (四个意识: 政治、大局、核心、看齐):
   * a stem quoting them in another order teaches a wrong sequence (see misorderedSetIn).
   */
  ordered?: boolean;
  /**
   * A set of record whose name opens on no count (政治三力, 思维能力, 党的思想路线): a 解析 names its members as it does a
   * counted set's, "all" as the whole (“政治三力”指…), "chief" as the chief ones where texts of record list more or fewer
   * (“思维能力”包括…等). Without it a name that opens on no count is a list of examples (党的纪律), never stated.
   */
  ofRecord?: "all" | "chief";
  /**
   * A set of record named by no count whose members each mean one thing of their own (党的建设: 政治建设 is the
   * 根本性建设, 作风建设 keeps the ties with the masses): a 单选 among them must say what each wrong option is, like a
   * counted set's (see distinctMembersClass). A list of examples (监督体系, 党的纪律) is not.
   */
  distinct?: true;
}

export const PARTY_VOCABULARY: readonly VocabularyClass[] = [
  // A set inside a wider one: the 四风 are named first, so a 解析 can say that 个人主义 is no 四风 (QUESTIONS.md E).
  { name: "四风", members: ["形式主义", "官僚主义", "享乐主义", "奢靡之风"], since: 2013 },
  { name: "党内要反对的作风和思想倾向", members: ["形式主义", "官僚主义", "享乐主义", "奢靡之风", "本位主义", "分散主义", "自由主义", "个人主义", "好人主义", "拜金主义"] },
  { name: "党的纪律", members: ["政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律"] },
  { name: "党的路线", members: ["政治路线", "思想路线", "组织路线", "群众路线"] },
  { name: "党的建设", members: ["政治建设", "思想建设", "组织建设", "作风建设", "纪律建设", "制度建设"], distinct: true },
  { name: "五位一体", members: ["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"], ordered: true, since: 2012 },
  // Since the Fifth Plenum of the 19th Central Committee (2020) the first is 全面建设社会主义现代化国家.
  {
    name: "四个全面",
    members: ["全面建成小康社会", "全面深化改革", "全面依法治国", "全面从严治党"],
    stated: ["全面建设社会主义现代化国家（党的十九届五中全会之前为全面建成小康社会）", "全面深化改革", "全面依法治国", "全面从严治党"],
  },
  { name: "四个意识", members: ["政治意识", "大局意识", "核心意识", "看齐意识"], ordered: true, since: 2016 },
  { name: "四个自信", members: ["道路自信", "理论自信", "制度自信", "文化自信"], ordered: true, since: 2016 },
  { name: "思维能力", members: ["战略思维", "历史思维", "辩证思维", "创新思维", "法治思维", "底线思维", "系统思维"], ofRecord: "chief" },
  { name: "民主权利", members: ["选举权", "知情权", "参与权", "表达权", "监督权", "决策权", "被选举权"] },
  { name: "党纪处分", members: ["警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"], ordered: true },
  // 支部委员会 is a body that sets up a branch; the meeting of the 三会一课 is 支部委员会会议.
  { name: "三会一课", members: ["支部党员大会", "支部委员会会议", "党小组会", "党课"] },
  { name: "组织生活", members: ["支部党员大会", "支部委员会会议", "党小组会", "党课", "组织生活会", "民主评议党员"] },
  // 全国政协 and the 中央纪委 are no organs of the state: readers caught a 解析 that said so.
  { name: "国家机构", members: ["全国人大", "国务院", "国家监察委员会", "最高人民法院", "最高人民检察院", "中央军委"] },
  // Bodies a regulation makes responsible (办公室设在…, 由…负责解释): a wrong option is another body of the centre.
  // Named so that the 中央纪委, a central organ of the party, is not called a department (readers caught it).
  { name: "党中央和国务院的机关与工作部门", members: ["中央办公厅", "中央组织部", "中央宣传部", "中央统战部", "中央政法委员会", "中央纪律检查委员会", "国务院办公厅", "中央对外联络部", "中央政策研究室"] },
  { name: "四大考验", members: ["执政考验", "改革开放考验", "市场经济考验", "外部环境考验"] },
  { name: "四种危险", members: ["精神懈怠危险", "能力不足危险", "脱离群众危险", "消极腐败危险"] },
  { name: "三严三实", members: ["严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实"], ordered: true },
  { name: "四项基本原则", members: ["坚持社会主义道路", "坚持人民民主专政", "坚持中国共产党的领导", "坚持马克思列宁主义毛泽东思想"] },
  { name: "党的指导思想", members: ["马克思列宁主义", "毛泽东思想", "邓小平理论", "“三个代表”重要思想", "科学发展观", "习近平新时代中国特色社会主义思想"], ordered: true },
  // The 三观 (十九大报告: 解决好世界观、人生观、价值观这个“总开关”问题; the 2016 准则), listed
  // before the lexicon's wider 正确的观念 so that 世界观、价值观、______ is a set complete but for 人生观.
  { name: "三观", members: ["世界观", "人生观", "价值观"], ordered: true },
  { name: "正确的观念", members: ["世界观", "人生观", "价值观", "权力观", "地位观", "利益观", "政绩观"] },
  { name: "新发展理念", members: ["创新发展", "协调发展", "绿色发展", "开放发展", "共享发展"], ofRecord: "all" },
  { name: "一体推进三不腐", members: ["不敢腐", "不能腐", "不想腐"] },
  { name: "四个伟大", members: ["伟大斗争", "伟大工程", "伟大事业", "伟大梦想"], since: 2017 },
  { name: "党内政治生活的“四性”", members: ["政治性", "时代性", "原则性", "战斗性"] },
  { name: "自我净化、自我完善、自我革新、自我提高", members: ["自我净化", "自我完善", "自我革新", "自我提高"] },
  { name: "全过程人民民主的环节", members: ["民主选举", "民主协商", "民主决策", "民主管理", "民主监督"] },
  { name: "监督体系", members: ["党内监督", "人大监督", "民主监督", "行政监督", "司法监督", "审计监督", "统计监督", "群众监督", "舆论监督"] },
  { name: "党风廉政建设的“两个责任”", members: ["主体责任", "监督责任"] },
  { name: "组织处理方式", members: ["停职检查", "调整职务", "责令辞职", "降职", "免职"] },
  { name: "群众路线的内容", members: ["一切为了群众", "一切依靠群众", "从群众中来", "到群众中去"] },
  { name: "四个服从", members: ["党员个人服从党的组织", "少数服从多数", "下级组织服从上级组织", "全党各个组织和全体党员服从党的全国代表大会和中央委员会"] },
  { name: "好干部标准", members: ["信念坚定", "为民服务", "勤政务实", "敢于担当", "清正廉洁"], ofRecord: "all" },
  { name: "两个维护", members: ["坚决维护习近平总书记党中央的核心、全党的核心地位", "坚决维护党中央权威和集中统一领导"] },
  { name: "问责方式", members: ["检查", "通报", "改组", "通报批评", "诫勉", "组织调整", "组织处理", "纪律处分"] },
  { name: "党组织的纪律处分", members: ["改组", "解散"] },
  { name: "纪检机关的职责", members: ["监督", "执纪", "问责"] },
  { name: "巡视工作方式", members: ["听取工作汇报", "个别谈话", "受理来信来电来访", "调阅复制有关文件", "民主测评", "问卷调查", "实地走访"] },
  { name: "中央八项规定的内容", members: ["改进调查研究", "精简会议活动", "精简文件简报", "规范出访活动", "改进警卫工作", "改进新闻报道", "严格文稿发表", "厉行勤俭节约"] },
  { name: "党内法规", members: ["中国共产党章程", "中国共产党纪律处分条例", "中国共产党问责条例", "中国共产党巡视工作条例", "中国共产党党内监督条例", "中国共产党廉洁自律准则", "关于新形势下党内政治生活的若干准则", "中国共产党纪律检查委员会工作条例"] },
  { name: "党的组织原则和制度", members: ["民主集中制", "集体领导", "个人分工负责", "请示报告制度", "党内民主"] },
  // Standard sets of the charter, the 准则 and 条例, central documents and party-course textbooks.
  // The charter's line of thought and the standard of judgement of reform.
  { name: "党的思想路线", members: ["一切从实际出发", "理论联系实际", "实事求是", "在实践中检验真理和发展真理"], ofRecord: "all" },
  { name: "三个有利于", members: ["是否有利于发展社会主义社会的生产力", "是否有利于增强社会主义国家的综合国力", "是否有利于提高人民的生活水平"] },
  // Political commitments and requirements on members and cadres.
  { name: "两个确立", members: ["确立习近平同志党中央的核心、全党的核心地位", "确立习近平新时代中国特色社会主义思想的指导地位"] },
  { name: "两学一做", members: ["学党章党规", "学系列讲话", "做合格党员"] },
  { name: "四讲四有", members: ["讲政治、有信念", "讲规矩、有纪律", "讲道德、有品行", "讲奉献、有作为"] },
  { name: "四个合格", members: ["政治合格", "执行纪律合格", "品德合格", "发挥作用合格"] },
  { name: "党员领导干部廉洁自律规范", members: ["廉洁从政", "廉洁用权", "廉洁修身", "廉洁齐家"] },
  { name: "政治三力", members: ["政治判断力", "政治领悟力", "政治执行力"], ofRecord: "all" },
  { name: "八种本领", members: ["学习本领", "政治领导本领", "改革创新本领", "科学发展本领", "依法执政本领", "群众工作本领", "狠抓落实本领", "驾驭风险本领"] },
  { name: "七种能力", members: ["政治能力", "调查研究能力", "科学决策能力", "改革攻坚能力", "应急处突能力", "群众工作能力", "抓落实能力"] },
  { name: "三重一大", members: ["重大事项决策", "重要干部任免", "重大项目安排", "大额度资金运作"] },
  // The general requirements of the education campaigns, each its own set.
  { name: "“不忘初心、牢记使命”主题教育的总要求", members: ["守初心", "担使命", "找差距", "抓落实"], ofRecord: "all" },
  { name: "党史学习教育的目标要求", members: ["学史明理", "学史增信", "学史崇德", "学史力行"], ofRecord: "all" },
  { name: "学习贯彻习近平新时代中国特色社会主义思想主题教育的总要求", members: ["学思想", "强党性", "重实践", "建新功"], ofRecord: "all" },
  { name: "党纪学习教育的目标要求", members: ["学纪", "知纪", "明纪", "守纪"], ofRecord: "all" },
  // Discipline inspection and supervision.
  { name: "四种形态", members: ["第一种形态", "第二种形态", "第三种形态", "第四种形态"] },
  { name: "四项监督", members: ["纪律监督", "监察监督", "派驻监督", "巡视监督"] },
  { name: "问题线索处置方式", members: ["谈话函询", "初步核实", "暂存待查", "予以了结"] },
  { name: "巡视组织形式", members: ["常规巡视", "专项巡视", "机动巡视", "巡视“回头看”"] },
  { name: "三转", members: ["转职能", "转方式", "转作风"] },
  { name: "政务处分", members: ["警告", "记过", "记大过", "降级", "撤职", "开除"] },
  // The party's history, theory and summaries of its experience.
  { name: "伟大建党精神", members: ["坚持真理、坚守理想", "践行初心、担当使命", "不怕牺牲、英勇斗争", "对党忠诚、不负人民"], ofRecord: "all" },
  { name: "两个结合", members: ["同中国具体实际相结合", "同中华优秀传统文化相结合"] },
  { name: "两个一百年奋斗目标", members: ["第一个百年奋斗目标", "第二个百年奋斗目标"] },
  { name: "中国式现代化的中国特色", members: ["人口规模巨大的现代化", "全体人民共同富裕的现代化", "物质文明和精神文明相协调的现代化", "人与自然和谐共生的现代化", "走和平发展道路的现代化"] },
  { name: "五个文明", members: ["物质文明", "政治文明", "精神文明", "社会文明", "生态文明"] },
  { name: "四个现代化", members: ["工业现代化", "农业现代化", "国防现代化", "科学技术现代化"] },
  // Sets named in full where a text names them (努力实现干部队伍的革命化、年轻化、知识化、专业化): their members are
  // ordinary words elsewhere, so the sets are contextual (below).
  { name: "四化同步", members: ["新型工业化", "信息化", "城镇化", "农业现代化"] },
  { name: "干部队伍“四化”", members: ["革命化", "年轻化", "知识化", "专业化"] },
  { name: "群团组织的“三性”", members: ["政治性", "先进性", "群众性"] },
  { name: "立足新发展阶段、贯彻新发展理念、构建新发展格局", members: ["新发展阶段", "新发展理念", "新发展格局"] },
  { name: "强军目标", members: ["听党指挥", "能打胜仗", "作风优良"], ofRecord: "all" },
  { name: "三大战役", members: ["辽沈战役", "淮海战役", "平津战役"] },
  { name: "党的三个历史决议", members: ["关于若干历史问题的决议", "关于建国以来党的若干历史问题的决议", "中共中央关于党的百年奋斗重大成就和历史经验的决议"] },
  { name: "中国共产党人的精神谱系", members: ["井冈山精神", "苏区精神", "长征精神", "遵义会议精神", "延安精神", "西柏坡精神", "红岩精神", "抗美援朝精神", "雷锋精神", "焦裕禄精神", "大庆精神", "“两弹一星”精神", "载人航天精神", "抗疫精神", "脱贫攻坚精神"] },
  // State institutions and the united front.
  { name: "基本政治制度", members: ["中国共产党领导的多党合作和政治协商制度", "民族区域自治制度", "基层群众自治制度"] },
  { name: "我国的政治制度", members: ["人民代表大会制度", "中国共产党领导的多党合作和政治协商制度", "民族区域自治制度", "基层群众自治制度"] },
  { name: "社会主义基本经济制度", members: ["公有制为主体、多种所有制经济共同发展", "按劳分配为主体、多种分配方式并存", "社会主义市场经济体制"] },
  { name: "一府一委两院", members: ["人民政府", "监察委员会", "人民法院", "人民检察院"] },
  { name: "人民政协的主要职能", members: ["政治协商", "民主监督", "参政议政"] },
  { name: "统一战线的五大关系", members: ["政党关系", "民族关系", "宗教关系", "阶层关系", "海内外同胞关系"] },
  { name: "乡村振兴的五个方面", members: ["产业振兴", "人才振兴", "文化振兴", "生态振兴", "组织振兴"] },
  { name: "三大攻坚战", members: ["防范化解重大风险", "精准脱贫", "污染防治"] },
  // Fixed formulas party texts write with the same members in the same words (stop 30, issue #16): a blank on one
  // member beside the others has one answer, and a 多选 on them takes its wrong options from their kind.
  // 党章总纲 and the decision of the Third Plenum of the 18th Central Committee: 更加注重改革的系统性、整体性、协同性.
  { name: "改革的系统性、整体性、协同性", members: ["系统性", "整体性", "协同性"] },
  // The 2019《中国共产党党内法规制定条例》 and the 2021 report《中国共产党党内法规体系》: the “1+4” framework under the charter.
  { name: "党内法规体系的四大板块", members: ["党的组织法规", "党的领导法规", "党的自身建设法规", "党的监督保障法规"] },
  // 十九大报告: 坚持精准扶贫、精准脱贫.
  { name: "精准扶贫、精准脱贫", members: ["精准扶贫", "精准脱贫"] },
  // The 2013 campaign on the mass line (中央《关于在全党深入开展党的群众路线教育实践活动的意见》): its general requirement.
  { name: "党的群众路线教育实践活动的总要求", members: ["照镜子", "正衣冠", "洗洗澡", "治治病"], since: 2013 },
  // Standard formulas fresh documents will hold (应知应会 lists), each with its source:
  // 习近平 at the 全国宣传思想工作会议 (2013) and the 意识形态工作责任制实施办法 (2015): 意识形态工作的领导权、管理权、话语权.
  { name: "意识形态工作的领导权、管理权、话语权", members: ["领导权", "管理权", "话语权"] },
  // 习近平 to the 全国优秀县委书记 (2015): 做到“四个铁一般”.
  { name: "四个铁一般", members: ["铁一般信仰", "铁一般信念", "铁一般纪律", "铁一般担当"] },
  // 十九届六中全会决议 and 二十大报告: 统筹中华民族伟大复兴战略全局和世界百年未有之大变局.
  { name: "两个大局", members: ["中华民族伟大复兴战略全局", "世界百年未有之大变局"] },
  // The 2021 notice on 党史学习教育 (学习党史、新中国史、改革开放史、社会主义发展史).
  { name: "四史", members: ["党史", "新中国史", "改革开放史", "社会主义发展史"] },
  // 十六大报告: 尊重劳动、尊重知识、尊重人才、尊重创造.
  { name: "四个尊重", members: ["尊重劳动", "尊重知识", "尊重人才", "尊重创造"] },
  // Speakers of one kind: a statement of a Chinese leader is never credited to 马克思, nor the reverse.
  { name: "马克思主义经典作家", members: ["马克思", "恩格斯", "列宁", "斯大林"] },
  // …and of their own time: readers took 刘少奇 or 周恩来 beside a 温家宝 sentence on 改善民生 for an anachronism, not a test.
  { name: "新中国成立前后的党和国家领导人", members: ["毛泽东", "周恩来", "刘少奇", "朱德", "陈云", "任弼时"] },
  { name: "改革开放以来的党和国家领导人", members: ["邓小平", "江泽民", "胡锦涛", "温家宝", "习近平", "李鹏", "朱镕基"] },
];

/** A static index of the constant lexicon above (built once at load, bounded by it): no course data. */
const classesByMember = new Map<string, VocabularyClass[]>();
for (const entry of PARTY_VOCABULARY) for (const member of entry.members) classesByMember.set(member, [...(classesByMember.get(member) ?? []), entry]);

/** The other members of every class the term belongs to (empty when the lexicon does not know it). */
export function vocabularySiblings(term: string): string[] {
  return [...new Set((classesByMember.get(term) ?? []).flatMap((entry) => entry.members.filter((member) => member !== term)))];
}

/** The classes of what the party opposes (the 四风 and the wider tendencies): things to fight, never to uphold or teach. */
const OPPOSED_CLASSES = new Set(["四风", "党内要反对的作风和思想倾向"]);

/** Whether the lexicon holds a term as a tendency the party opposes (享乐主义, 官僚主义, 好人主义). */
export function opposedTendency(term: string): boolean {
  return (classesByMember.get(term) ?? []).some((entry) => OPPOSED_CLASSES.has(entry.name));
}

/** The name of a class holding both terms (the first one the lexicon lists), or null. */
export function sharedVocabularyClass(term: string, other: string): string | null {
  return (classesByMember.get(term) ?? []).find((entry) => entry.members.includes(other))?.name ?? null;
}

/**
 * The ending every member of a lexicon set holding the term shares, two characters or more (监督 of the 监督体系, 建设 of
 * 党的建设), or null: the set's head word, which a list of its members may say once for all (党员、干部、群众监督).
 */
export function sharedClassEnding(term: string): string | null {
  let best: string | null = null;
  for (const entry of classesByMember.get(term) ?? []) {
    let ending = term;
    while (ending.length >= 2 && !entry.members.every((member) => member.endsWith(ending) && member.length > ending.length)) ending = ending.slice(1);
    if (ending.length >= 2 && (best === null || ending.length > best.length)) best = ending;
  }
  return best;
}

/** The members of the class of that name (empty when the lexicon has none). */
export function vocabularyClassMembers(name: string): readonly string[] {
  return PARTY_VOCABULARY.find((entry) => entry.name === name)?.members ?? [];
}

/**
 * Classes whose members are ordinary words or bodies as often as members of the set (监督责任 of any
 * member, 政治性 of a concept, 纪律处分 outside the 问责条例, 中央军委 as a party organ): a term is said
 * to be of one only where its text speaks of the set. Readers found these claims wrong elsewhere.
 * 好干部标准 (信念坚定、为民服务、勤政务实、敢于担当、清正廉洁) too: its members are the virtues any speech, report or
 * regulation praises (大公无私，清正廉洁; 用清正廉洁守护…), the standard only where its text names it or another member
 * (stop 29: the two published 填空 on 清正廉洁 outside rule-setting texts were both discarded, other virtues fitting).
 */
const CONTEXTUAL_CLASSES = new Set([
  "党内政治生活的“四性”",
  "党风廉政建设的“两个责任”",
  "全过程人民民主的环节",
  "问责方式",
  "国家机构",
  "党中央和国务院的机关与工作部门",
  "一府一委两院",
  "监督体系",
  "党组织的纪律处分",
  "纪检机关的职责",
  "政务处分",
  "党纪处分",
  "党的组织原则和制度",
  "四化同步",
  "干部队伍“四化”",
  "群团组织的“三性”",
  "好干部标准",
  // Fixed formulas whose members are ordinary words or steps elsewhere (系统性 of any plan, 党史 of any lecture, 领导权 of
  // any body): complete sets where the text names them, no class elsewhere.
  "改革的系统性、整体性、协同性",
  "意识形态工作的领导权、管理权、话语权",
  "四史",
]);

/** Whether every set the term is of is a contextual one (民主监督, 国务院, 政治性): out of such a set it is an ordinary word or body. */
export function onlyContextualClasses(term: string): boolean {
  const classes = classesByMember.get(term) ?? [];
  return classes.length > 0 && classes.every((entry) => CONTEXTUAL_CLASSES.has(entry.name));
}

/**
 * Whether the text names every other member of a set the term is of: the set is complete but for the term. With
 * items (the other items of the list the term stands in), each of the term's kind (ending as it ends: 领导责任 beside
 * 主体责任) must name a member of that set, or the list is a longer one the set only happens to be inside.
 */
export function completesClassIn(term: string, context: string, items: readonly string[] = []): boolean {
  const rest = context.replace(term, "");
  return (classesByMember.get(term) ?? []).some(
    (entry) =>
      entry.members.every((member) => member === term || rest.includes(member)) &&
      items.every((item) => !item.endsWith(term.slice(-2)) || entry.members.some((member) => item.includes(member))),
  );
}

/** What may stand between two items of one list (、, 和, quotation marks): at most three such characters. */
const LIST_JOINT = /^[、，,和与及以“”"\s]{0,3}$/u;

/**
 * The fixed-order set (ordered) the term is a member of that the text quotes, as one list of three members or more,
 * in another order than the set's own (政治意识、核心意识、大局意识; 世界观、价值观、人生观), or null. A blank on such a
 * member either teaches the wrong order or asks for a position the learner recites differently.
 */
export function misorderedSetIn(term: string, text: string): string | null {
  for (const entry of classesByMember.get(term) ?? []) {
    if (!entry.ordered) continue;
    // Each member at its first place not inside a longer member's (警告 inside 严重警告 is no member of its own).
    const places = entry.members.map((member) => [...text.matchAll(new RegExp(member.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "g"))].map((match) => ({ at: match.index, length: member.length })));
    const inLonger = (at: number, length: number) => places.some((list) => list.some((other) => other.length > length && other.at <= at && at + length <= other.at + other.length));
    const own = entry.members
      .map((_, rank) => ({ rank, ...(places[rank]!.find((place) => !inLonger(place.at, place.length)) ?? { at: -1, length: 0 }) }))
      .filter((item) => item.at >= 0)
      .sort((a, b) => a.at - b.at);
    // The run of members joined as one list around the term's place.
    const runs: (typeof own)[] = [];
    for (const item of own) {
      const run = runs[runs.length - 1];
      const last = run?.[run.length - 1];
      if (run && last && LIST_JOINT.test(text.slice(last.at + last.length, item.at))) run.push(item);
      else runs.push([item]);
    }
    const termRank = entry.members.indexOf(term);
    for (const run of runs) {
      if (run.length < 3 || !run.some((item) => item.rank === termRank)) continue;
      if (run.some((item, at) => at > 0 && item.rank < run[at - 1]!.rank)) return entry.name;
    }
  }
  return null;
}

/** Whether the text speaks of a set the term is of: it names the set or another of its members. */
export function speaksOfClass(term: string, context: string): boolean {
  const rest = context.replace(term, "");
  return (classesByMember.get(term) ?? []).some((entry) => classSign(entry, term, rest));
}

function classSign(entry: VocabularyClass, term: string, rest: string): boolean {
  return rest.includes(entry.name) || entry.members.some((member) => member !== term && !term.includes(member) && rest.includes(member));
}

/**
 * The class a term is of in its text: the class the text speaks of (it names the class or another of
 * its members: 文化建设 beside 经济建设 is of 五位一体), else the term's first named set that needs no
 * such sign (四风, 四个全面). Null when the term is of contextual classes only and the text gives no sign.
 */
export function vocabularyClassIn(term: string, context: string): string | null {
  const rest = context.replace(term, "");
  const classes = classesByMember.get(term) ?? [];
  return (classes.find((entry) => classSign(entry, term, rest)) ?? classes.find((entry) => !CONTEXTUAL_CLASSES.has(entry.name)))?.name ?? null;
}

/**
 * Classes a 解析 names for a key only where its passage speaks of the set (names it or another member):
 * - 五位一体: its members are everyday compounds as often (文化建设 of 廉洁文化建设, 企业文化建设);
 * - 正确的观念: a name the lexicon gives, no formula of the party, so out of context the claim teaches
 *   nothing (readers: 世界观 “属于正确的观念” is made up);
 * - 三观: 世界观 is as often the philosophy's (马克思主义的世界观和方法论), the 三观 only beside the others;
 * - a formula of three whose members are tasks, not kinds (新发展理念 is no member of 新发展格局's kind);
 * - 四个伟大: 伟大事业, 伟大斗争 are everyday phrases of any cause (融入国家和民族的伟大事业中去), the formula's
 *   members only beside one another or its name.
 * Distractors and targets read the class as before; only the claim waits for context.
 */
const CLAIMED_IN_CONTEXT_ONLY = new Set(["五位一体", "正确的观念", "三观", "立足新发展阶段、贯彻新发展理念、构建新发展格局", "四个伟大"]);

/**
 * Members that are everyday compounds as often as members of their set, so that a 解析 names the set only where the
 * passage speaks of it (issue 16, readers: "wrongly files 制度建设 under 党的建设", "wrongly ties it to the 三大攻坚战",
 * "an off-point 五个文明 tag"):
 * - 制度建设: the rules of any body or task (把制度建设贯穿乡村振兴, 企业制度建设), not only the party's;
 * - 工作纪律: the discipline of any work (巡视工作纪律, 会议工作纪律), not only the sixth of the 六大纪律;
 * - 生态文明: the head of names and ideas (习近平生态文明思想, 生态文明理念, 生态文明体制改革), not the set of five;
 * - 污染防治: any pollution control (面源污染防治, 大气污染防治), not only the 攻坚战.
 */
const MEMBERS_CLAIMED_IN_CONTEXT_ONLY = new Set(["制度建设", "工作纪律", "生态文明", "污染防治"]);

/**
 * A sign that a passage speaks of a set, as strong as a 解析's claim needs: the set's name, the head noun of a counted
 * set's name right after the term (污染防治攻坚战), or another member standing as
 * a word — a member of two characters (检查, 通报, 改组) only where a punctuation mark stands beside it (an item of a
 * list: 检查、通报、改组; 在一定范围内通报。), not inside a longer word (检查 of 纪律检查委员会).
 */
function claimSign(entry: VocabularyClass, term: string, context: string): boolean {
  const rest = context.replace(term, "");
  if (rest.includes(entry.name)) return true;
  // A counted set's head noun right after the term (污染防治攻坚战 of the 三大攻坚战): the text names the set's kind on it.
  const head = /^[一二两三四五六七八九十]+[大个项种]/.test(entry.name) ? entry.name.replace(/^[一二两三四五六七八九十]+[大个项种]/, "") : "";
  if (head.length >= 2 && context.includes(term + head)) return true;
  return entry.members.some((member) => member !== term && !term.includes(member) && standsAsWord(rest, member));
}

/**
 * Whether a sentence speaks of the named class a term is claimed of: it names the class (whole, its quoted core “两个责任”,
 * or its name without 党的: 思想路线), or holds another of its members as a word (claimSign). A 解析 that files the term
 * under a class its sentence does not speak of is off the sentence's point (实事求是 of “党的思想路线” under 对领导人的
 * 宣传要实事求是; 全面从严治党 of “四个全面” under …和鼓励担当作为是内在统一的: readers, issue 16).
 */
export function sentenceSpeaksOfClass(name: string, term: string, sentence: string): boolean {
  const entry = PARTY_VOCABULARY.find((candidate) => candidate.name === name);
  if (!entry) return false;
  const rest = sentence.split(term).join("|").replace(/‘/g, "“").replace(/’/g, "”");
  const core = /“([^”]+)”/.exec(name)?.[1];
  const bare = name.replace(/^(?:我们)?党的/, "");
  if ([core, bare].some((form) => form !== undefined && form.length >= 3 && rest.includes(form))) return true;
  return claimSign(entry, term, sentence);
}

function standsAsWord(text: string, word: string): boolean {
  if (word.length > 2) return text.includes(word);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? "";
    const after = text[at + word.length] ?? "";
    if (!/[\u4e00-\u9fa5A-Za-z0-9]/.test(before) || !/[\u4e00-\u9fa5A-Za-z0-9]/.test(after)) return true;
  }
  return false;
}

/**
 * The class a 解析 may say the term is of in its passage (vocabularyClassIn), or null when the claim is not certain: a
 * class claimed only in context (CLAIMED_IN_CONTEXT_ONLY, CONTEXTUAL_CLASSES) or a member that is an everyday compound
 * (MEMBERS_CLAIMED_IN_CONTEXT_ONLY), where the passage does not speak of the set (claimSign).
 */
export function vocabularyClassClaim(term: string, context: string): string | null {
  const claims = claimsIn(context);
  let claim = claims.get(term);
  if (claim === undefined) claims.set(term, (claim = classClaim(term, context)));
  return claim;
}

/**
 * vocabularyClassClaim's answers by passage text and term: the 解析 of every candidate on a key asks it again of the
 * same passage, and each answer reads the whole passage (issue #15: a long Markdown paragraph is one passage of up to
 * 200,000 characters). A pure function of its arguments and the constant lexicon.
 */
const claimsIn = pureMemo(() => new Map<string, string | null>(), 1_000);

function classClaim(term: string, context: string): string | null {
  const name = vocabularyClassIn(term, context);
  if (name === null) return null;
  if (!CLAIMED_IN_CONTEXT_ONLY.has(name) && !CONTEXTUAL_CLASSES.has(name) && !MEMBERS_CLAIMED_IN_CONTEXT_ONLY.has(term)) return name;
  const entry = PARTY_VOCABULARY.find((candidate) => candidate.name === name)!;
  return claimSign(entry, term, context) ? name : null;
}

/**
 * Whether a class was named after the year a document is dated (四风, named 2013, in a lecture of 1942): what the set
 * means did not exist when the document was written. False when either year is unknown.
 */
export function classPostdates(name: string, year: number | null): boolean {
  if (year === null) return false;
  const since = PARTY_VOCABULARY.find((entry) => entry.name === name)?.since;
  return since !== undefined && since > year;
}

/** The first class the term belongs to that a document of this year can mean (classPostdates), or null. */
export function vocabularyClassAt(term: string, year: number | null): string | null {
  return (classesByMember.get(term) ?? []).find((entry) => !classPostdates(entry.name, year))?.name ?? null;
}

/** The name of the first class the term belongs to, or null. */
export function vocabularyClassOf(term: string): string | null {
  return classesByMember.get(term)?.[0]?.name ?? null;
}

const ALL_MEMBERS = [...classesByMember.keys()];

/** The lexicon's terms that hold the text as a proper part (习近平新时代中国特色社会主义思想 for 习近平新时代). */
export function vocabularyTermsContaining(part: string): readonly string[] {
  return termsContaining(part);
}

/** vocabularyTermsContaining's answer, kept per text (the lexicon is constant; the gate asks it of every blank's key). */
const termsContaining = pureMemo((part: string): readonly string[] => ALL_MEMBERS.filter((member) => member.length > part.length && member.includes(part)), 20_000);

/** Every term of the lexicon. */
export function vocabularyTerms(): readonly string[] {
  return ALL_MEMBERS;
}

/** Classes of people (speakers), not of terms: their members are asked about by 出处 questions. */
const PERSON_CLASS = /领导人|经典作家/;

/** Whether the lexicon holds the text as a person (毛泽东, 马克思). */
export function isLexiconPerson(term: string): boolean {
  return (classesByMember.get(term) ?? []).some((entry) => PERSON_CLASS.test(entry.name));
}

/**
 * The other members of the term's class that its sentence speaks of, when the term is in several
 * (政治建设 in 五位一体 beside 经济建设、文化建设, not in 党的建设); every class's otherwise.
 */
export function vocabularySiblingsIn(term: string, context: string): string[] {
  const classes = classesByMember.get(term) ?? [];
  const present = (entry: VocabularyClass) => entry.members.filter((member) => member !== term && context.includes(member)).length;
  const best = Math.max(0, ...classes.map(present));
  if (classes.length < 2 || best === 0) return vocabularySiblings(term);
  return [...new Set(classes.filter((entry) => present(entry) === best).flatMap((entry) => entry.members.filter((member) => member !== term)))];
}

/**
 * The members of the closed sets a sentence recites in part, the key aside: a counted set or one of record whole
 * (四风, 四个自信, 政治三力) of which the sentence names a member other than the key (党内存在的形式主义、（　）严重). Another
 * member of such a set fits the recital in substance as well as the key (享乐主义 beside 形式主义、官僚主义): it is no
 * clearly wrong option there (readers, stop 36). Wrong options come from outside the set (本位主义, 好人主义).
 */
export function recitedClosedSetMembers(key: string, sentence: string): string[] {
  const rest = sentence.split(key).join("　");
  return [
    ...new Set(
      closedSets()
        .filter((entry) => entry.members.some((member) => member !== key && !key.includes(member) && standsAsWord(rest, member)))
        .flatMap((entry) => entry.members.filter((member) => member !== key)),
    ),
  ];
}

/** Whether one closed set (recitedClosedSetMembers) holds every wrong option and not the key: the key would stand out among them. */
export function oneClosedSetWithout(key: string, options: readonly string[]): boolean {
  return closedSets().some((entry) => !entry.members.includes(key) && options.every((option) => entry.members.includes(option)));
}

let closedSetsOfLexicon: readonly VocabularyClass[] | null = null;

/** The lexicon's closed sets, in its order: a counted set (countedClassNamed names it) or one of record whole. Static, built once. */
function closedSets(): readonly VocabularyClass[] {
  closedSetsOfLexicon ??= PARTY_VOCABULARY.filter((entry) => entry.ofRecord === "all" || countedClassNamed(entry.name) === entry);
  return closedSetsOfLexicon;
}

/** A counted set's name opens on its count: 四个全面, 两个维护, 三会一课, 八项规定. */
const COUNTED = /^[一二两三四五六七八九十]/;

/**
 * The counted set a term names, when the lexicon knows its members: the class's name (四个全面, 三会一课), its
 * quoted part (两个责任 of 党风廉政建设的“两个责任”), or its name without 中央 and 的内容 (八项规定 of
 * 中央八项规定的内容). A 解析 on such a key says what the set holds (QUESTIONS.md E). Null otherwise,
 * and for names that are not counted (党的纪律, 党内法规): their members are examples, not the whole.
 */
export function countedClassNamed(term: string): VocabularyClass | null {
  if (!COUNTED.test(term.replace(/^中央/, ""))) return null;
  return classByNameForm().get(term) ?? null;
}

let classesByNameForm: Map<string, VocabularyClass> | null = null;

/**
 * Each class by every form of its name countedClassNamed reads (the name, its quoted part, the name without 的内容 and
 * without 中央), the first class of the lexicon for a form two share. A static index of the constant lexicon, built once.
 */
function classByNameForm(): Map<string, VocabularyClass> {
  if (classesByNameForm) return classesByNameForm;
  classesByNameForm = new Map();
  for (const entry of PARTY_VOCABULARY) {
    const quoted = /“([^”]+)”/.exec(entry.name)?.[1];
    const bare = entry.name.replace(/的内容$/, "");
    for (const form of [entry.name, quoted, bare, bare.replace(/^中央/, "")]) if (form !== undefined && !classesByNameForm.has(form)) classesByNameForm.set(form, entry);
  }
  return classesByNameForm;
}

/**
 * Whether a class is a set of record whose members a learner must tell apart: a counted set (四风, 五位一体, 四个全面),
 * one of record (ofRecord) or one marked distinct (党的建设). A wrong option of it that a 解析 says only to be "of the
 * same set" teaches nothing a learner does not bring; of a list of examples (监督体系) it is all there is to say.
 */
export function distinctMembersClass(name: string): boolean {
  const entry = PARTY_VOCABULARY.find((candidate) => candidate.name === name);
  return entry !== undefined && (entry.distinct === true || entry.ofRecord !== undefined || countedClassNamed(name) !== null);
}

/** A set of record whose name opens on no count (ofRecord): its members are stated like a counted set's. */
export function recordedClassNamed(term: string): VocabularyClass | null {
  return PARTY_VOCABULARY.find((entry) => entry.name === term && entry.ofRecord !== undefined) ?? null;
}

/** The members of a set as a 解析 states them (the stated wording where the lexicon gives one). */
export function statedMembers(entry: VocabularyClass): readonly string[] {
  return entry.stated ?? entry.members;
}

/**
 * Whether a class is named by its own members (自我净化、自我完善、自我革新、自我提高): saying a member
 * belongs to it, or that two members are of it, says nothing the options do not.
 */
export function isSelfNamedClass(name: string): boolean {
  return vocabularyClassMembers(name).filter((member) => name.includes(member)).length >= 2;
}

/**
 * Sets of record that party texts and exam papers set side by side, each a distinct set of the same kind (the 四大考验 and
 * the 四种危险 of the 十八大报告; the 四个意识 and the 四个自信; the general requirements of the successive education
 * campaigns; the measures of the 组织处理规定 beside the party's and the state's sanctions). A 多选 on one takes its
 * wrong options from the others: of the kind, of record, and clearly not of the set asked (issue 16).
 */
const KIN_SETS: ReadonlyArray<readonly string[]> = [
  ["四种危险", "四大考验"],
  ["四个意识", "四个自信"],
  ["党的群众路线教育实践活动的总要求", "“不忘初心、牢记使命”主题教育的总要求", "党史学习教育的目标要求", "学习贯彻习近平新时代中国特色社会主义思想主题教育的总要求"],
  ["组织处理方式", "党纪处分", "政务处分"],
];

let kinClassesOfLexicon: readonly VocabularyClass[] | null = null;

/** The lexicon's classes named in KIN_SETS, in its order. Static, built once. */
function kinClasses(): readonly VocabularyClass[] {
  kinClassesOfLexicon ??= PARTY_VOCABULARY.filter((entry) => KIN_SETS.some((group) => group.includes(entry.name)));
  return kinClassesOfLexicon;
}

/**
 * The members of the sets kin to the one holding every item (四大考验 for 精神懈怠危险、能力不足危险), less any member of
 * a set an item is of (警告 is both a 党纪处分 and a 政务处分): wrong options for a 多选 on the list. Empty when no kin
 * set holds them all.
 */
export function kinSetMembers(items: readonly string[]): string[] {
  const own = items.length > 0 ? kinClasses().find((entry) => items.every((item) => entry.members.includes(item))) : undefined;
  if (!own) return [];
  const group = KIN_SETS.find((names) => names.includes(own.name)) ?? [];
  const taken = new Set(items.flatMap((item) => (classesByMember.get(item) ?? []).flatMap((entry) => entry.members)));
  return [...new Set(group.filter((name) => name !== own.name).flatMap((name) => vocabularyClassMembers(name)))].filter((member) => !taken.has(member));
}

/**
 * Whether a 多选 asks for the members of a lexicon set by its name (下列属于“三观”的有（　）) and the option is, by the lexicon,
 * outside that set: a sibling of an item in a wider class (权力观 beside the 三观) or a member of a kin set (执政考验 beside
 * the 四种危险). Such an option is wrong by record, though the source sentence names it too (世界观、人生观、价值观和权力观).
 */
export function outsideNamedSet(option: string, items: readonly string[], stem: string): boolean {
  const name = /^下列属于“(.+)”的有（　）。$/.exec(stem)?.[1];
  const entry = name === undefined ? undefined : PARTY_VOCABULARY.find((candidate) => candidate.name === name);
  if (!entry || entry.members.includes(option) || !items.every((item) => entry.members.includes(item))) return false;
  return kinSetMembers(items).includes(option) || items.some((item) => sharedVocabularyClass(item, option) !== null);
}

/** The set kin to the items' set that holds the term (“四大考验” for 执政考验 beside the 四种危险), or null. */
export function kinSetOf(term: string, items: readonly string[]): string | null {
  if (!kinSetMembers(items).includes(term)) return null;
  return (classesByMember.get(term) ?? []).find((entry) => KIN_SETS.some((group) => group.includes(entry.name)))?.name ?? null;
}

/**
 * Wholes and their parts, by party doctrine (kept with the lexicon, read out of context like it): a part of the key or
 * the key's whole is no clearly wrong option (集体领导 or 党内民主 for 民主集中制, 民主集中制 for 党内民主), nor a part or
 * the whole of an item the sentence names (群众监督 beside 社会监督). Add a whole only where the parts are its parts in
 * every text (the charter, the 准则 and 条例, the standard party-course accounts), not where they are parallel names.
 */
export interface PartOfEntry {
  whole: string;
  parts: readonly string[];
}

export const PART_OF: readonly PartOfEntry[] = [
  // The charter (第十条): 民主集中制 is democracy and centralism together; its basic principles are the 四个服从, the
  // 集体领导和个人分工负责相结合 of the committees, and 党内民主 is its democratic side.
  {
    whole: "民主集中制",
    parts: ["集体领导", "个人分工负责", "党内民主", "少数服从多数", "党员个人服从党的组织", "下级组织服从上级组织", "民主基础上的集中", "集中指导下的民主"],
  },
  { whole: "四风", parts: ["形式主义", "官僚主义", "享乐主义", "奢靡之风"] },
  // The 五个环节 of 全过程人民民主.
  { whole: "全过程人民民主", parts: ["民主选举", "民主协商", "民主决策", "民主管理", "民主监督"] },
  // 社会监督 is the supervision by citizens, the public and the press: 群众监督 and 舆论监督 are its parts.
  { whole: "社会监督", parts: ["群众监督", "舆论监督"] },
  // The 巡视 and the 派驻 are means of 党内监督 (党内监督条例), and 纪律监督 is the party's own.
  { whole: "党内监督", parts: ["纪律监督", "巡视监督", "派驻监督"] },
  { whole: "三会一课", parts: ["支部党员大会", "支部委员会会议", "党小组会", "党课"] },
  { whole: "一体推进三不腐", parts: ["不敢腐", "不能腐", "不想腐"] },
  // 毛泽东《反对自由主义》 (1937) tells 明知不对，也不同他们作原则上的争论 and 事不关己，高高挂起 as kinds of liberalism, the very
  // ways of 好人主义: beside such a sentence 自由主义 is as right (readers, issue 16).
  { whole: "自由主义", parts: ["好人主义"] },
];

/** A static index of the constant PART_OF table (built once at load, bounded by it): no course data. */
const wholesByPart = new Map<string, string[]>();
for (const entry of PART_OF) for (const part of entry.parts) wholesByPart.set(part, [...(wholesByPart.get(part) ?? []), entry.whole]);

/** The wholes the term is a part of, and theirs in turn (党内民主 → 民主集中制). */
export function wholesOf(term: string): string[] {
  const found: string[] = [];
  const queue = [...(wholesByPart.get(term) ?? [])];
  while (queue.length > 0) {
    const whole = queue.shift()!;
    if (found.includes(whole)) continue;
    found.push(whole);
    queue.push(...(wholesByPart.get(whole) ?? []));
  }
  return found;
}

/** Whether one term is a part of the other (at any depth): neither is a clearly wrong option for the other. */
export function partOrWhole(a: string, b: string): boolean {
  return a !== b && (wholesOf(a).includes(b) || wholesOf(b).includes(a));
}

/** The parts the lexicon gives the term as a whole, and theirs in turn (民主集中制 → 党内民主, 集体领导 …). */
export function partsOf(term: string): string[] {
  const found: string[] = [];
  const queue = [...(PART_OF.find((entry) => entry.whole === term)?.parts ?? [])];
  while (queue.length > 0) {
    const part = queue.shift()!;
    if (found.includes(part)) continue;
    found.push(part);
    queue.push(...(PART_OF.find((entry) => entry.whole === part)?.parts ?? []));
  }
  return found;
}

/**
 * The last year each leader of the lexicon led or spoke for the party and state (an approximate end of office):
 * words coined after it are words that leader cannot have said.
 */
const LEADER_LAST_YEAR: ReadonlyMap<string, number> = new Map([
  ["马克思", 1883], ["恩格斯", 1895], ["列宁", 1924], ["斯大林", 1953], ["孙中山", 1925],
  ["任弼时", 1950], ["刘少奇", 1969], ["毛泽东", 1976], ["周恩来", 1976], ["朱德", 1976], ["董必武", 1975],
  ["陈云", 1995], ["邓小平", 1997], ["李鹏", 1998], ["江泽民", 2002], ["朱镕基", 2003], ["胡锦涛", 2012], ["温家宝", 2013],
]);

/**
 * Words of a period, with the year they entered the party's language: a quotation holding one belongs to that
 * period or later (全面从严治党 2014, 党的自我革命 2016, 新时代 2017; a group dated by its earliest word).
 */
const ERA_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/党的十八大以来|新时代|习近平新时代中国特色社会主义思想|两个确立|两个维护|中国式现代化|人类命运共同体|新发展理念|新发展格局|高质量发展|全过程人民民主/, 2014],
  [/全面从严治党|四个全面|四个意识|四个自信|脱贫攻坚|自我革命|总体国家安全观|乡村振兴|不忘初心、牢记使命|永远在路上/, 2014],
  // Words of the months after the 十八大 (November 2012): 中央八项规定 (December 2012), 精准扶贫 and 一带一路 (2013).
  [/中央八项规定|八项规定精神|精准扶贫|一带一路/, 2013],
  // Words of the digital age (大数据 in the party's language from about 2013; 互联网 reached China in 1994): a leader
  // before them speaking of 大数据 is false by era (readers, issue 16: "an obvious anachronism").
  [/大数据|云计算|区块链|人工智能|移动互联网|数字经济|数字中国/, 2010],
  [/科学发展观|社会主义和谐社会/, 2003],
  [/互联网/, 1995],
  [/“三个代表”|三个代表/, 2000],
  [/改革开放|社会主义市场经济|一国两制|中国特色社会主义/, 1978],
];

/**
 * Whether a quotation holds words of a period after the speaker's time (邓小平 beside 全面从严治党永远在路上): a
 * statement crediting it to that speaker is false by its era, which a learner tells without knowing who said it.
 */
export function anachronisticSpeaker(quotation: string, speaker: string): boolean {
  const last = LEADER_LAST_YEAR.get(speaker);
  if (last === undefined) return false;
  return ERA_WORDS.some(([words, year]) => year > last && words.test(quotation));
}

/**
 * The doctrines and watchwords a leader put forward (三个代表 of 江泽民, 科学发展观 of 胡锦涛): a quotation that names
 * one may well be that leader's own words, or a later speaker's on them, so crediting it to him is no certain falsehood.
 */
const LEADER_OWN_WORDS: ReadonlyMap<string, RegExp> = new Map([
  ["邓小平", /一国两制|建设有中国特色社会主义|社会主义初级阶段|发展才是硬道理/],
  ["江泽民", /三个代表/],
  ["胡锦涛", /科学发展观|社会主义和谐社会|八荣八耻/],
  ["习近平", /习近平新时代中国特色社会主义思想|中国梦|四个全面|新发展理念|人类命运共同体|绿水青山就是金山银山/],
]);

/** Whether the quotation names a doctrine or watchword the speaker put forward (江泽民 beside 三个代表). */
export function namesSpeakersOwnWords(quotation: string, speaker: string): boolean {
  return LEADER_OWN_WORDS.get(speaker)?.test(quotation) ?? false;
}

/**
 * Whether a speaker cannot be a wrong speaker for a quotation: one whose time its words postdate (false by era, not by
 * knowledge), or one whose own doctrine it names (perhaps his words after all: no certain falsehood, issue #16 stop 36).
 */
export function unfitWrongSpeaker(quotation: string, speaker: string): boolean {
  return anachronisticSpeaker(quotation, speaker) || namesSpeakersOwnWords(quotation, speaker);
}
