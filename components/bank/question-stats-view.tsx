import { correctOptionKeys, learnerFacing, type QuestionKey } from "@/lib/questions/types";
import type { QuestionStats } from "@/lib/server/bank-admin/get-question-stats";

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Responses, facility (share correct) and, for choice questions, how often each option was chosen. */
export function QuestionStatsView({ stats, questionKey }: { stats: QuestionStats; questionKey: QuestionKey }) {
  if (stats.responses === 0) return <p className="text-stone-600">还没有学员作答这道题。</p>;
  // The options a learner chose among (choice questions); 判断 shows none, its verdict is no option.
  const { options } = learnerFacing(questionKey);
  const correctKeys = correctOptionKeys(questionKey);
  return (
    <div className="space-y-3" data-testid="question-stats">
      <p className="text-stone-800">
        作答 {stats.responses} 次
        {stats.facility !== null ? `，答对率 ${percent(stats.facility)}（${stats.correct}/${stats.graded}）` : "（简答题由学员自评，不计答对率）"}
      </p>
      {options.length > 0 ? (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">各选项被选择的次数</caption>
          <thead className="text-stone-600">
            <tr>
              <th scope="col" className="py-1 font-medium">
                选项
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                选择次数
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                占比
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-100">
            {options.map((option) => {
              const count = stats.optionCounts[option.key] ?? 0;
              return (
                <tr key={option.key}>
                  <td className="py-1.5">
                    {option.key}. {option.text}
                    {correctKeys.includes(option.key) ? <span className="ml-1 text-green-700">（正确）</span> : null}
                  </td>
                  <td className="py-1.5 text-right tabular-nums">{count}</td>
                  <td className="py-1.5 text-right tabular-nums">{percent(count / stats.responses)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
