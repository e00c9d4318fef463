import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { findResultsAssignment } from "./find-results-assignment";
import { getItemAnalysis } from "./get-item-analysis";

/**
 * Sets each analysed question's difficulty to the value learned from its facility (1 − p, see
 * difficultyFromFacility), for the questions with enough takers whose value changes. One audit
 * entry per question, with before and after. Returns how many questions changed, or null when
 * the actor may not read the assignment's results.
 */
export async function updateDifficultyFromResults(db: Db, actor: Actor, input: { assignmentId: string }): Promise<number | null> {
  const assignment = await findResultsAssignment(db, actor, input.assignmentId);
  if (!assignment) return null;
  const items = await getItemAnalysis(db, actor, { assignmentId: assignment.id });
  const changes = items.filter((item) => item.suggestedDifficulty !== null && item.suggestedDifficulty !== item.difficulty);
  await db.$transaction(async (tx) => {
    for (const item of changes) {
      await tx.question.update({ where: { id: item.questionId }, data: { difficulty: item.suggestedDifficulty! } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "question.difficulty_from_results",
        entityType: "Question",
        entityId: item.questionId,
        before: { difficulty: item.difficulty },
        after: { difficulty: item.suggestedDifficulty!, facility: item.facility, takers: item.takers, assignmentId: assignment.id },
      });
    }
  });
  return changes.length;
}
