import "server-only";
import type { Db } from "@/lib/db/prisma";

/** The record types whose audit entries read better with the record's name than with its id. */
type Named = "User" | "Class" | "Course" | "SourceDocument" | "Quiz" | "Assignment" | "Question";

/**
 * The current name of each audited record (a user's or class's name, a quiz's title, a question's
 * stem), keyed `entityType:entityId`, read with one query per type. A deleted record has none.
 */
export async function auditSubjects(db: Db, entries: ReadonlyArray<{ entityType: string; entityId: string | null }>): Promise<Map<string, string>> {
  const ids = (type: Named) => [...new Set(entries.filter((entry) => entry.entityType === type && entry.entityId).map((entry) => entry.entityId!))];
  const byTitle = (rows: Array<{ id: string; title: string }>) => rows.map((row) => ({ id: row.id, name: row.title }));
  const byStem = (rows: Array<{ id: string; stem: string }>) => rows.map((row) => ({ id: row.id, name: row.stem }));
  const lookups: Array<[Named, Promise<Array<{ id: string; name: string }>>]> = [
    ["User", db.user.findMany({ where: { id: { in: ids("User") } }, select: { id: true, name: true } })],
    ["Class", db.class.findMany({ where: { id: { in: ids("Class") } }, select: { id: true, name: true } })],
    ["Course", db.course.findMany({ where: { id: { in: ids("Course") } }, select: { id: true, title: true } }).then(byTitle)],
    ["SourceDocument", db.sourceDocument.findMany({ where: { id: { in: ids("SourceDocument") } }, select: { id: true, title: true } }).then(byTitle)],
    ["Quiz", db.quiz.findMany({ where: { id: { in: ids("Quiz") } }, select: { id: true, title: true } }).then(byTitle)],
    ["Assignment", db.assignment.findMany({ where: { id: { in: ids("Assignment") } }, select: { id: true, title: true } }).then(byTitle)],
    ["Question", db.question.findMany({ where: { id: { in: ids("Question") } }, select: { id: true, stem: true } }).then(byStem)],
  ];
  const subjects = new Map<string, string>();
  for (const [type, rows] of lookups) for (const row of await rows) subjects.set(`${type}:${row.id}`, row.name);
  return subjects;
}
