/**
 * The texts of a list that occur inside a text, in list order: `list.filter((item) => text.includes(item))`
 * without scanning the whole list. The list is indexed once (by identity) by its texts' lengths; a text is then
 * looked up by its substrings of those lengths, so the cost grows with the text, not the list (issue #16: every
 * 单选 site scanned the course's terms).
 */
interface ListIndex {
  positions: Map<string, number[]>;
  lengths: number[];
  /** Empty texts: inside every text. */
  empty: number[];
}

const indexes = new WeakMap<readonly string[], ListIndex>();

function listIndex(list: readonly string[]): ListIndex {
  let index = indexes.get(list);
  if (index) return index;
  index = { positions: new Map(), lengths: [], empty: [] };
  const lengths = new Set<number>();
  list.forEach((item, at) => {
    if (item === "") {
      index!.empty.push(at);
      return;
    }
    lengths.add(item.length);
    const known = index!.positions.get(item);
    if (known) known.push(at);
    else index!.positions.set(item, [at]);
  });
  index.lengths = [...lengths];
  indexes.set(list, index);
  return index;
}

export function textsWithin(text: string, list: readonly string[]): string[] {
  const index = listIndex(list);
  const found = new Set<number>(index.empty);
  for (const length of index.lengths) {
    for (let start = 0; start + length <= text.length; start++) {
      for (const at of index.positions.get(text.slice(start, start + length)) ?? []) found.add(at);
    }
  }
  return [...found].sort((a, b) => a - b).map((at) => list[at]!);
}
