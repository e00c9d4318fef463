import { pureMemo } from "./course-memo";
/**
 * Short glosses of standard party-building terms, kept as data beside the party-vocabulary lexicon:
 * for each term one sentence of at most 60 characters from an authoritative text (the 党章 of 2022, a
 * congress report, a 准则 or 条例, the 宪法), the official wording or a faithful abridgment of it, with
 * that text named. A 填空 or a true 判断 whose key the course teaches nowhere else (its 解析 would only
 * repeat the source sentence, QUESTIONS.md E) says what the term means from it: 据《中国共产党章程》总纲，….
 *
 * No gloss is better than a wrong one: add a term only with wording you can name the source of. A term
 * read in another sense somewhere (生态文明 of 习近平生态文明思想, 主体责任 of 巡视工作的主体责任) lists
 * the longer words of that sense (`otherSenses`) or the context its sense needs (`senseIn`).
 */
export interface TermGloss {
  /** The key as the question states it, whole. */
  term: string;
  /** Other ways the same term is written as a key (基本路线 for 党的基本路线). */
  aliases?: readonly string[];
  /** One sentence, at most 60 characters, ending without punctuation. */
  gloss: string;
  /** The authoritative text it is taken from, as it is cited: 《中国共产党章程》总纲, 党的二十大报告. */
  source: string;
  /** Longer words holding the term in another sense: no gloss when the key stands inside one. */
  otherSenses?: readonly string[];
  /** The term has the glossed sense only in a passage that matches this. */
  senseIn?: RegExp;
  /**
   * The term has the glossed sense only as a member of these party-vocabulary classes (政治建设 of “党的建设”, not of
   * “五位一体”): glossed only as a wrong option sharing one of them with the key (optionGloss), never as a key.
   */
  inClass?: readonly string[];
}

const CHARTER = "《中国共产党章程》";
const CHARTER_PROGRAM = `${CHARTER}总纲`;
const NORMS = "《关于新形势下党内政治生活的若干准则》";
const REPORT_19 = "党的十九大报告";
const REPORT_20 = "党的二十大报告";
const MASS_LINE_SPEECH = "《在党的群众路线教育实践活动工作会议上的讲话》（习近平，2013年6月18日）";

/** A passage that speaks of the 四个伟大: two of them side by side. */
const FOUR_GREATS = /伟大(?:斗争|工程|事业|梦想)[、，,]\s*伟大(?:斗争|工程|事业|梦想)/;

/** Where the party's responsibility for its own conduct is meant (全面从严治党主体责任), not any duty of a body. */
const PARTY_DISCIPLINE_DUTY = /全面从严治党|党风廉政|管党治党|两个责任/;

