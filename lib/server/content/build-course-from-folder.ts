import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { buildCourse, parseCourseManifest, scopeCourseIds, type BuiltCourse } from "@/lib/content";
import type { Db } from "@/lib/db/prisma";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { saveBuiltCourse, type SyncCounts } from "./save-built-course";

export interface CourseFolderBuild {
  manifestPath: string;
  course: BuiltCourse | null;
  counts: SyncCounts | null;
  /** True when the stored course was already built from these exact sources. */
  upToDate: boolean;
}

const MEDIA_TYPES: Record<string, string> = {
  ".txt": "text/plain",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".pdf": "application/pdf",
};

/** Every course manifest under content/: `content/course.json` and `content/<folder>/course.json`. */
export function findCourseManifests(contentDir: string): string[] {
  const manifests: string[] = [];
  if (fs.existsSync(path.join(contentDir, "course.json"))) manifests.push(path.join(contentDir, "course.json"));
  if (!fs.existsSync(contentDir)) return manifests;
  for (const entry of fs.readdirSync(contentDir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const candidate = path.join(contentDir, entry.name, "course.json");
    if (entry.isDirectory() && fs.existsSync(candidate)) manifests.push(candidate);
  }
  return manifests;
}

/**
 * Builds the course a manifest describes and stores it, unless the stored course was built
 * from the same manifest, documents and pipeline code (`force` rebuilds anyway).
 */
export async function buildCourseFromFolder(
  db: Db,
  options: { manifestPath: string; pipelineFingerprint: string; force?: boolean; newQuestionStatus?: QuestionStatus },
): Promise<CourseFolderBuild> {
  const folder = path.dirname(options.manifestPath);
  const manifestText = fs.readFileSync(options.manifestPath, "utf8");
  const manifest = parseCourseManifest(JSON.parse(manifestText));
  const documents = manifest.documents.map((entry) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(folder, entry.path)));
    return { path: entry.path, bytes, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
  });
  const fingerprint = crypto
    .createHash("sha256")
    .update(options.pipelineFingerprint)
    .update(manifestText)
    .update(documents.map((document) => document.sha256).join(","))
    .digest("hex");

  const slug = manifest.slug ?? path.basename(folder);
  const stored = await db.course.findUnique({ where: { slug }, select: { sourceFingerprint: true } });
  if (!options.force && stored?.sourceFingerprint === fingerprint) {
    return { manifestPath: options.manifestPath, course: null, counts: null, upToDate: true };
  }
  const course = await withStoredIdScheme(db, await buildCourse(manifest, documents));
  const counts = await saveBuiltCourse(db, {
    course,
    slug,
    fingerprint,
    newQuestionStatus: options.newQuestionStatus,
    files: documents.map((document) => ({
      path: document.path,
      sha256: document.sha256,
      byteSize: document.bytes.byteLength,
      mediaType: MEDIA_TYPES[path.extname(document.path).toLowerCase()] ?? "application/octet-stream",
    })),
  });
  return { manifestPath: options.manifestPath, course, counts, upToDate: false };
}

/**
 * The built course under the ids it is stored with. Ids are scoped to the course, so that a
 * document may serve any number of courses without two courses claiming the same module,
 * section or passage id. A module stored before ids were scoped (the courses of an existing
 * installation) keeps its unscoped id, and the ids of everything in it, because learners'
 * history, cards and questions point at them: the choice is made per module, by whether this
 * course already has a module under the unscoped id. Every other module, including one a
 * rebuild adds to such a course, gets scoped ids, so it never collides with another course.
 */
async function withStoredIdScheme(db: Db, built: BuiltCourse): Promise<BuiltCourse> {
  const scoped = scopeCourseIds(built, built.id);
  const stored = await db.module.findMany({ where: { courseId: built.id, id: { in: built.modules.map((module) => module.id) } }, select: { id: true } });
  const keepUnscoped = new Set(stored.map((module) => module.id));
  return { ...scoped, modules: scoped.modules.map((module, index) => (keepUnscoped.has(built.modules[index]!.id) ? built.modules[index]! : module)) };
}

/** A hash of the code that turns documents into a course, so that changing it rebuilds. */
export function hashSourceTree(...folders: string[]): string {
  const hash = crypto.createHash("sha256");
  const visit = (target: string) => {
    if (!fs.existsSync(target)) return;
    if (fs.statSync(target).isFile()) {
      hash.update(target).update(fs.readFileSync(target));
      return;
    }
    for (const name of fs.readdirSync(target).sort()) visit(path.join(target, name));
  };
  folders.forEach(visit);
  return hash.digest("hex");
}
