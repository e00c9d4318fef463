import { createHash } from "node:crypto";

export type IdKind = "course" | "document" | "module" | "section" | "passage" | "point";

const PREFIX: Record<IdKind, string> = { course: "crs", document: "doc", module: "mod", section: "sec", passage: "psg", point: "kp" };
const HEX_LENGTH = 16;

/** A short id derived from content: the same parts always give the same id. */
export function stableId(kind: IdKind, ...parts: Array<string | number>): string {
  const hash = createHash("sha256").update(parts.map(String).join("\u241f")).digest("hex");
  return `${PREFIX[kind]}_${hash.slice(0, HEX_LENGTH)}`;
}

/** Text reduced to what identifies it: no whitespace, no punctuation, half-width letters. */
export function normalizeForIdentity(text: string): string {
  return text.normalize("NFKC").replace(/[\s\p{P}\p{S}]/gu, "").toLowerCase();
}

/** Gives repeated keys an occurrence number (0, 1, 2 …) in order, so identical items get distinct ids. */
export function occurrenceCounter(): (key: string) => number {
  const seen = new Map<string, number>();
  return (key) => {
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count;
  };
}
