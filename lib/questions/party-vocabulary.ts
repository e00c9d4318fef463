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
  { name: "四风及其他作风问题", members: ["形式主义", "官僚主义", "享乐主义", "奢靡之风", "本位主义", "分散主义", "自由主义", "个人主义", "好人主义", "拜金主义"] },
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
  { name: "四大考验", members: ["执政考验", "改革开放考验", "市场经济考验", "外部环境考验"] },
  { name: "四种危险", members: ["精神懈怠危险", "能力不足危险", "脱离群众危险", "消极腐败危险"] },
  { name: "三严三实", members: ["严以修身", "严以用权", "严以律己", "谋事要实", "创业要实", "做人要实"] },
  // Speakers of one kind: a statement of a Chinese leader is never credited to 马克思, nor the reverse.
  { name: "马克思主义经典作家", members: ["马克思", "恩格斯", "列宁", "斯大林"] },
  { name: "党和国家领导人", members: ["毛泽东", "周恩来", "刘少奇", "朱德", "陈云", "邓小平", "江泽民", "胡锦涛", "温家宝", "习近平"] },
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

/** The name of the first class the term belongs to, or null. */
export function vocabularyClassOf(term: string): string | null {
  return classesByMember.get(term)?.[0]?.name ?? null;
}
