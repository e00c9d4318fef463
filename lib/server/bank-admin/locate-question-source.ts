import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Db | Prisma.TransactionClient;

export interface QuestionPlacement {
  courseId: string;
  moduleId: string;
  sectionId: string | null;
  passageId: string | null;
  spanStart: number | null;
  spanEnd: number | null;
}

export type PlacementResult = { ok: true; placement: QuestionPlacement } | { ok: false; field: "moduleId" | "sourceText"; error: string };

/**
 * Where a question sits: its module (hence course) and, when the instructor quotes the source
 * text, the module's passage holding that text and the span of it. A quote the current
 * placement already cites keeps that placement, so re-saving never moves a question.
 */
export async function locateQuestionSource(
  db: Tx,
  options: { moduleId: string; sourceText: string; current?: QuestionPlacement & { quote: string | null } },
): Promise<PlacementResult> {
  const found = await db.module.findUnique({ where: { id: options.moduleId }, select: { id: true, courseId: true } });
  if (!found) return { ok: false, field: "moduleId", error: "所选单元不存在" };
  const base = { courseId: found.courseId, moduleId: found.id };
  const current = options.current;
  if (!options.sourceText) {
    const sectionId = current?.moduleId === found.id ? current.sectionId : null;
    return { ok: true, placement: { ...base, sectionId, passageId: null, spanStart: null, spanEnd: null } };
  }
  if (current && current.moduleId === found.id && current.quote === options.sourceText) {
    return { ok: true, placement: { ...base, sectionId: current.sectionId, passageId: current.passageId, spanStart: current.spanStart, spanEnd: current.spanEnd } };
  }
  const passage = await db.passage.findFirst({
    where: { moduleId: found.id, text: { contains: options.sourceText } },
    orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { position: "asc" }],
    select: { id: true, sectionId: true, text: true },
  });
  if (!passage) return { ok: false, field: "sourceText", error: "在所选单元的原文中找不到这段出处文字，请从原文中复制" };
  const start = passage.text.indexOf(options.sourceText);
  return {
    ok: true,
    placement: { ...base, sectionId: passage.sectionId, passageId: passage.id, spanStart: start, spanEnd: start + options.sourceText.length },
  };
}
