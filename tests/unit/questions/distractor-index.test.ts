import { describe, expect, it } from "vitest";
import { closeness, INDEXED_POOL_SIZE, overlaps, rankedDistractors, usableDistractors } from "@/lib/questions/distractors";
import { seededRandom, shuffled, type Random } from "@/lib/questions/seeded-random";

// A small alphabet makes shared characters, containment and subsequences frequent; "、" and " " normalize away.
const ALPHABET = [..."党的建设组织纪律政治主义群众作风、 Ａ"];

function text(random: Random): string {
  const length = Math.floor(random() * 6);
  return Array.from({ length }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
}

/** The plain scan the index replaces: every text of the pool checked and scored. */
function plainUsable(answer: string, pool: readonly string[], exclude: readonly string[]): string[] {
  return pool.filter(
    (t) => !overlaps(t, answer) && !exclude.some((other) => overlaps(t, other)) && t.length <= answer.length * 2 + 1 && answer.length <= t.length * 2 + 1,
  );
}

function plainRanked(answer: string, usable: readonly string[], random: Random): string[] {
  return shuffled(usable, random)
    .map((t) => ({ t, score: closeness(answer, t) }))
    .sort((a, b) => b.score - a.score)
    .map(({ t }) => t);
}

describe("the distractor pool's character index", () => {
  it("keeps exactly the texts the plain scan keeps, in pool order", () => {
    const random = seededRandom("usable");
    for (let round = 0; round < 300; round++) {
      const pool = Array.from({ length: INDEXED_POOL_SIZE + Math.floor(random() * 100) }, () => text(random));
      const answer = text(random);
      const exclude = Array.from({ length: Math.floor(random() * 4) }, () => text(random));
      expect(usableDistractors(answer, pool, exclude, true)).toEqual(plainUsable(answer, pool, exclude));
      expect(usableDistractors(answer, pool, exclude, false)).toEqual(plainUsable(answer, pool, exclude));
    }
  });

  it("ranks the same texts in the same order as scoring the whole pool, with the same random draws", () => {
    const random = seededRandom("rank");
    for (let round = 0; round < 300; round++) {
      const pool = Array.from({ length: INDEXED_POOL_SIZE + Math.floor(random() * 100) }, () => text(random));
      const answer = text(random);
      const exclude = Array.from({ length: Math.floor(random() * 4) }, () => text(random));
      const [a, b, c] = [seededRandom(`r${round}`), seededRandom(`r${round}`), seededRandom(`r${round}`)];
      const reference = plainRanked(answer, plainUsable(answer, pool, exclude), a);
      expect(rankedDistractors(answer, pool, exclude, b, true)).toEqual(reference);
      expect(rankedDistractors(answer, pool, exclude, c, false)).toEqual(reference);
      const next = a();
      expect([b(), c()]).toEqual([next, next]);
    }
  });
});
