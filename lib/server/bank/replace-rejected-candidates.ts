import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RejectedCandidate } from "@/lib/questions";
import { canonicalJson } from "./generated-question-row";

export interface ReplaceRejectedCandidatesOptions {
  courseId: string;
  generatorVersion: string;
  /** The modules the generation covered; rejected candidates of other modules stay. */
  moduleIds: string[];
  rejected: RejectedCandidate[];
}

/**
 * Replaces the course's stored rejected candidates of this generator version (they exist for
 * inspection only) with the new ones; when they are the same, writes nothing. Returns how many
 * rows it stored.
 */
export async function replaceRejectedCandidates(tx: Prisma.TransactionClient, options: ReplaceRejectedCandidatesOptions): Promise<number> {
  const scope = { courseId: options.courseId, generatorVersion: options.generatorVersion, moduleId: { in: options.moduleIds } };
  const inScope = new Set(options.moduleIds);
  const rows = options.rejected
    .filter(({ candidate }) => inScope.has(candidate.question.moduleId))
    .map(({ candidate: { question }, reasons }) => ({
      courseId: options.courseId,
      moduleId: question.moduleId,
      passageId: question.passageId,
      type: question.type,
      stem: question.stem,
      answer: question.answer,
      reasons,
      generatorVersion: options.generatorVersion,
    }));
  const stored = await tx.rejectedCandidate.findMany({ where: scope, select: { moduleId: true, passageId: true, type: true, stem: true, answer: true, reasons: true } });
  if (sameRows(stored, rows)) return 0;
  await tx.rejectedCandidate.deleteMany({ where: scope });
  if (rows.length > 0) await tx.rejectedCandidate.createMany({ data: rows });
  return rows.length;
}

type ComparedRow = { moduleId: string | null; passageId: string | null; type: string; stem: string; answer: unknown; reasons: string[] };

function sameRows(stored: ComparedRow[], rows: ComparedRow[]): boolean {
  if (stored.length !== rows.length) return false;
  const key = (row: ComparedRow) => canonicalJson([row.moduleId, row.passageId, row.type, row.stem, row.answer, row.reasons]);
  const a = stored.map(key).sort();
  const b = rows.map(key).sort();
  return a.every((value, index) => value === b[index]);
}
