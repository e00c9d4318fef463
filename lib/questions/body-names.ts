/**
 * The names a party member writes for the same central body, kept as data beside the lexicon (party-vocabulary.ts):
 * the name the texts use most, the formal name with 中共 (the party's own bodies) and the everyday short name
 * (中央组织部 / 中共中央组织部 / 中组部). A grader accepts any of a row wherever the whole answer is one of them; inside
 * a longer answer a name is the longer name's own, and a short name of two characters (中办) stands for nothing else
 * only as the whole answer.
 */
export const BODY_NAMES: ReadonlyArray<readonly string[]> = [
  ["中央组织部", "中共中央组织部", "中组部"],
  ["中央宣传部", "中共中央宣传部", "中宣部"],
  ["中央统战部", "中共中央统一战线工作部", "中央统一战线工作部"],
  ["中央对外联络部", "中共中央对外联络部", "中联部"],
  ["中央办公厅", "中共中央办公厅", "中办"],
  ["国务院办公厅", "国办"],
  ["中央政法委员会", "中共中央政法委员会", "中央政法委"],
  ["中央政策研究室", "中共中央政策研究室", "中央政研室"],
  ["中央外事工作委员会办公室", "中央外办"],
  ["中央和国家机关工作委员会", "中央和国家机关工委"],
  ["中央党校", "中共中央党校"],
];

/** The other names of a body when the answer is exactly one of its names; none otherwise. */
export function bodyNameForms(answer: string): readonly string[] {
  const row = BODY_NAMES.find((names) => names.includes(answer));
  return row ? row.filter((name) => name !== answer) : [];
}
