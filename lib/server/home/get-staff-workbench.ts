import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeFor } from "@/lib/server/authorization/scope";
import { listClassesForActor } from "@/lib/server/classes/list-classes-for-actor";

export interface StaffWorkbench {
  /** The classes the actor manages (listClassesForActor), with their learners. */
  classes: Array<{ id: string; name: string; learners: number }>;
  /** Assignments the actor manages that are open now (opensAt ≤ now < closesAt), soonest deadline first. */
  openAssignments: { total: number; shown: Array<{ id: string; title: string; closesAt: Date; classNames: string[] }> };
  /** Answered 简答题 of handed-in papers waiting for a mark, per assignment, as its results page counts them. */
  awaitingMarks: { total: number; byAssignment: Array<{ assignmentId: string; title: string; count: number }> };
  /** Questions in the bank's review queue (status DRAFT, 待审核); staff share the whole bank. */
  questionsInReview: number;
}

const SHOWN_OPEN_ASSIGNMENTS = 5;

/** A staff member's home: their classes, open quizzes, answers to mark and the review queue. */
export async function getStaffWorkbench(db: Db, actor: Actor, options: { now?: Date } = {}): Promise<StaffWorkbench> {
  const now = options.now ?? new Date();
  const open: Prisma.AssignmentWhereInput = { AND: [scopeFor(actor).assignments, { opensAt: { lte: now }, closesAt: { gt: now } }] };
  const [classes, openTotal, openShown, awaitingMarks, questionsInReview] = await Promise.all([
    listClassesForActor(db, actor),
    db.assignment.count({ where: open }),
    db.assignment.findMany({
      where: open,
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      take: SHOWN_OPEN_ASSIGNMENTS,
      select: { id: true, title: true, closesAt: true, classes: { select: { class: { select: { name: true } } } } },
    }),
    awaitingMarksFor(db, actor),
    db.question.count({ where: { status: "DRAFT" } }),
  ]);
  return {
    classes: classes.map((taught) => ({ id: taught.id, name: taught.name, learners: taught._count.members })),
    openAssignments: {
      total: openTotal,
      shown: openShown.map((assignment) => ({ id: assignment.id, title: assignment.title, closesAt: assignment.closesAt, classNames: assignment.classes.map((link) => link.class.name) })),
    },
    awaitingMarks,
    questionsInReview,
  };
}

/**
 * What getAssignmentResults counts as awaiting marks, over every assignment whose results the
 * actor reads (findResultsAssignment): unscored 简答题 responses of handed-in papers, by learners
 * of the assigned classes the actor sees (an instructor: those they teach). Unlike the results
 * page it closes no overdue paper: one still open past its deadline counts once it is closed
 * (by the results page, or when its learner comes back).
 */
async function awaitingMarksFor(db: Db, actor: Actor): Promise<StaffWorkbench["awaitingMarks"]> {
  if (actor.role === "LEARNER") return { total: 0, byAssignment: [] };
  const seen = scopeFor(actor).classes;
  const unmarked = await db.response.findMany({
    where: {
      score: null,
      question: { type: "SHORT_ANSWER" },
      attempt: { status: { in: ["SUBMITTED", "EXPIRED"] }, assignment: { classes: { some: { class: seen } } } },
    },
    select: { userId: true, attempt: { select: { assignmentId: true, assignment: { select: { title: true } } } } },
  });
  if (unmarked.length === 0) return { total: 0, byAssignment: [] };
  const links = await db.assignmentClass.findMany({
    where: { assignmentId: { in: [...new Set(unmarked.map((response) => response.attempt.assignmentId ?? ""))] }, class: seen },
    select: {
      assignmentId: true,
      class: { select: { members: { where: { role: "LEARNER", userId: { in: [...new Set(unmarked.map((response) => response.userId))] } }, select: { userId: true } } } },
    },
  });
  const visible = new Set(links.flatMap((link) => link.class.members.map((member) => `${link.assignmentId} ${member.userId}`)));
  const byAssignment = new Map<string, { assignmentId: string; title: string; count: number }>();
  for (const response of unmarked) {
    const { assignmentId, assignment } = response.attempt;
    if (!assignmentId || !assignment || !visible.has(`${assignmentId} ${response.userId}`)) continue;
    const entry = byAssignment.get(assignmentId) ?? { assignmentId, title: assignment.title, count: 0 };
    entry.count += 1;
    byAssignment.set(assignmentId, entry);
  }
  const rows = [...byAssignment.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title, "zh-CN") || a.assignmentId.localeCompare(b.assignmentId));
  return { total: rows.reduce((sum, row) => sum + row.count, 0), byAssignment: rows };
}
