import "server-only";
import type { Actor } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";
import { buildPaper, type PaperSourceQuestion } from "@/lib/papers/build-paper";
import { paperDocument } from "@/lib/papers/paper-document";
import { writePaperDocx } from "@/lib/papers/write-paper-docx";
import { questionKeysOfRows } from "@/lib/server/bank/question-codec";
import { drawQuizQuestions, QuizPoolTooSmallError } from "@/lib/server/quizzes/draw-quiz-questions";
import { scopeFor } from "@/lib/server/authorization/scope";
import { writePaperPdfInWorker } from "@/lib/server/parsing/parse-in-worker";
import { paperExportSchema } from "@/lib/validation/paper";

/**
 * The learner a rules quiz is drawn for when printed: one fixed draw, so papers A and B (and
 * every download of them) hold the same questions, in their own orders.
 */
const PAPER_DRAW_LEARNER = "paper";

export interface PaperFile {
  ok: true;
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

export type ExportQuizPaperResult = PaperFile | { ok: false; error: string };

const CONTENT_TYPES = { docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", pdf: "application/pdf" };

/**
 * A quiz as a printable paper, answer sheet or key (docs/QUIZZES.md, 纸质试卷), as .docx or PDF.
 * Whoever may edit the quiz may print it; anyone else gets null (not found), as on the quiz page.
 * The Word paper carries its 参考答案 part on a last page (it imports back into the bank);
 * the PDF paper is for printing and holds no answer.
 */
export async function exportQuizPaper(db: Db, options: { actor: Actor; quizId: string; request: unknown }): Promise<ExportQuizPaperResult | null> {
  const quiz = await db.quiz.findFirst({ where: scopeFor(options.actor).quiz(options.quizId), select: { id: true, title: true } });
  if (!quiz) return null;
  const parsed = paperExportSchema.safeParse(options.request);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
  const request = parsed.data;

  let drawn;
  try {
    drawn = await drawQuizQuestions(db, { quizId: quiz.id, assignmentId: null, userId: PAPER_DRAW_LEARNER, attemptNumber: 1 });
  } catch (error) {
    if (error instanceof QuizPoolTooSmallError) return { ok: false, error: error.message };
    throw error;
  }
  if (drawn.questionIds.length === 0) return { ok: false, error: "测验中还没有题目，无法导出试卷。" };
  const rows = await db.question.findMany({
    where: { id: { in: drawn.questionIds } },
    select: { id: true, type: true, stem: true, options: true, answer: true, acceptedAnswers: true, keyPoints: true, explanation: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const read = questionKeysOfRows(rows);
  if (!read.ok) return read;
  const questions = drawn.questionIds.map((id, index): PaperSourceQuestion => {
    const row = byId.get(id)!;
    return { ...read.keys.get(id)!, id, stem: row.stem, explanation: row.explanation, points: drawn.points[index]! };
  });

  const paper = buildPaper({ title: quiz.title, organisation: request.organisation, variant: request.variant, seed: quiz.id, questions });
  const document = paperDocument(paper, request.document, { withKey: request.format === "docx" });
  let bytes: Uint8Array;
  if (request.format === "docx") bytes = await writePaperDocx(document);
  else {
    // In a worker: pdfkit holds its thread for a second or so a paper.
    const written = await writePaperPdfInWorker(document);
    if (!written.ok) return written;
    bytes = written.bytes;
  }
  return { ok: true, fileName: `${document.name}.${request.format}`, contentType: CONTENT_TYPES[request.format], bytes };
}
