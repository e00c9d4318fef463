import "server-only";
import { z } from "zod";
import { CLEANING_RULES, DOCUMENT_KINDS, type BuiltCourse, type CleaningRuleName, type Section } from "@/lib/content";

/**
 * The shape of a BuiltCourse (lib/content/types.ts), checked on a build read back from the
 * database (build-upload.ts) before anything uses it. Strict: a key the type does not have is
 * refused too, so a build that is not exactly what the pipeline makes is parsed again rather than
 * trusted. Annotated with the type, so a field the pipeline adds without adding it here fails the
 * type check (a required one) or makes every stored build parsed again (an optional one, which
 * tests/integration/uploads.test.ts "read the build stored at upload" notices).
 */
const count = z.number().int().nonnegative();
const text = z.string();

const sentenceSchema = z.strictObject({ text, start: count, end: count });

const passageSchema = z.strictObject({
  id: text,
  kind: z.enum(["prose", "keywords"]),
  text,
  sentences: z.array(sentenceSchema),
});

const sectionSchema: z.ZodType<Section> = z.strictObject({
  id: text,
  title: text,
  numbering: text,
  implicit: z.boolean(),
  uncitable: z.boolean().optional(),
  passages: z.array(passageSchema),
  get sections() {
    return z.array(sectionSchema);
  },
});

const knowledgePointSchema = z.strictObject({
  id: text,
  kind: z.enum(["term", "quote", "enumeration", "definition", "number", "heading-list"]),
  text,
  answer: text.optional(),
  speaker: text.optional(),
  items: z.array(text).optional(),
  span: z.strictObject({ passage: text, start: count, end: count }).nullable(),
  section: text,
});

const moduleSchema = z.strictObject({
  id: text,
  title: text,
  uncitable: z.boolean().optional(),
  source: text,
  sections: z.array(sectionSchema),
  knowledgePoints: z.array(knowledgePointSchema),
});

const cleaningRuleNames = [...new Set(CLEANING_RULES.map((rule) => rule.name))] as [CleaningRuleName, ...CleaningRuleName[]];

const documentReportSchema = z.strictObject({
  path: text,
  title: text,
  untitled: z.boolean().optional(),
  metadata: z
    .strictObject({
      title: text.optional(),
      subtitle: text.optional(),
      issuer: text.optional(),
      date: text.optional(),
      documentNumber: text.optional(),
      author: text.optional(),
      source: text.optional(),
      notes: z.array(z.strictObject({ mark: text, text, anchor: text.optional() })).optional(),
    })
    .optional(),
  kind: z.strictObject({ kind: z.enum(DOCUMENT_KINDS), evidence: z.array(text) }).optional(),
  modules: count,
  sections: count,
  passages: count,
  knowledgePoints: count,
  duplicatePassages: count,
  duplicateModules: count,
  cleaning: z.record(z.enum(cleaningRuleNames), count),
});

export const builtCourseSchema: z.ZodType<BuiltCourse> = z.strictObject({
  id: text,
  title: text,
  description: text,
  modules: z.array(moduleSchema),
  reports: z.array(documentReportSchema),
});
