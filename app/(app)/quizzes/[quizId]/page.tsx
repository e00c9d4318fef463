import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddItemsForm } from "@/components/quizzes/add-items-form";
import { assignmentStatusLabel } from "@/components/quizzes/assignment-status";
import { QuestionPickerFilter } from "@/components/quizzes/question-picker-filter";
import { PaperDownloadForm } from "@/components/quizzes/paper-download-form";
import { QuizItemsForm } from "@/components/quizzes/quiz-items-form";
import { QuizRulesForm } from "@/components/quizzes/quiz-rules-form";
import { QuizSettingsForm } from "@/components/quizzes/quiz-settings-form";
import { COMPOSITION_LABELS } from "@/components/quizzes/labels";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format/date-time";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import type { QuestionType } from "@/lib/generated/prisma/enums";
import { searchBankQuestions } from "@/lib/server/bank-admin/search-bank-questions";
import { listCourseOptions } from "@/lib/server/courses/list-course-options";
import { getQuizForEditor } from "@/lib/server/quizzes/get-quiz-for-editor";
import { bankFilterSchema, firstValues } from "@/lib/validation/question";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import { addQuizItemsAction, deleteQuizAction, saveQuizRulesAction, updateQuizItemsAction, updateQuizSettingsAction } from "../actions";

export const metadata: Metadata = { title: "编辑测验" };

export default async function QuizPage({ params, searchParams }: { params: Promise<{ quizId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireStaff();
  const { quizId } = await params;
  const query = firstValues(await searchParams);
  const db = await getDb();
  const quiz = await getQuizForEditor(db, { actor, quizId });
  if (!quiz) notFound();
  const [courses, modules] = await Promise.all([
    listCourseOptions(db),
    db.module.findMany({
      where: { archivedAt: null, ...(quiz.courseId ? { courseId: quiz.courseId } : {}) },
      orderBy: [{ courseId: "asc" }, { position: "asc" }],
      select: { id: true, title: true },
    }),
  ]);
  const filter = { ...bankFilterSchema.parse(query), status: "ACTIVE" as const, courseId: quiz.courseId ?? undefined };
  const candidates =
    quiz.composition === "FIXED" ? await searchBankQuestions(db, { actor, filter, after: query.after, pageSize: 20 }) : null;
  const inQuiz = new Set(quiz.items.map((item) => item.questionId));
  const questionCount = quiz.composition === "RULES" ? quiz.rules.reduce((sum, rule) => sum + rule.count, 0) : quiz.items.length;
  const now = new Date();
  return (
    <div className="space-y-4">
      <PageHeader title={quiz.title} description={`${COMPOSITION_LABELS[quiz.composition]} · ${questionCount} 题${quiz.course ? ` · ${quiz.course.title}` : ""}`} />
      <div className="flex flex-wrap gap-2">
        <Link href={`/quizzes/${quiz.id}/preview`} className={buttonClasses("secondary")}>
          预览
        </Link>
        <Link href={`/quizzes/${quiz.id}/assign`} className={buttonClasses("primary")}>
          布置给班级
        </Link>
      </div>

      {quiz.composition === "RULES" ? (
        <Card title="抽题规则">
          <QuizRulesForm
            quizId={quiz.id}
            modules={modules}
            action={saveQuizRulesAction}
            rules={quiz.rules.map((rule) => ({ moduleId: rule.moduleId, type: rule.type, difficultyMin: rule.difficultyMin, difficultyMax: rule.difficultyMax, count: rule.count, points: rule.points, available: rule.available }))}
          />
        </Card>
      ) : (
        <>
          <Card title={`题目（${quiz.items.length}）`}>
            {quiz.items.length === 0 ? (
              <p className="text-stone-600">还没有题目：在下方从题库中选题。</p>
            ) : (
              <QuizItemsForm
                quizId={quiz.id}
                action={updateQuizItemsAction}
                items={quiz.items.map((item) => ({ questionId: item.questionId, position: item.position, points: item.points, stem: item.question.stem, type: item.question.type, active: item.question.status === "ACTIVE" }))}
              />
            )}
          </Card>
          <Card title="从题库选题">
            <QuestionPickerFilter filter={filter} modules={modules} basePath={`/quizzes/${quiz.id}`} />
            {candidates && candidates.rows.length > 0 ? (
              <div className="mt-3 space-y-2">
                <p className="text-sm text-stone-600">符合条件的已启用题目 {candidates.total} 道。</p>
                <AddItemsForm
                  quizId={quiz.id}
                  action={addQuizItemsAction}
                  candidates={candidates.rows.map((row) => ({ id: row.id, stem: row.stem, type: row.type as QuestionType, difficulty: row.difficulty, moduleTitle: row.moduleTitle, inQuiz: inQuiz.has(row.id) }))}
                />
                {candidates.nextCursor ? (
                  <Link href={`/quizzes/${quiz.id}?${new URLSearchParams({ ...definedEntries(query), after: candidates.nextCursor })}`} className={buttonClasses("ghost")}>
                    下一页
                  </Link>
                ) : null}
              </div>
            ) : (
              <p className="mt-3 text-stone-600">没有符合条件的已启用题目。</p>
            )}
          </Card>
        </>
      )}

      <Card title="纸质试卷">
        {questionCount === 0 ? <p className="text-stone-600">测验中还没有题目，加入题目或保存抽题规则后即可导出试卷。</p> : <PaperDownloadForm quizId={quiz.id} />}
      </Card>

      <Card title="基本设置">
        <QuizSettingsForm
          quizId={quiz.id}
          courses={courses}
          submitLabel="保存设置"
          action={updateQuizSettingsAction}
          values={{
            title: quiz.title,
            description: quiz.description,
            courseId: quiz.courseId,
            composition: quiz.composition,
            drawPerLearner: quiz.drawPerLearner,
            timeLimitSeconds: quiz.timeLimitSeconds,
            shuffleQuestions: quiz.shuffleQuestions,
            shuffleOptions: quiz.shuffleOptions,
            attemptsAllowed: quiz.attemptsAllowed,
            scoring: quiz.scoring,
            resultPolicy: quiz.resultPolicy,
            latePolicy: quiz.latePolicy,
            pointsByType: quiz.pointsByType,
          }}
        />
      </Card>

      <Card title={`布置（${quiz.assignments.length}）`}>
        {quiz.assignments.length === 0 ? (
          <p className="text-stone-600">还没有布置给班级。</p>
        ) : (
          <ul className="divide-y divide-stone-200">
            {quiz.assignments.map((assignment) => (
              <li key={assignment.id}>
                <Link href={`/quizzes/assignments/${assignment.id}`} className="block min-h-11 py-2 hover:bg-stone-50">
                  <span className="font-medium text-stone-900">{assignment.title}</span>
                  <span className="block text-sm text-stone-600">
                    {assignmentStatusLabel(assignment, now)} · {assignment.classes.map((link) => link.class.name).join("、")} · {formatDateTime(assignment.opensAt)} 至 {formatDateTime(assignment.closesAt)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>

      {quiz.assignments.length === 0 ? (
        <Card title="删除测验">
          <p className="mb-3 text-sm text-stone-600">还没有布置的测验可以删除；布置过的测验保留，以免丢失学员的作答和成绩。</p>
          <InlineActionForm
            action={deleteQuizAction}
            fields={{ quizId: quiz.id }}
            label="删除测验"
            pendingLabel="正在删除…"
            variant="ghost"
            confirmText={`确定删除测验“${quiz.title}”吗？删除后不能恢复。`}
          />
        </Card>
      ) : null}
    </div>
  );
}

function definedEntries(query: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== "after"));
}
