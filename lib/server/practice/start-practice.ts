import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { withoutHiddenKeys } from "@/lib/server/exams/key-visibility";
import { openPracticeAttempt, type PracticeScope } from "./open-practice-attempt";

export type PracticeOrder = "source" | "shuffled";

/**
 * 专项练习: an attempt over a module's active questions, in the order of the text or shuffled;
 * 背题模式 (MEMORIZE): the same questions in the order of the text, shown with their keys.
 * Starting the same module (and order) again resumes the open attempt. Questions whose key the
 * learner may not see now (in an open exam of theirs) are left out. Returns null when the module
 * has no such question.
 */
export async function startModulePractice(
  db: Db,
  actor: Actor,
  input: { moduleId: string; order: PracticeOrder; mode?: "PRACTICE" | "MEMORIZE"; now?: Date },
): Promise<string | null> {
  const mode = input.mode ?? "PRACTICE";
  const order = mode === "MEMORIZE" ? "source" : input.order;
  return openPracticeAttempt(db, {
    userId: actor.id,
    mode,
    scope: mode === "MEMORIZE" ? { moduleId: input.moduleId } : { moduleId: input.moduleId, order },
    now: input.now,
    draw: async () => {
      const ids = await withoutHiddenKeys(db, actor.id, await moduleQuestionsInSourceOrder(db, input.moduleId), input.now);
      if (order === "shuffled") shuffle(ids);
      return { questionIds: ids };
    },
  });
}

/** A module's active questions in the order of the text. */
export async function moduleQuestionsInSourceOrder(db: Db, moduleId: string): Promise<string[]> {
  const questions = await db.question.findMany({
    where: { moduleId, status: "ACTIVE", module: { archivedAt: null } },
    select: { id: true, spanStart: true, passage: { select: { position: true } }, section: { select: { position: true } } },
  });
  return questions
    .sort(
      (a, b) =>
        (a.passage?.position ?? a.section?.position ?? 0) - (b.passage?.position ?? b.section?.position ?? 0) ||
        (a.spanStart ?? 0) - (b.spanStart ?? 0) ||
        a.id.localeCompare(b.id),
    )
    .map((question) => question.id);
}

/**
 * Practising a chosen set (错题本, 收藏): the questions in the given order, without those
 * whose key the learner may not see now — a question starred or filed before an exam opened
 * comes back when the exam's results are shown. The scope (by default the set itself) decides
 * whether a start resumes the mode's open attempt or replaces it.
 */
export async function startQuestionSetPractice(
  db: Db,
  actor: Actor,
  input: { mode: "MISTAKES" | "FAVORITES"; questionIds: string[]; scope?: PracticeScope; now?: Date },
): Promise<string | null> {
  const scope = input.scope ?? { set: crypto.createHash("sha256").update(input.questionIds.join(",")).digest("hex").slice(0, 20) };
  return openPracticeAttempt(db, {
    userId: actor.id,
    mode: input.mode,
    scope,
    now: input.now,
    draw: async () => ({ questionIds: await withoutHiddenKeys(db, actor.id, input.questionIds, input.now) }),
  });
}

export function shuffle(items: string[]): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = crypto.randomInt(index + 1);
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
}
