import Link from "next/link";
import { Button, buttonClasses } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import { PRACTICE_MODES, formatStudyTime } from "@/lib/format/practice-modes";
import type { PracticeResults } from "@/lib/server/practice/get-practice-results";

const MODE_NAMES: Record<string, string> = { ...Object.fromEntries(Object.entries(PRACTICE_MODES).map(([mode, { name }]) => [mode, name])), FAVORITES: "收藏练习", REVIEW: "复习" };

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 100) : 0);

/** The results screen of a practice attempt: score, time, points and streak, the answers per knowledge point, and 重做错题. */
export function PracticeResultsView({ results, redoWrong }: { results: PracticeResults; redoWrong: (formData: FormData) => Promise<void> }) {
  const name = MODE_NAMES[results.mode] ?? "练习";
  const memorizing = results.mode === "MEMORIZE";
  return (
    <section className="space-y-4" aria-labelledby="results-title">
      <div className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm" data-testid="practice-result">
        <h1 id="results-title" className="text-lg font-semibold text-stone-900">
          {name}{results.finished ? "完成" : "（未做完）"}
        </h1>
        {results.challenge ? (
          <p className="mt-2 text-stone-800">
            <span className="text-3xl font-bold text-brand-700">{results.challenge.run}</span> 题连续答对
            <span className="block text-sm text-stone-600">
              {results.challenge.newBest ? "🎉 新纪录！" : ""}最好成绩 {results.challenge.best} 题
            </span>
          </p>
        ) : memorizing ? (
          <p className="mt-2 text-stone-800">
            看完 <span className="text-3xl font-bold text-brand-700">{results.answered}</span> / {results.total} 题
          </p>
        ) : (
          <p className="mt-2 text-stone-800" data-testid="results-score">
            答对 <span className="text-3xl font-bold text-brand-700">{results.correct}</span> / {results.graded} 题
            <span className="ml-2 text-stone-700">正确率 {percent(results.correct, results.graded)}%</span>
            <span className="block text-sm text-stone-600">
              共 {results.total} 题，已答 {results.answered} 题
            </span>
          </p>
        )}
        <dl className="mt-3 grid grid-cols-3 gap-2 text-center" data-testid="results-figures">
          <Figure term="用时" value={memorizing ? "—" : formatStudyTime(results.seconds)} />
          <Figure term="获得积分" value={results.reward ? `+${results.reward.points}` : "—"} />
          <Figure term="连续学习" value={results.reward ? `${results.reward.streak} 天` : "—"} />
        </dl>
        {results.reward?.extendedToday ? (
          <p className="mt-2 rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-800" data-testid="streak-earned">
            <span aria-hidden="true">🔥 </span>今天的学习已打卡，连续学习 {results.reward.streak} 天！
          </p>
        ) : null}
      </div>

      {results.knowledgePoints.length > 0 && !memorizing ? (
        <section className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm" aria-labelledby="kp-title">
          <h2 id="kp-title" className="text-lg font-semibold text-stone-900">
            按知识点
          </h2>
          <p className="text-sm text-stone-600">最薄弱的在前。</p>
          <ul className="mt-2 space-y-3" data-testid="kp-breakdown">
            {results.knowledgePoints.map((point) => (
              <li key={point.id ?? "none"} data-testid="kp-row">
                <div className="flex justify-between gap-2 text-sm">
                  <span className="min-w-0 font-medium break-words text-stone-900">{point.label ?? "其他题目"}</span>
                  <span className="shrink-0 text-stone-700" data-testid="kp-figure">
                    {point.correct}/{point.graded} 对
                  </span>
                </div>
                {point.moduleTitle ? <p className="text-xs text-stone-600">{point.moduleTitle}</p> : null}
                <ProgressBar value={point.correct} max={point.graded} label={`${point.label ?? "其他题目"}：答对 ${point.correct} / ${point.graded}`} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {results.wrong > 0 ? (
          <form action={redoWrong}>
            <input type="hidden" name="attemptId" value={results.attemptId} />
            <Button type="submit">重做错题（{results.wrong}）</Button>
          </form>
        ) : null}
        {results.finished ? null : (
          <Link href={`/practice/${results.attemptId}`} className={buttonClasses("primary")}>
            继续做题
          </Link>
        )}
        <Link href="/practice" className={buttonClasses("secondary")}>
          返回练习
        </Link>
        {results.finished && !memorizing ? (
          <Link href={`/history/${results.attemptId}`} className={buttonClasses("ghost")}>
            查看每道题
          </Link>
        ) : null}
      </div>
      {results.wrong > 0 ? <p className="text-sm text-stone-600">答错的题目已收入错题本，所有作答都会按遗忘规律安排复习。</p> : null}
    </section>
  );
}

function Figure({ term, value }: { term: string; value: string }) {
  return (
    <div className="rounded-lg bg-stone-50 px-2 py-2">
      <dt className="text-xs text-stone-600">{term}</dt>
      <dd className="font-semibold text-stone-900">{value}</dd>
    </div>
  );
}
