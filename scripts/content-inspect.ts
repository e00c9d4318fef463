/**
 * Shows what the content pipeline makes of one document.
 *   npm run content:inspect -- FILE          a report (format, encoding, title, metadata, counts,
 *                                            mid-sentence share, debris, knowledge points by kind,
 *                                            invariants broken), then the tree and the points
 *   npm run content:inspect -- FILE --json   the InspectedDocument JSON (see docs/CONTENT.md)
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { ContentError, DOCUMENT_KIND_LABELS, inspectDocument, type InspectedDocument, type InspectedSection } from "../lib/content";

const PREVIEW = 60;
/** At most this many removed metadata lines in the report (--json carries them all). */
const METADATA_LINES = 12;

function preview(text: string): string {
  return text.length > PREVIEW ? `${text.slice(0, PREVIEW)}…` : text;
}

function printSection(section: InspectedSection, depth: number, counter: { passage: number }, lines: string[]): void {
  const indent = "  ".repeat(depth);
  lines.push(`${indent}§ ${section.title}`);
  for (const passage of section.passages) lines.push(`${indent}  [${counter.passage++}] ${preview(passage.text)}`);
  for (const child of section.sections) printSection(child, depth + 1, counter, lines);
}

function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

function renderReport(document: InspectedDocument): string[] {
  const entries = (record: Record<string, number | string | undefined>) =>
    Object.entries(record)
      .map(([key, value]) => `${key} ${value}`)
      .join("，") || "无";
  const lines = [
    `文件：${document.fileName}（格式 ${document.format}${document.encoding ? `，编码 ${document.encoding}` : ""}）`,
    `标题：${document.title}`,
    `文件类别：${DOCUMENT_KIND_LABELS[document.kind.kind]}（${document.kind.kind}；${document.kind.evidence.join("，") || "无"}）`,
    `元数据：${entries(document.metadata)}`,
    `结构：${document.counts.modules} 个模块，${document.counts.sections} 个小节，${document.counts.passages} 个段落`,
    `注释：${document.counts.notes} 条（解释性注释，阅读页显示，不进入段落和题目）`,
    `句中断开的段落：${percent(document.midSentenceShare)}`,
    `清理掉的杂质：${entries(document.debris.removed)}`,
    `删除的元数据行：${document.debris.metadataLines.length} 行`,
    ...document.debris.metadataLines.slice(0, METADATA_LINES).map(({ rule, line }) => `  · ${rule}：${preview(line)}`),
    ...(document.debris.metadataLines.length > METADATA_LINES ? [`  · …（另 ${document.debris.metadataLines.length - METADATA_LINES} 行）`] : []),
    `段落中残留的标记或链接：${document.debris.inPassages.length} 处`,
    ...document.debris.inPassages.slice(0, 5).map((text) => `  · ${preview(text)}`),
    `知识点：${entries(document.knowledgePointsByKind)}`,
    `不变量：${document.invariants.length === 0 ? "全部满足" : `${document.invariants.length} 项不满足`}`,
    ...document.invariants.flatMap((violation) => [
      `  ✗ ${violation.invariant}（${violation.count}）`,
      ...violation.examples.map((example) => `      ${preview(example)}`),
    ]),
  ];
  return lines;
}

function renderTree(document: InspectedDocument): string {
  const lines = [...renderReport(document), "", `# ${document.title}`];
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
