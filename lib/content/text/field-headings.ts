/**
 * A heading that names a field of a notice whose value follows it, unpunctuated: a time, a date, a place, a deadline, the
 * form of a meeting, who attends ("二、活动时间" / "2022年6月至7月上旬", "一、活动形式" / "支部党员大会"). The value is the
 * heading's text: never a tail of the heading (rejoinBrokenLines), a title (classifyLines) or a sentence cut short
 * (the mid-sentence invariant).
 */
export const FIELD_HEADING = /(?:时间|日期|地点|期限|时限|形式|对象|人员)$/;
