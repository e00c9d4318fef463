import { chineseDigits, chineseDigitsValue, chineseNumeral, chineseNumeralValue } from "@/lib/content/text/chinese-numerals";
import { bodyNameForms } from "./body-names";
import { normalizeAnswer } from "./normalize-answer";

/** What may follow a number for the answer to be a quantity (四 / 4, 三个月 / 3个月) and not a term (四风, 三个代表). */
const UNIT = /^(?:多|余)?(?:年|个月|个|人|天|日|月|次|名|项|条|倍|万|亿|岁|周|小时|分钟|届|批|轮|种|类|级|家|本|篇|件|位|%|％)?$/;
const CHINESE_NUMBER = /^([零〇一二两三四五六七八九十百千]+)(.*)$/;
/**
 * Numbers are spelled in Chinese numerals below 10 000 only: a larger amount is written in digits or
 * with 万 as its unit (1.2万), not 一万二千, in the texts and by a learner.
 */
const SPELLED_BELOW = 10000;

/** 四百 for 400; "" from SPELLED_BELOW on. */
function spelledNumber(value: number): string {
  return value < SPELLED_BELOW ? chineseNumeral(value) : "";
}

/**
 * Full and short forms a course defines: X（以下简称Y）, X（简称“Y”）. The full form is the text
 * before the bracket back to a punctuation mark or a word that ends a clause's lead (是, 的, 为, 由 …),
 * so 党的最高领导机关是中国共产党中央委员会（以下简称中央委员会） pairs 中国共产党中央委员会 with 中央委员会.
 */
export function definedShortForms(corpus: string): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  const add = (from: string, to: string) => forms.set(from, [...new Set([...(forms.get(from) ?? []), to])]);
  for (const match of corpus.matchAll(/([^，。；：、！？（）()\n\s]{2,40})[（(](?:以下)?简称[“"《]?([^”"》）)，、]{1,16})[”"》]?[）)]/g)) {
    const lead = match[1]!.replace(/^.*[是的为由在对和与及将把被]/, "");
    const full = lead.length >= 2 ? lead : match[1]!;
    const short = match[2]!;
    if (full === short || full.length <= short.length) continue;
    add(full, short);
    add(short, full);
  }
  return forms;
}

/**
 * Short forms every party member writes for a body's, a doctrine's or a procedure's name, whether or
 * not the course defines them (常务委员会 / 常委会, 纪律检查委员会 / 纪委, 马克思列宁主义 / 马列主义).
 * Longer names first, so 中央纪律检查委员会 is not read as 中央 + 纪律检查委员会. A full form may have
 * several short forms; a short form of two characters is never expanded (it occurs inside other words).
 * A short form here is one a grader accepts wherever the full form stands (公车 for 公务用车, 组织关系 for
 * 党员组织关系, 党规党纪 for 党章党规党纪); an alternative name of the same thing counts too (五大发展理念).
 */
const CONVENTIONAL_SHORT_FORMS: ReadonlyArray<readonly [full: string, ...shorts: string[]]> = [
  ["全国人民代表大会常务委员会", "全国人大常委会"],
  ["中央纪律检查委员会", "中央纪委", "中纪委"],
  ["中国人民政治协商会议", "人民政协"],
  ["中国共产主义青年团", "共青团"],
  ["中央军事委员会", "中央军委"],
  ["国家监察委员会", "国家监委"],
  ["全国人民代表大会", "全国人大"],
  ["支部委员会会议", "支委会", "支委会会议", "支部委员会"],
  ["支部党员大会", "支部大会"],
  ["马克思列宁主义", "马列主义"],
  ["纪律检查委员会", "纪委"],
  ["监察委员会", "监委"],
  ["人民代表大会", "人大"],
  ["常务委员会", "常委会"],
  ["总支部委员会", "总支委员会"],
  ["支部委员会", "支委会"],
  ["初步核实", "初核"],
  // The party's vetting of a 发展对象 (必须对发展对象进行政治审查) is 政审 in every branch's speech (a reader marked its absence C).
  ["政治审查", "政审"],
  ["人民检察院", "检察院"],
  ["人民法院", "法院"],
  // Matters and codes of conduct named the short way in everyday party speech (readers marked their absence C).
  ["党员组织关系", "组织关系"],
  ["党章党规党纪", "党规党纪"],
  ["新发展理念", "五大发展理念"],
  ["公务用车", "公车"],
  ["劳动模范", "劳模"],
  // A conduct named in full (厉行勤俭节约) is as often written by either of its halves.
  ["厉行勤俭节约", "厉行节约", "勤俭节约"],
];

