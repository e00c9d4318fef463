import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { GROUP_SCOPE_EMPTY, GROUP_SCOPE_REFUSAL, groupScopeSchema } from "@/lib/validation/group-scope";
import { refuse, type Refusal } from "@/lib/validation/refusal";
import { listFavorites } from "./favorites";
import { listMistakes } from "./mistakes";
import { itemsInScope } from "./question-groups";
import { startQuestionSetPractice } from "./start-practice";

/**
 * 错题重练 / 收藏练习 of the whole list, one module's or knowledge point's group, or one
 * question: a practice run (mode MISTAKES or FAVORITES) of the learner's own items in that scope.
 * The scope only picks among the learner's items, so a forged id practises nothing and creates
 * no attempt.
 */
export async function startGroupPractice(
  db: Db,
  actor: Actor,
  input: { mode: "MISTAKES" | "FAVORITES"; scope: unknown; now?: Date },
): Promise<{ ok: true; attemptId: string } | Refusal> {
  const scope = groupScopeSchema.safeParse(input.scope);
  if (!scope.success) return refuse(GROUP_SCOPE_REFUSAL);
  const items = input.mode === "MISTAKES" ? await listMistakes(db, actor, input.now) : await listFavorites(db, actor);
  const questionIds = itemsInScope(items, scope.data).map((item) => item.questionId);
  const attemptId = questionIds.length > 0 ? await startQuestionSetPractice(db, actor, { mode: input.mode, questionIds, now: input.now }) : null;
  return attemptId ? { ok: true, attemptId } : refuse(GROUP_SCOPE_EMPTY);
}
