/**
 * Virtues and conduct the party's texts name in several near wordings, kept as data beside the lexicon
 * (party-vocabulary.ts, whose classes hold parallel names, never near-synonyms): 清正廉洁, 廉洁奉公 and 廉洁自律 say one
 * virtue. Where a text strings such virtues together with nothing to fix the wording (依法办事，______，勤政为民), a learner
 * who writes another wording of the row has answered as well as the key.
 */
export const NEAR_FORMULATIONS: ReadonlyArray<readonly string[]> = [
  ["清正廉洁", "廉洁奉公", "廉洁自律"],
  ["艰苦朴素", "艰苦奋斗"],
  ["以身作则", "率先垂范", "以上率下"],
  ["勤政为民", "勤政务实"],
  ["敢于担当", "勇于担当"],
];

/** The other wordings of a virtue the key is one wording of; none when it has none. */
export function nearFormulations(key: string): readonly string[] {
  const row = NEAR_FORMULATIONS.find((wordings) => wordings.includes(key));
  return row ? row.filter((wording) => wording !== key) : [];
}

/** A blank that is a clause of its own in a run of clauses (，______，; ，______。): nothing but the run around it. */
const BARE_CLAUSE_BLANK = /[，；：](?:_{2,}|（　）)(?=[，；。]|$)/;

/**
 * Whether a 填空 blanks a virtue standing as a clause of its own in a run (严于律己，______。 依法办事，______，勤政为民),
 * its sentence naming none of the virtue's other wordings: any of them fills the blank, and the key alone is accepted.
 */
export function nearFormulationFits(stem: string, answers: readonly string[]): boolean {
  if (answers.length !== 1 || !BARE_CLAUSE_BLANK.test(stem)) return false;
  const others = nearFormulations(answers[0]!);
  return others.length > 0 && !others.some((other) => stem.includes(other));
}