export const TERM_GLOSSES: readonly TermGloss[] = [
  // 党章总纲: the party's line, its principles of organisation and work.
  { term: "民主集中制", gloss: "民主集中制是民主基础上的集中和集中指导下的民主相结合", source: CHARTER_PROGRAM },
  { term: "群众路线", aliases: ["党的群众路线"], gloss: "党在自己的工作中实行群众路线，一切为了群众，一切依靠群众，从群众中来，到群众中去", source: CHARTER_PROGRAM },
  // Where the passage is the 党章's own sentence (the gloss above would repeat it), what the line is to the party.
  { term: "群众路线", aliases: ["党的群众路线"], gloss: "群众路线是我们党的生命线和根本工作路线", source: MASS_LINE_SPEECH },
  // What the two halves of the mass line's method mean, in the words of the text that set it out (readers, issue 16: a
  // 解析 that only says 从群众中来 is part of the 群众路线 repeats the stem).
  { term: "从群众中来", aliases: ["到群众中去"], gloss: "从群众中来，到群众中去，就是将群众的意见集中起来，又到群众中去作宣传解释，化为群众的意见", source: "《关于领导方法的若干问题》（毛泽东，1943年）" },
  { term: "思想路线", aliases: ["党的思想路线"], gloss: "党的思想路线是一切从实际出发，理论联系实际，实事求是，在实践中检验真理和发展真理", source: CHARTER_PROGRAM },
  // The line runs on to its goal (为把我国建设成为…社会主义现代化强国而奋斗), past the 60 characters of a gloss: its
  // core is said as a part (包括), never a truncated whole (readers, stop 33).
  { term: "党的基本路线", aliases: ["基本路线"], gloss: "党的基本路线的内容包括以经济建设为中心，坚持四项基本原则，坚持改革开放", source: CHARTER_PROGRAM },
  // Where the passage holds that core already (…以经济建设为中心同坚持四项基本原则、坚持改革开放…), what the line is to the party.
  { term: "党的基本路线", aliases: ["基本路线"], gloss: "党在社会主义初级阶段的基本路线是党和国家的生命线、人民的幸福线", source: NORMS },
  { term: "社会主义初级阶段", gloss: "我国正处于并将长期处于社会主义初级阶段", source: CHARTER_PROGRAM },
  { term: "社会主要矛盾", gloss: "我国社会的主要矛盾是人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾", source: CHARTER_PROGRAM },
  { term: "改革开放", gloss: "改革开放是我们的强国之路", source: CHARTER_PROGRAM, otherSenses: ["改革开放以来", "改革开放之初"] },
  { term: "密切联系群众", gloss: "党的最大政治优势是密切联系群众，党执政后的最大危险是脱离群众", source: CHARTER_PROGRAM },
  { term: "新发展理念", aliases: ["五大发展理念"], gloss: "新发展理念即创新、协调、绿色、开放、共享的发展理念", source: CHARTER_PROGRAM },
  { term: "生态文明", gloss: "中国共产党领导人民建设社会主义生态文明，树立尊重自然、顺应自然、保护自然的生态文明理念", source: CHARTER_PROGRAM, otherSenses: ["生态文明思想", "生态文明体制", "生态文明制度"] },
  { term: "习近平新时代中国特色社会主义思想", gloss: "习近平新时代中国特色社会主义思想是当代中国马克思主义、二十一世纪马克思主义", source: "《中共中央关于党的百年奋斗重大成就和历史经验的决议》" },
  { term: "毛泽东思想", gloss: "毛泽东思想是马克思列宁主义在中国的运用和发展", source: CHARTER_PROGRAM },
  { term: "“三个代表”重要思想", aliases: ["三个代表重要思想"], gloss: "“三个代表”重要思想是对马克思列宁主义、毛泽东思想、邓小平理论的继承和发展", source: CHARTER_PROGRAM },
  { term: "两个先锋队", gloss: "中国共产党是中国工人阶级的先锋队，同时是中国人民和中华民族的先锋队", source: CHARTER_PROGRAM },
  { term: "最高理想", aliases: ["最高理想和最终目标"], gloss: "党的最高理想和最终目标是实现共产主义", source: CHARTER_PROGRAM },
  // 党章, its chapters on members, organisation, discipline.
  { term: "发展党员", gloss: "发展党员，必须把政治标准放在首位，经过党的支部，坚持个别吸收的原则", source: `${CHARTER}第一章` },
  { term: "预备党员", gloss: "预备党员的预备期为一年，预备党员的义务同正式党员一样", source: `${CHARTER}第一章` },
  { term: "集体领导", gloss: "党的各级委员会实行集体领导和个人分工负责相结合的制度", source: `${CHARTER}第二章` },
  // The other half of the same system (第十条（五）): a class note listing 集体领导 as its sibling misleads (readers, stop 38).
  { term: "个人分工负责", gloss: "党的各级委员会实行集体领导和个人分工负责相结合的制度", source: `${CHARTER}第二章` },
  { term: "巡视制度", gloss: "党的中央和省、自治区、直辖市委员会实行巡视制度", source: CHARTER },
  { term: "中央委员会", aliases: ["党的中央委员会"], gloss: "全国代表大会闭会期间，中央委员会执行全国代表大会的决议，领导党的全部工作", source: `${CHARTER}第三章`, otherSenses: ["团中央委员会", "共青团中央委员会", "青年团中央委员会"] },
  { term: "党的基层组织", aliases: ["基层党组织"], gloss: "党的基层组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础", source: `${CHARTER}第五章` },
  { term: "党的纪律", gloss: "党的纪律是党的各级组织和全体党员必须遵守的行为规则", source: `${CHARTER}第七章` },
  { term: "纪律处分", aliases: ["党纪处分"], gloss: "对党员的纪律处分有五种：警告、严重警告、撤销党内职务、留党察看、开除党籍", source: `${CHARTER}第七章`, senseIn: /党员|党纪|党内/ },
  { term: "留党察看", gloss: "留党察看最长不超过两年，党员在留党察看期间没有表决权、选举权和被选举权", source: `${CHARTER}第七章` },
  { term: "开除党籍", gloss: "开除党籍是党内的最高处分", source: `${CHARTER}第七章` },
  { term: "纪律检查委员会", aliases: ["中央纪律检查委员会", "中央纪委", "纪委"], gloss: "党的各级纪律检查委员会是党内监督专责机关", source: `${CHARTER}第八章` },
  { term: "党组", gloss: "在中央和地方国家机关、人民团体、经济组织、文化组织和其他非党组织的领导机关中，可以成立党组", source: `${CHARTER}第九章` },
  { term: "共青团", aliases: ["中国共产主义青年团"], gloss: "中国共产主义青年团是中国共产党领导的先进青年的群团组织，是党的助手和后备军", source: `${CHARTER}第十章` },
  // 准则 (2016) and 条例.
  { term: "党内民主", gloss: "党内民主是党的生命", source: NORMS },
  { term: "党内政治生活", gloss: "党要管党必须从党内政治生活管起，从严治党必须从党内政治生活严起", source: NORMS },
  { term: "组织生活", aliases: ["党的组织生活"], gloss: "党的组织生活是党内政治生活的重要内容和载体，是党组织对党员进行教育管理监督的重要形式", source: NORMS },
  { term: "批评和自我批评", gloss: "批评和自我批评是我们党强身治病、保持肌体健康的锐利武器", source: NORMS },
  { term: "理想信念", gloss: "共产主义远大理想和中国特色社会主义共同理想，是中国共产党人的精神支柱和政治灵魂", source: NORMS },
  { term: "党支部", gloss: "党支部是党的基础组织，是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础", source: "《中国共产党支部工作条例（试行）》" },
  { term: "党章", gloss: "党章是最根本的党内法规，是制定其他党内法规的基础和依据", source: "《中国共产党党内法规制定条例》" },
  { term: "党内法规", gloss: "党内法规是体现党的统一意志、规范党的领导和党的建设活动、依靠党的纪律保证实施的专门规章制度", source: "《中国共产党党内法规制定条例》" },
  { term: "政务处分", gloss: "政务处分的种类为：警告、记过、记大过、降级、撤职、开除", source: "《中华人民共和国公职人员政务处分法》" },
  // The two responsibilities for 党风廉政建设 (十八届三中全会《决定》): only where that duty is meant.
  { term: "主体责任", gloss: "落实党风廉政建设责任制，党委负主体责任，纪委负监督责任", source: "《中共中央关于全面深化改革若干重大问题的决定》", senseIn: PARTY_DISCIPLINE_DUTY },
  { term: "监督责任", gloss: "落实党风廉政建设责任制，党委负主体责任，纪委负监督责任", source: "《中共中央关于全面深化改革若干重大问题的决定》", senseIn: PARTY_DISCIPLINE_DUTY },
  // Congress reports.
  { term: "党的政治建设", gloss: "党的政治建设是党的根本性建设，决定党的建设方向和效果", source: REPORT_19 },
  { term: "思想建设", aliases: ["党的思想建设"], gloss: "思想建设是党的基础性建设", source: REPORT_19 },
  { term: "中华民族伟大复兴", gloss: "实现中华民族伟大复兴是近代以来中华民族最伟大的梦想", source: REPORT_19 },
  // The 四个伟大 (党的十九大报告, 一(三)...“实现伟大梦想，必须进行伟大斗争……必须建设伟大工程……必须推进伟大事业”): what each
  // member is, for a 填空 whose sentence shows the whole set (「伟大事业」属于“四个伟大” named the set only; readers, stop 36).
  // Only where the passage speaks of the set: 伟大事业 alone is any great cause.
  { term: "伟大斗争", gloss: "实现伟大梦想，必须进行具有许多新的历史特点的伟大斗争", source: REPORT_19, senseIn: FOUR_GREATS },
  { term: "伟大工程", gloss: "这个伟大工程就是我们党正在深入推进的党的建设新的伟大工程", source: REPORT_19, senseIn: FOUR_GREATS },
  { term: "伟大事业", gloss: "实现伟大梦想，必须推进伟大事业；中国特色社会主义是改革开放以来党的全部理论和实践的主题", source: REPORT_19, senseIn: FOUR_GREATS },
  { term: "伟大梦想", gloss: "实现中华民族伟大复兴是近代以来中华民族最伟大的梦想", source: REPORT_19, senseIn: FOUR_GREATS },
  // The 两个一百年奋斗目标, whose members' names say only “the first/second” of them (readers, stop 36: “‘两个一百年奋斗目标’指
  // 第一个百年奋斗目标、第二个百年奋斗目标” teaches nothing): what each is, abridged from the 十九大报告 (既要全面建成小康社会、
  // 实现第一个百年奋斗目标，又要……向第二个百年奋斗目标进军; 把我国建成富强民主文明和谐美丽的社会主义现代化强国), as the 党章总纲
  // dates them (到建党一百年时……；到新中国成立一百年时……).
  { term: "第一个百年奋斗目标", gloss: "第一个百年奋斗目标是在中国共产党成立一百年时全面建成小康社会", source: REPORT_19 },
  { term: "第二个百年奋斗目标", gloss: "第二个百年奋斗目标是在新中国成立一百年时建成富强民主文明和谐美丽的社会主义现代化强国", source: REPORT_19 },
  { term: "初心和使命", aliases: ["初心使命"], gloss: "中国共产党人的初心和使命，就是为中国人民谋幸福，为中华民族谋复兴", source: REPORT_19 },
  { term: "人民代表大会制度", gloss: "人民代表大会制度是坚持党的领导、人民当家作主、依法治国有机统一的根本政治制度安排", source: REPORT_19 },
  { term: "全面依法治国", gloss: "全面依法治国是中国特色社会主义的本质要求和重要保障", source: REPORT_19 },
  { term: "文化自信", gloss: "文化自信是一个国家、一个民族发展中更基本、更深沉、更持久的力量", source: REPORT_19 },
  // What the key itself is, where its sentence does not speak of the set a 解析 would otherwise file it under (“党的思想
  // 路线”, “四个全面”: off the sentence's point, readers, stop 38). 实事求是: 习近平, 纪念毛泽东同志诞辰120周年座谈会.
  { term: "实事求是", gloss: "实事求是是马克思主义的根本观点，是中国共产党人认识世界、改造世界的根本要求，是我们党的基本思想方法、工作方法、领导方法", source: "《在纪念毛泽东同志诞辰120周年座谈会上的讲话》（习近平，2013年12月26日）" },
  // 十九大报告, abridged as the 第一个百年奋斗目标's gloss above is (党章总纲: 到建党一百年时，全面建成小康社会).
  { term: "全面建成小康社会", gloss: "在中国共产党成立一百年时全面建成小康社会，是党的第一个百年奋斗目标", source: REPORT_19 },
  { term: "全面从严治党", gloss: "全面从严治党是党永葆生机活力、走好新的赶考之路的必由之路", source: REPORT_20 },
  { term: "自我革命", aliases: ["党的自我革命"], gloss: "党找到了自我革命这一跳出治乱兴衰历史周期率的第二个答案", source: REPORT_20 },
  { term: "全过程人民民主", gloss: "全过程人民民主是社会主义民主政治的本质属性", source: REPORT_20 },
  { term: "共同富裕", gloss: "共同富裕是中国特色社会主义的本质要求", source: REPORT_20 },
  { term: "中国式现代化", gloss: "中国式现代化，是中国共产党领导的社会主义现代化", source: REPORT_20 },
  { term: "统一战线", gloss: "统一战线是党克敌制胜、执政兴国的重要法宝", source: REPORT_20 },
  { term: "国家安全", gloss: "国家安全是民族复兴的根基", source: REPORT_20, otherSenses: ["国家安全机关", "国家安全部", "国家安全法"] },
  // Other authoritative texts.
  { term: "中国共产党领导", gloss: "中国共产党领导是中国特色社会主义最本质的特征", source: "《中华人民共和国宪法》第一条" },
  { term: "中央军委", aliases: ["中央军事委员会"], gloss: "中华人民共和国中央军事委员会领导全国武装力量", source: "《中华人民共和国宪法》" },
  { term: "以阶级斗争为纲", gloss: "党的十一届三中全会果断地停止使用“以阶级斗争为纲”这个不适用于社会主义社会的口号", source: "《关于建国以来党的若干历史问题的决议》" },
  // Added at stop 31 (issue 16): terms of the party-vocabulary lexicon that recur across documents.
  { term: "四项基本原则", gloss: "坚持社会主义道路、坚持人民民主专政、坚持中国共产党的领导、坚持马克思列宁主义毛泽东思想这四项基本原则，是我们的立国之本", source: CHARTER_PROGRAM },
  { term: "马克思列宁主义", aliases: ["马列主义"], gloss: "马克思列宁主义揭示了人类社会历史发展的规律，它的基本原理是正确的，具有强大的生命力", source: CHARTER_PROGRAM },
  { term: "邓小平理论", gloss: "邓小平理论是马克思列宁主义的基本原理同当代中国实践和时代特征相结合的产物", source: CHARTER_PROGRAM },
  { term: "科学发展观", gloss: "科学发展观是同马克思列宁主义、毛泽东思想、邓小平理论、“三个代表”重要思想既一脉相承又与时俱进的科学理论", source: CHARTER_PROGRAM },
  { term: "党的领导", gloss: "党政军民学，东西南北中，党是领导一切的", source: CHARTER_PROGRAM, otherSenses: ["党的领导机关", "党的领导干部", "党的领导班子", "党的领导人", "党的领导成员"] },
  { term: "中国共产党党员", aliases: ["共产党员"], gloss: "中国共产党党员是中国工人阶级的有共产主义觉悟的先锋战士", source: `${CHARTER}第一章` },
  { term: "民主生活会", gloss: "党员领导干部还必须参加党委、党组的民主生活会", source: `${CHARTER}第一章` },
  { term: "党的全国代表大会", aliases: ["全国代表大会"], gloss: "党的最高领导机关，是党的全国代表大会和它所产生的中央委员会", source: `${CHARTER}第二章`, otherSenses: ["团的全国代表大会", "共青团全国代表大会"], senseIn: /党/ },
  { term: "少数服从多数", gloss: "党组织讨论决定问题，必须执行少数服从多数的原则", source: `${CHARTER}第二章`, senseIn: /党/ },
  { term: "党的干部", gloss: "党的干部是党的事业的骨干，是人民的公仆，要做到忠诚干净担当", source: `${CHARTER}第六章` },
  { term: "政治纪律", aliases: ["党的政治纪律"], gloss: "政治纪律是党最根本、最重要的纪律，遵守党的政治纪律是遵守党的全部纪律的基础", source: NORMS },
  { term: "四风", aliases: ["“四风”"], gloss: "全党必须坚决反对形式主义、官僚主义、享乐主义和奢靡之风", source: NORMS },
  { term: "四个意识", aliases: ["“四个意识”"], gloss: "全党必须牢固树立政治意识、大局意识、核心意识、看齐意识", source: NORMS },
  { term: "四个自信", aliases: ["“四个自信”"], gloss: "必须坚定对中国特色社会主义的道路自信、理论自信、制度自信、文化自信", source: NORMS },
  { term: "三会一课", aliases: ["“三会一课”"], gloss: "“三会一课”要突出政治学习和教育，突出党性锻炼，坚决防止表面化、形式化、娱乐化、庸俗化", source: NORMS },
  { term: "谈心谈话", aliases: ["谈心谈话制度"], gloss: "党组织领导班子成员之间、班子成员和党员之间、党员和党员之间要开展经常性的谈心谈话", source: NORMS },
  { term: "第一要务", gloss: "聚精会神抓好发展这个党执政兴国的第一要务", source: NORMS },
  { term: "德才兼备", gloss: "党按照德才兼备、以德为先的原则选拔干部，坚持五湖四海、任人唯贤", source: `${CHARTER}第六章` },
  { term: "民族区域自治", aliases: ["民族区域自治制度"], gloss: "各少数民族聚居的地方实行区域自治，设立自治机关，行使自治权", source: "《中华人民共和国宪法》第四条" },
  { term: "多党合作和政治协商制度", aliases: ["中国共产党领导的多党合作和政治协商制度"], gloss: "中国共产党领导的多党合作和政治协商制度将长期存在和发展", source: "《中华人民共和国宪法》序言" },
  { term: "反腐败斗争", aliases: ["反腐败"], gloss: "腐败是危害党的生命力和战斗力的最大毒瘤，反腐败是最彻底的自我革命", source: REPORT_20 },
  { term: "“三农”问题", aliases: ["三农问题", "“三农”", "三农"], gloss: "农业农村农民问题是关系国计民生的根本性问题，必须始终把解决好“三农”问题作为全党工作重中之重", source: REPORT_19 },
  { term: "人民民主专政", gloss: "中华人民共和国是工人阶级领导的、以工农联盟为基础的人民民主专政的社会主义国家", source: "《中华人民共和国宪法》第一条" },
  // Added at stop 32 (issue 16): what a wrong option of the lexicon is, where the 解析 said only that it is not the wording here.
  { term: "中国共产党纪律处分条例", gloss: "为了维护党的章程和其他党内法规，严肃党的纪律，纯洁党的组织，制定本条例", source: "《中国共产党纪律处分条例》第一条" },
  // The course's own text of its first article (2016): the wording kept before stop 39 was no article's (readers).
  { term: "中国共产党问责条例", gloss: "为全面从严治党，规范和强化党的问责工作，根据《中国共产党章程》，制定本条例", source: "《中国共产党问责条例》第一条" },
  { term: "中国共产党巡视工作条例", gloss: "党的中央和省、自治区、直辖市委员会实行巡视制度，在一届任期内对所管理的党组织全面巡视", source: "《中国共产党巡视工作条例》第二条" },
  { term: "中国共产党党内监督条例", gloss: "为了强化党内监督，保持党的先进性和纯洁性，制定本条例", source: "《中国共产党党内监督条例》第一条" },
  { term: "改组", aliases: ["检查"], gloss: "对党组织的问责方式有检查、通报、改组", source: "《中国共产党问责条例》第八条", inClass: ["问责方式"] },
  // Added at stop 33: 通报 is a way of 问责 for both a 党组织 and a 领导干部; the gloss names both sets.
  { term: "通报", gloss: "对党组织的问责方式有检查、通报、改组，对党的领导干部的问责方式有通报、诫勉、组织调整或者组织处理、纪律处分", source: "《中国共产党问责条例》第八条", inClass: ["问责方式"] },
  { term: "政治建设", gloss: "党的政治建设是党的根本性建设，决定党的建设方向和效果", source: REPORT_19, inClass: ["党的建设"] },
  { term: "纪律建设", gloss: "加强纪律建设，重点强化政治纪律和组织纪律，带动廉洁纪律、群众纪律、工作纪律、生活纪律严起来", source: REPORT_19, inClass: ["党的建设"] },
  { term: "知情权", aliases: ["参与权", "监督权"], gloss: "尊重党员主体地位，保障党员民主权利，落实党员知情权、参与权、选举权、监督权", source: NORMS, inClass: ["民主权利"], senseIn: /党员/ },
  { term: "监察委员会", aliases: ["监委"], gloss: "中华人民共和国各级监察委员会是国家的监察机关", source: "《中华人民共和国宪法》第一百二十三条" },
  // Added at stop 36 (issue 16): what a wrong option of a set of record is, where the 解析 said only that it is of the
  // key's set and not the wording here. The other members of 党的建设 (政治建设 and 纪律建设 above, 思想建设).
  { term: "作风建设", gloss: "加强作风建设，必须紧紧围绕保持党同人民群众的血肉联系，增强群众观念和群众感情", source: REPORT_19, inClass: ["党的建设"], senseIn: /党/ },
  { term: "制度建设", gloss: "领导制度、组织制度问题更带有根本性、全局性、稳定性和长期性", source: "《党和国家领导制度的改革》（邓小平，1980年）", inClass: ["党的建设"] },
  // The members of 五位一体, each by the 党章's own sentence on it (its 总纲 gives one to each).
  { term: "经济建设", gloss: "中国共产党在领导社会主义事业中，必须坚持以经济建设为中心，其他各项工作都服从和服务于这个中心", source: CHARTER_PROGRAM, inClass: ["五位一体"] },
  { term: "政治建设", gloss: "中国共产党领导人民发展社会主义民主政治，坚持党的领导、人民当家作主、依法治国有机统一", source: CHARTER_PROGRAM, inClass: ["五位一体"] },
  { term: "文化建设", gloss: "中国共产党领导人民发展社会主义先进文化，建设社会主义精神文明", source: CHARTER_PROGRAM, inClass: ["五位一体"] },
  { term: "社会建设", gloss: "中国共产党领导人民构建社会主义和谐社会，以保障和改善民生为重点", source: CHARTER_PROGRAM, inClass: ["五位一体"] },
  { term: "生态文明建设", gloss: "中国共产党领导人民建设社会主义生态文明，树立尊重自然、顺应自然、保护自然的生态文明理念", source: CHARTER_PROGRAM, inClass: ["五位一体"] },
  // The 四风, each as the speech that opened the campaign against them described it.
  { term: "形式主义", gloss: "形式主义主要是知行不一、不求实效，文山会海、花拳绣腿，贪图虚名、弄虚作假", source: MASS_LINE_SPEECH, inClass: ["四风", "党内要反对的作风和思想倾向"] },
  { term: "官僚主义", gloss: "官僚主义主要是脱离实际、脱离群众，高高在上、漠视现实，唯我独尊、自我膨胀", source: MASS_LINE_SPEECH, inClass: ["四风", "党内要反对的作风和思想倾向"] },
  { term: "享乐主义", gloss: "享乐主义主要是精神懈怠、不思进取，追名逐利、贪图享受，讲究排场、玩物丧志", source: MASS_LINE_SPEECH, inClass: ["四风", "党内要反对的作风和思想倾向"] },
  { term: "奢靡之风", gloss: "奢靡之风主要是铺张浪费、挥霍无度，大兴土木、节庆泛滥，生活奢华、骄奢淫逸", source: MASS_LINE_SPEECH, inClass: ["四风", "党内要反对的作风和思想倾向"] },
  // The members of 四个自信, by what each is confident of (党的十九大报告), and 全面深化改革 of 四个全面 by its aim.
  { term: "道路自信", gloss: "中国特色社会主义道路是实现社会主义现代化、创造人民美好生活的必由之路", source: REPORT_19, inClass: ["四个自信"] },
  { term: "理论自信", gloss: "中国特色社会主义理论体系是指导党和人民实现中华民族伟大复兴的正确理论", source: REPORT_19, inClass: ["四个自信"] },
  { term: "制度自信", gloss: "中国特色社会主义制度是当代中国发展进步的根本制度保障", source: REPORT_19, inClass: ["四个自信"] },
  { term: "全面深化改革", gloss: "全面深化改革的总目标是完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化", source: "《中共中央关于全面深化改革若干重大问题的决定》", inClass: ["四个全面"] },
  // Members of the 监督体系 whose body a text of record names.
  { term: "人大监督", gloss: "国家行政机关、监察机关、审判机关、检察机关都由人民代表大会产生，对它负责，受它监督", source: "《中华人民共和国宪法》第三条", inClass: ["监督体系"] },
  // Added at stop 36: the citizens' right the 群众监督 rests on, and the body the 审计监督 is given to, in the 宪法's words
  // (the second abridged at 等: the article goes on to the 财务收支 of state financial bodies and enterprises).
  { term: "群众监督", gloss: "中华人民共和国公民对于任何国家机关和国家工作人员，有提出批评和建议的权利", source: "《中华人民共和国宪法》第四十一条", inClass: ["监督体系"] },
  { term: "审计监督", gloss: "国务院设立审计机关，对国务院各部门和地方各级政府的财政收支等进行审计监督", source: "《中华人民共和国宪法》第九十一条", inClass: ["监督体系"] },
  { term: "民主监督", gloss: "中国人民政治协商会议全国委员会和地方委员会的主要职能是政治协商、民主监督、参政议政", source: "《中国人民政治协商会议章程》总纲", inClass: ["监督体系"] },
  // Added at stop 32 (issue 16): the three targets of 整风, where a 填空 of 毛泽东's 1942 lectures blanks one of them.
  {
    term: "宗派主义",
    aliases: ["主观主义", "党八股"],
    gloss: "反对主观主义以整顿学风，反对宗派主义以整顿党风，反对党八股以整顿文风",
    source: "《整顿党的作风》",
    senseIn: /反对|整顿|清算|打倒/,
  },
];

