// A chapter of revision notes whose Markdown title is numbered as in its series (`# （五）…` over `## 第一节：…`):
// the title names the document; it is no item of a list and no passage (stop 35). Synthetic input.
import { describe, expect, it } from "vitest";
import { inspectDocument } from "@/lib/content/inspect-document";
import { passageTexts } from "./inspected-text";

const utf8 = (text: string) => new TextEncoder().encode(text + "\n");

const NOTES = [
  "# （三）某某理论",
  "",
  "## 第一节：某某理论的形成",
  "",
  "### 一、形成条件",
  "",
  "* **时代背景**：和平与发展成为时代主题",
  "* **实践基础**：改革开放的实践",
  "",
  "## 第二节：某某理论的主要内容",
  "",
  "### 一、思想路线",
  "",
  "* 解放思想、实事求是是这一理论的精髓",
].join("\n");

describe("a numbered Markdown title over chapter headings", () => {
  it("titles the document and is no passage", async () => {
    const document = await inspectDocument("notes.md", utf8(NOTES));
    expect(document.title).toBe("（三）某某理论");
    expect(passageTexts(document)).not.toContain("（三）某某理论");
    expect(passageTexts(document).some((text) => text.includes("和平与发展成为时代主题"))).toBe(true);
  });
});
