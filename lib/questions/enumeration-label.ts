import type { KnowledgePoint } from "@/lib/content/types";
import { isFunctionTag, taggedSpans } from "./term-quality";

const MAX_LABEL = 14;

/**
 * The name of what a list enumerates (四风, 外部驱动力, 密切联系群众的六维动力机制), or null when
 * the extractor's label is a sentence fragment (突出, 两会上, 网民提供信息也存在) or just the items.
 */
export function enumerationLabel(point: KnowledgePoint): string | null {
  const label = point.text;
  if (point.kind !== "enumeration" || !point.answer || label === point.answer || label.includes("、")) return null;
  if (label.length < 2 || label.length > MAX_LABEL || !/^[\u4e00-\u9fff“”]+$/.test(label)) return null;
  const words = taggedSpans(label);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (isFunctionTag(first.tag) && first.tag !== "m") return null;
  if (!/^(n|nz|nt|vn|l|j|x)/.test(last.tag)) return null;
  if (words.some((word) => /^(这|那|其|此|该)/.test(word.word))) return null;
  return label;
}
