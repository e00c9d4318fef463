import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";
import { dailyQuizId } from "@/lib/server/practice/start-daily-quiz";
import { dueReviewQueue } from "@/lib/server/practice/due-review-queue";
import { getPointsSummary } from "@/lib/server/points/get-points-summary";
import { getOrganisationSettings } from "@/lib/server/organisation/get-organisation-settings";
import { listCoursesWithProgress } from "@/lib/server/study/list-courses-with-progress";
import { masteredCardSql } from "@/lib/server/reports/retention-sql";

export interface TodayAssignment {
  assignmentId: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  attemptsUsed: number;
  attemptsAllowed: number;
  /** An attempt is under way and can be resumed. */
  inProgress: boolean;
}

export interface TodayModule {
  id: string;
  title: string;
  sections: number;
  sectionsStudied: number;
  /** Active questions in the module, and how many of them the learner has mastered (lib/srs/retention isMastered). */
  questions: number;
  mastered: number;
}

export interface LearnerToday {
  reviews: { due: number; available: number; doneToday: number; limit: number; newAvailable: number };
  dailyQuiz: { status: "NOT_STARTED" | "IN_PROGRESS" | "DONE"; attemptId: string | null; answered: number; size: number; score: number | null };
  continueReading: { moduleId: string; title: string; sectionsStudied: number; sections: number } | null;
  assignments: TodayAssignment[];
  /** Null when the organisation has turned 学习积分 off (单位设置). */
  points: { today: number; total: number; streak: number } | null;
  modules: TodayModule[];
}

/**
 * 今日学习: what the learner should do now — due reviews, today's daily quiz, where to continue
 * reading, open assigned quizzes with their deadlines, streak and points (unless the
 * organisation turned them off), progress per module. Everything is read for the actor only.
 */
export async function getLearnerToday(db: Db, actor: Actor, now = new Date()): Promise<LearnerToday> {
  const userId = actor.id;
  const dailyId = dailyQuizId(userId, now);
  const [queue, daily, points, courses, lastRead, assignments, mastery, questionCounts, organisation] = await Promise.all([
    dueReviewQueue(db, actor, now),
    db.attempt.findFirst({
      where: { id: dailyId, userId },
      select: { id: true, status: true, questionIds: true, score: true, _count: { select: { responses: true } } },
    }),
    getPointsSummary(db, actor, now),
    listCoursesWithProgress(db, actor),
    db.moduleProgress.findMany({ where: { userId, module: { archivedAt: null } }, orderBy: { lastReadAt: "desc" }, take: 10, select: { moduleId: true } }),
    db.assignment.findMany({
      where: {
        opensAt: { lte: now },
        closesAt: { gt: now },
        ...scopeFor(actor).assignedToMe,
      },
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      take: 20,
      select: {
        id: true,
        title: true,
        opensAt: true,
        closesAt: true,
        quiz: { select: { attemptsAllowed: true } },
        attempts: { where: { userId }, select: { status: true } },
      },
    }),
    db.$queryRaw<{ moduleId: string; mastered: bigint | number }[]>`
      SELECT q."moduleId" AS "moduleId", count(*) AS mastered
      FROM "Card" c JOIN "Question" q ON q."id" = c."questionId"
      WHERE c."userId" = ${userId} AND ${masteredCardSql(now)} AND q."status" = 'ACTIVE' AND q."moduleId" IS NOT NULL
      GROUP BY q."moduleId"`,
    db.question.groupBy({ by: ["moduleId"], where: { status: "ACTIVE", moduleId: { not: null } }, _count: { _all: true } }),
    getOrganisationSettings(db),
  ]);

  const modules = courses.flatMap((course) => course.modules);
  const masteredBy = new Map(mastery.map((row) => [row.moduleId, Number(row.mastered)]));
  const questionsBy = new Map(questionCounts.map((row) => [row.moduleId, row._count._all]));
  const unfinished = (id: string) => modules.find((module) => module.id === id && module.sectionsStudied < module.sections);
  const resume = lastRead.map((row) => unfinished(row.moduleId)).find((module) => module !== undefined);

  return {
    reviews: {
      due: queue.due,
      available: queue.questionIds.length,
      doneToday: queue.doneToday,
      limit: queue.limit,
      newAvailable: queue.newQuestionIds.length,
    },
    dailyQuiz: daily
      ? {
          status: daily.status === "IN_PROGRESS" ? "IN_PROGRESS" : "DONE",
          attemptId: daily.id,
          answered: daily._count.responses,
          size: daily.questionIds.length,
          score: daily.score,
        }
      : { status: "NOT_STARTED", attemptId: null, answered: 0, size: 0, score: null },
    continueReading: resume ? { moduleId: resume.id, title: resume.title, sectionsStudied: resume.sectionsStudied, sections: resume.sections } : null,
    assignments: assignments.map((assignment) => ({
      assignmentId: assignment.id,
      title: assignment.title,
      opensAt: assignment.opensAt,
      closesAt: assignment.closesAt,
      attemptsUsed: assignment.attempts.length,
      attemptsAllowed: assignment.quiz.attemptsAllowed,
      inProgress: assignment.attempts.some((attempt) => attempt.status === "IN_PROGRESS"),
    })),
    points: organisation.pointsEnabled ? { today: points.today, total: points.total, streak: points.streak } : null,
    modules: modules.map((module) => ({
      id: module.id,
      title: module.title,
      sections: module.sections,
      sectionsStudied: module.sectionsStudied,
      questions: questionsBy.get(module.id) ?? 0,
      mastered: masteredBy.get(module.id) ?? 0,
    })),
  };
}
