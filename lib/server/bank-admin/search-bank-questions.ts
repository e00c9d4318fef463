import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { BankFilter } from "@/lib/validation/question";
import { assertBankManager } from "./assert-bank-manager";
import { Prisma } from "@/lib/generated/prisma/client";
import { bankQuestionSqlConditions, sqlWhere } from "./bank-question-sql";

export const BANK_PAGE_SIZE = 50;

export interface SearchBankQuestionsOptions {
  actor: Actor;
  filter: BankFilter;
  /** Keyset cursors: the rows after `after`, or the page ending just before `before`. */
  after?: string;
  before?: string;
  pageSize?: number;
}

export interface BankQuestionRow {
  id: string;
  stem: string;
  type: string;
  status: QuestionStatus;
  difficulty: number;
  flagged: boolean;
  origin: string;
  editedAt: Date | null;
  rewrittenBy: string | null;
  moduleTitle: string | null;
}

export interface BankQuestionPage {
  rows: BankQuestionRow[];
  /** Counts per status under the filter (its status aside), and the filter's total. */
  counts: Record<QuestionStatus, number>;
  total: number;
  nextCursor: string | null;
  previousCursor: string | null;
}

/**
 * One page of the bank under a filter, in id order. Keyset pagination (`id > cursor`) reads
 * one page's rows from the primary key whatever the page's depth, unlike OFFSET. In SQL
 * rather than Prisma's query builder so that the stem search can use the bigram index
 * (bank-question-sql.ts), which Prisma's filters cannot express.
 */
export async function searchBankQuestions(db: Db, options: SearchBankQuestionsOptions): Promise<BankQuestionPage> {
  assertBankManager(options.actor);
  const pageSize = options.pageSize ?? BANK_PAGE_SIZE;
  const backwards = Boolean(options.before) && !options.after;
  const conditions = bankQuestionSqlConditions(options.filter);
  if (backwards) conditions.push(Prisma.sql`q.id < ${options.before}`);
  else if (options.after) conditions.push(Prisma.sql`q.id > ${options.after}`);
  const [found, groups] = await Promise.all([
    db.$queryRaw<Array<Omit<BankQuestionRow, "difficulty"> & { difficulty: number | string }>>`
      SELECT q.id, q.stem, q.type::text AS type, q.status::text AS status, q.difficulty, q.flagged, q.origin::text AS origin,
             q."editedAt", q."rewrittenBy", m.title AS "moduleTitle"
      FROM "Question" q LEFT JOIN "Module" m ON m.id = q."moduleId"
      ${sqlWhere(conditions)}
      ORDER BY q.id ${backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`}
      LIMIT ${pageSize + 1}`,
    db.$queryRaw<Array<{ status: QuestionStatus; count: number }>>`
      SELECT q.status::text AS status, count(*)::int AS count
      FROM "Question" q ${sqlWhere(bankQuestionSqlConditions(options.filter, { withStatus: false }))}
      GROUP BY q.status`,
  ]);
  const more = found.length > pageSize;
  const page = found.slice(0, pageSize);
  if (backwards) page.reverse();
  const counts: Record<QuestionStatus, number> = { DRAFT: 0, ACTIVE: 0, RETIRED: 0 };
  for (const group of groups) counts[group.status] = Number(group.count);
  const total = options.filter.status ? counts[options.filter.status] : counts.DRAFT + counts.ACTIVE + counts.RETIRED;
  const rows: BankQuestionRow[] = page.map((row) => ({ ...row, difficulty: Number(row.difficulty) }));
  return {
    rows,
    counts,
    total,
    nextCursor: rows.length > 0 && (backwards || more) ? rows.at(-1)!.id : null,
    previousCursor: rows.length > 0 && (backwards ? more : Boolean(options.after)) ? rows[0]!.id : null,
  };
}
