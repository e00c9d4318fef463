import { describe, expect, it } from "vitest";
import { courseManifestSchema } from "@/lib/content/course-manifest";
import { readManifest } from "./build-helpers";

describe("courseManifestSchema", () => {
  it("accepts content/course.json, which lists the five sources in order", () => {
    const manifest = courseManifestSchema.parse(readManifest());
    expect(manifest.title).toBe("密切党群关系");
    expect(manifest.documents.map((document) => document.path)).toEqual([
      "sources/000_c11c5575379f235d.txt",
      "sources/001_4358c33693bd58b7.txt",
      "sources/002_69e07ed981a16020.txt",
      "sources/003_31f2030a350ea770.txt",
      "sources/004_3f17b374d5719947.txt",
    ]);
  });

  it("rejects paths outside content/, a missing title and an empty document list", () => {
    expect(courseManifestSchema.safeParse({ title: "课", description: "简介", documents: [{ path: "../secret.txt" }] }).success).toBe(false);
    expect(courseManifestSchema.safeParse({ title: "", description: "简介", documents: [{ path: "a.txt" }] }).success).toBe(false);
    expect(courseManifestSchema.safeParse({ title: "课", description: "简介", documents: [] }).success).toBe(false);
  });
});
