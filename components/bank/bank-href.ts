import type { BankFilter } from "@/lib/validation/question";

/** The bank page's address for a filter, plus extra query values (cursor, confirmation …). */
export function bankHref(filter: BankFilter, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filterParams(filter), ...extra })) {
    if (value !== undefined && value !== "") params.set(key, value);
  }
  const query = params.toString();
  return query ? `/bank?${query}` : "/bank";
}

/** The filter as query-string values (also the hidden fields of the bulk confirmation). */
export function filterParams(filter: BankFilter): Record<string, string | undefined> {
  return {
    q: filter.q,
    courseId: filter.courseId,
    moduleId: filter.moduleId,
    documentId: filter.documentId,
    type: filter.type,
    status: filter.status,
    difficultyMin: filter.difficultyMin?.toString(),
    difficultyMax: filter.difficultyMax?.toString(),
    flagged: filter.flagged ? "1" : undefined,
  };
}