/**
 * A sanction, a duty and a rule of the 四个服从 named two ways in the course's own texts, either accepted for the other
 * (readers marked the other form's absence C: 党纪处分 for 纪律处分, 监督职责 for 监督责任, 个人服从组织 for
 * 党员个人服从党的组织). Only as the whole answer: inside a name (《中国共产党纪律处分条例》) the words are the name's own.
 */
const WHOLE_ANSWER_ALTERNATIVES: ReadonlyArray<readonly string[]> = [
  ["党员个人服从党的组织", "党员个人服从组织", "个人服从组织"],
  ["纪律处分", "党纪处分"],
  ["监督责任", "监督职责"],
];

/**
 * Short forms that are the tail of other names too (组织关系 of 党组织关系), or that stand for more than one
 * full form (支委会, 支部委员会: the committee and its meeting): shortened to, never expanded from.
 */
const NEVER_EXPANDED = new Set(["组织关系", "支委会", "支部委员会", "厉行节约", "勤俭节约"]);

/** The other names of an answer by the conventional short forms: each name it holds, shortened or expanded, once. */
function conventionalForms(answer: string): string[] {
  const forms = new Set([answer]);
  const covered: Array<[number, number]> = [];
  const free = (at: number, length: number) => covered.every(([from, to]) => at + length <= from || at >= to);
  for (const [full, ...shorts] of CONVENTIONAL_SHORT_FORMS) {
    const atFull = answer.indexOf(full);
    if (atFull >= 0 && free(atFull, full.length)) {
      covered.push([atFull, atFull + full.length]);
      for (const form of [...forms]) for (const short of shorts) forms.add(form.replace(full, short));
      continue;
    }
    for (const short of shorts) {
      const at = answer.indexOf(short);
      if (short.length < 3 || NEVER_EXPANDED.has(short) || at < 0 || !free(at, short.length)) continue;
      covered.push([at, at + short.length]);
      for (const form of [...forms]) forms.add(form.replace(short, full));
      break;
    }
  }
  // A party regulation is named without 中国共产党 as often as with it (党内监督条例), and its 章程 is 党章.
  for (const form of [...forms]) {
    if (form === "中国共产党章程") forms.add("党章");
    else if (/^中国共产党[\u4e00-\u9fff]{2,}(?:条例|准则|规定|规则|办法)(?:（试行）)?$/.test(form)) forms.add(form.slice(5));
  }
  for (const group of WHOLE_ANSWER_ALTERNATIVES) if (group.includes(answer)) for (const name of group) forms.add(name);
  forms.delete(answer);
  return [...forms];
}

/** The stem's text either side of the blank, which fixes what a shorter name can leave out. */
export interface BlankContext {
  before: string;
  after: string;
  /** Whether the answer is a rule of action (a verb in it), as the word tagger reads it (blank-context.ts: this module runs in the browser too). */
  ruleOfAction?: boolean;
}

