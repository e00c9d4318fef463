// A page's info bar copied one field to a line: the source's key with nothing after it, its value on the next line
// ("来源:" over "四川日报"). The value is metadata, no title of a module (stop 35). Synthetic lines.
import { describe, expect, it } from "vitest";
import { dropDocumentMetadata } from "@/lib/content/cleaning/drop-document-metadata";

const TEXT = "现在，我代表省人民政府，向大会报告工作，请予审议。";

describe("a source named on the line under its empty key", () => {
  it("is dropped with the key", () => {
    const result = dropDocumentMetadata.apply(["某省政府工作报告", "来源:", "某某日报", TEXT]);
    expect(result.lines).toEqual(["某省政府工作报告", TEXT]);
  });

  it("keeps a line under the key that is no source's name", () => {
    const result = dropDocumentMetadata.apply(["某省政府工作报告", "来源:", "一、过去一年的工作", TEXT]);
    expect(result.lines).toContain("一、过去一年的工作");
  });
});
