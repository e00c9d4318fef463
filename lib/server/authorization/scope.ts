import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What an actor may reach, as the where-clauses each area puts in its queries, so that another's
 * row is simply not found. The one statement of the rules:
 * - an administrator reaches everything;
 * - an instructor the classes they teach (an INSTRUCTOR membership), those classes' learners and
 *   the results of assignments given to them, the assignments they made or gave to such a class,
 *   the quizzes they wrote, their own uploads and the whole question bank;
 * - a learner their own data, and the assignments given to a (not archived) class they learn in;
 *   no class, quiz, bank question or other learner.
 */
export interface Scope {
  actor: Actor;
  isAdministrator: boolean;
  /** Instructors and administrators: they share the whole question bank. */
  managesBank: boolean;
  /** Classes the actor manages (archived ones included: lists add `archivedAt: null`). */
  classes: Prisma.ClassWhereInput;
  class(classId: string): Prisma.ClassWhereInput;
  /** Learner memberships of the classes the actor manages: the learners they may read. */
  learnerMemberships: Prisma.ClassMemberWhereInput;
  /** Assignments the actor manages: ones they made, or gave to a class they teach. */
  assignments: Prisma.AssignmentWhereInput;
  assignment(assignmentId: string): Prisma.AssignmentWhereInput;
  /** Assignments whose results the actor reads: given to a class they manage (making one is not enough). */
  resultAssignments: Prisma.AssignmentWhereInput;
  /** Of an assignment's classes, those whose learners' results the actor reads. */
  resultClasses: Prisma.AssignmentClassWhereInput;
  /** Quizzes the actor may edit, assign and preview: the ones they wrote. */
  quizzes: Prisma.QuizWhereInput;
  quiz(quizId: string): Prisma.QuizWhereInput;
  /** Assignments given to the actor as a learner, in a class that is not archived. */
  assignedToMe: Prisma.AssignmentWhereInput;
  /** The actor's own attempts (practice, exams, history). */
  ownAttempts: Prisma.AttemptWhereInput;
  /** Uploaded documents the actor may review and publish. */
  uploads: Prisma.SourceDocumentWhereInput;
}

const NO_ROW = { AND: [{ id: { in: [] as string[] } }] };

export function scopeFor(actor: Actor): Scope {
  const isAdministrator = actor.role === "ADMIN";
  const isInstructor = actor.role === "INSTRUCTOR";
  const teaches: Prisma.ClassWhereInput = { members: { some: { userId: actor.id, role: "INSTRUCTOR" } } };
  const classes: Prisma.ClassWhereInput = isAdministrator ? {} : isInstructor ? teaches : NO_ROW;
  const assignments: Prisma.AssignmentWhereInput = isAdministrator
    ? {}
    : isInstructor
      ? { OR: [{ createdById: actor.id }, { classes: { some: { class: teaches } } }] }
      : NO_ROW;
  const quizzes: Prisma.QuizWhereInput = isAdministrator ? {} : isInstructor ? { createdById: actor.id } : NO_ROW;
  return {
    actor,
    isAdministrator,
    managesBank: isAdministrator || isInstructor,
    classes,
    class: (classId) => ({ id: classId, ...classes }),
    learnerMemberships: isAdministrator ? { role: "LEARNER" } : isInstructor ? { role: "LEARNER", class: teaches } : { classId: { in: [] } },
    assignments,
    assignment: (assignmentId) => ({ id: assignmentId, ...assignments }),
    resultAssignments: isAdministrator ? {} : isInstructor ? { classes: { some: { class: teaches } } } : NO_ROW,
    resultClasses: isAdministrator ? {} : isInstructor ? { class: teaches } : { classId: { in: [] } },
    quizzes,
    quiz: (quizId) => ({ id: quizId, ...quizzes }),
    assignedToMe: { classes: { some: { class: { archivedAt: null, members: { some: { userId: actor.id, role: "LEARNER" } } } } } },
    ownAttempts: { userId: actor.id },
    uploads: isAdministrator ? {} : { uploadedById: actor.id },
  };
}

export const CLASS_NOT_FOUND = "班级不存在，或您无权管理该班级";
export const ASSIGNMENT_NOT_FOUND = "布置不存在，或您无权管理";
export const QUIZ_NOT_FOUND = "测验不存在，或您无权管理该测验";
