import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { TEMPLATE_FILE_NAME, templateXlsx } from "@/lib/questions/interchange";

/** The import template (.xlsx): the header and one example per type, in the course's first module when one is named. */
export async function GET(request: Request) {
  await requireStaff();
  const courseId = new URL(request.url).searchParams.get("courseId");
  const firstModule = courseId
    ? await (await getDb()).module.findFirst({ where: { courseId, archivedAt: null }, orderBy: { position: "asc" }, select: { title: true } })
    : null;
  const bytes = await templateXlsx(firstModule?.title);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="question-template.xlsx"; filename*=UTF-8''${encodeURIComponent(TEMPLATE_FILE_NAME)}`,
    },
  });
}
