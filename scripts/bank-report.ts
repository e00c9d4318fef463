// npm run bank:report [-- --course SLUG] [--per-type N] [--seed TEXT] [--status DRAFT,ACTIVE] — prints the
// stored question bank: counts by status, type, module and rejection reason, and N seeded-random
// questions per type (10 by default) with their answers and 解析.
import { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { Question } from "@/lib/questions";
import { getBankReport, type CourseBankReport } from "@/lib/server/bank/get-bank-report";
import { QUESTION_TYPE_LABELS } from "@/lib/format/question-type-labels";
import { QUESTION_TYPES } from "@/lib/questions/types";
import { parseOptions } from "./bank-cli-options";
import { runCli } from "./run-cli";
import { withMigratedDatabase } from "./setup-database";

const USAGE = "npm run bank:report [-- --course SLUG] [--per-type N] [--seed TEXT] [--status DRAFT,ACTIVE]";

runCli(async () => {
  const options = parseOptions(USAGE, { course: { type: "string" }, "per-type": { type: "string" }, seed: { type: "string" }, status: { type: "string" } });
  const perType = Number(options["per-type"] ?? 10);
  const statuses = (options.status ?? "DRAFT,ACTIVE").split(",").map((status) => status.trim().toUpperCase());
  if (!Number.isInteger(perType) || perType < 0 || !statuses.every((status): status is QuestionStatus => status in QuestionStatus)) {
    console.error(`usage: ${USAGE}`);
    process.exit(2);
  }
  const reports = await withMigratedDatabase((db) => getBankReport(db, { courseSlug: options.course, perType, seed: options.seed, statuses }));
  if (reports.length === 0) console.log(options.course ? `No course with the slug ${options.course}: run npm run content:build first` : "No course stored: run npm run content:build first");
  for (const report of reports) printReport(report, statuses);
});

function printReport({ course, byStatus, report }: CourseBankReport, statuses: string[]): void {
  console.log(`\n━━ ${course.title} (${course.slug}) ━━`);
  console.log(`题目 ${byStatus.ACTIVE + byStatus.DRAFT + byStatus.RETIRED}: ACTIVE ${byStatus.ACTIVE}, DRAFT ${byStatus.DRAFT}, RETIRED ${byStatus.RETIRED}; counted below: ${statuses.join(", ")} (${report.accepted})`);
  console.log(`\n按题型: ${QUESTION_TYPES.map((type) => `${QUESTION_TYPE_LABELS[type]} ${report.byType[type] ?? 0}`).join(" · ")} (其中出处题 ${report.sourceQuestions})`);
  console.log("\n按模块:");
  for (const [title, count] of Object.entries(report.byModule)) console.log(`  ${String(count).padStart(4)}  ${title}`);
  console.log(`\n被质量关拒绝的候选题 ${report.rejected} (按原因, 一题可有多个原因):`);
  for (const [reason, count] of Object.entries(report.byRejectionReason).sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${reason}`);
  for (const type of QUESTION_TYPES) {
    const samples = report.samples[type] ?? [];
    if (samples.length === 0) continue;
    console.log(`\n── ${QUESTION_TYPE_LABELS[type]}: ${samples.length} / ${report.byType[type]} ──`);
    samples.forEach((question, index) => console.log(renderQuestion(question, index + 1)));
  }
}

function renderQuestion(question: Question, number: number): string {
  const lines = [`\n${number}. ${question.stem}`];
  for (const option of question.options) lines.push(`   ${option.key}. ${option.text}`);
  lines.push(`   答案: ${renderAnswer(question)}    难度 ${question.difficulty.toFixed(2)}    ${question.id}`);
  if (question.keyPoints?.length) lines.push(`   要点: ${question.keyPoints.join("；")}`);
  lines.push(`   解析: ${question.explanation}`);
  return lines.join("\n");
}

function renderAnswer(question: Question): string {
  const { answer } = question;
  if (typeof answer === "boolean") return answer ? "正确" : "错误";
  if (typeof answer === "string") return answer;
  if (question.type === "FILL_BLANK") {
    return answer.map((blank, index) => [blank, ...(question.acceptedAnswers?.[index] ?? []).filter((variant) => variant !== blank)].join(" / ")).join("；");
  }
  return answer.join("");
}
