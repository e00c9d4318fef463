import { z } from "zod";
import { labelKey } from "./label-key";
import { CRITERIA_CODES, VERDICTS, type EvalQuestion, type Label } from "./types";

export const labelSchema = z.object({
  key: z.string().regex(/^[0-9a-f]{16}$/, "key 必须是 16 位十六进制"),
  doc: z.string().min(1),
  type: z.enum(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "TRUE_FALSE", "FILL_BLANK", "SHORT_ANSWER"]),
  stem: z.string(),
  answer: z.string(),
  verdict: z.enum(VERDICTS as [Label["verdict"], ...Label["verdict"][]]),
  codes: z.array(z.enum(CRITERIA_CODES)),
  note: z.string().default(""),
  shown: z.string().optional(),
});

/**
 * Parses a labels file (JSON Lines; blank lines skipped). A line without a verdict is a question
 * still waiting for its reader and is returned in `pending`; any other malformed line is an error
 * naming its line number. A usable verdict carries no failing codes; the others name at least one.
 */
export function parseLabelLines(text: string): { labels: Label[]; pending: number; errors: string[] } {
  const labels: Label[] = [];
  const errors: string[] = [];
  let pending = 0;
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      errors.push(`第 ${index + 1} 行不是 JSON`);
      return;
    }
    if (typeof json === "object" && json !== null && !("verdict" in json && (json as { verdict: unknown }).verdict)) {
      pending++;
      return;
    }
    const parsed = labelSchema.safeParse(json);
    if (!parsed.success) {
      errors.push(`第 ${index + 1} 行：${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("；")}`);
      return;
    }
    const label = parsed.data;
    if (label.verdict === "usable" && label.codes.length > 0) errors.push(`第 ${index + 1} 行：可用的题目不应有不合格代码`);
    else if (label.verdict !== "usable" && label.codes.length === 0) errors.push(`第 ${index + 1} 行：需修改或舍弃的题目至少要有一个不合格代码`);
    else labels.push(label);
  });
  return { labels, pending, errors };
}

/** Labels to append: those whose key is not labelled yet in their document; a second verdict on a labelled key is reported, not applied. */
export function mergeLabels(existing: readonly Label[], incoming: readonly Label[]): { added: Label[]; conflicts: string[] } {
  const known = new Map(existing.map((label) => [`${label.doc}:${label.key}`, label]));
  const added: Label[] = [];
  const conflicts: string[] = [];
  for (const label of incoming) {
    const before = known.get(`${label.doc}:${label.key}`);
    if (before) {
      if (before.verdict !== label.verdict) conflicts.push(`${label.key}（${label.doc}）：已有 ${before.verdict}，新的是 ${label.verdict}`);
      continue;
    }
    known.set(`${label.doc}:${label.key}`, label);
    added.push(label);
  }
  return { added, conflicts };
}

/**
 * The labels by key, and by document and key: a label is a verdict on a question as one document shows it (the same
 * question may be asked in two documents, each with its own lead or 出处). A question is read by its document's label,
 * or by another document's label of the same key when its own has none.
 */
export function indexLabels(labels: readonly Label[]): ReadonlyMap<string, Label> {
  const index = new Map<string, Label>();
  for (const label of labels) {
    if (!index.has(label.key)) index.set(label.key, label);
    index.set(`${label.doc}:${label.key}`, label);
  }
  return index;
}

/** The label of a question in a document (see indexLabels); a map keyed by key alone is read by key. */
export function findLabel(labels: ReadonlyMap<string, Label>, item: Pick<EvalQuestion, "question" | "sourceText">, doc?: string): Label | undefined {
  const key = labelKey(item);
  return (doc === undefined ? undefined : labels.get(`${doc}:${key}`)) ?? labels.get(key);
}
