/**
 * A lexicon of party vocabulary, kept as data: named sets whose members are of one kind, so that a
 * wrong option for one member is another member (组织纪律 for 政治纪律, 历史思维 for 法治思维). A course
 * rarely holds enough same-kind terms of its own for every key; these fill the gap. Members of one
 * class are never near-synonyms of each other. Add classes here; keep each one a set of parallel names.
 */
export interface VocabularyClass {
  name: string;
  members: readonly string[];
}

export const PARTY_VOCABULARY: readonly VocabularyClass[] = [
  // A set inside a wider one: the 四风 are named first, so a 解析 can say that 个人主义 is no 四风 (QUESTIONS.md E).
  { name: "四风", members: ["形式主义", "官僚主义", "享乐主义", "奢靡之风"] },
  { name: "党内要反对的作风和思想倾向", members: ["形式主义", "官僚主义", "享乐主义", "奢靡之风", "本位主义", "分散主义", "自由主义", "个人主义", "好人主义", "拜金主义"] },
  { name: "党的纪律", members: ["政治纪律", "组织纪律", "廉洁纪律", "群众纪律", "工作纪律", "生活纪律"] },
  { name: "党的路线", members: ["政治路线", "思想路线", "组织路线", "群众路线"] },
  { name: "党的建设", members: ["政治建设", "思想建设", "组织建设", "作风建设", "纪律建设", "制度建设"] },
  { name: "五位一体", members: ["经济建设", "政治建设", "文化建设", "社会建设", "生态文明建设"] },
  { name: "四个全面", members: ["全面建成小康社会", "全面深化改革", "全面依法治国", "全面从严治党"] },
  { name: "四个意识", members: ["政治意识", "大局意识", "核心意识", "看齐意识"] },
  { name: "四个自信", members: ["道路自信", "理论自信", "制度自信", "文化自信"] },
  { name: "思维能力", members: ["战略思维", "历史思维", "辩证思维", "创新思维", "法治思维", "底线思维", "系统思维"] },
  { name: "民主权利", members: ["选举权", "知情权", "参与权", "表达权", "监督权", "决策权", "被选举权"] },
  { name: "党纪处分", members: ["警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"] },
  { name: "组织生活", members: ["支部党员大会", "支部委员会", "党小组会", "党课", "组织生活会", "民主评议党员"] },
  { name: "国家机构", members: ["全国人大", "国务院", "全国政协", "中央纪律检查委员会", "最高人民法院", "最高人民检察院", "中央军委"] },
  // Bodies a regulation makes responsible (办公室设在…, 由…负责解释): a wrong option is another body of the centre.
  { name: "中央和国家机关部门", members: ["中央办公厅", "中央组织部", "中央宣传部", "中央统战部", "中央政法委员会", "中央纪律检查委员会", "国务院办公厅", "中央对外联络部", "中央政策研究室"] },
  { name: "四大考验", members: ["执政考验", "改革开放考验", "市场经济考验", "外部环境考验"] },
  { name: "四种危险", members: ["精神懈怠危险", "能力不足危险", "脱离群众危险", "消极腐败危险"] },
  { name: "三严三实", members: ["严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实"] },
  { name: "四项基本原则", members: ["坚持社会主义道路", "坚持人民民主专政", "坚持中国共产党的领导", "坚持马克思列宁主义毛泽东思想"] },
  { name: "党的指导思想", members: ["马克思列宁主义", "毛泽东思想", "邓小平理论", "“三个代表”重要思想", "科学发展观", "习近平新时代中国特色社会主义思想"] },
  { name: "正确的观念", members: ["世界观", "人生观", "价值观", "权力观", "地位观", "利益观", "政绩观"] },
  { name: "新发展理念", members: ["创新发展", "协调发展", "绿色发展", "开放发展", "共享发展"] },
  { name: "一体推进三不腐", members: ["不敢腐", "不能腐", "不想腐"] },
  { name: "四个伟大", members: ["伟大斗争", "伟大工程", "伟大事业", "伟大梦想"] },
  { name: "党内政治生活的“四性”", members: ["政治性", "时代性", "原则性", "战斗性"] },
  { name: "自我净化、自我完善、自我革新、自我提高", members: ["自我净化", "自我完善", "自我革新", "自我提高"] },
  { name: "全过程人民民主的环节", members: ["民主选举", "民主协商", "民主决策", "民主管理", "民主监督"] },
  { name: "监督体系", members: ["党内监督", "人大监督", "民主监督", "行政监督", "司法监督", "审计监督", "统计监督", "群众监督", "舆论监督"] },
  { name: "党风廉政建设的“两个责任”", members: ["主体责任", "监督责任"] },
  { name: "组织处理方式", members: ["停职检查", "调整职务", "责令辞职", "降职", "免职"] },
  { name: "群众路线的内容", members: ["一切为了群众", "一切依靠群众", "从群众中来", "到群众中去"] },
  { name: "四个服从", members: ["党员个人服从党的组织", "少数服从多数", "下级组织服从上级组织", "全党各个组织和全体党员服从党的全国代表大会和中央委员会"] },
  { name: "好干部标准", members: ["信念坚定", "为民服务", "勤政务实", "敢于担当", "清正廉洁"] },
  { name: "两个维护", members: ["坚决维护习近平总书记党中央的核心、全党的核心地位", "坚决维护党中央权威和集中统一领导"] },
  { name: "问责方式", members: ["检查", "通报", "改组", "通报批评", "诫勉", "组织调整", "组织处理", "纪律处分"] },
  { name: "党组织的纪律处分", members: ["改组", "解散"] },
  { name: "纪检机关的职责", members: ["监督", "执纪", "问责"] },
  { name: "巡视工作方式", members: ["听取工作汇报", "个别谈话", "受理来信来电来访", "调阅复制有关文件", "民主测评", "问卷调查", "实地走访"] },
  { name: "中央八项规定的内容", members: ["改进调查研究", "精简会议活动", "精简文件简报", "规范出访活动", "改进警卫工作", "改进新闻报道", "严格文稿发表", "厉行勤俭节约"] },
  { name: "党内法规", members: ["中国共产党章程", "中国共产党纪律处分条例", "中国共产党问责条例", "中国共产党巡视工作条例", "中国共产党党内监督条例", "中国共产党廉洁自律准则", "关于新形势下党内政治生活的若干准则", "中国共产党纪律检查委员会工作条例"] },
  { name: "党的组织原则和制度", members: ["民主集中制", "集体领导", "个人分工负责", "请示报告制度", "党内民主"] },
  // Speakers of one kind: a statement of a Chinese leader is never credited to 马克思, nor the reverse.
  { name: "马克思主义经典作家", members: ["马克思", "恩格斯", "列宁", "斯大林"] },
  // …and of their own time: readers took 刘少奇 or 周恩来 beside a 温家宝 sentence on 改善民生 for an anachronism, not a test.
  { name: "新中国成立前后的党和国家领导人", members: ["毛泽东", "周恩来", "刘少奇", "朱德", "陈云", "任弼时"] },
  { name: "改革开放以来的党和国家领导人", members: ["邓小平", "江泽民", "胡锦涛", "温家宝", "习近平", "李鹏", "朱镕基"] },
];

