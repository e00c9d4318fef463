import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { Question } from "@/lib/generated/prisma/client";
import type { QuestionKey } from "@/lib/questions";
import { questionKeyOfRow } from "@/lib/server/bank/question-codec";
import { assertBankManager } from "./assert-bank-manager";

export interface BankQuestionDetail {
  question: Question;
  /** The question's type and key, read through its type's schema. */
  key: QuestionKey;
  course: { id: string; title: string };
  module: { id: string; title: string } | null;
  section: { title: string; numbering: string } | null;
  /** The cited passage and the span in it; null for questions without one. */
  source: { passageId: string; text: string; start: number | null; end: number | null } | null;
}

/** A question with everything its page shows but statistics and history. */
export async function getBankQuestion(db: Db, options: { actor: Actor; questionId: string }): Promise<BankQuestionDetail | null> {
  assertBankManager(options.actor);
  const found = await db.question.findUnique({
    where: { id: options.questionId },
    include: {
      course: { select: { id: true, title: true } },
      module: { select: { id: true, title: true } },
      section: { select: { title: true, numbering: true } },
      passage: { select: { id: true, text: true } },
    },
  });
  if (!found) return null;
  const { course, module, section, passage, ...question } = found;
  const spanFits = passage && question.spanStart !== null && question.spanEnd !== null && question.spanEnd <= passage.text.length;
  return {
    question,
    key: questionKeyOfRow(question),
    course,
    module,
    section,
    source: passage
      ? { passageId: passage.id, text: passage.text, start: spanFits ? question.spanStart : null, end: spanFits ? question.spanEnd : null }
      : null,
  };
}
