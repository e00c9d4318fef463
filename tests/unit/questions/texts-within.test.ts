import { describe, expect, it } from "vitest";
import { textsWithin } from "@/lib/questions/texts-within";
import { seededRandom, type Random } from "@/lib/questions/seeded-random";

const ALPHABET = [..."党的建设组织纪律、𠀋"];

function text(random: Random, longest: number): string {
  return Array.from({ length: Math.floor(random() * (longest + 1)) }, () => ALPHABET[Math.floor(random() * ALPHABET.length)]).join("");
}

describe("textsWithin", () => {
  it("finds the list's texts inside a text, in list order, as filtering the list does", () => {
    const random = seededRandom("within");
    for (let round = 0; round < 300; round++) {
      // Duplicates, empty texts and texts longer than the text searched all occur.
      const list = Array.from({ length: Math.floor(random() * 60) }, () => text(random, 5));
      for (let probe = 0; probe < 5; probe++) {
        const haystack = text(random, 30);
        expect(textsWithin(haystack, list)).toEqual(list.filter((item) => haystack.includes(item)));
      }
    }
  });

  it("returns the terms a sentence names", () => {
    expect(textsWithin("坚持民主集中制，严守政治纪律", ["政治纪律", "组织纪律", "民主集中制", "民主"])).toEqual(["政治纪律", "民主集中制", "民主"]);
  });
});
