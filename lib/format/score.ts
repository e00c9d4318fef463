/**
 * A handed-in paper's result as learners read it: `7/18 题 · 38.9 分`, the questions answered right
 * of the whole paper, then the score out of 100. When some answers are not yet to be shown (their
 * keys are still secret, see key visibility), the count is unknown and only `38.9 分` is given.
 */
export function formatScore(result: { right: number | null; total: number; percent: number }): string {
  const points = `${formatPercent(result.percent)} 分`;
  return result.right === null ? points : `${result.right}/${result.total} 题 · ${points}`;
}

/** One decimal at most: 38.9, 100, 72.5. */
function formatPercent(percent: number): string {
  return String(Math.round(percent * 10) / 10);
}
