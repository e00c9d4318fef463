import { stableId, type IdKind } from "./stable-id";
import type { BuiltCourse, KnowledgePoint, Module, Section } from "./types";

/**
 * The same course with every module, section, passage and knowledge-point id made unique to
 * one course: each id becomes a hash of the scope (the course's id) and the id the pipeline
 * gave. Content-addressed ids alone are equal in two courses that use the same document, and a
 * document may serve any number of courses (党章 belongs in many); scoping keeps them apart while
 * staying content-addressed, so an unchanged paragraph keeps its scoped id from build to build.
 */
export function scopeCourseIds(course: BuiltCourse, scope: string): BuiltCourse {
  const scoped = (kind: IdKind, id: string) => stableId(kind, "course-scope", scope, id);
  const scopeSection = (section: Section): Section => ({
    ...section,
    id: scoped("section", section.id),
    passages: section.passages.map((passage) => ({ ...passage, id: scoped("passage", passage.id) })),
    sections: section.sections.map(scopeSection),
  });
  const scopePoint = (point: KnowledgePoint): KnowledgePoint => ({
    ...point,
    id: scoped("point", point.id),
    section: point.section ? scoped("section", point.section) : point.section,
    span: point.span ? { ...point.span, passage: scoped("passage", point.span.passage) } : null,
  });
  const scopeModule = (module: Module): Module => ({
    ...module,
    id: scoped("module", module.id),
    sections: module.sections.map(scopeSection),
    knowledgePoints: module.knowledgePoints.map(scopePoint),
  });
  return { ...course, modules: course.modules.map(scopeModule) };
}

