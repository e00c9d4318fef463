import { readFileSync } from "node:fs";
import path from "node:path";
import type { CourseManifest } from "@/lib/content/course-manifest";
import type { BuiltCourse, Module, Passage, Section } from "@/lib/content/types";

export const CONTENT_DIR = path.join(import.meta.dirname, "../../../content");

export function readManifest(): CourseManifest {
  return JSON.parse(readFileSync(path.join(CONTENT_DIR, "course.json"), "utf8")) as CourseManifest;
}

export function readSource(relativePath: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(CONTENT_DIR, relativePath)));
}

export function sourceDocuments(manifest: CourseManifest) {
  return manifest.documents.map((document) => ({ path: document.path, bytes: readSource(document.path) }));
}

export function allSections(sections: Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.sections)]);
}

export function allPassages(course: BuiltCourse | { modules: Module[] }): Array<{ passage: Passage; section: Section; module: Module }> {
  return course.modules.flatMap((module) => allSections(module.sections).flatMap((section) => section.passages.map((passage) => ({ passage, section, module }))));
}
