import { countUnitsOf, unitAlternation } from "@/lib/content/text/count-units";

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
