/**
 * What shows that a clause states a rule: its words of obligation, bound, deadline or frequency. Three readers ask
 * the question at three strengths, and each keeps its own list (merging them would change which questions pass):
 *
 * - `RULE_STATEMENT` (count-frame): a rule's or a condition's words anywhere in a true/false statement, so that
 *   moving a count in it misstates the rule rather than loosening a fact's bound.
 * - `RULE_LIMIT` (confidence): a limit, period or deadline a rule sets, which makes a number worth asking.
 * - `RULE_NUMBER_WORD` (explanation): what a clause quoted beside a rule's number says of it, so that a 解析 may
 *   quote it as another rule of the course.
 */

/**
 * A rule's words anywhere in the statement (应当在1个月内移交, 并于2个月内报送, 退休3年内，不得…, 由两人以上进行) or a
 * condition's (时间超过六个月，情节较重的): moving its bound misstates the rule, a real falsehood.
 */
export const RULE_STATEMENT = /应当|应该|应在|应于|必须|务必|须|不得|可以|规定|要求|原则上|一般|不超过|不少于|并于|[自于][^，。；]{0,12}内|凡是?|的[，,；]/u;

/** A limit, period or deadline a rule sets: 不超过5人, 每5年…全覆盖, 在24小时内通知. */
export const RULE_LIMIT = /不超过|不少于|不得超过|不得少于|不低于|不高于|以内|至少|最多(?![的。，；、]|$)|每年|每次|每人|每月|每届|每[\d一二两三四五六七八九十]+个?[年月]|[日天月年]内|小时内|任期|届满/;

/** What a clause stating a rule's number says of it: a bound, a deadline, an obligation or a frequency. */
export const RULE_NUMBER_WORD = /不超过|不得|不少于|至少|最多|以内|以上|以下|内|应当|每/;
