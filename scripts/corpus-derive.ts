/**
 * Re-creates the corpus documents that are derived from real sources (see
 * tests/fixtures/corpus/SOURCES.md): the text of a real document put into the encoding or
 * container a user would upload it in. The sources are not kept in this repository; give the
 * folder holding them (the files named in SOURCES.md, as fetched from their repositories).
 *
 *   npx tsx scripts/corpus-derive.ts SOURCE_DIR [FILE…]   (FILE: a corpus file to re-create alone)
 *
 * - the head of a natively GBK text file, cut at a line end (a long file's first speeches);
 * - a scraped government work report (the `full_text` column of a CSV) as GBK, UTF-16LE and
 *   UTF-8 .txt, unchanged otherwise (its scraping debris is what a user would paste);
 * - a Markdown regulation saved as a GBK .txt file, Markdown marks and all (a copy pasted
 *   into Notepad), or without them and with CRLF line ends (a copy typed into Notepad);
 * - a scraped work report pasted into Word, one paragraph per line;
 * - a Markdown article as a styled .docx: Title, Heading 2 subheadings, indented body paragraphs;
 * - a Markdown article as .docx, one Word paragraph per source line (the docx package; its
 *   zip entries carry the time of writing, so deriving again changes the bytes, not the text);
 * - a Markdown regulation or article as .pdf with a real text layer, printed 34 characters a
 *   line and 38 lines a page with a page number under each page, like an office PDF export;
 * - a Markdown regulation as a printed official document: 28 characters a line, centered title,
 *   issuing note and chapter headings, the title as a running header, "第 n 页 共 m 页" footers;
 * - the article of a saved web page as a reader copies it (title, byline, body), put into .docx,
 *   an official-print .pdf, GBK or UTF-16LE .txt with CRLF, UTF-8 .txt or Markdown;
 * - a Vue page of Element Plus components as its visitor sees it (panels opened), put into .docx.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from "docx";

const CORPUS = path.join(import.meta.dirname, "../tests/fixtures/corpus");

function reportText(csvPath: string): string {
  const rows = parse(readFileSync(csvPath, "utf8").replace(/^\uFEFF/, ""), { columns: true }) as Array<{ full_text: string }>;
  return rows[0]!.full_text.replace(/\r\n/g, "\n");
}

/** Source lines without Markdown heading marks and indentation: what a Word user typed. */
function plainLines(markdown: string): string[] {
  return markdown
    .split("\n")
    .map((line) => line.replace(/^#+\s*/, "").replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((line) => line.length > 0);
}

/**
 * A newspaper article saved as an Obsidian note (YAML front matter, `#` title, `##` subtitle, a `>` byline quote) as
 * its reader copies it from the page: no front matter, no Markdown marks, one line per paragraph.
 */
function vaultNoteLines(markdown: string): string[] {
  return plainLines(markdown.replace(/^---\n[\s\S]*?\n---\n/, ""))
    .map((line) => line.replace(/^>\s*/, "").replace(/\*\*/g, ""))
    .filter((line) => line.length > 0);
}

/**
 * A mirrored news post in Hugo (YAML front matter whose title is `站名->标题 | 域名`, `**` bold runs, the `<!--more-->`
 * summary mark, image lines the crawler broke into one per URL character) as its reader copies the news item: the
 * headline, then the text, the mark joining the text around it as the page shows it, images left out, links as their
 * text; Markdown marks removed as in vaultNoteLines.
 */
function hugoPostLines(markdown: string): string[] {
  const title = /^title: (?:.*?->)?(.*?)(?: \| [\w.]+)?$/m.exec(markdown)?.[1] ?? "";
  const text = markdown.replace(/\n<!--more-->\n/g, "").replace(/^!\[[^\]]*\]\([^)]*\)$/gm, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
  return [title, ...vaultNoteLines(text)].filter((line) => line.length > 0);
}

/**
 * A work of the Selected Works as a VitePress page (YAML front matter with the site's SEO title, `#` title, the date
 * line, a `>` note on the occasion, paragraphs opening with their `　　` indent, a `------------------` rule before the
 * notes) as its reader copies the rendered page: no front matter, no Markdown marks, the rule drawn (not copied), one
 * line per paragraph, the full-width indents kept, trailing spaces gone.
 */
function vitepressWorkLines(markdown: string): string[] {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, "")
    .split("\n")
    .map((line) => line.replace(/^#+\s*|^>\s*/, "").replace(/[\s]+$/, ""))
    .filter((line) => line.trim().length > 0 && !/^-{3,}$/.test(line.trim()));
}

async function writeDocx(lines: string[], target: string): Promise<void> {
  const document = new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] });
  writeFileSync(target, await Packer.toBuffer(document));
}

/**
 * An article as a Word user styles it: the page's title (the file name, which the source page
 * printed above the text) in the Title style, `**小标题**` lines as Heading 2, body paragraphs
 * with a two-character first-line indent instead of full-width spaces.
 */
