import { countUnitsOf, unitAlternation } from "@/lib/content/text/count-units";
import { chineseNumeralValue } from "@/lib/content/text/chinese-numerals";
import { RULE_STATEMENT } from "./rule-words";

/** A count of one (一人, 1次, 一个月): the value a frame needing several rules out. */
const COUNT_OF_ONE = /^(?:一|1)(\D{0,2})$/u;

/** Units of people (人, 名): any act is done by one person or more, so "one or more people" binds nobody. */
const PEOPLE_UNIT = new RegExp(`^(?:${unitAlternation(countUnitsOf(["people"]))})$`, "u");

/** A lower bound right before the count (不得少于（　）, 至少由（　）): with one person it binds nobody. */
const BOUND_BEFORE = /(?:至少|最少|不少于|不得少于|不低于|不得低于)[^，。；：、]{0,2}$/u;
/** A lower bound right after the count (（　）以上, （　）或者以上). */
const BOUND_AFTER = /^(?:以上|或者?以上|及以上)/u;
/** Words in the count's clause after it that need more than one (一人共同承办, 一人分别负责, 一人以上的审议组). */
const PLURAL_ACT = /^[^，。；：]*?(?:共同|分别|相互|互相|联名|轮流|集体|组(?!织))/u;

/**
 * Whether a count of one, put where a count stands between `before` and `after`, is ruled out by the words around it:
 * a clause that needs several (（　）以上共同故意违纪, 由（　）共同承办) contradicts it, and a lower bound on people
 * (审理组（　）以上, 个别谈话不少于（　）) makes the rule vacuous. Either way a wrong option or a falsehood of 一人
 * is a throwaway, not a test. A bound on times or periods (每年至少召开一次, 一个月以上) is a rule like any other.
 */
export function countRuledOutByFrame(count: string, before: string, after: string): boolean {
  const one = COUNT_OF_ONE.exec(count.trim());
  if (!one) return false;
  if (PLURAL_ACT.test(after)) return true;
  return PEOPLE_UNIT.test(one[1]!) && (BOUND_BEFORE.test(before) || BOUND_AFTER.test(after));
}

/**
 * Whether a count of one would follow 每 (原则上每（　）对…培训全覆盖): a source says 每年, 每月, never 每1年 or 每一个月, so a
 * falsehood so written gives itself away by its wording (readers, stop 38: "每1年 reads unnaturally").
 */
export function oneAfterEvery(count: string, before: string): boolean {
  return COUNT_OF_ONE.test(count.trim()) && /每$/u.test(before);
}

/** A lower bound a condition puts on its count (二人以上…的, 满十八岁的, 超过六个月的): more than it meets it too. */
const CONDITION_FLOOR_BEFORE = /(?:满|超过|多于|高于|至少)$/u;
const CONDITION_FLOOR_AFTER = /^(?:以上|或者?以上|及以上)/u;
/** An upper bound a condition puts on its count (不满六个月…的, 不足三人的, 三年以下的): less than it meets it too. */
const CONDITION_CEILING_BEFORE = /(?:不满|未满|不足|不到|少于|低于|不超过)$/u;
const CONDITION_CEILING_AFTER = /^(?:以下|以内|之内)/u;

/** The value of a count (2, 二, 两, 15): NaN for anything else. */
function countValue(count: string): number {
  const digits = /\d+/.exec(count);
  if (digits) return Number(digits[0]);
  const numeral = /[一二两三四五六七八九十百千零〇]+/.exec(count);
  return numeral ? chineseNumeralValue(numeral[0]) : NaN;
}

/**
 * Whether moving the count `from` of a condition to `to` leaves a statement the original still makes true: a condition
 * (its clause ends in 的 before the rule, 二人以上共同故意违纪的，…) with a lower bound is met by any larger count (四人以上
 * 共同违纪 is also 二人以上), one with an upper bound by any smaller count (不满一个月又自动回归的 is also 不满六个月). Such a
 * falsehood is no falsehood (readers, issue 16: "the swapped statement is still true"). `before` and `after` are the
 * statement's text around the count.
 */
export function changeImpliedByCondition(from: string, to: string, before: string, after: string): boolean {
  const clause = after.split(/[，。；：]/)[0] ?? "";
  if (!clause.endsWith("的")) return false;
  const a = countValue(from);
  const b = countValue(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  const lead = before.split(/[，。；：]/).pop() ?? "";
  // The ceiling first: 不满 ends as 满 does.
  if (CONDITION_CEILING_AFTER.test(after) || CONDITION_CEILING_BEFORE.test(lead)) return b < a;
  if (CONDITION_FLOOR_AFTER.test(after) || CONDITION_FLOOR_BEFORE.test(lead)) return b > a;
  return false;
}

/** What opens a plan's or programme's name right after its span (三年行动计划, 五年规划, 三年行动指导意见). */
const PLAN_NAME_AFTER = /^(?:行动|规划|计划|纲要)/;

/**
 * Whether a count is part of the name of a plan or programme (实施农村人居环境整治三年行动计划): a name of record, not a
 * quantity a rule sets — moved, it gives a plan that does not exist, and nothing in the course says why the name holds
 * its number (readers, stop 34: "only states the original number"). A 判断 does not move it.
 */
export function countNamesPlan(after: string): boolean {
  return PLAN_NAME_AFTER.test(after);
}

/** A period or range the fact happened within (8个月内歼敌…, 三年之内建成): any longer one holds it too. */
const WITHIN_AFTER = /^(?:以内|之内|内(?![部容外地涵在心陆务政]))/u;
/** An amount given as a floor (71万余人, 三百多名, 超过五千, 逾百万, 一千以上): any smaller one is met too. */
const AMOUNT_FLOOR_AFTER = /^(?:余|多|以上|有余)/u;
const AMOUNT_FLOOR_BEFORE = /(?:超过|逾|多于|突破|达到?|至少)$/u;
/**
 * Whether moving the count `from` of a stated fact to `to` leaves a statement the original still makes true: a fact
 * done within a period (在内战爆发后8个月内歼敌71万余人) also happened within any longer one, and an amount given as a
 * floor (歼敌71万余人, 超过五千人) also exceeds any smaller one (readers, stop 35: "12个月内 is still true"). A rule's
 * bound (应当在1个月内移交, 由两人以上进行) is left to changeImpliedByCondition and the rule: its move misstates the rule.
 * `before` and `after` are the statement's text around the count.
 */
export function changeImpliedByBound(from: string, to: string, before: string, after: string): boolean {
  const a = countValue(from);
  const b = countValue(to);
  if (Number.isNaN(a) || Number.isNaN(b) || a === b) return false;
  const lead = before.split(/[，。；：]/).pop() ?? "";
  if (RULE_STATEMENT.test(`${before}${from}${after}`)) return false;
  if (WITHIN_AFTER.test(after)) return b > a;
  if (AMOUNT_FLOOR_AFTER.test(after) || AMOUNT_FLOOR_BEFORE.test(lead)) return b < a;
  return false;
}
