/**
 * Non-overlapping occurrences of many needles in one haystack, each counted as
 * `haystack.indexOf(needle, at + needle.length)` would count it, in one pass over the haystack:
 * the needles go into a trie, and from each position of the haystack the walk down the trie finds
 * every needle that starts there. A needle found where its previous occurrence has not yet ended is
 * not counted (the greedy left-to-right count of `indexOf`). The walk per position is as deep as
 * the longest needle, so the cost is the haystack's length times that, not the haystack's length
 * times the number of needles.
 */
interface TrieNode {
  children: Map<string, TrieNode>;
  /** Index of the needle ending here, or -1. */
  needle: number;
}

export function countOccurrences(haystack: string, needles: readonly string[]): Map<string, number> {
  const root: TrieNode = { children: new Map(), needle: -1 };
  const distinct = [...new Set(needles)].filter((needle) => needle !== "");
  distinct.forEach((needle, index) => {
    let node = root;
    for (const unit of codeUnits(needle)) {
      let child = node.children.get(unit);
      if (!child) node.children.set(unit, (child = { children: new Map(), needle: -1 }));
      node = child;
    }
    node.needle = index;
  });
  const counts = new Array<number>(distinct.length).fill(0);
  const free = new Array<number>(distinct.length).fill(0);
  for (let start = 0; start < haystack.length; start++) {
    let node: TrieNode | undefined = root;
    for (let at = start; at < haystack.length; at++) {
      node = node.children.get(haystack[at]!);
      if (!node) break;
      if (node.needle >= 0 && start >= free[node.needle]!) {
        counts[node.needle]!++;
        free[node.needle] = at + 1;
      }
    }
  }
  const result = new Map<string, number>(needles.map((needle) => [needle, 0]));
  distinct.forEach((needle, index) => result.set(needle, counts[index]!));
  return result;
}

/** The string's UTF-16 code units, as `indexOf` compares them (a character outside the BMP is two). */
function codeUnits(text: string): string[] {
  return Array.from({ length: text.length }, (_, index) => text[index]!);
}
