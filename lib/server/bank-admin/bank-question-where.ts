import type { Prisma } from "@/lib/generated/prisma/client";
import type { BankFilter } from "@/lib/validation/question";

/**
 * The bank filter as a Prisma condition. The stem search is a case-insensitive substring
 * match (Prisma's `contains` is ILIKE '%…%'), which the trigram GIN index
 * "Question_stem_trgm_idx" serves for three or more characters.
 */
export function bankQuestionWhere(filter: BankFilter, options: { withStatus?: boolean } = {}): Prisma.QuestionWhereInput {
  const where: Prisma.QuestionWhereInput = {};
  if (filter.courseId) where.courseId = filter.courseId;
  if (filter.moduleId) where.moduleId = filter.moduleId;
  if (filter.documentId) where.module = { documentId: filter.documentId };
  if (filter.type) where.type = filter.type;
  if (filter.status && options.withStatus !== false) where.status = filter.status;
  if (filter.difficultyMin !== undefined || filter.difficultyMax !== undefined) {
    where.difficulty = {
      ...(filter.difficultyMin !== undefined && { gte: filter.difficultyMin }),
      ...(filter.difficultyMax !== undefined && { lte: filter.difficultyMax }),
    };
  }
  if (filter.flagged) where.flagged = true;
  if (filter.q) {
    // A term without upper/lower case (Chinese) matches the same with LIKE, which costs far less than ILIKE.
    const caseless = filter.q.toLowerCase() === filter.q.toUpperCase();
    where.stem = { contains: escapeLikePattern(filter.q), ...(caseless ? {} : { mode: "insensitive" as const }) };
  }
  return where;
}

/** Prisma passes `contains` into LIKE as it is: `%`, `_` and `\` typed by the user must match themselves. */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
