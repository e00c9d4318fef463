/**
 * A unit's working papers: its notices of study and meeting arrangements (关于开展…的通知), its plans and schemes
 * (工作计划, 活动方案, 实施方案, 实施意见), its summaries, minutes and 对照检查材料. They quote a little doctrine among a
 * lot of the unit's own arrangements (dates, deadlines, who reports to which office, the unit's slogans and quotas),
 * and those arrangements are no knowledge a learner should be examined on (issue #16, stop 36). Which documents are
 * working papers the document-kind reader says (lib/content/document-kind.ts, kind `notice`); this module says which
 * keys of theirs are doctrine.
 */
import { vocabularyClassMembers, vocabularySiblings } from "./party-vocabulary";
import { TERM_GLOSSES } from "./term-glosses";

const glossed = new Set(TERM_GLOSSES.flatMap((gloss) => [gloss.term, ...(gloss.aliases ?? [])]));

/** A term of party doctrine the lexicon knows: a member or the name of one of its sets, or a glossed term. */
export function isDoctrineTerm(term: string): boolean {
  return vocabularySiblings(term).length > 0 || vocabularyClassMembers(term).length > 0 || glossed.has(term);
}
