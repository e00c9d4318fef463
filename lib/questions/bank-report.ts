import { seededRandom, shuffled } from "./seeded-random";
import type { Question, QuestionBank, QuestionType } from "./types";

export interface BankReport {
  accepted: number;
  rejected: number;
  byType: Record<string, number>;
  /** 出处 questions (single choice on who said a quotation or which report it comes from). */
  sourceQuestions: number;
  byModule: Record<string, number>;
  byRejectionReason: Record<string, number>;
  /** A seeded sample of accepted questions per type, for a person to read. */
  samples: Partial<Record<QuestionType, Question[]>>;
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Counts by type, module (id, or title when given) and rejection reason, and `perType` sampled questions of each type. */
export function bankReport(bank: QuestionBank, options: { perType?: number; seed?: string; moduleTitles?: Record<string, string> } = {}): BankReport {
  const { perType = 3, seed = "bank-report", moduleTitles = {} } = options;
  const random = seededRandom(seed);
  const samples: Partial<Record<QuestionType, Question[]>> = {};
  const types = [...new Set(bank.accepted.map((question) => question.type))].sort();
  for (const type of types) samples[type] = shuffled(bank.accepted.filter((question) => question.type === type), random).slice(0, perType);
  return {
    accepted: bank.accepted.length,
    rejected: bank.rejected.length,
    byType: countBy(bank.accepted, (question) => question.type),
    sourceQuestions: bank.accepted.filter((question) => question.type === "SINGLE_CHOICE" && question.focus === "speaker").length,
    byModule: countBy(bank.accepted, (question) => moduleTitles[question.moduleId] ?? question.moduleId),
    byRejectionReason: countBy(bank.rejected.flatMap((entry) => entry.reasons), (reason) => reason),
    samples,
  };
}