async function writeStyledDocx(title: string, markdown: string, target: string): Promise<void> {
  const children = [
    new Paragraph({ text: title, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
    ...plainLines(markdown).map((line) => {
      const bold = /^\*\*(.+)\*\*$/.exec(line);
      if (bold) return new Paragraph({ text: bold[1]!, heading: HeadingLevel.HEADING_2 });
      return new Paragraph({ text: line, indent: { firstLine: 480 } });
    }),
  ];
  writeFileSync(target, await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

interface PrintLayout {
  lineWidth: number;
  linesPerPage: number;
  /** Distance between printed lines, in points. */
  leading: number;
  /** A running header printed over every page (an official document's title), if any. */
  header?: string;
  footer: (page: number, pages: number) => string;
  /** Lines printed centered and unindented: titles, issuing notes, chapter headings. */
  centered: (line: string) => boolean;
}

/** An office PDF export: 34 characters a line, 38 lines a page, "- n -" under each page. */
const OFFICE_LAYOUT: PrintLayout = { lineWidth: 34, linesPerPage: 38, leading: 16, footer: (page) => `- ${page} -`, centered: () => false };

/**
 * A printed official document: 28 characters a line, 30 lines a page, the title, the issuing
 * note and the chapter headings centered, the title as a running header on every page and
 * "第 n 页 共 m 页" under it.
 */
function officialLayout(title: string): PrintLayout {
  return {
    lineWidth: 28,
    linesPerPage: 30,
    leading: 22,
    header: title,
    footer: (page, pages) => `第 ${page} 页 共 ${pages} 页`,
    centered: (line) => line === title || /^[（(]|^\d{4}年.*[）)]$|^第[一二三四五六七八九十]+章/.test(line),
  };
}

interface PrintedLine {
  text: string;
  centered: boolean;
}

/** Printed lines: each paragraph indented by two spaces and wrapped at the column width; centered lines as they are. */
function printedLines(lines: string[], layout: PrintLayout): PrintedLine[] {
  const printed: PrintedLine[] = [];
  for (const line of lines) {
    const centered = layout.centered(line);
    const text = centered ? line : `\u3000\u3000${line}`;
    for (let start = 0; start < text.length; start += layout.lineWidth) printed.push({ text: text.slice(start, start + layout.lineWidth), centered });
  }
  return printed;
}

/**
 * A PDF whose text layer is exact: a Type0 font with Identity-H encoding where every code is the
 * character's own UTF-16 unit, and a ToUnicode map saying so. No glyphs are embedded (viewers
 * substitute a font); text extraction, which is what the pipeline does, reads the ToUnicode map.
 */
function writePdf(lines: string[], target: string, layout: PrintLayout = OFFICE_LAYOUT): void {
  const printed = printedLines(lines, layout);
  const pages: PrintedLine[][] = [];
  for (let start = 0; start < printed.length; start += layout.linesPerPage) pages.push(printed.slice(start, start + layout.linesPerPage));
  const hex = (text: string) => [...text].map((char) => char.charCodeAt(0).toString(16).padStart(4, "0")).join("");
  const ranges = Array.from({ length: 256 }, (_, high) => {
    const byte = high.toString(16).padStart(2, "0");
    return `<${byte}00> <${byte}ff> <${byte}00>`;
  });
  const toUnicode = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <ffff> endcodespacerange",
    ...Array.from({ length: 3 }, (_, chunk) => {
      const part = ranges.slice(chunk * 100, chunk * 100 + 100);
      return `${part.length} beginbfrange\n${part.join("\n")}\nendbfrange`;
    }),
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");

  const objects: string[] = [];
  const add = (body: string) => objects.push(body) - 1 + 1;
  const catalog = add("");
  const pagesObject = add("");
  const font = add("<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>");
  add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 1000 >>");
  add(`<< /Length ${Buffer.byteLength(toUnicode)} >>\nstream\n${toUnicode}\nendstream`);
  add("<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 700 /StemV 80 >>");
  const pageIds: number[] = [];
  pages.forEach((pageLines, index) => {
    const body = [
      ...(layout.header ? [`BT /F1 9 Tf 56 800 Td <${hex(layout.header)}> Tj ET`] : []),
      `BT /F1 14 Tf ${layout.leading} TL 56 760 Td`,
      ...pageLines.map((line) => {
        // A centered line moves right by half the room it leaves, then back, so the next line starts at the margin.
        const shift = line.centered ? ((layout.lineWidth - line.text.length) / 2) * 14 : 0;
        return shift ? `${shift} 0 Td <${hex(line.text)}> Tj ${-shift} 0 Td T*` : `<${hex(line.text)}> Tj T*`;
      }),
      "ET",
      `BT /F1 10 Tf 290 40 Td <${hex(layout.footer(index + 1, pages.length))}> Tj ET`,
    ].join("\n");
    const content = add(`<< /Length ${Buffer.byteLength(body)} >>\nstream\n${body}\nendstream`);
    pageIds.push(add(`<< /Type /Page /Parent ${pagesObject} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObject} 0 R >>`;
  objects[pagesObject - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;

  let output = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(output, "latin1"));
    output += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(output, "latin1");
  output += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  output += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  writeFileSync(target, Buffer.from(output, "latin1"));
}

/**
 * The visible text of a saved web page, one line per text run, as "select all, copy, paste into
 * Notepad" gives it: head, scripts and styles dropped, tags and the JSP directives removed, the
 * few entities such pages use decoded, blank lines dropped.
 */
function pageText(html: string): string {
  const entities: Record<string, string> = { "&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&rsaquo;": "›", "&amp;": "&" };
  const text = html
    .replace(/<%[\s\S]*?%>|<head>[\s\S]*?<\/head>|<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<!--[\s\S]*?-->/g, "")
    .replace(/<br\s*\/?>|<\/(p|div|section|li|h\d)>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&[a-z#0-9]+;/g, (entity) => entities[entity] ?? entity);
  return `${text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n")}\n`;
}

/**
 * The article of a school website's page (an ASP.NET CMS saved by a crawler) as a reader copies
 * it: the title (`<h2 class="title">`), the byline (来源/作者/发布时间/点击数, the hit counter
 * being a script that is dropped) and the body (`<div class="conTxt">` up to the print end mark),
 * through `pageText`. `bodyOnly` keeps the body alone (a regulation whose body repeats its title).
 */
function articleText(html: string, bodyOnly = false): string {
  const pick = (pattern: RegExp) => pattern.exec(html)?.[1] ?? "";
  const title = pick(/<h2 class="title">([\s\S]*?)<\/h2>/);
  const byline = pick(/<div class="property">([\s\S]*?)<\/div>/);
  const body = pick(/<div class="conTxt">([\s\S]*?)<!--endprint-->/);
  if (!body) throw new Error("no article body in the page");
  return pageText(bodyOnly ? body : `<p>${title}</p><p>${byline}</p>${body}`);
}

/**
 * The article of a university department's page made with the WebPlus (sudy) CMS as a reader copies it: the title
 * (`<h1 class="arti_title">`), the 发布时间/浏览次数 line (`<p class="arti_metas">`, its spans side by side) and the
 * body (`<div class='wp_articlecontent'>`, photo captions included), through `pageText`.
 */
function webPlusArticleText(html: string): string {
  const pick = (pattern: RegExp) => pattern.exec(html)?.[1] ?? "";
  const title = pick(/<h1 class="arti_title">([\s\S]*?)<\/h1>/);
  const metas = pick(/<p class="arti_metas">([\s\S]*?)<\/p>/).replace(/<\/span><span/g, "</span> <span");
  const body = pick(/<div class='wp_articlecontent'>([\s\S]*?)<\/div>/);
  if (!body) throw new Error("no article body in the page");
  return pageText(`<p>${title}</p><p>${metas}</p>${body}`);
}

/**
 * The article of a school-news page of a JSP portal as a reader copies it: the headline (`<h1 id="js-title">`), the
 * subtitles (`<h2 class="t-c">`), the 学校/日期 line (`<div class="article-metas">`, shown on one line) and the
 * `<article>` body (its pictures left out), through `pageText`.
 */
function schoolNewsText(page: string): string {
  const header = /<div class="article-header">([\s\S]*?)<div class="article-body">/.exec(page)?.[1] ?? "";
  const title = /<h1[^>]*id="js-title">([^<]*)<\/h1>/.exec(header)?.[1] ?? "";
  const subtitles = [...header.matchAll(/<h2 class="t-c">([\s\S]*?)<\/h2>/g)].map((match) => `<p>${match[1]}</p>`).join("");
  const metas = (/<div class="article-metas">([\s\S]*?)<\/div>\s*<\/div>/.exec(header)?.[1] ?? "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const body = /<article id="js-content">([\s\S]*?)<\/article>/.exec(page)?.[1];
  if (!title || !body) throw new Error("no article in the page");
  return pageText(`<p>${title}</p>${subtitles}<p>${metas}</p>${body}`);
}

/**
 * The text of a React page's JSX as its author typed it: the title (`<b>`), the date and time (`<div>`s of the note
 * under it) and the paragraphs with the hard line breaks the author kept from the printed text, one line per source
 * line, tags, `&nbsp;` paragraphs and pictures left out.
 */
function jsxLines(source: string): string[] {
  const content = /<div className="content">([\s\S]*)<\/div>\s*<\/div>\s*\);/.exec(source)?.[1];
  if (!content) throw new Error("no content in the page");
  return content
    .replace(/<img[^>]*>(?:<\/img>)?/g, "")
    .replace(/<[^>]+>/g, "\n")
    .replace(/&nbsp;/g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The first `count` lines of a file as bytes, whatever its encoding (the line feed byte is the same in GBK). */
function firstLines(bytes: Buffer, count: number): Buffer {
  let end = 0;
  for (let line = 0; line < count && end < bytes.length; line++) {
    const feed = bytes.indexOf(0x0a, end);
    end = feed < 0 ? bytes.length : feed + 1;
  }
  return bytes.subarray(0, end);
}

/**
 * The first `count` lines of a UTF-16LE file as bytes, unchanged (its BOM kept): cut after the `count`th line feed,
 * found as the code unit 0x000A at an even offset, so that no character is split.
 */
function firstUtf16Lines(bytes: Buffer, count: number): Buffer {
  let end = 0;
  for (let line = 0; line < count && end < bytes.length; line++) {
    let feed = end;
    while (feed + 1 < bytes.length && !(bytes[feed] === 0x0a && bytes[feed + 1] === 0x00)) feed += 2;
    end = Math.min(feed + 2, bytes.length);
  }
  return bytes.subarray(0, end);
}

/** Bytes `start` to `end` of a file, unchanged (a GBK file cut where a paragraph's `　　` indent starts). */
function byteRange(bytes: Buffer, start: number, end: number): Buffer {
  return bytes.subarray(start, end);
}

/**
 * A PHP template's page as its visitor sees it, then `pageText`: the server code (`<?php … ?>`, `<?= … ?>`, and a
 * last block left open to the file's end) is never shown; a `<` that opens no tag (`<通过…`, broken markup) is shown
 * as text, and `&nbsp` without its semicolon is a space, as browsers render them.
 */
function phpPageText(source: string): string {
  const visible = source
    .replace(/<\?(?:php|=)[\s\S]*?(?:\?>|$(?![\s\S]))/g, "")
    .replace(/<(?![A-Za-z/!])/g, "&lt;")
    .replace(/&nbsp(?!;)/g, "&nbsp;");
  return pageText(visible);
}

/**
 * A JSP page of a railway crew's party-building site (JSTL: `<c:set>` variables read by `<%@include%>`d
 * fragments) as its visitor sees it in a browser: the includes resolved with the variables set before them, the
 * navigation bar's dropdown menus left closed (hidden, so not copied), and white space inside a block collapsed to
 * one space as the browser renders it (the source wraps its paragraphs inside the attribute values), then `pageText`.
 * `fragment(name)` gives an included file's source (`header.jsp`, `nav2.jsp`, …).
 */
function jstlPageText(page: string, fragment: (name: string) => string): string {
  const vars: Record<string, string> = {};
  const expand = (source: string) => source.replace(/\$\{(\w+)\}|<c:out value="\$\{(\w+)\}"\/>/g, (_, a, b) => vars[(a ?? b) as string] ?? "");
  let html = "";
  const directive = /<c:set\s+var="(\w+)"\s+value="([\s\S]*?)"\s+scope="page"\s*\/>|<(?:jsp:include page|%@include file)="\/content\/componet\/([\w.]+)"[^>]*>/g;
  for (const match of page.matchAll(directive)) {
    if (match[1]) vars[match[1]] = match[2]!;
    else if (match[3] && match[3] !== "wholeHeader.jsp" && match[3] !== "refer.jsp") html += expand(fragment(match[3]));
  }
  const visible = html
    .replace(/<%--[\s\S]*?--%>/g, "")
    .replace(/<ul class="dropdown-menu">[\s\S]*?<\/ul>/g, "")
    .replace(/<span class="(?:sr-only|caret|icon-bar)">[^<]*<\/span>/g, "")
    .replace(/[ \t\r\n]+/g, " ")
    .replace(/<\/(a|button|header|footer|ol|nav)>/g, "</$1>\n")
    .replace(/<(p|li|div|ol|footer|header)\b/g, "\n<$1");
  return pageText(visible);
}

/**
 * A Markdown page as its reader copies it from the rendered site into a text editor: heading marks, bold and italic
 * marks, bullets and rules gone, indentation dropped, the numbers an ordered list's author typed kept, blank lines
 * between blocks kept.
 */
function renderedMarkdownText(markdown: string): string {
  return `${markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/^#+\s*/, "")
        .replace(/\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])/g, "")
        .replace(/^\s*[-*]\s+/, "")
        .replace(/^\s+|\s+$/g, ""),
    )
    .filter((line) => !/^-{3,}$/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

/** Each derived corpus file (relative to the corpus folder) and how it is made from SOURCE_DIR. */
/**
 * A Vue page of Element Plus components as its visitor sees it with every collapse panel opened and the drawer
 * closed (a closed `el-drawer` renders nothing), then `pageText`: the site's navigation bar (a component's
 * `router-link` entries) over the page's `<template>`, each `el-collapse-item`'s `title` shown as the panel's header.
 */
function vuePageText(navigation: string, page: string): string {
  const template = (source: string) => /<template>([\s\S]*)<\/template>/.exec(source)?.[1] ?? "";
  const visible = `${template(navigation)}\n${template(page)}`
    .replace(/<el-drawer[\s\S]*?<\/el-drawer>/g, "")
    .replace(/<el-collapse-item\s+title="([^"]*)"[^>]*>/g, "<p>$1</p>")
    .replace(/<\/router-link>/g, "</li>");
  return pageText(visible);
}

/**
 * A Vue mixin's single-choice questions (`fldName`, `QuestionOptionList` of `fldOptionText`/`fldOptionIndex`,
 * `rightAnswer`) as a reader copies the quiz into a Markdown note: each question numbered, its options `A.…` on their
 * own lines, then `答案：X`. Read with patterns, not evaluated.
 */
function mixinQuizMarkdown(source: string, title: string): string {
  const blocks = source.split(/"questionID":\s*\d+,/).slice(1);
  const questions = blocks.map((block, index) => {
    const stem = /"fldName":\s*"([^"]*)"/.exec(block)?.[1] ?? "";
    const answer = /"rightAnswer":\s*['"]([A-D])['"]/.exec(block)?.[1] ?? "";
    const options = [...block.matchAll(/"fldOptionText":\s*"([^"]*)",\s*"fldOptionIndex":\s*'([A-D])'/g)].map((m) => `${m[2]}.${m[1]}`);
    return [`${index + 1}. ${stem}`, "", ...options.map((option) => `${option}  `), "", `答案：${answer}`].join("\n");
  });
  return `# ${title}\n\n${questions.join("\n\n")}\n`;
}

/**
 * A quiz bank's fill-in questions (JSON rows of `question` and `answer`) as its company typed them into Notepad: a title
 * line, then each question numbered `N.` over its key `答案：…`, a blank line between items. The first `count` rows.
 */
function fillInBankText(json: string, title: string, count: number): string {
  const rows = (JSON.parse(json) as Array<{ question: string; answer: string }>).slice(0, count);
  return [title, "", ...rows.flatMap((row, index) => [`${index + 1}.${row.question.trim()}`, `答案：${row.answer.trim()}`, ""])].join("\n");
}

/**
 * A study site's quiz (a JS array `QUESTION_DATA` of `type`, `question`, `options` of `label`/`content`, `answer`) as a
 * student copies it into a .txt: a title line, then each question numbered `N.`, its options `A.…` one to a line and
 * its key `答案：X` (letters run together), a blank line between items. The first `single` 单选题 then the first
 * `multiple` 多选题, numbered anew. Read as JSON, never evaluated.
 */
function choiceBankText(source: string, title: string, single: number, multiple: number): string {
  const json = source.replace(/^const QUESTION_DATA = /, "").replace(/;?\s*(module\.exports|export)[\s\S]*$/, "").replace(/;\s*$/, "");
  type Row = { type: string; question: string; options: Array<{ label: string; content: string }>; answer: string };
  const rows = JSON.parse(json) as Row[];
  const picked = [...rows.filter((row) => row.type === "单选题").slice(0, single), ...rows.filter((row) => row.type === "多选题").slice(0, multiple)];
  const items = picked.flatMap((row, index) => [
    `${index + 1}.${row.question.trim()}`,
    ...row.options.map((option) => `${option.label}.${option.content.trim()}`),
    `答案：${row.answer.replace(/\s+/g, "")}`,
    "",
  ]);
  return [title, "", ...items].join("\n");
}

const DERIVED: Record<string, (source: (name: string) => string) => Promise<Uint8Array | string | void>> = {
  "zhejiang-2026-gongzuo-baogao-gbk.txt": async (source) => iconv.encode(reportText(source("浙江省.csv")), "gbk"),
  "hebei-2026-gongzuo-baogao-utf16.txt": async (source) => iconv.encode(reportText(source("河北省.csv")), "utf16le", { addBOM: true }),
  "holdout/jiangsu-2026-gongzuo-baogao.txt": async (source) => reportText(source("江苏省.csv")),
  // The first 207 lines (title, contents, three speeches) of a 1.4 MB GBK file, bytes unchanged: cut at a line end, the file stays GBK as its author's Windows wrote it.
  "dengxiaoping-wenxuan-gbk.txt": async (source) => firstLines(readFileSync(source("邓小平讲话.txt")), 207),
  // A crawler's GBK file of the 江泽民文选: each text's paragraphs run together on one line, joined by their
  // `　　` indents. Cut where a paragraph starts: the first four texts, and three texts of volume one from the middle.
  "jiang-wenxuan-yi-gbk.txt": async (source) => byteRange(readFileSync(source("江泽民讲话.txt")), 0, 39_993),
  "jiang-wenxuan-jingshen-wenming-gbk.txt": async (source) => byteRange(readFileSync(source("江泽民讲话.txt")), 517_361, 552_002),
  "zuzhi-chuli-guiding-gbk.txt": async (source) => iconv.encode(readFileSync(source("zuzhi-chuli-guiding.md"), "utf8"), "gbk"),
  "jilv-chufen-zhengzhi-gongzuo.docx": (source) => writeDocx(plainLines(readFileSync(source("jilv-chufen-zhengzhi-gongzuo.md"), "utf8")), path.join(CORPUS, "jilv-chufen-zhengzhi-gongzuo.docx")),
  // A title and its "——" subtitle as two Word paragraphs, as WPS and Word users type them.
  "qingli-buneng-gaibian-fa.docx": (source) => writeDocx(plainLines(readFileSync(source("qingli-buneng-gaibian-fa.md"), "utf8")), path.join(CORPUS, "qingli-buneng-gaibian-fa.docx")),
  "yange-zhengju-shijian-sikao.docx": (source) => writeStyledDocx("严格依规依纪依法收集审查证据的实践思考", readFileSync(source("yange-zhengju.md"), "utf8"), path.join(CORPUS, "yange-zhengju-shijian-sikao.docx")),
  "nongcun-ganbu-lianjie.pdf": async (source) => writePdf(plainLines(readFileSync(source("nongcun-ganbu.md"), "utf8")), path.join(CORPUS, "nongcun-ganbu-lianjie.pdf")),
  "holdout/anjian-diaocha-baogao.pdf": async (source) => writePdf(plainLines(readFileSync(source("anjian-diaocha-baogao.md"), "utf8")), path.join(CORPUS, "holdout/anjian-diaocha-baogao.pdf")),
  "holdout/zhuti-zeren-guiding.pdf": async (source) => {
    const lines = plainLines(readFileSync(source("zhuti-zeren.md"), "utf8"));
    writePdf(lines, path.join(CORPUS, "holdout/zhuti-zeren-guiding.pdf"), officialLayout(lines[0]!));
  },
  // Fresh holdouts (December 2026): added without reading their output, and no rule tuned to them.
  "holdout/jiandu-zhiji-guize.pdf": async (source) => {
    const lines = plainLines(readFileSync(source("jiandu-zhiji-guize.md"), "utf8"));
    writePdf(lines, path.join(CORPUS, "holdout/jiandu-zhiji-guize.pdf"), officialLayout(lines[0]!));
  },
  "holdout/chufen-pizhun-quanxian.docx": (source) => writeDocx(plainLines(readFileSync(source("chufen-pizhun-quanxian.md"), "utf8")), path.join(CORPUS, "holdout/chufen-pizhun-quanxian.docx")),
  // A regulation typed into Notepad on Chinese Windows: no Markdown, CRLF, GBK.
  "holdout/paizhu-jigou-guize-gbk.txt": async (source) => iconv.encode(`${plainLines(readFileSync(source("paizhu-jigou-guize.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  // A scraped work report pasted into Word: one paragraph per line of the page text.
  "holdout/jilin-2026-gongzuo-baogao.docx": (source) =>
    writeDocx(
      reportText(source("吉林省.csv"))
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
      path.join(CORPUS, "holdout/jilin-2026-gongzuo-baogao.docx"),
    ),
  // The first line (reports of speeches run together, ended by CRLF) of a 443 KB GBK file, bytes unchanged.
  "holdout/xi-jianghua-baodao-gbk.txt": async (source) => firstLines(readFileSync(source("习近平讲话.txt")), 1),
  // Fresh holdouts of 2026-12-05 (issue 16): added without reading their questions, and no rule tuned to them.
  "holdout/anjian-jiancha-tiaoli.docx": (source) => writeDocx(plainLines(readFileSync(source("anjian-jiancha-tiaoli.md"), "utf8")), path.join(CORPUS, "holdout/anjian-jiancha-tiaoli.docx")),
  // A regulation typed into Notepad on Chinese Windows: no Markdown, CRLF, GBK (its source prints `第一章总则` and `第一条为…` without spaces).
  // Fresh documents of the second issue-16 batch: added without reading their questions, and no rule tuned to them.
  // A speech from a WeChat article page an aggregator saved as a JSP: its text copied into a UTF-8 .txt, page debris and all.
  "holdout/zhishifenzi-zuotanhui-jianghua.txt": async (source) => pageText(readFileSync(source("weixinchuansong.jsp"), "utf8")),
  // Issue 15 (December 2026): a report of a speech from a saved news page, its text copied into a UTF-8 .txt
  // as the holdout above was (site navigation, a 来源 line), written to find the causes without opening the holdout.
  "waijiao-xueyuan-jianghua.txt": async (source) => pageText(readFileSync(source("latest20120924.php"), "utf8")),
  "holdout/anjian-dangan-banfa-gbk.txt": async (source) => iconv.encode(`${plainLines(readFileSync(source("anjian-dangan-banfa.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  // Third issue-16 batch (2026-12-05): pages of a school website's party-building column (S) and a student's
  // Obsidian Q&A notes (R), added as holdouts without reading their questions; no rule tuned to them.
  // A regulation's release (news paragraphs, then the full text) pasted into Word, one paragraph per line.
  "holdout/dangyuan-jiaoyu-guanli-tiaoli.docx": (source) =>
    writeDocx(articleText(readFileSync(source("10167.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/dangyuan-jiaoyu-guanli-tiaoli.docx")),
  // A regulation printed as an official document from the page's body (its own title and issuing note first).
  "holdout/fazhan-dangyuan-xize.pdf": async (source) => {
    const lines = articleText(readFileSync(source("23239.aspx"), "utf8"), true).trimEnd().split("\n");
    writePdf(lines, path.join(CORPUS, "holdout/fazhan-dangyuan-xize.pdf"), officialLayout(lines[0]!));
  },
  // A school party committee's plan for the year saved by Notepad as "Unicode": UTF-16LE with BOM, CRLF.
  "holdout/dangwei-gongzuo-silu-utf16.txt": async (source) =>
    iconv.encode(articleText(readFileSync(source("3465.aspx"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  // A speech copied into Notepad on Chinese Windows: GBK, CRLF.
  "holdout/kaixue-dianli-jianghua-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("8981.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // A report copied into a UTF-8 text file.
  "holdout/shuzhi-shulian-baogao.txt": async (source) => articleText(readFileSync(source("14906.aspx"), "utf8")),
  // A theory article pasted into a Markdown editor: one paragraph per line, blank lines between.
  "holdout/dangfeng-lianzheng-xinsixiang.md": async (source) => articleText(readFileSync(source("9255.aspx"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  // An article in Word with its styles: the title as Title, body paragraphs indented.
  // Stop 35 (helper `rules`): a regulation's release (news paragraphs, then the full text of 章 and 条) pasted into Word, one paragraph per line.
  "jiguan-jiceng-zuzhi-tiaoli.docx": (source) =>
    writeDocx(articleText(readFileSync(source("13124.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "jiguan-jiceng-zuzhi-tiaoli.docx")),
  // A regulation's release with its full text as an office PDF export: 34 characters a line, page numbers.
  "ganbu-renshi-dangan-tiaoli.pdf": async (source) =>
    writePdf(articleText(readFileSync(source("9643.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "ganbu-renshi-dangan-tiaoli.pdf")),
  // A retired headmaster's 党史 essay (revolutionary base areas, 1927–1949) copied into Notepad on Chinese Windows: GBK, CRLF.
  "dangshi-genjudi-zhanlue-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("4530.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // A scraped provincial government work report as a UTF-8 text file, its debris kept.
  "sichuan-2026-gongzuo-baogao.txt": async (source) => reportText(source("四川省.csv")),
  "holdout/xiuxian-zhongguo-zhidu.docx": (source) => {
    const [title, ...lines] = articleText(readFileSync(source("8735.aspx"), "utf8")).trimEnd().split("\n");
    return writeStyledDocx(title!, lines.join("\n"), path.join(CORPUS, "holdout/xiuxian-zhongguo-zhidu.docx"));
  },
  // Stop 27 (issue 16, "fresh kinds"): news pages of party committees' meetings (民主生活会, 中心组学习 with a
  // 解读 report, a 七一 meeting's speech, 自查自纠) from company and school websites kept as JSP/PHP templates,
  // their visible text put into the containers users upload.
  "minzhu-shenghuohui-nengjian.txt": async (source) => pageText(readFileSync(source("news_details_temp.jsp"), "utf8")),
  "zhongxinzu-liuzhong-quanhui.docx": (source) =>
    writeDocx(phpPageText(readFileSync(source("63fd6bd2876bc00693c498b8ceed90f31167cce0_0.file.new.html.php"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "zhongxinzu-liuzhong-quanhui.docx")),
  // Copied into Notepad on Chinese Windows: GBK, CRLF.
  "qiyi-biaozhang-jianghua-gbk.txt": async (source) => iconv.encode(phpPageText(readFileSync(source("news_3.php"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // Pasted into a Markdown editor: one paragraph per line, blank lines between.
  "tieke-zhongxinzu-xuexi.md": async (source) => phpPageText(readFileSync(source("newsinfo.php"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  // Printed to PDF as an office prints a page it was sent: 34 characters a line, page numbers.
  "zhijianyuan-zicha-zijiu.pdf": async (source) => writePdf(pageText(readFileSync(source("zyNews9.jsp"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "zhijianyuan-zicha-zijiu.pdf")),
  // Issue 15 (December 2026): other pages of the same school site, of the kinds of four holdouts (a leader's speech,
  // the leadership's 述职 reports, a styled .docx article), written to find the causes without opening the holdouts.
  "zhuti-jiaoyu-zongjie-jianghua-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("13102.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "jiaoyu-gongzuo-huiyi-jianghua-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("1417.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "biye-dianli-jianghua-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("13090.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // A university news report (WebPlus CMS page kept as an app's sample HTML) copied into Notepad on Chinese Windows: GBK, CRLF.
  "nju-zhihui-dangjian-peixun-gbk.txt": async (source) =>
    iconv.encode(webPlusArticleText(readFileSync(source("newsPage2.md"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // A school's news report on a regional education portal's JSP page, copied into Notepad and saved as "Unicode": UTF-16LE with BOM, CRLF.
  "shiyan-xiaoxue-shijiuda-dongyuan-utf16.txt": async (source) =>
    iconv.encode(schoolNewsText(readFileSync(source("sq-06.jsp"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  // A party branch's news report whose author kept the printed text's line breaks, pasted into Word: one paragraph per line.
  "jiaogong-zhibu-dangzhang-jingsai.docx": (source) =>
    writeDocx(jsxLines(readFileSync(source("ArticleDetail.js"), "utf8")), path.join(CORPUS, "jiaogong-zhibu-dangzhang-jingsai.docx")),
  "jiaodaihui-jianghua-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("740.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "shuzhi-baogao-2019.txt": async (source) => articleText(readFileSync(source("16594.aspx"), "utf8")),
  "shuzhi-baogao-2022.txt": async (source) => articleText(readFileSync(source("17223.aspx"), "utf8")),
  "shuzhi-baogao-2020.txt": async (source) => articleText(readFileSync(source("12762.aspx"), "utf8")),
  "weigui-chiqing-chachu.docx": (source) => {
    const [title, ...lines] = articleText(readFileSync(source("7828.aspx"), "utf8")).trimEnd().split("\n");
    return writeStyledDocx(title!, lines.join("\n"), path.join(CORPUS, "weigui-chiqing-chachu.docx"));
  },
  // Fourth issue-16 batch (2026-12-06): fresh holdouts from repositories the corpus had not used, added without
  // reading their questions; no rule tuned to them. A university party-work site's 入党流程 page (all seven steps'
  // panels, hidden ones included, as "select all, copy" gives them) pasted into Word, one paragraph per line.
  "holdout/rudang-liucheng.docx": (source) =>
    writeDocx(pageText(readFileSync(source("jpprocess.jsp"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/rudang-liucheng.docx")),
  // A commentary article kept in a blog theme's template (under a wrong template headline), the whole page with its
  // comment box copied into Notepad on Chinese Windows: GBK, CRLF.
  "holdout/bawang-bieji-zuofeng-gbk.txt": async (source) => iconv.encode(phpPageText(readFileSync(source("comments.php"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // A 党史 article (HTML paragraphs in a .md file) printed to PDF as an office prints a page: 34 characters a line.
  "holdout/changzheng-dangshi.pdf": async (source) =>
    writePdf(pageText(readFileSync(source("hongjunchangzheng_1934_1936.md"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/changzheng-dangshi.pdf")),
  // A 党史 timeline page of a student's blog saved by Notepad as "Unicode": UTF-16LE with BOM, CRLF.
  "holdout/gongchanzhuyi-xiaozu-utf16.txt": async (source) =>
    iconv.encode(pageText(readFileSync(source("detial2.jsp"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  // Fifth issue-16 batch (2026-12-06): fresh holdouts, added without reading their questions; no rule tuned to them.
  // A government official's speech at a work meeting from a procurement portal's static news page (a JSP), its
  // visible text pasted into Word, one paragraph per line (the speech itself is one run of `　　`-indented paragraphs).
  "holdout/zhaobiao-daili-jianghua.docx": (source) =>
    writeDocx(pageText(readFileSync(source("ff80808132811a910132a45ff49123bc.jsp"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/zhaobiao-daili-jianghua.docx")),
  // A party regulation's page in a court website's law library (a saved copy in a PHP project), printed to PDF as an
  // office prints a page it was sent: 34 characters a line, page numbers. The browser shows its curly-quote entities
  // (`&ldquo;三严三实&rdquo;`) as quotation marks.
  "zhaobiao-daili-sixiang-cuoshi.docx": (source) =>
    writeDocx(pageText(readFileSync(source("ff80808132811a910132a4441d3120ba.jsp"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "zhaobiao-daili-sixiang-cuoshi.docx")),
  "quanjiao-lianzheng-fengxian.docx": (source) =>
    writeDocx(pageText(readFileSync(source("ff80808132e20dea0132eb930f7910b7.jsp"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "quanjiao-lianzheng-fengxian.docx")),
  "nanjing-mingguling-zhaobiao.docx": (source) =>
    writeDocx(pageText(readFileSync(source("ff80808132e20dea0132f0b6a4d51bc4.jsp"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "nanjing-mingguling-zhaobiao.docx")),
  "holdout/gongzuo-jiguan-tiaoli.pdf": async (source) => {
    const html = readFileSync(source("test.php"), "utf8").replace(/&ldquo;/g, "“").replace(/&rdquo;/g, "”");
    writePdf(pageText(html).trimEnd().split("\n"), path.join(CORPUS, "holdout/gongzuo-jiguan-tiaoli.pdf"));
  },
  // The 19th Congress report as a student saved it for a word-frequency exercise: natively UTF-16LE with BOM and CRLF
  // (Notepad's "Unicode"), without its title, opening or first part title. The first 62 lines, bytes unchanged: the
  // first part, parts 二 and 三 (the thought and the fourteen points of the basic strategy), cut before 四、.
  "holdout/shijiuda-baogao-utf16.txt": async (source) => firstUtf16Lines(readFileSync(source("reportbyXJP20171018.txt")), 62),
  // The 20th Congress report as a student saved it for a word-cloud exercise: UTF-8, LF, each paragraph followed by three
  // blank lines, the title over three lines, the date and the speaker on lines of their own. The first 277 lines, bytes
  // unchanged: the opening and parts 一 to 三, cut before 四、.
  "holdout/ershida-baogao.txt": async (source) => firstLines(readFileSync(source("二十大报告.txt")), 277),
  // Issue 16, sixth batch (2026-12-06): 人民日报 articles a teacher's crawler saved as Obsidian notes. A 本报评论员
  // commentary kept as the note (native .md, front matter and all) needs no derivation; a 仲音 commentary copied from
  // the page into Notepad on Chinese Windows (GBK, CRLF); an expert's 解读 of a regulation's article pasted into Word.
  "holdout/youliang-zuofeng-pinglun-gbk.txt": async (source) =>
    iconv.encode(`${vaultNoteLines(readFileSync(source("以优良作风凝心聚力干事创业.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  "qingbai-chengqing-jiedu.docx": (source) =>
    writeDocx(
      vaultNoteLines(readFileSync(source("还清白者清白 为担当者担当（专家解读）.md"), "utf8")),
      path.join(CORPUS, "qingbai-chengqing-jiedu.docx"),
    ),
  // Issue 16, seventh batch (2026-12-06): more 人民日报 notes of the same crawler, as tuning documents. A report on
  // political supervision (本报记者, 纪检监察工作高质量发展之一) copied into Notepad on Chinese Windows (GBK, CRLF); a theory
  // article's 解读 of 习近平文化思想 pasted into Word; a report on the 八项规定 (之二) printed to PDF as an office prints a page.
  "zhengzhi-jiandu-tongxun-gbk.txt": async (source) =>
    iconv.encode(`${vaultNoteLines(readFileSync(source("深化政治监督 推动全党坚决做到“两个维护”.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  "wenhua-sixiang-jiedu.docx": (source) =>
    writeDocx(
      vaultNoteLines(readFileSync(source("深入把握习近平文化思想的核心要义及其内在逻辑（深入学习贯彻习近平新时代中国特色社会主义思想）.md"), "utf8")),
      path.join(CORPUS, "wenhua-sixiang-jiedu.docx"),
    ),
  "baxiang-didi-tongxun.pdf": async (source) =>
    writePdf(vaultNoteLines(readFileSync(source("保持严的基调 不断加固中央八项规定堤坝.md"), "utf8")), path.join(CORPUS, "baxiang-didi-tongxun.pdf")),
  // A party regulation's page on a county discipline commission's reporting site (a JSP whose site header is an include),
  // copied into Notepad on Chinese Windows: GBK, CRLF.
  "holdout/konggao-shensu-tiaoli-gbk.txt": async (source) =>
    iconv.encode(pageText(readFileSync(source("regulation_2.jsp"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // Issue 15, the holdouts' layouts on documents outside holdout/ (2026-12-06): a student party-building site's
  // 入党流程 page (five step panels of an accordion, opened, and a numbered list of 注意事项) pasted into Word, one
  // paragraph per line, as the holdout process page was.
  "rudang-shenfen-liucheng.docx": (source) =>
    writeDocx(
      vuePageText(readFileSync(source("Navbar.vue"), "utf8"), readFileSync(source("Process.vue"), "utf8")).trimEnd().split("\n"),
      path.join(CORPUS, "rudang-shenfen-liucheng.docx"),
    ),
  // A layui timeline page (a date per entry, the axis an icon-font character U+E63F on a line of its own) saved by
  // Notepad as "Unicode": UTF-16LE with BOM, CRLF.
  "layui-shijianxian-utf16.txt": async (source) =>
    iconv.encode(pageText(readFileSync(source("demo8.jsp"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  // A railway crew's party-building site (2019): a report of a 党代会 study with members' reflections, the page
  // pasted into Word one paragraph per line (menus, breadcrumb, footer and all); a reading note of the same site's
  // 党员园地 copied into Notepad on Chinese Windows (GBK, CRLF).
  "gaotie-dangdaihui-xuexi.docx": (source) =>
    writeDocx(
      jstlPageText(readFileSync(source("dangdaihui/content.jsp"), "utf8"), (name) => readFileSync(source(`componet/${name}`), "utf8"))
        .trimEnd()
        .split("\n"),
      path.join(CORPUS, "gaotie-dangdaihui-xuexi.docx"),
    ),
  "gaotie-dushu-huozhe-gbk.txt": async (source) =>
    iconv.encode(
      jstlPageText(readFileSync(source("dengyan/content.jsp"), "utf8"), (name) => readFileSync(source(`componet/${name}`), "utf8")).replace(/\n/g, "\r\n"),
      "gbk",
    ),
  // A student's revision site for 毛概 (VitePress): the long questions of four mock papers with their reference
  // answers, copied from the rendered page into Notepad (headings and bold as plain text, bullets without their marks,
  // the author's `1.` numbers kept), UTF-8.
  "maogai-moni-dati.txt": async (source) => renderedMarkdownText(readFileSync(source("模拟试卷参考答案.md"), "utf8")),
  // Stop 30 (issue 16, fresh holdouts): a university news site's posts mirrored as Hugo Markdown (front matter, `**` bylines,
  // Hugo's `<!--more-->` summary mark, which the page does not show and which may fall inside a sentence). A 专题党课
  // report pasted into Word, one paragraph per line; a report of a 抓基层党建工作述职评议考核会 copied into Notepad on
  // Chinese Windows (GBK, CRLF); a report of a 主题教育动员大会 saved by Notepad as "Unicode" (UTF-16LE with BOM, CRLF).
  "holdout/qiyi-jianghua-dangke-xiaozhang.docx": (source) =>
    writeDocx(hugoPostLines(readFileSync(source("5056a538e3eb7438ce176c89893fa543.md"), "utf8")), path.join(CORPUS, "holdout/qiyi-jianghua-dangke-xiaozhang.docx")),
  "holdout/dangjian-shuzhi-pingyi-gbk.txt": async (source) =>
    iconv.encode(`${hugoPostLines(readFileSync(source("343b5febb75158bda64efcc902cdb9f5.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  "holdout/zhuti-jiaoyu-dongyuan-utf16.txt": async (source) =>
    iconv.encode(`${hugoPostLines(readFileSync(source("f1d8131f3231017f3d1b6dc76bd125de.md"), "utf8")).join("\r\n")}\r\n`, "utf16le", { addBOM: true }),
  // Issue 15 (helper content): speeches and talks of the Selected Works from a VitePress site (see SOURCES.md, TM), put
  // into the containers the holdouts come in: a speech saved by Notepad as "Unicode" (UTF-16LE with BOM, CRLF), a talk
  // copied into Notepad on Chinese Windows (GBK, CRLF), a lecture pasted into Word (one paragraph per line), a short
  // article printed to an office PDF.
  "mao-qingnian-yundong-fangxiang-utf16.txt": async (source) =>
    iconv.encode(`${vitepressWorkLines(readFileSync(source("032-青年运动的方向.md"), "utf8")).join("\r\n")}\r\n`, "utf16le", { addBOM: true }),
  "mao-dangweihui-gongzuo-fangfa-gbk.txt": async (source) =>
    iconv.encode(`${vitepressWorkLines(readFileSync(source("148-党委会的工作方法.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  "mao-xuexi-he-shiju.docx": (source) =>
    // The lecture and its notes, without the appendix (the 1945 resolution on questions of party history, 60,000 characters).
    writeDocx(
      vitepressWorkLines(readFileSync(source("076-学习和时局.md"), "utf8")).filter((_, at, lines) => at < lines.findIndex((line) => line.startsWith("附录："))),
      path.join(CORPUS, "mao-xuexi-he-shiju.docx"),
    ),
  // Stop 34 (issue 15, helper G): more pages of the school site (S) of the layouts the holdouts still fail on, put into
  // the containers those come in: a Q&A release (问：…答：…) pasted into a Markdown editor, a report of a 动员大会 saved by
  // Notepad as "Unicode", a report of a 述职评议 copied into Notepad on Chinese Windows, a report of a 党课 pasted into Word.
  "dangzhang-xiuzhengan-wenda.md": async (source) => articleText(readFileSync(source("16927.aspx"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  "dangshi-xuexi-dongyuan-utf16.txt": async (source) =>
    iconv.encode(articleText(readFileSync(source("12993.aspx"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  "dangjian-shuzhi-pingyi-shifan-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("11171.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "juzhang-dangke-jiandang-bainian.docx": (source) =>
    writeDocx(articleText(readFileSync(source("13755.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "juzhang-dangke-jiandang-bainian.docx")),
  // Stop 35 (issue 15, helper layouts): more posts of the same news mirror (NK) of the layouts the holdouts still failed on,
  // in the containers those come in: a report of a 述职评议会 pasted into Word, a report of a 党建工作部署推动会 copied into
  // Notepad on Chinese Windows (GBK, CRLF), a report of a 中心组集体学习 saved by Notepad as "Unicode" (UTF-16LE with BOM, CRLF).
  "nankai-tuanwei-shuzhi-pingyi.docx": (source) =>
    writeDocx(hugoPostLines(readFileSync(source("9cb666c556450e3eb367660a2f3c83d6.md"), "utf8")), path.join(CORPUS, "nankai-tuanwei-shuzhi-pingyi.docx")),
  "nankai-dangjian-bushu-gbk.txt": async (source) =>
    iconv.encode(`${hugoPostLines(readFileSync(source("d319068cb6228b38463235ee5a4b304d.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  "nankai-zhongxinzu-xuexi-utf16.txt": async (source) =>
    iconv.encode(`${hugoPostLines(readFileSync(source("bd1a998bbc70d74bac053e65dcc3fc74.md"), "utf8")).join("\r\n")}\r\n`, "utf16le", { addBOM: true }),
  "mao-fandui-ziyouzhuyi.pdf": async (source) => {
    writePdf(vitepressWorkLines(readFileSync(source("021-反对自由主义.md"), "utf8")).map((line) => line.replace(/^\u3000+/, "")), path.join(CORPUS, "mao-fandui-ziyouzhuyi.pdf"));
  },
  // Stop 35 (helper news): more posts of the Hugo news mirror (NK) of the kinds that publish few usable questions: a report
  // of a 全面从严治党工作会议 printed to an office PDF, a school's 动员会议 report pasted into Word, a report of a
  // speech at a 研讨班开班式 copied into Notepad on Chinese Windows (GBK, CRLF), a party committee's year-end account of its
  // 党史学习教育 saved as a UTF-8 .txt.
  "huiyi-congyan-zhidang.pdf": async (source) =>
    writePdf(hugoPostLines(readFileSync(source("01ccdb065c49c1cb1909c4b758eb1f05.md"), "utf8")), path.join(CORPUS, "huiyi-congyan-zhidang.pdf")),
  "dongyuan-zhuan-zuofeng.docx": (source) =>
    writeDocx(hugoPostLines(readFileSync(source("9889e525848a7a0d835a0ce45034cbfb.md"), "utf8")), path.join(CORPUS, "dongyuan-zhuan-zuofeng.docx")),
  "jianghua-yantaoban-kaiban-gbk.txt": async (source) =>
    iconv.encode(`${hugoPostLines(readFileSync(source("2cd3a32e253f82e2d7706234a87e046a.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  "zongjie-dangshi-xuexi.txt": async (source) => `${hugoPostLines(readFileSync(source("053e5d781cf6ce19e80ccf717ebcf5ce.md"), "utf8")).join("\n")}\n`,
  // Stop 35 (helper commentary): the school site's (S) 每周一学 theory pieces and its leaders' 述职述廉 reports: a 求是
  // commentary in a styled Word file, a 人民日报 theory article pasted into a Markdown editor, a theory article on 全面从严治党
  // printed to an office PDF, a 述职述廉述德述法报告 copied into Notepad on Chinese Windows (GBK, CRLF), a 纪委书记's and others'
  // 述职 reports saved by Notepad as "Unicode" (UTF-16LE with BOM, CRLF).
  "lilun-jiandang-xueshuo.pdf": async (source) =>
    writePdf(articleText(readFileSync(source("18118.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "lilun-jiandang-xueshuo.pdf")),
  "lilun-zhengjiguan-zhinan.md": async (source) => articleText(readFileSync(source("23272.aspx"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  "pinglun-xuanren-yongren-daoxiang.docx": (source) => {
    const [title, ...lines] = articleText(readFileSync(source("22866.aspx"), "utf8")).trimEnd().split("\n");
    return writeStyledDocx(title!, lines.join("\n"), path.join(CORPUS, "pinglun-xuanren-yongren-daoxiang.docx"));
  },
  // Stop 35 (helper `dangshi`): a 改革开放 anniversary speech (history of the 40 years) pasted into Word, one paragraph per line.
  "gaige-kaifang-40-jianghua.docx": (source) =>
    writeDocx(articleText(readFileSync(source("9545.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "gaige-kaifang-40-jianghua.docx")),
  // Stop 35 (helper `dangshi`): a school's report of its 抗美援朝精神 study day copied into Notepad on Chinese Windows: GBK, CRLF.
  "kangmei-yuanchao-jingshen-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("12087.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "shuzhi-shulian-2023-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("19346.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "shuzhi-shulian-2025-utf16.txt": async (source) =>
    iconv.encode(articleText(readFileSync(source("22779.aspx"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  // Stop 36 (helper qa): the school site's (S) Q&A releases (问：…答：…) of the kind users study from: a ministry's 答记者问
  // on the 事业单位工作人员考核规定 in a 每周一学 page (the column's first item) pasted into Word, one paragraph per line; the 答记者问 section of the
  // 【2019年4月学习材料】 page (from its own title line to the end: the 意见 printed above it is cut off) printed to an office PDF.
  "kaohe-guiding-dawen.docx": (source) => {
    // The column's first item alone, to its `（来源：…）` line: the two news reports under it are cut off at that boundary.
    const lines = articleText(readFileSync(source("17244.aspx"), "utf8")).trimEnd().split("\n");
    return writeDocx(lines.slice(0, lines.findIndex((line) => line.startsWith("（来源：")) + 1), path.join(CORPUS, "kaohe-guiding-dawen.docx"));
  },
  "zhengzhi-jianshe-dawen.pdf": async (source) => {
    const lines = articleText(readFileSync(source("10011.aspx"), "utf8")).trimEnd().split("\n");
    const start = lines.findIndex((line) => line.startsWith("中央办公厅负责人就"));
    if (start < 0) throw new Error("no 答记者问 section in the page");
    writePdf(lines.slice(start), path.join(CORPUS, "zhengzhi-jianshe-dawen.pdf"));
  },
  // Stop 36 (issue 16, helper plans): a school party committee's working papers (an 实施意见 and four notices of study
  // and meeting arrangements), derived by articleText into Word, GBK text, PDF, Markdown and UTF-8 text.
  "xianfeng-gongcheng-shishi-yijian.docx": (source) =>
    writeDocx(articleText(readFileSync(source("2118.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "xianfeng-gongcheng-shishi-yijian.docx")),
  "ershida-qigeyi-tongzhi-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("16861.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "jiandang-101-huodong-tongzhi.pdf": async (source) =>
    writePdf(articleText(readFileSync(source("15882.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "jiandang-101-huodong-tongzhi.pdf")),
  "zuzhi-shenghuohui-pingyi-tongzhi.md": async (source) => articleText(readFileSync(source("7952.aspx"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  "zuzhi-shenghuohui-zhuti-dangri-tongzhi.txt": async (source) => articleText(readFileSync(source("22928.aspx"), "utf8")),
  // Four more 2026 regional government work reports (stop 35, helper reports): a city's as Word (one paragraph per
  // line), a province's as GBK, a region's as UTF-16LE, a city's as UTF-8, texts unchanged.
  "beijing-2026-gongzuo-baogao.docx": (source) =>
    writeDocx(
      reportText(source("北京市.csv"))
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean),
      path.join(CORPUS, "beijing-2026-gongzuo-baogao.docx"),
    ),
  "henan-2026-gongzuo-baogao-gbk.txt": async (source) => iconv.encode(reportText(source("河南省.csv")), "gbk"),
  "xizang-2026-gongzuo-baogao-utf16.txt": async (source) => iconv.encode(reportText(source("西藏自治区.csv")), "utf16le", { addBOM: true }),
  "tianjin-2026-gongzuo-baogao.txt": async (source) => reportText(source("天津市.csv")),
  // Stop 36 (helper `lecture`): study reflections and a 党课 of a branch, from N and S.
  "xinde-yiduiyi-jiedui.docx": async (source) => {
    const name = "我为群众办实事之党员“1+1”结对活动感想 - 周子羽";
    const text = readFileSync(source(`${name}.md`), "utf8").replace(/<[^>]+>/g, "");
    return writeDocx([name, ...plainLines(text)], path.join(CORPUS, "xinde-yiduiyi-jiedui.docx"));
  },
  "nanjing-zhaoxiangguan-guanhougan.pdf": async (source) => {
    const name = "光影照苦难，铭记续前行——《南京照相馆》观后感";
    writePdf([name, ...plainLines(readFileSync(source(`${name}.md`), "utf8"))], path.join(CORPUS, "nanjing-zhaoxiangguan-guanhougan.pdf"));
  },
  "xiaoshi-hongse-gushi-dangke-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("14367.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "dushuhui-biaotai-fayan.docx": (source) =>
    writeDocx(articleText(readFileSync(source("13080.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "dushuhui-biaotai-fayan.docx")),
  // Stop 36 (helper `cases`): the school's 清廉学校 column of warning-education material (警示教育): case notices of the
  // discipline bodies as the school reposted them, in Word, GBK text, PDF, Markdown and a styled Word file.
  "baxiang-dianxing-anli-tongbao.docx": (source) =>
    writeDocx(articleText(readFileSync(source("22762.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "baxiang-dianxing-anli-tongbao.docx")),
  "zhongjiwei-shiqi-tongbao-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("21325.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "jiaoshi-zhiye-xingwei-anli.pdf": async (source) =>
    writePdf(articleText(readFileSync(source("23174.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "jiaoshi-zhiye-xingwei-anli.pdf")),
  "xuexi-shiqi-tongbao-tongzhi.md": async (source) => articleText(readFileSync(source("14780.aspx"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  "xiaojie-wuhai-anli-pouxi.docx": async (source) => {
    const [title, ...lines] = articleText(readFileSync(source("17731.aspx"), "utf8")).trimEnd().split("\n");
    return writeStyledDocx(title!, lines.join("\n"), path.join(CORPUS, "xiaojie-wuhai-anli-pouxi.docx"));
  },
  // Stop 37 (helper `newdocs`): kinds the corpus lacked. Tuning documents (S): a 主题党日 plan, the 理论学习中心组's study
  // material, the year's 工作要点, two reports of the 班子民主生活会, a notice of a 微党课 activity. Fresh holdouts: a
  // regulation (X, printed), the 历史决议 in part (LX2), a report of a 专题民主生活会 and one of a 专题党课 (S), and a party
  // branch app's 党史 quiz (VB).
  "zhuti-dangri-fangan-liuyue.docx": (source) =>
    writeDocx(articleText(readFileSync(source("11548.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "zhuti-dangri-fangan-liuyue.docx")),
  "zhongxinzu-xuexi-cailiao-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("13124.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "xuexiao-gongzuo-yaodian-2019.pdf": async (source) =>
    writePdf(articleText(readFileSync(source("10581.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "xuexiao-gongzuo-yaodian-2019.pdf")),
  "wei-dangke-zhengji-tongzhi-utf16.txt": async (source) =>
    iconv.encode(articleText(readFileSync(source("12493.aspx"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  "banzi-minzhu-shenghuohui-zhuti-jiaoyu.docx": (source) =>
    writeDocx(articleText(readFileSync(source("11001.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "banzi-minzhu-shenghuohui-zhuti-jiaoyu.docx")),
  "banzi-minzhu-shenghuohui-2020.md": async (source) => articleText(readFileSync(source("12725.aspx"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  "holdout/beixunshi-peihe-xunshi-guiding.pdf": async (source) => {
    // The file carries the 巡视工作条例 (already in the corpus as xunshi-tiaoli.md) after the 规定's last article, under the
    // 规定's title again: only the 规定 is printed.
    const all = plainLines(readFileSync(source("beixunshi.md"), "utf8"));
    const again = all.indexOf(all[0]!, 1);
    const lines = again > 0 ? all.slice(0, again) : all;
    writePdf(lines, path.join(CORPUS, "holdout/beixunshi-peihe-xunshi-guiding.pdf"), officialLayout(lines[0]!));
  },
  "holdout/lishi-jueyi-bufen-gbk.txt": async (source) => {
    const lines = readFileSync(source("lishi-jueyi.txt"), "utf8").split("\n");
    const end = lines.findIndex((line) => line.startsWith("三、"));
    if (end < 0) throw new Error("no part 三 in the resolution");
    return iconv.encode(lines.slice(0, end).join("\n").trimEnd().replace(/\n/g, "\r\n") + "\r\n", "gbk");
  },
  "holdout/dangshi-minzhu-shenghuohui.txt": async (source) => articleText(readFileSync(source("14909.aspx"), "utf8")),
  "holdout/zhuti-jiaoyu-zhuanti-dangke-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("10789.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "holdout/dangshi-xuanze-tiku.md": async (source) => mixinQuizMarkdown(readFileSync(source("question.js"), "utf8"), "党史知识题库"),
  // Stop 37 (helper `quiz`): quiz banks as tuning documents — a company's fill-in 党建 bank (QB, the first 80 of 675) and a
  // study site's 新思想 choice questions (MQ, the first 40 单选题 and 30 多选题).
  "dangjian-tiankong-tiku.txt": async (source) => fillInBankText(readFileSync(source("tk.json"), "utf8"), "党建知识应知应会题库", 80),
  "xinsixiang-xuanze-tiku.txt": async (source) => choiceBankText(readFileSync(source("questions.js"), "utf8"), "习近平新时代中国特色社会主义思想概论 选择题题库", 40, 30),
  // Stop 38 (helper `newdocs`): fresh holdouts of the kinds instructors upload most — a provincial 实施办法 (X, Word), two
  // commemorative speeches (S, PDF and GBK text), a leader's signed 人民日报 article and a 新华社 综述 from the school's 每周一学
  // column (S, Word and UTF-8 text); the sixth, a student's revision notes (DE), is copied unchanged.
  "holdout/shandong-xunshi-shishi-banfa.docx": (source) =>
    writeDocx(plainLines(readFileSync(source("shandong-xunshi-banfa.md"), "utf8")), path.join(CORPUS, "holdout/shandong-xunshi-shishi-banfa.docx")),
  "holdout/liushaoqi-danchen-jianghua.pdf": async (source) =>
    writePdf(articleText(readFileSync(source("9680.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/liushaoqi-danchen-jianghua.pdf")),
  "holdout/huyaobang-danchen-jianghua-gbk.txt": async (source) =>
    iconv.encode(articleText(readFileSync(source("22319.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  "holdout/congyan-zhidang-shuming-wenzhang.docx": (source) =>
    writeDocx(articleText(readFileSync(source("16468.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/congyan-zhidang-shuming-wenzhang.docx")),
  "holdout/dangjian-chengjiu-zongshu.txt": async (source) => articleText(readFileSync(source("20323.aspx"), "utf8")),
  // Stop 39 (helper `fresh`): fresh holdouts — three rule-setting texts of X the corpus had not used, each in another
  // container (a 纪检监察 办法 pasted into Word, a 中办国办 办法 printed in the official layout, a 中组部 规定 typed into Notepad
  // on Chinese Windows), and a 新华社 report of a speech from the school's 每周一学 column (S) as UTF-8 text; the fifth
  // regulation and a student's revision notes (BW) are copied unchanged.
  "holdout/shean-caiwu-jiage-banfa.docx": (source) =>
    writeDocx(plainLines(readFileSync(source("shean-caiwu-jiage-banfa.md"), "utf8")), path.join(CORPUS, "holdout/shean-caiwu-jiage-banfa.docx")),
  "holdout/pingbi-dabiao-biaozhang-banfa.pdf": async (source) => {
    const lines = plainLines(readFileSync(source("pingbi-dabiao-banfa.md"), "utf8"));
    writePdf(lines, path.join(CORPUS, "holdout/pingbi-dabiao-biaozhang-banfa.pdf"), officialLayout(lines[0]!));
  },
  "holdout/xueyuan-guanli-guiding-gbk.txt": async (source) =>
    iconv.encode(`${plainLines(readFileSync(source("xueyuan-guanli-guiding.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  "holdout/zhongjiwei-wuci-quanhui-jianghua.txt": async (source) => articleText(readFileSync(source("22669.aspx"), "utf8")),
  // Stop 40 (helper `fresh`, 2026-12-07): fresh holdouts from the school site's party-building column (S), chosen
  // unseen by any rule: two central regulations' releases, study materials, a school's 考核 办法 and a speech.
  // A regulation's release (the notice's paragraphs, then the full text of 章 and 条) pasted into Word, one paragraph per line.
  "holdout/lijie-jieyue-tiaoli.docx": (source) =>
    writeDocx(articleText(readFileSync(source("21664.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/lijie-jieyue-tiaoli.docx")),
  // A regulation printed as an official document from the page's body (its own title and issuing note first).
  "holdout/dangshi-xuexi-jiaoyu-tiaoli.pdf": async (source) => {
    const lines = articleText(readFileSync(source("19382.aspx"), "utf8"), true).trimEnd().split("\n");
    writePdf(lines, path.join(CORPUS, "holdout/dangshi-xuexi-jiaoyu-tiaoli.pdf"), officialLayout(lines[0]!));
  },
  // A month's study material (articles and a regulation on 意识形态工作责任制) copied into Notepad on Chinese Windows: GBK, CRLF.
  "holdout/yishixingtai-xuexi-cailiao-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("13117.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // A month's study material (a central 意见) saved by Notepad as "Unicode": UTF-16LE with BOM, CRLF.
  "holdout/gongtong-fuyu-yijian-utf16.txt": async (source) =>
    iconv.encode(articleText(readFileSync(source("13794.aspx"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  // A school's 考核 办法 pasted into a Markdown editor: one paragraph per line, blank lines between.
  "holdout/jixiao-gongzi-kaohe-banfa.md": async (source) => articleText(readFileSync(source("10373.aspx"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  // A month's study material (the 十九届五中全会 communiqué) copied into a UTF-8 text file.
  "holdout/wuzhong-quanhui-xuexi-cailiao.txt": async (source) => articleText(readFileSync(source("13140.aspx"), "utf8")),
  // A month's study material holding a mayor's speech (讲话) copied into Notepad on Chinese Windows: GBK, CRLF.
  "holdout/siqi-tizhen-jingshen-jianghua-gbk.txt": async (source) => iconv.encode(articleText(readFileSync(source("9712.aspx"), "utf8")).replace(/\n/g, "\r\n"), "gbk"),
  // A school's charter (章程: 章 and 条, its party organisation's role included) pasted into Word, one paragraph per line.
  "holdout/xuexiao-zhangcheng.docx": (source) =>
    writeDocx(articleText(readFileSync(source("13737.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/xuexiao-zhangcheng.docx")),
  // A state 意见 (试行) with its issuing notice, as an office PDF export: 34 characters a line, page numbers.
  "holdout/qiangzhi-baogao-yijian.pdf": async (source) =>
    writePdf(articleText(readFileSync(source("20945.aspx"), "utf8")).trimEnd().split("\n"), path.join(CORPUS, "holdout/qiangzhi-baogao-yijian.pdf")),
  // A weekly study article (八项规定: 成效和经验) saved by Notepad as "Unicode": UTF-16LE with BOM, CRLF.
  "holdout/baxiang-chengxiao-jingyan-utf16.txt": async (source) =>
    iconv.encode(articleText(readFileSync(source("21620.aspx"), "utf8")).replace(/\n/g, "\r\n"), "utf16le", { addBOM: true }),
  // A school's provisional rule on hiring cars for official business, pasted into a Markdown editor.
  "holdout/gongwu-zuche-guiding.md": async (source) => articleText(readFileSync(source("9957.aspx"), "utf8")).trimEnd().split("\n").join("\n\n") + "\n",
  // A weekly 辅导 piece on the revised 纪律处分条例's articles (part 1) copied into a UTF-8 text file.
  "holdout/chufen-tiaoli-jiedu-yi.txt": async (source) => articleText(readFileSync(source("19678.aspx"), "utf8")),
  // Two regulations of the 八项规定 shelf (X) typed into Notepad without Markdown marks: GBK, and "Unicode" (UTF-16LE with BOM), CRLF.
  "holdout/chailvfei-guanli-banfa-gbk.txt": async (source) =>
    iconv.encode(`${plainLines(readFileSync(source("中央和国家机关差旅费管理办法.md"), "utf8")).join("\r\n")}\r\n`, "gbk"),
  "holdout/yingong-chuguo-jingfei-banfa-utf16.txt": async (source) =>
    iconv.encode(`${plainLines(readFileSync(source("因公临时出国经费管理办法.md"), "utf8")).join("\r\n")}\r\n`, "utf16le", { addBOM: true }),
};

/** npx tsx scripts/corpus-derive.ts SOURCE_DIR [FILE…]: every derived file, or only those named. */
async function main(): Promise<void> {
  const [sources, ...only] = process.argv.slice(2);
  const unknown = only.filter((name) => !(name in DERIVED));
  if (!sources || unknown.length > 0) {
    console.error(`usage: npx tsx scripts/corpus-derive.ts SOURCE_DIR [${Object.keys(DERIVED).join(" | ")} …]`);
    process.exitCode = 2;
    return;
  }
  const source = (name: string) => path.join(sources, name);
  for (const name of only.length > 0 ? only : Object.keys(DERIVED)) {
    const bytes = await DERIVED[name]!(source);
    if (bytes !== undefined) writeFileSync(path.join(CORPUS, name), bytes);
  }
}

void main();
