import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { Prisma } from "@/lib/generated/prisma/client";
import { questionHash, testedAnswers } from "@/lib/questions/question-hash";
import { keyOfInput } from "@/lib/questions";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { questionInputSchema } from "@/lib/validation/question";
import { assertBankManager } from "./assert-bank-manager";
import { refuseBank, refuseInvalidQuestion, type BankRefusal } from "./bank-result";
import { locateQuestionSource } from "./locate-question-source";
import { questionContentFields, questionWriteData } from "./question-fields";

export interface CreateQuestionOptions {
  actor: Actor;
  /** The form's fields, unparsed: validated here by the question type's rules. */
  input: unknown;
}

export type CreateQuestionResult = { ok: true; questionId: string } | BankRefusal;

/**
 * Adds a hand-written question (origin MANUAL, ACTIVE at once). Its id and content hash come
 * from what it tests, as a generated question's do, so the same question twice is refused.
 */
export async function createQuestion(db: Db, options: CreateQuestionOptions): Promise<CreateQuestionResult> {
  assertBankManager(options.actor);
  const parsed = questionInputSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalidQuestion(parsed.error);
  const input = parsed.data;
  const fields = questionContentFields(input);
  const tested = testedAnswers(keyOfInput(input));
  const { id, contentHash } = questionHash(input.type, input.stem, tested);
  const duplicate = refuseBank(`题库中已有相同的题目（${id}）`, { stem: "题库中已有相同的题目" });
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.question.findFirst({ where: { OR: [{ id }, { contentHash }] }, select: { id: true } })) return duplicate;
      const located = await locateQuestionSource(tx, { moduleId: input.moduleId, sourceText: input.sourceText });
      if (!located.ok) return refuseBank(located.error, { [located.field]: located.error });
      const data = questionWriteData({ ...fields, ...located.placement });
      await tx.question.create({
        data: { ...(data as Prisma.QuestionUncheckedCreateInput), id, contentHash, status: "ACTIVE", origin: "MANUAL", createdById: options.actor.id },
      });
      await recordAudit(tx, {
        actorId: options.actor.id,
        action: "question.create",
        entityType: "Question",
        entityId: id,
        after: { ...fields, ...located.placement, status: "ACTIVE", origin: "MANUAL" } as Prisma.InputJsonValue,
      });
      return { ok: true as const, questionId: id };
    });
  } catch (error) {
    // Two instructors saving the same question at once: the unique hash lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return duplicate;
    throw error;
  }
}