/** A level the stem names just before a body (同级人民政府, 县级以上人民政府): the body's 人民 can go. */
const LEVEL_BEFORE = /(?:同级|本级|上级|下级|上一级|各级|县级以上|县级|省级|市级|乡级|地方|[省市县区乡镇])$/;
/** Verbs that take a sanction as object (给予处分, 不予处分, 从轻处分): the sanction's kind (纪律) can go. */
const SANCTION_VERB_BEFORE = /(?:给予|不予|免予|从轻|减轻|从重|加重|受到|作出|撤销)$/;
/** A relation the stem states of an activity (与公务无关): the activity's head noun 活动 can go. */
const RELATION_AFTER = /^(?:无关|有关|相关|以外|之外)/;
/** Activities whose cost is written X费 and X经费 alike (会议费 / 会议经费). */
const COSTED_ACTIVITY = /^(?:会议|培训|接待|差旅|办公|宣传|调研|考察)$/;

/**
 * Shorter or alternative names of one answer that drop a qualifier or a head noun the name does not
 * need where it stands: 中央政治局 → 政治局 (only the centre has one); 党支部委员会 → 支部委员会 (the course
 * is the party's); 人民政府 → 政府 where the stem names its level; 纪律处分 → 处分 after a sanctioning
 * verb (not 政务处分, a kind of its own); 公务活动 → 公务 before 无关; 案件审理部门 → 审理部门; 民主评议党员 → 民主评议 (the procedure without
 * its object); 第二个百年 / 第二个一百年; 会议费 / 会议经费. Never a name that is another body's or thing's.
 */
function qualifierForms(form: string, context?: BlankContext): string[] {
  const forms: string[] = [];
  if (form.startsWith("中央政治局")) forms.push(form.slice(2));
  if (/^党(?:支部|总支)[\u4e00-\u9fff]{2,}$/.test(form)) forms.push(form.slice(1));
  if (/^案件[\u4e00-\u9fff]{2,}(?:部门|机关|室)$/.test(form)) forms.push(form.slice(2));
  if (/^[\u4e00-\u9fff]{4,}党员$/.test(form) && !/(?:共产|中共|优秀|合格)党员$/.test(form)) forms.push(form.slice(0, -2));
  if (/个百年/.test(form)) forms.push(form.replace(/个百年/g, "个一百年"));
  if (/个一百年/.test(form)) forms.push(form.replace(/个一百年/g, "个百年"));
  const cost = /^([\u4e00-\u9fff]{2})(经)?费$/.exec(form);
  if (cost && COSTED_ACTIVITY.test(cost[1]!)) forms.push(cost[2] ? `${cost[1]}费` : `${cost[1]}经费`);
  if (context && form.startsWith("人民政府") && LEVEL_BEFORE.test(context.before)) forms.push(form.slice(2));
  // Only the party's own sanction: 政务处分 is another kind, which 处分 alone would not name.
  if (context && /^(?:纪律|党纪)处分$/.test(form) && SANCTION_VERB_BEFORE.test(context.before.replace(/或$/, ""))) forms.push("处分");
  if (context && /^[\u4e00-\u9fff]{2}活动$/.test(form) && RELATION_AFTER.test(context.after)) forms.push(form.slice(0, 2));
  return forms;
}

/** A verb of acting by a rule (按少数服从多数作出决定, 按照民主集中制组织起来): what it governs is a principle. */
const BY_RULE_BEFORE = /(?:按|按照|依照|遵循|遵照|本着)$/u;
/** What the stem goes on with after a principle it names bare: an action, not a list's next item or the rule's kind. */
const ACTION_AFTER = /^(?![、和及与的]|原则|要求|规定|精神|程序|办法|标准)\p{Script=Han}/u;
/** A name that is a rule's kind or a document already (…原则, …要求, …条例), never given 原则 once more. */
const KIND_OF_RULE = /(?:原则|要求|规定|精神|程序|办法|标准|条例|准则|意见|决定|章程|思想|理论|部署|权限)$/u;

/** A rule of action (少数服从多数: a verb in it) or a system (民主集中制): not a thing acted on (按照实际情况决定). */
function namesAPrinciple(form: string, context: BlankContext): boolean {
  return /制$/u.test(form) || context.ruleOfAction === true;
}