const classesByMember = new Map<string, VocabularyClass[]>();
for (const entry of PARTY_VOCABULARY) for (const member of entry.members) classesByMember.set(member, [...(classesByMember.get(member) ?? []), entry]);

/** The other members of every class the term belongs to (empty when the lexicon does not know it). */
export function vocabularySiblings(term: string): string[] {
  return [...new Set((classesByMember.get(term) ?? []).flatMap((entry) => entry.members.filter((member) => member !== term)))];
}

/** The name of a class holding both terms (the first one the lexicon lists), or null. */
export function sharedVocabularyClass(term: string, other: string): string | null {
  return (classesByMember.get(term) ?? []).find((entry) => entry.members.includes(other))?.name ?? null;
}

/** The members of the class of that name (empty when the lexicon has none). */
export function vocabularyClassMembers(name: string): readonly string[] {
  return PARTY_VOCABULARY.find((entry) => entry.name === name)?.members ?? [];
}

/** The name of the first class the term belongs to, or null. */
export function vocabularyClassOf(term: string): string | null {
  return classesByMember.get(term)?.[0]?.name ?? null;
}

const ALL_MEMBERS = [...classesByMember.keys()];

/** The lexicon's terms that hold the text as a proper part (习近平新时代中国特色社会主义思想 for 习近平新时代). */
export function vocabularyTermsContaining(part: string): string[] {
  return ALL_MEMBERS.filter((member) => member.length > part.length && member.includes(part));
}

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
