import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchWords } from "@/lib/search/search-words";
import type { BankFilter } from "@/lib/validation/question";

/**
 * The bank filter as a Prisma condition, matching what bankQuestionSqlConditions matches: the
 * stem holds every word of the search (searchWords), each a case-insensitive substring
 * (Prisma's `contains` is ILIKE '%…%').
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
    where.AND = searchWords(filter.q).map((word) => {
      // A word without upper/lower case (Chinese) matches the same with LIKE, which costs far less than ILIKE.
      const caseless = word.toLowerCase() === word.toUpperCase();
      return { stem: { contains: escapeLikePattern(word), ...(caseless ? {} : { mode: "insensitive" as const }) } };
    });
  }
  return where;
}

/** Prisma passes `contains` into LIKE as it is: `%`, `_` and `\` typed by the user must match themselves. */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
