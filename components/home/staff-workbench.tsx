import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import type { StaffWorkbench } from "@/lib/server/home/get-staff-workbench";
import type { LearnerToday } from "@/lib/server/home/get-learner-today";

const linkClass = "font-medium text-brand-700 underline underline-offset-4";

/** 工作台: what needs the staff member now, each count leading to its page; their own study one tap away. */
export function StaffWorkbenchView({ workbench, today, administrator }: { workbench: StaffWorkbench; today: LearnerToday; administrator: boolean }) {
  const { classes, openAssignments, awaitingMarks, questionsInReview } = workbench;
  const marking = awaitingMarks.byAssignment;
  const tiles = [
    { testId: "workbench-classes", label: administrator ? "班级" : "我任教的班级", value: classes.length, href: "/classes" },
    { testId: "workbench-open-quizzes", label: "进行中的测验", value: openAssignments.total, href: "/quizzes" },
    {
      testId: "workbench-marking",
      label: "待评分简答",
      value: awaitingMarks.total,
      href: marking.length === 1 ? resultsHref(marking[0]!.assignmentId) : marking.length > 1 ? "#marking" : "/quizzes",
    },
    { testId: "workbench-review-queue", label: "待审核题目", value: questionsInReview, href: "/bank?status=DRAFT" },
  ];
  return (
    <div className="space-y-4">
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-label="待办">
        {tiles.map((tile) => (
          <li key={tile.testId}>
            <Link
              href={tile.href}
              data-testid={tile.testId}
              className="flex h-full min-h-11 flex-col justify-between rounded-xl border border-stone-200 bg-white p-4 shadow-sm hover:border-brand-600"
            >
              <span className="text-sm text-stone-600">{tile.label}</span>
              <span className={`text-2xl font-bold ${tile.value > 0 && tile.testId !== "workbench-classes" ? "text-brand-700" : "text-stone-900"}`}>{tile.value}</span>
            </Link>
          </li>
        ))}
      </ul>

      <OwnStudy today={today} />

      {marking.length > 0 ? (
        <section id="marking" className="scroll-mt-20">
          <Card title="待评分的简答题">
            <ul className="divide-y divide-stone-100" aria-label="待评分列表">
              {marking.map((row) => (
                <li key={row.assignmentId}>
                  <Link href={resultsHref(row.assignmentId)} className="flex min-h-11 flex-wrap items-center justify-between gap-2 py-2 hover:bg-stone-50">
                    <span className="font-medium text-brand-700">{row.title}</span>
                    <span className="text-sm text-amber-800">{row.count} 道待评分</span>
                  </Link>
                </li>
              ))}
            </ul>
          </Card>
        </section>
      ) : null}

      <Card title="进行中的测验">
        {openAssignments.shown.length > 0 ? (
          <ul className="divide-y divide-stone-100" aria-label="进行中的测验列表">
            {openAssignments.shown.map((assignment) => (
              <li key={assignment.id}>
                <Link href={`/quizzes/assignments/${assignment.id}`} className="block min-h-11 py-2 hover:bg-stone-50">
                  <span className="block font-medium text-brand-700">{assignment.title}</span>
                  <span className="block text-sm text-stone-600">
                    {assignment.classNames.join("、")} · 截止 {formatDateTime(assignment.closesAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">当前没有进行中的测验。</p>
        )}
        <div className="mt-3 flex flex-wrap gap-2">
          <Link href="/quizzes" className={buttonClasses("secondary")}>
            全部测验{openAssignments.total > openAssignments.shown.length ? `（还有 ${openAssignments.total - openAssignments.shown.length} 个进行中）` : ""}
          </Link>
          <Link href="/quizzes/new" className={buttonClasses("secondary")}>
            新建测验
          </Link>
        </div>
      </Card>

      <Card title={administrator ? "班级" : "我任教的班级"}>
        {classes.length > 0 ? (
          <ul className="divide-y divide-stone-100">
            {classes.map((taught) => (
              <li key={taught.id} className="flex min-h-11 items-center justify-between gap-2 py-2">
                <Link href={`/classes/${taught.id}`} className={linkClass}>
                  {taught.name}
                </Link>
                <span className="text-stone-600">{taught.learners} 名学员</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">{administrator ? "还没有班级。" : "暂无任教班级，请联系管理员分配。"}</p>
        )}
      </Card>
    </div>
  );
}

function resultsHref(assignmentId: string): string {
  return `/quizzes/assignments/${assignmentId}/results`;
}

/** The staff member's own 今日学习 in one line, and the way to it. */
function OwnStudy({ today }: { today: LearnerToday }) {
  const reviewable = today.reviews.available + today.reviews.newAvailable;
  const daily = { NOT_STARTED: "未开始", IN_PROGRESS: "进行中", DONE: "已完成" }[today.dailyQuiz.status];
  return (
    <Card>
      <div className="flex flex-wrap items-center justify-between gap-3" data-testid="workbench-own-study">
        <div>
          <h2 className="text-lg font-semibold text-stone-900">我的学习</h2>
          <p className="text-sm text-stone-600">
            今天可复习 {reviewable} 张 · 每日一练{daily}
          </p>
        </div>
        <Link href="/today" className={buttonClasses("primary")}>
          去学习
        </Link>
      </div>
    </Card>
  );
}