/**
 * A principle the stem names bare where one acts by it (按______作出决定 for 少数服从多数) is written with 原则 as often,
 * with 的 or without it (少数服从多数原则, 少数服从多数的原则; readers marked their absence C, stop 40). Not in a list
 * (按照______、民主集中、…的原则: 原则 belongs to the whole list) and not a name that is a rule's kind already.
 */
function principleForms(form: string, context?: BlankContext): string[] {
  if (!context || !BY_RULE_BEFORE.test(context.before) || !ACTION_AFTER.test(context.after)) return [];
  if (!/^\p{Script=Han}{3,}$/u.test(form) || KIND_OF_RULE.test(form) || !namesAPrinciple(form, context)) return [];
  return [`${form}原则`, `${form}的原则`];
}

/** A head a noun phrase of four characters or more takes with 的 or without it (群众工作能力 / 群众工作的能力). */
const DE_HEAD = /^([\u4e00-\u9fff]{4,})(能力|本领|水平)$/u;
/**
 * A phrase of joining with one thing that opens on its conjunction (同中华优秀传统文化相结合): 同, 与 and 和 are written for
 * each other there. Not inside a longer phrase (理论和实践相结合, 同国情和时代特征相结合): which 同/与/和 pairs with the
 * verb is not told by the letters.
 */
const JOINED_WITH = /^([同与])([^同与和]{2,})(相结合|相统一|相适应|相协调|相衔接|结合起来|统一起来)$/u;
/** A document's title (干部人事档案工作条例, 中国共产党廉洁自律准则（试行）), which a learner may write in 《》. */
const DOCUMENT_TITLE = /^[\u4e00-\u9fff“”、]{4,}(?:条例|准则|规定|规则|办法|章程|决定|决议|意见|纲要)(?:（试行）)?$/u;

/**
 * Writings of the same phrase a grader accepts: 的 between a noun phrase and its head (群众工作的能力) and the other
 * conjunctions of a phrase of joining (与中华优秀传统文化相结合 for 同…). Never a change of a word.
 */
function phrasingForms(form: string): string[] {
  const forms: string[] = [];
  const de = DE_HEAD.exec(form);
  if (de && !de[1]!.includes("的")) forms.push(`${de[1]}的${de[2]}`);
  const joined = JOINED_WITH.exec(form);
  if (joined) for (const conjunction of ["同", "与", "和"]) if (conjunction !== joined[1]) forms.push(`${conjunction}${joined[2]}${joined[3]}`);
  return forms;
}

/**
 * The spellings of a blank's answer a grader accepts besides the text itself: 多/余 in
 * approximate numbers, Chinese numerals for numbers and digits for Chinese numerals (years digit
 * by digit: 2016年 / 二〇一六年), the full or short form the course itself defines, given as
 * `shortForms` (definedShortForms), the conventional short forms of bodies (常委会), a central body's other names
 * (中组部, body-names.ts), 的 before a noun phrase's head (群众工作的能力), 同/与/和 in a phrase of joining and a principle
 * acted by with 原则 after it (按______作出决定: 少数服从多数原则). Width
 * (full-width digits), quotation marks, other punctuation and spaces are not listed: normalizeAnswer removes them when
 * grading, so one rule decides, and a variant list never repeats them. The one exception is a document's title outside
 * 《》 in the stem, listed once in 《》 as well so the instructor sees that the marked form counts.
 */
