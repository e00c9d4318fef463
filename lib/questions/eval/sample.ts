import { seededRandom, shuffled } from "../seeded-random";
import type { QuestionType } from "../types";
import { findLabel } from "./label-file";
import { labelKey } from "./label-key";
import type { EvalQuestion, Label } from "./types";

/**
 * Up to `perType` published, unlabelled questions of each type, drawn with a seeded shuffle of
 * the questions in key order (so the draw depends on the seed and the bank, not on generation order).
 */
export function sampleUnlabelled(questions: EvalQuestion[], labels: ReadonlyMap<string, Label>, perType: number, seed: string, doc?: string): EvalQuestion[] {
  const open = questions.filter((item) => item.status === "published" && !findLabel(labels, item, doc));
  const byType = new Map<QuestionType, EvalQuestion[]>();
  for (const item of open) byType.set(item.question.type, [...(byType.get(item.question.type) ?? []), item]);
  return [...byType.keys()].sort().flatMap((type) => {
    const ordered = byType.get(type)!.map((item) => ({ item, key: labelKey(item) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return shuffled(ordered, seededRandom(`${seed}:${type}`)).slice(0, perType).map(({ item }) => item);
  });
}
