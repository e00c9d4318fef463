import { seededShuffle, type RandomGenerator } from "./seeded-shuffle";

/** One rule as the draw sees it: how many to draw, and the ids of every question it may draw. */
export interface RulePool {
  /** 0-based position of the rule in the quiz, used in messages. */
  index: number;
  count: number;
  candidateIds: readonly string[];
}

/** A rule cannot be satisfied: its pool, or its pool once other rules have taken theirs, is too small. */
export class QuizPoolTooSmallError extends Error {
  readonly ruleIndex: number;
  readonly requested: number;
  readonly available: number;
  /** True when the rule's own pool is large enough but rules sharing questions leave too few. */
  readonly shared: boolean;

  constructor(options: { ruleIndex: number; requested: number; available: number; shared: boolean }) {
    super(
      options.shared
        ? `第 ${options.ruleIndex + 1} 条规则要抽 ${options.requested} 题，但与其他规则共用题目，合计可抽的启用题目不够。`
        : `第 ${options.ruleIndex + 1} 条规则要抽 ${options.requested} 题，但符合条件的启用题目只有 ${options.available} 道。`,
    );
    this.name = "QuizPoolTooSmallError";
    this.ruleIndex = options.ruleIndex;
    this.requested = options.requested;
    this.available = options.available;
    this.shared = options.shared;
  }
}

/**
 * Draws `count` questions for each rule, no question twice across rules.
 *
 * Each pool is shuffled with `rng` (so when pools do not overlap, each rule takes a uniform
 * random sample); questions are then handed out as a bipartite matching (rule slots ×
 * questions, augmenting paths in each rule's shuffled order), so overlapping rules — "5 from
 * module A" and "3 single-choice from module A" — always succeed when any valid draw exists,
 * whatever the seed. Returns, per rule in rule order, the drawn ids.
 */
export function drawByRules(rules: readonly RulePool[], rng: RandomGenerator): string[][] {
  for (const rule of rules) {
    const distinct = new Set(rule.candidateIds).size;
    if (distinct < rule.count) throw new QuizPoolTooSmallError({ ruleIndex: rule.index, requested: rule.count, available: distinct, shared: false });
  }
  const pools = rules.map((rule) => seededShuffle([...new Set(rule.candidateIds)], rng));
  /** question id → index of the rule holding it. */
  const owner = new Map<string, number>();
  const taken = rules.map(() => [] as string[]);

  const augment = (ruleIndex: number, visited: Set<string>): boolean => {
    for (const questionId of pools[ruleIndex]!) {
      if (visited.has(questionId)) continue;
      visited.add(questionId);
      const holder = owner.get(questionId);
      // Moving one of the rule's own questions to another of its slots gains nothing.
      if (holder === ruleIndex) continue;
      if (holder === undefined || augment(holder, visited)) {
        if (holder !== undefined) {
          const held = taken[holder]!;
          held.splice(held.indexOf(questionId), 1);
        }
        owner.set(questionId, ruleIndex);
        taken[ruleIndex]!.push(questionId);
        return true;
      }
    }
    return false;
  };

  rules.forEach((rule, ruleIndex) => {
    for (let slot = 0; slot < rule.count; slot++) {
      if (!augment(ruleIndex, new Set())) {
        throw new QuizPoolTooSmallError({ ruleIndex: rule.index, requested: rule.count, available: taken[ruleIndex]!.length, shared: true });
      }
    }
  });
  // Keep each rule's questions in its shuffled order, whatever order the matching took them in.
  return rules.map((_, ruleIndex) => {
    const mine = new Set(taken[ruleIndex]);
    return pools[ruleIndex]!.filter((id) => mine.has(id));
  });
}
