/**
 * The units a count written in Chinese numerals goes with when it is a quantity of a rule or a
 * record (五年, 三个月, 十五日, 两倍, 二十人, 三名, 两次), and not a name (四风, 三个代表). Every list of
 * such units is taken from here.
 */
export const COUNT_UNITS = {
  个月: "period",
  年: "period",
  日: "days",
  天: "days",
  倍: "multiple",
  人: "people",
  名: "people",
  次: "times",
} as const;

export type CountUnit = keyof typeof COUNT_UNITS;
export type CountUnitKind = (typeof COUNT_UNITS)[CountUnit];

/** The units of the given kinds, in the order of COUNT_UNITS. */
export function countUnitsOf(kinds: readonly CountUnitKind[]): CountUnit[] {
  return (Object.keys(COUNT_UNITS) as CountUnit[]).filter((unit) => kinds.includes(COUNT_UNITS[unit]));
}

/** Every count unit. */
export const ALL_COUNT_UNITS = countUnitsOf(["period", "days", "multiple", "people", "times"]);

/** Units after which 一 is an article, not a count (一人, 一次): a count of them starts at two. */
export const UNITS_COUNTED_FROM_TWO = countUnitsOf(["people", "times"]);

/** Units after which 一 is a count like any other (一年, 一个月, 一倍). */
export const UNITS_COUNTED_FROM_ONE = countUnitsOf(["period", "days", "multiple"]);

/**
 * The units a regulation or the charter states its limits in: a period of months or years, a
 * number of people (五年内不得重新入党, 预备期不能超过一年, 两名正式党员作介绍人).
 */
export const RULE_LIMIT_UNITS = countUnitsOf(["period", "people"]);

/** A regular-expression alternation of units (个月|年|人|名). */
export function unitAlternation(units: readonly CountUnit[]): string {
  return units.join("|");
}
