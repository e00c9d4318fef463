/**
 * Short documents written for upload tests: each yields a few questions that no other test's document shares.
 */

/** A two-part essay on party discipline (纪律, 民主集中制): enough text for a handful of questions. */
export const DISCIPLINE_ESSAY = [
  "严明党的纪律",
  "",
  "一、纪律的重要性",
  "",
  "党的纪律是党的各级组织和全体党员必须遵守的行为规则，是维护党的团结统一、完成党的任务的保证。",
  "毛泽东同志指出：“加强纪律性，革命无不胜。”党员要自觉遵守党的纪律，做到令行禁止。",
  "",
  "二、民主集中制",
  "",
  "民主集中制是党的根本组织原则和领导制度，要求个人服从组织、少数服从多数、下级组织服从上级组织、全党各个组织和全体党员服从党的全国代表大会和中央委员会。",
  "",
].join("\n");