export function acceptedVariants(answer: string, shortForms?: ReadonlyMap<string, string[]>, context?: BlankContext): string[] {
  const variants = [answer];
  const bare = answer.normalize("NFKC").replace(/[“”"‘’'《》〈〉「」]/g, "");
  for (const form of shortForms?.get(bare) ?? []) variants.push(form);
  variants.push(...conventionalForms(bare), ...bodyNameForms(bare));
  for (const form of [...variants]) for (const short of qualifierForms(form.normalize("NFKC"), context)) variants.push(short, ...conventionalForms(short));
  for (const form of [...variants]) variants.push(...phrasingForms(form.normalize("NFKC")));
  variants.push(...principleForms(bare, context));
  const percent = /^(\d+)[%％]$/.exec(bare);
  const spelledPercent = /^百分之([零一二两三四五六七八九十百]+)$/.exec(bare);
  if (percent && spelledNumber(Number(percent[1]))) variants.push(`百分之${spelledNumber(Number(percent[1]))}`);
  if (spelledPercent && Number.isInteger(chineseNumeralValue(spelledPercent[1]!))) variants.push(`${chineseNumeralValue(spelledPercent[1]!)}%`);
  // 党的基本路线 / 基本路线: the party's own term is as often written without 党的 (not 党的建设 / 建设, too short to name anything).
  if (/^党的[\u4e00-\u9fff]{3,}$/.test(bare)) variants.push(bare.slice(2), ...conventionalForms(bare.slice(2)));
  if (/\d+多/.test(answer)) variants.push(answer.replace(/(\d+)多/, "$1余"));
  const number = /^(\d+)(?!\d)/.exec(bare);
  const year = /^(\d{4})年/.exec(bare);
  if (year) {
    // 2010年3月 → 二〇一〇年三月: the year digit by digit, other numbers as they are read.
    const spelled = variants.map((variant) => variant.replace(/\d{4}(?=年)/g, chineseDigits).replace(/\d+/g, (digits) => spelledNumber(Number(digits)) || digits));
    variants.push(...spelled, ...spelled.map((variant) => variant.replace(/〇/g, "零")));
    // A blank that takes in the year and its 年 alone (______党的十一届六中全会通过…) is filled by the year's digits as well:
    // 1981 names the year, as 15 names 15个 above.
    if (bare === year[0]) variants.push(year[1]!);
  }
  else if (number) {
    const spelled = spelledNumber(Number(number[1]));
    // 10% is spelled 百分之十 (above), never 十%.
    if (spelled && !percent) variants.push(...variants.map((variant) => spelled + variant.slice(number[1]!.length)));
    // 15个 before a noun the stem goes on with (______工作日) is written 15 as often.
    if (/^\d+个$/.test(bare)) variants.push(number[1]!, spelledNumber(Number(number[1])));
    // Before a measure word two is said 两 (两天, 两人, 两个月, 两分钟), not 二: the answer a learner writes.
    if (number[1] === "2" && /^(?:[天人个次年名位项条月周届]|分钟|小时)/.test(bare.slice(1))) variants.push(`两${bare.slice(1)}`);
  }
  const chinese = CHINESE_NUMBER.exec(bare);
  if (chinese && UNIT.test(chinese[2]!) && !/^[%％]/.test(chinese[2]!)) {
    const yearSpelled = /^[〇零一二三四五六七八九]{4}$/.test(chinese[1]!) && chinese[2] === "年";
    const value = yearSpelled ? chineseDigitsValue(chinese[1]!) : chineseNumeralValue(chinese[1]!);
    if (Number.isInteger(value)) {
      const digits = String(value) + chinese[2]!;
      variants.push(digits);
      if (yearSpelled) variants.push(String(value));
      if (/^\d+多/.test(digits)) variants.push(digits.replace(/^(\d+)多/, "$1余"));
      // 二年 / 两年, 两名 / 二名: regulations write either before a measure word.
      if (/^[二两]$/.test(chinese[1]!)) variants.push(`${chinese[1] === "二" ? "两" : "二"}${chinese[2]!}`);
    }
  }
  const seen = new Set<string>();
  const distinct = variants.filter((variant) => {
    const key = normalizeAnswer(variant);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // A title the stem does not already set in 《》 is listed with them too: grading ignores the marks, but an instructor
  // reading the list should see that 《中国共产党廉洁自律准则》 counts (readers marked its absence C).
  // Only where the stem is known (a blank's context): elsewhere the list is compared, not read.
  const unmarked = context !== undefined && !/《$/.test(context.before) && !/^》/.test(context.after);
  if (unmarked && DOCUMENT_TITLE.test(answer)) distinct.push(`《${answer}》`);
  return distinct;
}
