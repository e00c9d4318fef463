/**
 * Shows what the content pipeline makes of one document.
 *   npx tsx scripts/content-inspect.ts FILE          structure as a tree, with knowledge points
 *   npx tsx scripts/content-inspect.ts FILE --json   the InspectedDocument JSON (see docs/CONTENT.md)
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { ContentError, inspectDocument, type InspectedDocument, type InspectedSection } from "../lib/content";

const PREVIEW = 60;

function preview(text: string): string {
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
}

function printSection(section: InspectedSection, depth: number, counter: { passage: number }, lines: string[]): void {
  const indent = "  ".repeat(depth);
  lines.push(`${indent}§ ${section.title}`);
  for (const passage of section.passages) lines.push(`${indent}  [${counter.passage++}] ${preview(passage.text)}`);
  for (const child of section.sections) printSection(child, depth + 1, counter, lines);
}

function renderTree(document: InspectedDocument): string {
  const lines = [`# ${document.title}`];
  const counter = { passage: 0 };
  for (const module of document.modules) {
    lines.push("", `■ ${module.title}`);
    for (const section of module.sections) printSection(section, 1, counter, lines);
  }
  lines.push("", `知识点（${document.knowledgePoints.length}）`);
  for (const point of document.knowledgePoints) {
    const where = "section" in point.span ? `§${point.span.section}` : `[${point.span.passage}] ${point.span.start}-${point.span.end}`;
    const details = [
      point.speaker && `说话人：${point.speaker}`,
      point.items && `各项：${point.items.join(" | ")}`,
      point.answer && !point.items && `答案：${preview(point.answer)}`,
    ].filter(Boolean);
    lines.push(`  ${point.kind.padEnd(12)} ${preview(point.text)}${details.length ? `  （${details.join("；")}）` : ""}  @${where}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const file = args.find((arg) => !arg.startsWith("--"));
  if (!file) {
    console.error("usage: npx tsx scripts/content-inspect.ts FILE [--json]");
    process.exitCode = 2;
    return;
  }
  try {
    const document = await inspectDocument(basename(file), new Uint8Array(readFileSync(file)));
    console.log(args.includes("--json") ? JSON.stringify(document, null, 2) : renderTree(document));
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(`${error.userMessage}\n(${error.message})`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

void main();
