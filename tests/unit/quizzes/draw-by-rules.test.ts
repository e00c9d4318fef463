import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { drawByRules, QuizPoolTooSmallError } from "@/lib/quizzes/draw-by-rules";
import { seededGenerator, seededPermutation, seededShuffle, seedFromParts } from "@/lib/quizzes/seeded-shuffle";

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(3, "0")}`);

describe("seeded shuffle", () => {
  test("the same parts give the same seed and the same order", () => {
    expect(seedFromParts("quiz", "a", 1)).toBe(seedFromParts("quiz", "a", 1));
    expect(seedFromParts("quiz", "a", 1)).not.toBe(seedFromParts("quiz", "a", 2));
    const items = ids("q", 30);
    expect(seededShuffle(items, seededGenerator("x", 1))).toEqual(seededShuffle(items, seededGenerator("x", 1)));
    expect(seededShuffle(items, seededGenerator("x", 1))).not.toEqual(seededShuffle(items, seededGenerator("x", 2)));
  });

  test("parts are not ambiguous when concatenated", () => {
    expect(seedFromParts("ab", "c")).not.toBe(seedFromParts("a", "bc"));
  });

  test("a shuffle is a permutation and leaves its input alone", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (items, seed) => {
        const copy = [...items];
        const result = seededShuffle(items, seededGenerator(seed));
        expect(items).toEqual(copy);
        expect([...result].sort()).toEqual([...items].sort());
      }),
    );
  });

  test("a permutation holds each index once", () => {
    const permutation = seededPermutation(6, seededGenerator("p"));
    expect([...permutation].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe("drawByRules", () => {
  test("deterministic: the same seed gives the same draw", () => {
    const rules = [
      { index: 0, count: 5, candidateIds: ids("a", 40) },
      { index: 1, count: 3, candidateIds: ids("b", 40) },
    ];
    const first = drawByRules(rules, seededGenerator("quiz-1", "assignment-1"));
    expect(drawByRules(rules, seededGenerator("quiz-1", "assignment-1"))).toEqual(first);
    expect(first.map((drawn) => drawn.length)).toEqual([5, 3]);
    expect(first[0]!.every((id) => id.startsWith("a"))).toBe(true);
    expect(first[1]!.every((id) => id.startsWith("b"))).toBe(true);
  });

  test("different seeds (learners) give different draws", () => {
    const rules = [{ index: 0, count: 5, candidateIds: ids("a", 60) }];
    const draws = new Set(["u1", "u2", "u3", "u4", "u5"].map((user) => drawByRules(rules, seededGenerator("quiz", user, 1))[0]!.join(",")));
    expect(draws.size).toBeGreaterThan(1);
  });

  test("overlapping rules never repeat a question and succeed whenever a draw exists", () => {
    // Rule 0 may take any of 10; rule 1 only the first 4 of them; together they need 10.
    const all = ids("q", 10);
    const rules = [
      { index: 0, count: 6, candidateIds: all },
      { index: 1, count: 4, candidateIds: all.slice(0, 4) },
    ];
    for (let seed = 0; seed < 50; seed++) {
      const [first, second] = drawByRules(rules, seededGenerator(seed));
      expect(second).toHaveLength(4);
      expect(first).toHaveLength(6);
      expect(new Set([...first!, ...second!]).size).toBe(10);
    }
  });

  test("property: no repeats, counts met, every id from its rule's pool", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: fc.nat(30), size: fc.integer({ min: 1, max: 20 }), count: fc.nat(5) }), { minLength: 1, maxLength: 4 }),
        fc.integer(),
        (specs, seed) => {
          const universe = ids("q", 60);
          const rules = specs.map((spec, index) => ({ index, count: spec.count, candidateIds: universe.slice(spec.from, spec.from + spec.size) }));
          let result: string[][];
          try {
            result = drawByRules(rules, seededGenerator(seed));
          } catch (error) {
            expect(error).toBeInstanceOf(QuizPoolTooSmallError);
            return;
          }
          const flat = result.flat();
          expect(new Set(flat).size).toBe(flat.length);
          result.forEach((drawn, index) => {
            expect(drawn).toHaveLength(rules[index]!.count);
            for (const id of drawn) expect(rules[index]!.candidateIds).toContain(id);
          });
        },
      ),
    );
  });

  test("a pool smaller than its count throws a typed error naming the rule", () => {
    const rules = [
      { index: 0, count: 2, candidateIds: ids("a", 5) },
      { index: 1, count: 4, candidateIds: ids("b", 3) },
    ];
    try {
      drawByRules(rules, seededGenerator("x"));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QuizPoolTooSmallError);
      const tooSmall = error as QuizPoolTooSmallError;
      expect(tooSmall.ruleIndex).toBe(1);
      expect(tooSmall.requested).toBe(4);
      expect(tooSmall.available).toBe(3);
      expect(tooSmall.shared).toBe(false);
      expect(tooSmall.message).toContain("第 2 条规则");
    }
  });

  test("rules sharing too few questions between them throw, whatever the seed", () => {
    const shared = ids("s", 5);
    const rules = [
      { index: 0, count: 3, candidateIds: shared },
      { index: 1, count: 3, candidateIds: shared },
    ];
    for (let seed = 0; seed < 10; seed++) {
      expect(() => drawByRules(rules, seededGenerator(seed))).toThrow(QuizPoolTooSmallError);
    }
  });
});
