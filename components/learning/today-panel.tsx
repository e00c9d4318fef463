import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { ProgressBar } from "@/components/ui/progress-bar";
import { PointsTiles } from "./points-tiles";
import type { LearnerToday } from "@/lib/server/home/get-learner-today";

const linkClass = "font-medium text-brand-700 underline underline-offset-4";

/** 今日学习: the learner's to-do list for today, phone first (one column, two on wide screens). */
export function TodayPanel({ today, startDailyQuiz }: { today: LearnerToday; startDailyQuiz: () => Promise<void> }) {
  const { reviews, dailyQuiz, continueReading, assignments, points, modules } = today;
  const reviewable = reviews.available + reviews.newAvailable;
  return (
    <div className="space-y-4">
      {points ? (
        <div>
          <PointsTiles points={points} testIdPrefix="today" />
          <p className="mt-1 text-right text-sm">
            <Link href="/me/points" className={linkClass}>
              积分明细
            </Link>
          </p>
        </div>
      ) : null}

      <div className="grid gap-4 md:grid-cols-2">
        <Card title="今日复习">
          <div data-testid="today-reviews">
            {reviewable > 0 ? (
              <>
                <p className="text-stone-700">
                  到期 <strong className="text-2xl text-stone-900">{reviews.due}</strong> 张，今天还可复习 {reviews.available} 张
                  {reviews.newAvailable > 0 ? `，新题 ${reviews.newAvailable} 张` : ""}。
                </p>
                <Link href="/review" className={buttonClasses("primary", "mt-3 w-full sm:w-auto")}>
                  去复习
                </Link>
              </>
            ) : (
              <p className="text-stone-600">
                {reviews.due > 0 ? `今天已复习 ${reviews.doneToday} 张，达到每日上限。` : "今天没有到期的复习。"}
                <Link href="/review" className={`ml-1 ${linkClass}`}>
                  查看复习
                </Link>
              </p>
            )}
          </div>
        </Card>

        <Card title="每日一练">
          <div data-testid="today-daily">
            {dailyQuiz.status === "DONE" ? (
              <p className="text-stone-700">
                今天已完成 ✓（答对 {dailyQuiz.score ?? 0} / {dailyQuiz.size}）
                {dailyQuiz.attemptId ? (
                  <Link href={`/history/${dailyQuiz.attemptId}`} className={`ml-1 ${linkClass}`}>
                    查看答题
                  </Link>
                ) : null}
              </p>
            ) : dailyQuiz.status === "IN_PROGRESS" ? (
              <>
                <p className="text-stone-700">
                  进行中：已答 {dailyQuiz.answered} / {dailyQuiz.size} 题。
                </p>
                <Link href={`/practice/${dailyQuiz.attemptId}`} className={buttonClasses("primary", "mt-3 w-full sm:w-auto")}>
                  继续每日一练
                </Link>
              </>
            ) : (
              <>
                <p className="text-stone-700">今天还没有完成每日一练。</p>
                <form action={startDailyQuiz} className="mt-3">
                  <button type="submit" className={buttonClasses("primary", "w-full sm:w-auto")}>
                    开始每日一练
                  </button>
                </form>
              </>
            )}
          </div>
        </Card>

        <Card title="继续阅读">
          <div data-testid="today-reading">
            {continueReading ? (
              <>
                <p className="text-stone-700">{continueReading.title}</p>
                <div className="mt-2">
                  <ProgressBar value={continueReading.sectionsStudied} max={continueReading.sections} label={`${continueReading.title} 阅读进度`} />
                  <p className="mt-1 text-sm text-stone-600">
                    已学 {continueReading.sectionsStudied} / {continueReading.sections} 节
                  </p>
                </div>
                <Link href={`/study/${continueReading.moduleId}`} className={buttonClasses("secondary", "mt-3 w-full sm:w-auto")}>
                  继续阅读
                </Link>
              </>
            ) : (
              <p className="text-stone-600">
                没有读到一半的单元。
                <Link href="/study" className={`ml-1 ${linkClass}`}>
                  去学习
                </Link>
              </p>
            )}
          </div>
        </Card>

        <Card title="测验任务">
          <div data-testid="today-assignments">
            {assignments.length > 0 ? (
              <ul className="divide-y divide-stone-100">
                {assignments.map((assignment) => {
                  const left = Math.max(0, assignment.attemptsAllowed - assignment.attemptsUsed);
                  return (
                    <li key={assignment.assignmentId} className="py-2">
                      <Link href={`/assignments/${assignment.assignmentId}`} className={linkClass}>
                        {assignment.title}
                      </Link>
                      <p className="text-sm text-stone-600">
                        截止 {formatDateTime(assignment.closesAt)} · 已用 {assignment.attemptsUsed} / {assignment.attemptsAllowed} 次
                        {assignment.inProgress ? " · 作答中" : left === 0 ? " · 已完成" : assignment.attemptsUsed > 0 ? ` · 已交卷，还可作答 ${left} 次` : ""}
                      </p>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="text-stone-600">当前没有进行中的测验。</p>
            )}
          </div>
        </Card>
      </div>

      <Card title="各单元进度">
        {modules.length > 0 ? (
          <div data-testid="today-modules">
            <ModuleList modules={modules.slice(0, SHOWN_MODULES)} />
            {modules.length > SHOWN_MODULES ? (
              <details className="mt-3">
                <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-brand-700">其余 {modules.length - SHOWN_MODULES} 个单元</summary>
                <ModuleList modules={modules.slice(SHOWN_MODULES)} />
              </details>
            ) : null}
          </div>
        ) : (
          <p className="text-stone-600">课程内容尚未导入。</p>
        )}
        <p className="mt-3 text-sm">
          <Link href="/progress" className={linkClass}>
            查看我的进度
          </Link>
        </p>
      </Card>
    </div>
  );
}

const SHOWN_MODULES = 5;

function ModuleList({ modules }: { modules: LearnerToday["modules"] }) {
  return (
    <ul className="space-y-3">
      {modules.map((module) => (
        <li key={module.id}>
          <Link href={`/study/${module.id}`} className="font-medium text-stone-900 hover:underline">
            {module.title}
          </Link>
          <div className="mt-1 grid grid-cols-[3rem_1fr_4.5rem] items-center gap-2 text-sm text-stone-600">
            <span>阅读</span>
            <ProgressBar value={module.sectionsStudied} max={module.sections} label={`${module.title} 阅读`} />
            <span className="text-right">
              {module.sectionsStudied}/{module.sections} 节
            </span>
            <span>掌握</span>
            <ProgressBar value={module.mastered} max={module.questions} label={`${module.title} 掌握`} />
            <span className="text-right">
              {module.mastered}/{module.questions} 题
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}
