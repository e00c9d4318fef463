import { detectHeading, type HeadingMatch } from "../detect-heading";
import { displayWidth } from "../text/char-classes";
import { cleanTitle, sameTitle } from "./clean-title";
import type { DocumentOutline, OutlineModule, OutlineSection } from "./outline";
import { modulePassages, pruneEmptySections } from "./outline";

const MAX_TITLE_WIDTH = 30;
const TITLE_RANK = 3;

interface OpenSection {
  section: OutlineSection;
  rank: number;
  /** 摘要 and 关键词 hold one paragraph; other labels hold text but no subsections. */
  leaf: "one-paragraph" | "label" | null;
}

/** An unnumbered title line: short, and no sentence punctuation. */
export function isTitleLine(line: string): boolean {
  return displayWidth(line) <= MAX_TITLE_WIDTH && !/[，。；！？,;!?]/.test(line) && !/^[“"（(]/.test(line);
}

function newSection(title: string, numbering = "", implicit = false): OutlineSection {
  return { title, numbering, implicit, passages: [], sections: [] };
}

/** Which headings start modules: parts (第X篇) if any, else chapters (第X章) when there are two or more. */
function moduleStyle(headings: Array<HeadingMatch | null>): "part" | "chapter" | null {
  if (headings.some((heading) => heading?.style === "part")) return "part";
  if (headings.filter((heading) => heading?.style === "chapter").length >= 2) return "chapter";
  return null;
}

class ModuleBuilder {
  readonly module: OutlineModule;
  private stack: OpenSection[] = [];
  private intro: OutlineSection | null = null;
  private lastHeadingTitle: string;

  constructor(title: string) {
    this.module = { title, sections: [] };
    this.lastHeadingTitle = title;
  }

  /** True right after 摘要 or 关键词: the next line is their text, however short. */
  expectsLabelText(): boolean {
    const top = this.stack[this.stack.length - 1];
    return top?.leaf === "one-paragraph" && top.section.passages.length === 0;
  }

  hasPassages(): boolean {
    return modulePassages(this.module).length > 0;
  }

  /** Repeats of the title just printed above (scraped pages print a title twice) are dropped. */
  repeatsLastTitle(line: string): boolean {
    return sameTitle(line, this.lastHeadingTitle) || sameTitle(line, this.module.title);
  }

  openHeading(title: string, numbering: string, rank: number, leaf: OpenSection["leaf"]): void {
    while (this.stack.length > 0) {
      const top = this.stack[this.stack.length - 1]!;
      if (top.leaf === null && top.rank < rank) break;
      this.stack.pop();
    }
    const section = newSection(cleanTitle(title), numbering);
    const parent = this.stack[this.stack.length - 1];
    (parent ? parent.section.sections : this.module.sections).push(section);
    this.stack.push({ section, rank, leaf });
    this.lastHeadingTitle = title;
  }

  addParagraph(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.leaf === "one-paragraph") {
      const kind = top.section.title === "关键词" ? "keywords" : "prose";
      if (top.section.passages.length === 0) {
        top.section.passages.push({ text, kind });
        return;
      }
      this.stack.pop();
      this.addParagraph(text);
      return;
    }
    const container = top?.section ?? this.introSection();
    container.passages.push({ text, kind: "prose" });
    this.lastHeadingTitle = "";
  }

  private introSection(): OutlineSection {
    if (!this.intro) {
      this.intro = newSection(this.module.title, "", true);
      this.module.sections.push(this.intro);
    }
    return this.intro;
  }
}

/**
 * Turns cleaned lines (one heading or paragraph per line) into modules and nested sections.
 * Headings nest by rank (第X篇 ▸ 第X章 ▸ 第X节 ▸ 一、 ▸ （一） ▸ 1. ▸ 1.1 ▸ （1） ▸ ①); a module is
 * a part or a chapter when the document has them, and a new paper (a title followed by 摘要) also
 * starts one.
 */
export function buildOutline(lines: string[], fallbackTitle: string): DocumentOutline {
  const headings = lines.map((line) => detectHeading(line));
  const splitStyle = moduleStyle(headings);
  const leadingTitle = lines[0] && !headings[0] && isTitleLine(lines[0]) ? cleanTitle(lines[0]) : null;
  const documentTitle = leadingTitle ?? fallbackTitle;
  const modules: OutlineModule[] = [];
  let builder = new ModuleBuilder(documentTitle);
  const startModule = (title: string) => {
    modules.push(builder.module);
    builder = new ModuleBuilder(cleanTitle(title));
  };

  lines.forEach((line, index) => {
    const heading = headings[index];
    const nextHeading = headings[index + 1];
    if (heading && heading.style === splitStyle) {
      startModule(heading.title || heading.numbering);
      return;
    }
    if (heading) {
      if (heading.style === "label") {
        const leaf = heading.label === "摘要" || heading.label === "关键词" ? "one-paragraph" : "label";
        builder.openHeading(heading.title, "", TITLE_RANK, leaf);
      } else if (heading.title) {
        builder.openHeading(heading.title, heading.numbering, heading.rank, null);
      }
      return;
    }
    if (index === 0 && leadingTitle) return;
    if (isTitleLine(line) && !builder.expectsLabelText() && index + 1 < lines.length) {
      if (nextHeading?.label === "摘要") {
        if (builder.hasPassages()) startModule(line);
        else if (!builder.repeatsLastTitle(line)) builder.module.title = cleanTitle(line);
        return;
      }
      if (builder.repeatsLastTitle(line)) return;
      builder.openHeading(line, "", TITLE_RANK, null);
      return;
    }
    builder.addParagraph(line);
  });
  modules.push(builder.module);

  const kept = modules
    .map((module) => ({ ...module, sections: pruneEmptySections(module.sections) }))
    .filter((module) => module.sections.length > 0);
  return { title: leadingTitle ?? kept[0]?.title ?? fallbackTitle, modules: kept };
}
