import { notFound } from "next/navigation";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { exportQuizPaper } from "@/lib/server/papers/export-quiz-paper";

/** A quiz as a printable paper, answer sheet or key: `?format=docx|pdf&variant=A|B&document=paper|answer-sheet|key&organisation=…`. */
export async function GET(request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  const actor = await requireStaff();
  const { quizId } = await params;
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const file = await exportQuizPaper(await getDb(), { actor, quizId, request: query });
  if (!file) notFound();
  // A paper's answers are for staff only: no cache keeps a copy.
  if (!file.ok) return new Response(file.error, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Cache-Control": "no-store",
      "Content-Disposition": `attachment; filename="paper.${file.fileName.split(".").pop()}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
  });
}