/** The longest gloss, in characters. */
export const MAX_GLOSS_CHARS = 60;

/** Each term's glosses in the order given: a later one stands in where an earlier one is not in its sense or is said already. */
const byTerm = new Map<string, TermGloss[]>();
for (const entry of TERM_GLOSSES) {
  for (const term of [entry.term, ...(entry.aliases ?? [])]) byTerm.set(term, [...(byTerm.get(term) ?? []), entry]);
}

/**
 * The gloss of a key standing at [start, start + key.length) of `passage`, when the key is a glossed term in its
 * glossed sense: not inside a longer word of another sense, in a passage its sense needs, and not already said by
 * the passage (the gloss would only repeat it). Undefined otherwise.
 */
/**
 * A text without punctuation and spaces, remembered (a pure function of the text, course-memo.ts): every key of a
 * passage compares its gloss with the whole passage's (issue #15).
 */
const bare = pureMemo((text: string) => text.replace(/[，。；：、“”‘’\s]/g, ""), 50_000);

export function termGloss(key: string, passage: string, start: number, asMemberOf?: string): TermGloss | undefined {
  return (byTerm.get(key) ?? []).find((entry) => glossFits(entry, key, passage, start, asMemberOf));
}

function glossFits(entry: TermGloss, key: string, passage: string, start: number, asMemberOf?: string): boolean {
  if (entry.inClass && !(asMemberOf !== undefined && entry.inClass.includes(asMemberOf))) return false;
  if (entry.senseIn && !entry.senseIn.test(passage)) return false;
  for (const longer of entry.otherSenses ?? []) {
    for (let at = passage.indexOf(longer); at >= 0; at = passage.indexOf(longer, at + 1)) {
      const inner = longer.indexOf(key);
      if (inner >= 0 && at + inner === start) return false;
    }
  }
  // The passage says it already (its first clause, or the whole gloss): nothing new to teach.
  const clauses = entry.gloss.split(/[，；：]/);
  const first = clauses[0]!;
  if (bare(passage).includes(bare(entry.gloss)) || (first.length >= 8 && bare(passage).includes(bare(first)))) return false;
  // A gloss of three clauses or more whose every clause but its first the passage holds says only what it does (党在自己的
  // 工作中实行群众路线，一切为了群众，… under 一切为了群众，一切依靠群众，从群众中来，到群众中去): stop 33.
  return !(clauses.length >= 3 && clauses.slice(1).every((clause) => bare(passage).includes(bare(clause))));
}

/**
 * Whether the sentence names the option's body or term by another of its names of record (中央纪委 of 中央纪律检查委员会 in
 * 由中央纪委商（　）解释): the option is the sentence's own subject, no wrong option beside it.
 */
export function namedByAliasIn(option: string, sentence: string): boolean {
  return GLOSS_NAMES.some((names) => names.includes(option) && names.some((name) => name !== option && name.length >= 3 && !option.includes(name) && sentence.includes(name)));
}

/** Each gloss's term and aliases, in TERM_GLOSSES's order. */
const GLOSS_NAMES: ReadonlyArray<readonly string[]> = TERM_GLOSSES.map((entry) => [entry.term, ...(entry.aliases ?? [])]);
