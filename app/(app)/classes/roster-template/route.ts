import { requireStaff } from "@/lib/auth/guard";
import { ROSTER_TEMPLATE_FILE_NAME, rosterTemplateCsv } from "@/lib/server/classes/roster/roster-template";

/** The roster template as a CSV download. */
export async function GET() {
  await requireStaff();
  return new Response(rosterTemplateCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="roster-template.csv"; filename*=UTF-8''${encodeURIComponent(ROSTER_TEMPLATE_FILE_NAME)}`,
    },
  });
}
