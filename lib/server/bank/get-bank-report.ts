import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { bankReport, GENERATOR_VERSION, type BankReport } from "@/lib/questions";
import { questionOfRow } from "./question-codec";

export interface GetBankReportOptions {
  /** One course; every course when absent. */
  courseSlug?: string;
  /** The statuses of the questions counted and sampled (default: DRAFT and ACTIVE). */
  statuses?: QuestionStatus[];
  /** Sampled questions per type (default 10). */
  perType?: number;
  seed?: string;
}

export interface CourseBankReport {
  course: { id: string; slug: string; title: string };
  /** Every stored question of the course by status, whatever `statuses` selects. */
  byStatus: Record<QuestionStatus, number>;
  /** Counts and samples of the selected questions; rejections are those of the current generator version. */
  report: BankReport;
}

/** The stored question bank of each course: counts by status, type, module and rejection reason, and seeded samples. */
export async function getBankReport(db: Db, options: GetBankReportOptions = {}): Promise<CourseBankReport[]> {
  const statuses = options.statuses ?? ["DRAFT", "ACTIVE"];
  const courses = await db.course.findMany({
    where: options.courseSlug ? { slug: options.courseSlug } : {},
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, title: true, modules: { select: { id: true, title: true }, orderBy: { position: "asc" } } },
  });
  const reports: CourseBankReport[] = [];
  for (const { modules, ...course } of courses) {
    const [questions, rejected, statusGroups] = await Promise.all([
      db.question.findMany({ where: { courseId: course.id, status: { in: statuses } }, orderBy: [{ module: { position: "asc" } }, { id: "asc" }] }),
      db.rejectedCandidate.findMany({ where: { courseId: course.id, generatorVersion: GENERATOR_VERSION }, select: { reasons: true } }),
      db.question.groupBy({ by: ["status"], where: { courseId: course.id }, _count: { _all: true } }),
    ]);
    // Numbered: several modules may share a title (chapters of different documents).
    const moduleTitles = Object.fromEntries(modules.map((module, index) => [module.id, `${index + 1}. ${module.title}`]));
    const report = bankReport({ accepted: questions.map(questionOfRow), review: [], rejected: [] }, { perType: options.perType ?? 10, seed: options.seed, moduleTitles });
    const byRejectionReason: Record<string, number> = {};
    for (const reason of rejected.flatMap((row) => row.reasons)) byRejectionReason[reason] = (byRejectionReason[reason] ?? 0) + 1;
    const byStatus: Record<QuestionStatus, number> = { DRAFT: 0, ACTIVE: 0, RETIRED: 0 };
    for (const group of statusGroups) byStatus[group.status] = group._count._all;
    reports.push({ course, byStatus, report: { ...report, rejected: rejected.length, byRejectionReason } });
  }
  return reports;
}
