import { Prisma } from "@/lib/generated/prisma/client";
import { searchWords } from "@/lib/search/search-words";
import type { BankFilter } from "@/lib/validation/question";

/**
 * The bank filter as SQL conditions on `"Question" q`, for the bank page's search, which has
 * to stay fast with 100,000 questions (docs/BENCHMARKS.md, bench:bank, bench:search). The
 * search asks for every word of the query (searchWords: 群众 路线 and 群众路线 alike) as a
 * substring of the stem, as bankQuestionWhere does, each word in the form an index serves:
 * - a term without upper/lower case (Chinese, digits) matches case-sensitively (LIKE, same
 *   result as ILIKE and several times cheaper per row);
 * - a two-character term, the commonest Chinese word length and too short for trigrams, is
 *   looked up in the bigram GIN index "Question_stem_bigram_idx" (dangke_bigrams(stem));
 * - three or more characters use the trigram GIN index "Question_stem_trgm_idx".
 */
export function bankQuestionSqlConditions(filter: BankFilter, options: { withStatus?: boolean } = {}): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filter.courseId) conditions.push(Prisma.sql`q."courseId" = ${filter.courseId}`);
  if (filter.moduleId) conditions.push(Prisma.sql`q."moduleId" = ${filter.moduleId}`);
  if (filter.documentId) conditions.push(Prisma.sql`q."moduleId" IN (SELECT m.id FROM "Module" m WHERE m."documentId" = ${filter.documentId})`);
  if (filter.type) conditions.push(Prisma.sql`q.type = ${filter.type}::"QuestionType"`);
  if (filter.status && options.withStatus !== false) conditions.push(Prisma.sql`q.status = ${filter.status}::"QuestionStatus"`);
  if (filter.difficultyMin !== undefined) conditions.push(Prisma.sql`q.difficulty >= ${filter.difficultyMin}`);
  if (filter.difficultyMax !== undefined) conditions.push(Prisma.sql`q.difficulty <= ${filter.difficultyMax}`);
  if (filter.flagged) conditions.push(Prisma.sql`q.flagged`);
  if (filter.q) conditions.push(...searchWords(filter.q).map(stemCondition));
  return conditions;
}

export function sqlWhere(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

function stemCondition(term: string): Prisma.Sql {
  const caseless = term.toLowerCase() === term.toUpperCase();
  if (!caseless) return Prisma.sql`q.stem ILIKE ${`%${escapeLikePattern(term)}%`}`;
  // A two-character string is a substring exactly when it is one of the stem's bigrams. With
  // one element, overlap (&&) means the same as containment (@>), and GIN answers it without
  // rechecking each row.
  if (Array.from(term).length === 2) return Prisma.sql`dangke_bigrams(q.stem) && ARRAY[${term}]::text[]`;
  return Prisma.sql`q.stem LIKE ${`%${escapeLikePattern(term)}%`}`;
}

/** `%`, `_` and `\` typed by the user must match themselves. */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
