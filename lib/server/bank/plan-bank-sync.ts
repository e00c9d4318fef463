import "server-only";
import type { QuestionOrigin, QuestionStatus } from "@/lib/generated/prisma/enums";
import { GENERATED_FIELDS, sameStoredValue, type GeneratedChanges, type GeneratedQuestionRow } from "./generated-question-row";

/** flagReason of a question the generator retired itself; only such a question comes back when generated again. */
export const RETIRED_BY_GENERATOR = "generator no longer produces it";

export interface StoredQuestion extends Record<string, unknown> {
  id: string;
  courseId: string;
  moduleId: string | null;
  contentHash: string;
  status: QuestionStatus;
  origin: QuestionOrigin;
  flagReason: string | null;
  editedAt: Date | null;
}

/** A generated row, with the review queue's reason when the generator doubts it (stored as DRAFT, flagged). */
export type PlannedRow = GeneratedQuestionRow & { reviewReason?: string | null };

export interface BankSyncPlan {
  create: Array<GeneratedQuestionRow & { status: QuestionStatus; flagged: boolean; flagReason: string | null }>;
  update: Array<{ id: string; data: GeneratedChanges & { status?: QuestionStatus; flagged?: boolean; flagReason?: string | null } }>;
  retire: string[];
  counts: BankSyncCounts;
}

export interface BankSyncCounts {
  /** New questions, stored with the course's status for new questions (DRAFT, flagged with the reason, when the generator doubts them). */
  created: number;
  /** Stored as generated, nothing to write. */
  unchanged: number;
  /** Kept (same id), with generator-owned fields rewritten: explanation, options, span, version … */
  updated: number;
  /** Retired by an earlier generation and generated again. */
  revived: number;
  /** No longer generated, retired (never deleted: learners' history stays). */
  retired: number;
  /** Generated, but an instructor owns the stored question (edited, retired by hand, or not a generated one): left alone. */
  untouched: number;
}

export interface PlanBankSyncOptions {
  courseId: string;
  newQuestionStatus: QuestionStatus;
  /** The modules the generation covered: stored questions of other modules are out of its reach. */
  moduleIds: ReadonlySet<string>;
}

/**
 * What to write so that the stored bank follows a new generation without undoing people's
 * work: questions an instructor edited or retired are never touched, questions that are no
 * longer generated are retired rather than deleted, and an unchanged generation plans nothing.
 * `stored` holds the course's generated questions and any question sharing a generated hash.
 */
export function planBankSync(stored: ReadonlyArray<StoredQuestion>, generated: ReadonlyArray<PlannedRow>, options: PlanBankSyncOptions): BankSyncPlan {
  const plan: BankSyncPlan = { create: [], update: [], retire: [], counts: { created: 0, unchanged: 0, updated: 0, revived: 0, retired: 0, untouched: 0 } };
  const storedByHash = new Map(stored.map((row) => [row.contentHash, row]));
  for (const { reviewReason = null, ...row } of generated) {
    const existing = storedByHash.get(row.contentHash);
    // A doubtful question waits for an instructor whatever the course publishes new questions as.
    const status = reviewReason ? "DRAFT" : options.newQuestionStatus;
    if (!existing) {
      plan.create.push({ ...row, status, flagged: reviewReason !== null, flagReason: reviewReason });
      plan.counts.created++;
    } else if (!ownedByGenerator(existing, options.courseId)) {
      plan.counts.untouched++;
    } else if (existing.status === "RETIRED") {
      if (existing.flagReason !== RETIRED_BY_GENERATOR) {
        plan.counts.untouched++;
        continue;
      }
      plan.update.push({ id: existing.id, data: { ...changedFields(existing, row), status, flagged: reviewReason !== null, flagReason: reviewReason } });
      plan.counts.revived++;
    } else {
      // A question published before the generator came to doubt it keeps its status (learners may
      // be answering it) but is flagged for an instructor, unless someone flagged it already.
      const flag = reviewReason && existing.flagReason === null ? { flagged: true, flagReason: reviewReason } : {};
      const changes = { ...changedFields(existing, row), ...flag };
      if (Object.keys(changes).length === 0) {
        plan.counts.unchanged++;
      } else {
        plan.update.push({ id: existing.id, data: changes });
        plan.counts.updated++;
      }
    }
  }
  const generatedHashes = new Set(generated.map((row) => row.contentHash));
  for (const row of stored) {
    const inReach = row.moduleId !== null && options.moduleIds.has(row.moduleId);
    if (inReach && !generatedHashes.has(row.contentHash) && ownedByGenerator(row, options.courseId) && row.status !== "RETIRED") plan.retire.push(row.id);
  }
  plan.counts.retired = plan.retire.length;
  return plan;
}

function ownedByGenerator(row: StoredQuestion, courseId: string): boolean {
  return row.courseId === courseId && row.origin === "GENERATED" && row.editedAt === null;
}

/**
 * The text a model rewrote (lib/questions/rewrite) and its mark: a later generation, which asks the
 * model only about questions not yet stored, leaves them as they are, so an instructor's review of
 * the rewrite holds.
 */
const REWRITTEN_FIELDS: ReadonlySet<string> = new Set(["stem", "options", "explanation", "rewrittenBy"]);

function changedFields(stored: StoredQuestion, row: GeneratedQuestionRow): GeneratedChanges {
  const changes: Partial<Record<keyof GeneratedQuestionRow, unknown>> = {};
  const rewritten = stored.rewrittenBy !== null && stored.rewrittenBy !== undefined;
  for (const field of GENERATED_FIELDS) {
    if (rewritten && REWRITTEN_FIELDS.has(field)) continue;
    if (!sameStoredValue(stored[field], row[field])) changes[field] = row[field];
  }
  return changes as GeneratedChanges;
}
