import "server-only";
/**
 * What to write so that the stored rows of one kind match the rows a build produced: rows
 * with new ids are created, rows whose fields changed (or that were archived) are updated, and
 * stored rows the build no longer produces are archived. Ids derive from content, so an
 * unchanged rebuild plans nothing.
 */
export interface RowSyncPlan<Row extends { id: string }> {
  create: Row[];
  update: Row[];
  archive: string[];
}

export interface StoredRow {
  id: string;
  archivedAt: Date | null;
}

/** `fields` are compared between a stored row and a built one, so each is a column of both. */
export function planRowSync<Row extends { id: string }, Stored extends StoredRow>(
  stored: ReadonlyArray<Stored>,
  built: ReadonlyArray<Row>,
  fields: ReadonlyArray<keyof Row & keyof Stored & string>,
): RowSyncPlan<Row> {
  const storedById = new Map(stored.map((row) => [row.id, row]));
  const builtIds = new Set(built.map((row) => row.id));
  const plan: RowSyncPlan<Row> = { create: [], update: [], archive: [] };
  for (const row of built) {
    const existing = storedById.get(row.id);
    if (!existing) plan.create.push(row);
    else if (existing.archivedAt !== null || fields.some((field) => !sameValue(existing[field], row[field]))) plan.update.push(row);
  }
  for (const row of stored) {
    if (!builtIds.has(row.id) && row.archivedAt === null) plan.archive.push(row.id);
  }
  return plan;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return (a ?? null) === (b ?? null);
  return JSON.stringify(a) === JSON.stringify(b);
}
