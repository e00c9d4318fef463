/** The people and objects the authorization matrix is checked against (see seed-authz-world.ts). */
export interface AuthzWorld {
  classId: string;
  otherClassId: string;
  learnerId: string;
  otherLearnerId: string;
  instructorId: string;
  adminId: string;
  moduleId: string;
  questionId: string;
  documentId: string;
  practiceAttemptId: string;
  /** A quiz of the matrix instructor with one question, assigned to the matrix class (open now). */
  quizId: string;
  assignmentId: string;
  /** The matrix learner's submitted attempt at that assignment. */
  examAttemptId: string;
  /** A learner with a seeded review log, for the 我的进度 retention test. */
  retention: RetentionWorld;
  /** The 工作台 instructor's open quiz with one answer to mark (seed-workbench.ts). */
  workbench: WorkbenchWorld;
  /** A question of an upload that the stub model rewrote (seed-rewritten-question.ts). */
  rewritten: RewrittenWorld;
}

export interface RewrittenWorld {
  /** The machine-rewritten question (a flagged DRAFT marked with the model). */
  questionId: string;
  /** Its module: the published upload's. */
  moduleId: string;
  /** A question of the same module the model did not rewrite. */
  plainQuestionId: string;
  /** The model's name as stored (rewrittenBy). */
  model: string;
}

export interface WorkbenchWorld {
  assignmentId: string;
  assignmentTitle: string;
  className: string;
}

/** The retention learner's account, module and cards as seeded (dates as ISO strings). */
export interface RetentionWorld {
  userId: string;
  email: string;
  password: string;
  moduleId: string;
  moduleTitle: string;
  cards: Array<{ state: "NEW" | "LEARNING" | "REVIEW" | "RELEARNING"; stability: number; lastReview: string | null; due: string }>;
}

/**
 * The matrix's own class, instructor and learner, so that what the matrix does (start a review,
 * a daily quiz …) never changes the demo accounts other browser tests use. The demo class and
 * its instructor are "another class" and "the instructor of another class".
 */
export const MATRIX_CLASS = { name: "第二党支部", inviteCode: "MATRIX26" } as const;
export const MATRIX_INSTRUCTOR = { email: "instructor2@dangke.test", name: "赵教员", password: "instructor2-pass" } as const;
export const MATRIX_LEARNER = { email: "learner2@dangke.test", name: "钱学员", password: "learner2-pass" } as const;

/** One server the browser tests talk to, on one kind of database. */
export interface ServedWorld {
  kind: "pglite" | "postgres";
  baseURL: string;
  world: AuthzWorld;
}
