import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import type { QuestionKey } from "@/lib/questions";
import { questionKeyOfRow } from "./question-codec";
import type { BankQuestion } from "@/lib/questions/interchange";
import { bankQuestionWhere } from "@/lib/server/bank-admin/bank-question-where";
import type { BankFilter } from "@/lib/validation/question";

export interface ExportQuestionsJsonOptions {
  /** One course; every course when absent. */
  courseSlug?: string;
  /** Only questions with this status; every status when absent. */
  status?: QuestionStatus;
  /** The bank page's filter (course, module, type, status, difficulty, document, flagged, search). */
  filter?: BankFilter;
}

/** One question in the JSON export format (docs/QUESTIONS.md): the interchange shape, plus where it stands and comes from. */
export type ExportedQuestion = BankQuestion & {
  id: string;
  status: QuestionStatus;
  section: string | null;
  source: {
    /** The source document's path (content/ relative) or upload name. */
    document: string | null;
    passage: string | null;
    start: number | null;
    end: number | null;
    /** passage.text.slice(start, end). */
    text: string | null;
  };
};

const include = {
  module: { select: { title: true, document: { select: { fileName: true } } } },
  section: { select: { title: true } },
  passage: { select: { text: true } },
} satisfies Prisma.QuestionInclude;

type QuestionWithSource = Prisma.QuestionGetPayload<{ include: typeof include }>;

/** The stored questions, in reading order (course, module, section), in the JSON export format. */
export async function exportQuestionsJson(db: Db, options: ExportQuestionsJsonOptions = {}): Promise<ExportedQuestion[]> {
  const questions = await db.question.findMany({
    where: {
      ...(options.filter && bankQuestionWhere(options.filter)),
      ...(options.courseSlug && { course: { slug: options.courseSlug } }),
      ...(options.status && { status: options.status }),
    },
    include,
    orderBy: [{ course: { slug: "asc" } }, { module: { position: "asc" } }, { section: { position: "asc" } }, { spanStart: "asc" }, { id: "asc" }],
  });
  return questions.map(exportedQuestion);
}

function exportedQuestion(row: QuestionWithSource): ExportedQuestion {
  const hasSpan = row.passage !== null && row.spanStart !== null && row.spanEnd !== null;
  return {
    id: row.id,
    ...exportedKey(questionKeyOfRow(row), row.stem),
    explanation: row.explanation,
    difficulty: row.difficulty,
    status: row.status,
    module: row.module?.title ?? null,
    section: row.section?.title ?? null,
    source: {
      document: row.module?.document?.fileName ?? null,
      passage: row.passageId,
      start: hasSpan ? row.spanStart : null,
      end: hasSpan ? row.spanEnd : null,
      text: hasSpan ? row.passage!.text.slice(row.spanStart!, row.spanEnd!) : null,
    },
  };
}

/** The key in the export's order (type, stem, options, answer, then the type's own fields). */
function exportedKey(key: QuestionKey, stem: string) {
  return Object.assign({ type: key.type, stem }, key);
}
