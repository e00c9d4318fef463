import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { BankFilter } from "@/lib/validation/question";
import { assertBankManager } from "./assert-bank-manager";
import { bankQuestionWhere } from "./bank-question-where";

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
 * one page's rows from the primary key whatever the page's depth, unlike OFFSET.
 */
export async function searchBankQuestions(db: Db, options: SearchBankQuestionsOptions): Promise<BankQuestionPage> {
  assertBankManager(options.actor);
  const pageSize = options.pageSize ?? BANK_PAGE_SIZE;
  const where = bankQuestionWhere(options.filter);
  const backwards = Boolean(options.before) && !options.after;
  const cursor = backwards ? { id: { lt: options.before } } : options.after ? { id: { gt: options.after } } : {};
  const [found, groups] = await Promise.all([
    db.question.findMany({
      where: { AND: [where, cursor] },
      orderBy: { id: backwards ? "desc" : "asc" },
      take: pageSize + 1,
      select: {
        id: true,
        stem: true,
        type: true,
        status: true,
        difficulty: true,
        flagged: true,
        origin: true,
        editedAt: true,
        module: { select: { title: true } },
      },
    }),
    db.question.groupBy({ by: ["status"], where: bankQuestionWhere(options.filter, { withStatus: false }), _count: { _all: true } }),
  ]);
  const more = found.length > pageSize;
  const page = found.slice(0, pageSize);
  if (backwards) page.reverse();
  const counts: Record<QuestionStatus, number> = { DRAFT: 0, ACTIVE: 0, RETIRED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  const total = options.filter.status ? counts[options.filter.status] : counts.DRAFT + counts.ACTIVE + counts.RETIRED;
  const rows = page.map(({ module, ...row }) => ({ ...row, moduleTitle: module?.title ?? null }));
  return {
    rows,
    counts,
    total,
    nextCursor: rows.length > 0 && (backwards || more) ? rows.at(-1)!.id : null,
    previousCursor: rows.length > 0 && (backwards ? more : Boolean(options.after)) ? rows[0]!.id : null,
  };
}
