/**
 * A heading that names a field of a notice whose value follows it, unpunctuated: a time, a date, a place, a deadline, the
 * form of a meeting, who attends ("二、活动时间" / "2022年6月至7月上旬", "一、活动形式" / "支部党员大会"). The value is the
 * heading's text: never a tail of the heading (rejoinBrokenLines), a title (classifyLines) or a sentence cut short
 * (the mid-sentence invariant).
 */
export const FIELD_HEADING = /(?:时间|日期|地点|期限|时限|形式|对象|人员)$/;

/**
 * A notice's field with its value on the same line, numbered or not ("一、活动主题：党旗在我心中", "三、活动地点：各支部活动室",
 * "四、参加对象：全体党员，按支部组织"): a whole item of an activity plan, however its value ends, never a sentence cut short
 * (the mid-sentence invariant). The value is short and holds no sentence stop.
 */
export const FIELD_LINE = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、])?\s*\p{Script=Han}{0,4}(?:主题|时间|日期|地点|期限|时限|形式|对象|人员)\s*[：:][^。！？；!?;]{1,40}$/u;
