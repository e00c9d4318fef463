/** Pure statistics for reports: no database, no framework, no clock. */
export { HEAT_BANDS, HEAT_EMPTY, heatColour, heatLevel, formatShare, type HeatBand } from "./heat-scale";
export { studyDayOf, addDays, daysBetween, studyWeeks, studyWeekIndex, relativeChange, chartSegments, type StudyWeek, type ChartPoint } from "./trend";
export {
  DEFAULT_AT_RISK_RULES,
  atRiskReasons,
  scoreTrend,
  type AtRiskRules,
  type LearnerRiskFeatures,
  type RiskReason,
  type RiskReasonCode,
} from "./at-risk";
