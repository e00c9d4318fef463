import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sameStoredValue } from "@/lib/server/bank/generated-question-row";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { questionInputSchema } from "@/lib/validation/question";
import { openAssignmentsHoldingQuestion } from "@/lib/server/exams/key-visibility";
import { formatDateTime } from "@/lib/format/date-time";
import { assertBankManager } from "./assert-bank-manager";
import { refuseBank, refuseInvalidQuestion, type BankRefusal } from "./bank-result";
import { locateQuestionSource } from "./locate-question-source";
import { AUDITED_FIELDS, questionContentFields, questionWriteData, type AuditedField } from "./question-fields";

export interface UpdateQuestionOptions {
  actor: Actor;
  questionId: string;
  /** The form's fields, unparsed: validated here by the question type's rules. */
  input: unknown;
  now?: Date;
}

export type UpdateQuestionResult = { ok: true; changed: AuditedField[] } | BankRefusal;

/**
 * Saves an instructor's edit. The question keeps its id and content hash (learners' answers,
 * cards and quizzes keep pointing at it), gets `editedAt` so regeneration never overwrites it,
 * and the audit log records the changed fields before and after. The type is fixed: a question
 * of another type is a new question.
 *
 * A question held by an assignment whose window has not closed (a quiz item, or drawn into a
 * paper) is frozen for everyone, whichever classes the editor teaches: papers are graded at
 * hand-in against the stored key, so an edit would change the key under learners who already
 * answered, and would let an instructor of another class rewrite someone else's exam. Refused,
 * not versioned (docs/EXAMS.md): correct it after the window, or write a new question.
 */
export async function updateQuestion(db: Db, options: UpdateQuestionOptions): Promise<UpdateQuestionResult> {
  assertBankManager(options.actor);
  const parsed = questionInputSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalidQuestion(parsed.error);
  const input = parsed.data;
  return db.$transaction(async (tx) => {
    const stored = await tx.question.findUnique({ where: { id: options.questionId }, include: { passage: { select: { text: true } } } });
    if (!stored) return refuseBank("找不到这道题目");
    if (stored.type !== input.type) return refuseBank("题型不能修改；请另建一道新题", { type: "题型不能修改" });
    const quote = stored.passage && stored.spanStart !== null && stored.spanEnd !== null ? stored.passage.text.slice(stored.spanStart, stored.spanEnd) : null;
    const located = await locateQuestionSource(tx, { moduleId: input.moduleId, sourceText: input.sourceText, current: { ...stored, moduleId: stored.moduleId ?? "", quote } });
    if (!located.ok) return refuseBank(located.error, { [located.field]: located.error });

    const next: Record<AuditedField, unknown> = { ...questionContentFields(input), ...located.placement };
    const changed = AUDITED_FIELDS.filter((field) => !sameStoredValue(stored[field], next[field]));
    if (changed.length === 0) return { ok: true, changed };
    const [exam] = await openAssignmentsHoldingQuestion(tx, stored.id, options.now);
    if (exam) return refuseBank(frozenInExamMessage(exam));
    const before = Object.fromEntries(changed.map((field) => [field, stored[field]]));
    const after = Object.fromEntries(changed.map((field) => [field, next[field]]));
    await tx.question.update({
      where: { id: stored.id },
      data: { ...questionWriteData(after), editedAt: options.now ?? new Date() },
    });
    await recordAudit(tx, {
      actorId: options.actor.id,
      action: "question.edit",
      entityType: "Question",
      entityId: stored.id,
      before: before as Prisma.InputJsonValue,
      after: after as Prisma.InputJsonValue,
    });
    return { ok: true, changed };
  });
}

/** The refusal of an edit to a question of an exam whose window has not closed. */
export function frozenInExamMessage(exam: { title: string; closesAt: Date }): string {
  return `这道题正用于尚未结束的测验「${exam.title}」（${formatDateTime(exam.closesAt)} 截止），测验结束前不能修改题目；如需更正，请在测验结束后修改，或另建一道新题。`;
}
