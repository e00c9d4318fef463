/**
 * A field of a review sheet's answer, a fact's label and its value: "时间：1927 年 8 月 1 日", "地点：江西南昌",
 * "意义：…". Text under its question, never a title. Shared by the content pipeline (which keeps such lines as text)
 * and the question generator (which reads fields run together in one stem as debris).
 */
export const ANSWER_FIELD_LABELS = "时间|地点|会议|事件|人物|领导人|意义|内容|经过|形式|目的|原因|结果|作用|影响|性质|特点|标志|教训|启示|规定";
/** A line opening on an answer field's label with its value: "时间：1927 年 8 月 1 日". */
export const ANSWER_FIELD = new RegExp(`^(?:${ANSWER_FIELD_LABELS})\\s*[：:]\\s*\\S`);

/**
 * A quiz bank's key to its question (题库, 测试题): "答案：B", "正确答案：ABCD", "参考答案：中央委员会". The labels are a class
 * (答案 and its qualifiers), not one document's words.
 */
export const QUIZ_KEY = /^(?:正确|参考|标准)?答案\s*[：:]\s*\S/;
/** What follows a quiz question in its joined item: its options ("A.…；B.…。") or its key. */
export const QUIZ_ITEM_REST = /^(?:[A-H]\s*[.．、]\s*\S|(?:正确|参考|标准)?答案\s*[：:])/;
