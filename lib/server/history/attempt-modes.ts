import "server-only";
/** Chinese names of the attempt modes, as the history lists them. */
export const ATTEMPT_MODE_LABELS = {
  PRACTICE: "专项练习",
  DAILY: "每日一练",
  CHALLENGE: "挑战答题",
  MISTAKES: "错题重练",
  FAVORITES: "收藏练习",
  REVIEW: "复习",
  MEMORIZE: "背题模式",
  UNSEEN: "未做优先",
  QUIZ: "测验",
} as const;

export type AttemptModeName = keyof typeof ATTEMPT_MODE_LABELS;
