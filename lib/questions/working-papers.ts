/**
 * A unit's working papers: its notices of study and meeting arrangements (关于开展…的通知), its plans and schemes
 * (工作计划, 活动方案, 实施方案, 实施意见), its summaries, minutes and 对照检查材料. They quote a little doctrine among a
 * lot of the unit's own arrangements (dates, deadlines, who reports to which office, the unit's slogans and quotas),
 * and those arrangements are no knowledge a learner should be examined on (issue #16, stop 36).
 */
import { vocabularyClassMembers, vocabularySiblings } from "./party-vocabulary";
import { TERM_GLOSSES } from "./term-glosses";

/** The title of a working paper: what the unit arranges, plans, sums up or minutes. */
const WORKING_PAPER_TITLE =
  /关于(?:开展|召开|举行|组织|做好|进行|深化|深入开展|在全校|在全市|在全县)[^《》]*的通知$|(?:工作|活动|学习)(?:计划|方案|安排|要点|总结)$|实施(?:方案|意见)$|会议(?:纪要|记录)$|对照检查材料$|(?:组织|民主)生活会[^《》]*(?:方案|材料)$/;
/** Titles of the centre's documents, and notices that issue or forward a regulation: rule-setting texts, not working papers. */
const CENTRAL_OR_ISSUING = /^(?:中共中央|中央|国务院|全国人大|全国)|印发|转发|颁布|发布/;

export function isWorkingPaperTitle(title: string): boolean {
  const text = title.trim();
  return WORKING_PAPER_TITLE.test(text) && !CENTRAL_OR_ISSUING.test(text);
}

const glossed = new Set(TERM_GLOSSES.flatMap((gloss) => [gloss.term, ...(gloss.aliases ?? [])]));

/** A term of party doctrine the lexicon knows: a member or the name of one of its sets, or a glossed term. */
export function isDoctrineTerm(term: string): boolean {
  return vocabularySiblings(term).length > 0 || vocabularyClassMembers(term).length > 0 || glossed.has(term);
}
