import { createHash } from "node:crypto";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

export type { RandomGenerator };

/** A 32-bit seed from the parts that identify a draw: the same parts always give the same seed. */
export function seedFromParts(...parts: ReadonlyArray<string | number>): number {
  const digest = createHash("sha256").update(JSON.stringify(parts)).digest();
  return digest.readInt32BE(0);
}

/** A seeded generator (xoroshiro128+ from pure-rand) for the given parts. */
export function seededGenerator(...parts: ReadonlyArray<string | number>): RandomGenerator {
  return xoroshiro128plus(seedFromParts(...parts));
}

/** Fisher–Yates shuffle driven by `rng`; the input is left as it is. */
export function seededShuffle<T>(items: readonly T[], rng: RandomGenerator): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = uniformInt(rng, 0, i);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** A permutation of 0…length-1: position k shows the item whose original index is result[k]. */
export function seededPermutation(length: number, rng: RandomGenerator): number[] {
  return seededShuffle(
    Array.from({ length }, (_, index) => index),
    rng,
  );
}
