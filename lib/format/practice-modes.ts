/**
 * The named practice modes of the 练习 page, each with the one line that says what it is. The
 * attempt modes behind them: 每日一练 DAILY, 专项练习 PRACTICE, 错题重练 MISTAKES, 背题模式 MEMORIZE,
 * 未做优先 UNSEEN, 挑战答题 CHALLENGE (docs/LEARNING.md, Practice modes).
 */
export const PRACTICE_MODES = {
  DAILY: { name: "每日一练", line: "到期复习与新题混合，每天一组，做完得 5 积分。" },
  PRACTICE: { name: "专项练习", line: "选一个单元，按原文顺序或随机出题，答完即看解析。" },
  MISTAKES: { name: "错题重练", line: "重做错题本里的题，连续答对几次就移出错题本。" },
  MEMORIZE: { name: "背题模式", line: "题目和答案、解析一起看，不计对错，先熟悉一个单元。" },
  UNSEEN: { name: "未做优先", line: "先出从没做过的题，做完再出最久没做的，每组 20 题。" },
  CHALLENGE: { name: "挑战答题", line: "随机出题，答错即止，看能连续答对多少题。" },
} as const;

export type PracticeModeName = keyof typeof PRACTICE_MODES;

/** The page's order of the modes: the daily habit first. */
export const PRACTICE_MODE_ORDER: readonly PracticeModeName[] = ["DAILY", "PRACTICE", "MISTAKES", "MEMORIZE", "UNSEEN", "CHALLENGE"];

/** A duration in seconds as the results screen shows it: 45 秒, 3 分 05 秒, 1 小时 02 分. */
export function formatStudyTime(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} 秒`;
  if (whole < 3600) return `${Math.floor(whole / 60)} 分 ${String(whole % 60).padStart(2, "0")} 秒`;
  return `${Math.floor(whole / 3600)} 小时 ${String(Math.floor((whole % 3600) / 60)).padStart(2, "0")} 分`;
}
