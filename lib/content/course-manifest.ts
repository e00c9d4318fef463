import { z } from "zod";

const relativePath = z
  .string()
  .min(1)
  .refine((path) => !path.startsWith("/") && !path.split("/").includes(".."), { message: "文档路径必须是 content/ 下的相对路径" });

export const manifestDocumentSchema = z.object({
  /** Relative to content/, e.g. "sources/000_c11c5575379f235d.txt". */
  path: relativePath,
  /** Title of the document, used for a document that is one module and for text before its first heading. */
  title: z.string().min(1).optional(),
  /** Module title overrides, keyed by the detected title or by "#n" (the n-th module of this document, from 1). */
  moduleTitles: z.record(z.string(), z.string().min(1)).optional(),
});

export const courseManifestSchema = z.object({
  /** Stable short name of the course in URLs and commands; defaults to its folder's name. */
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, "课程代号只能包含小写字母、数字和连字符")
    .optional(),
  title: z.string().min(1, "课程标题不能为空"),
  description: z.string().min(1, "课程简介不能为空"),
  documents: z.array(manifestDocumentSchema).min(1, "课程至少需要一个文档"),
});

export type ManifestDocument = z.infer<typeof manifestDocumentSchema>;
export type CourseManifest = z.infer<typeof courseManifestSchema>;

export function parseCourseManifest(json: unknown): CourseManifest {
  return courseManifestSchema.parse(json);
}
