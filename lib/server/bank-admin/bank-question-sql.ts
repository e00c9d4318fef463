import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchWords } from "@/lib/search/search-words";
import type { BankFilter } from "@/lib/validation/question";

/**
 * The bank filter as SQL conditions on `"Question" q`, for the bank page's search, which has
 * to stay fast with 100,000 questions (docs/BENCHMARKS.md, bench:bank, bench:search). The
 * search asks for every word of the query (searchWords: 群众 路线 and 群众路线 alike) as a
 * substring of the stem, as bankQuestionWhere does, in the forms an index serves
 * (searchConditions below).
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
  if (filter.q) conditions.push(...searchConditions(searchWords(filter.q)));
  return conditions;
}

export function sqlWhere(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length > 0 ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

/**
 * The stem holds every word:
 * - words without upper/lower case (Chinese, digits, punctuation) of two or more characters
 *   hold all their two-character substrings, which one look-up in the bigram GIN index
 *   "Question_stem_bigram_idx" finds (`dangke_bigrams(stem) @> ARRAY[…]`, exact, no recheck);
 *   a two-character word is then matched, a longer one is checked with strpos;
 * - one-character words are checked with strpos (no index can serve them);
 * - words with letter case match case-insensitively: ILIKE, served by the trigram index
 *   "Question_stem_trgm_idx", when they are the only kind of word and three or more characters
 *   long; otherwise checked with strpos on lower case.
 * strpos rather than LIKE for the checks: the app's named prepared statements get generic plans,
 * in which the planner cannot see a LIKE pattern's length and used the trigram index for one
 * character, scanning the whole index and rechecking every row (1.5 s at 100,000 questions).
 * strpos is never an index condition, and takes `%` and `_` as themselves.
 */
function searchConditions(words: string[]): Prisma.Sql[] {
  const caseless = words.filter(isCaseless);
  const bigrams = [...new Set(caseless.flatMap(bigramsOf))];
  const conditions: Prisma.Sql[] = [];
  if (bigrams.length > 0) conditions.push(Prisma.sql`dangke_bigrams(q.stem) @> ARRAY[${Prisma.join(bigrams)}]::text[]`);
  for (const word of words) {
    const length = Array.from(word).length;
    if (isCaseless(word)) {
      if (length !== 2) conditions.push(Prisma.sql`strpos(q.stem, ${word}) > 0`);
    } else if (bigrams.length === 0 && length >= 3) {
      conditions.push(Prisma.sql`q.stem ILIKE ${`%${escapeLikePattern(word)}%`}`);
    } else {
      conditions.push(Prisma.sql`strpos(lower(q.stem), ${word.toLowerCase()}) > 0`);
    }
  }
  return conditions;
}

function isCaseless(word: string): boolean {
  return word.toLowerCase() === word.toUpperCase();
}

/** The adjacent pairs of characters (code points, as PostgreSQL counts them) of a word of two or more. */
function bigramsOf(word: string): string[] {
  const characters = Array.from(word);
  return characters.slice(1).map((character, index) => characters[index]! + character);
}

/** `%`, `_` and `\` typed by the user must match themselves. */
function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
