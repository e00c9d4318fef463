// Markdown blocks that are not prose, and lists written with numbers (issue 15).
// Written on real documents outside holdout/ (xinde-liangge-weihu.md, shigang-zhongdian.md, maogai-fuxi-biji.md in the corpus).
import { describe, expect, it } from "vitest";
import { readMarkdown } from "@/lib/content/ingest/markdown-to-text";
import { detectMarkup } from "@/lib/content/ingest/detect-markup";

const PARAGRAPH = "做好本职工作，就是贯彻落实“两个维护”的具体行动。";
const lines = (markdown: string) => readMarkdown(markdown).text.split("\n").filter(Boolean);

describe("YAML front matter", () => {
  const yaml = ["---", "title: '学习读后感'", "date: 2019-09-26 03:08:39", "tags:", "- cn", "- life", "widgets:", "    -", "        type: toc", "---", "", PARAGRAPH].join("\n");

  it("is front matter after leading blank lines or a BOM, flush-left list items included", () => {
    for (const markdown of [`\n\n${yaml}`, `\ufeff${yaml}`, yaml]) {
      expect(lines(markdown)).toEqual(["日期：2019-09-26 03:08:39", "学习读后感", PARAGRAPH]);
    }
    expect(detectMarkup(`\n${yaml}`)).toBe("markdown");
  });

  it("titles a news mirror's post by the headline between the site's name and its domain (`站名->标题 | 域名`)", () => {
    const mirrored = (title: string) => lines(["---", `title: ${title}`, "date: 2022-02-01 01:22:36", "---", "", PARAGRAPH].join("\n"))[1];
    expect(mirrored("某某大学->学校召开年度工作会议 | example.edu.cn")).toBe("学校召开年度工作会议");
    expect(mirrored("某某学院->【专题】学院党委召开理论学习中心组会议 | www.example.com")).toBe("【专题】学院党委召开理论学习中心组会议");
    // A title with a bar or an arrow of its own keeps them: only a trailing domain and a leading site tag go.
    expect(mirrored("学习与思考 | 第三期")).toBe("学习与思考 | 第三期");
    expect(mirrored("从->到：一个记号")).toBe("从->到：一个记号");
  });

  it("is not front matter when the block holds prose", () => {
    const text = ["", "---", "这不是元数据，而是一段正文。", "---", "", PARAGRAPH].join("\n");
    expect(lines(text)).toContain("这不是元数据，而是一段正文。");
  });
});

describe("a thematic break", () => {
  it("is never a title or a passage (---, - - -, ***, ___, * * *)", () => {
    for (const rule of ["---", "- - -", "***", "___", "* * *"]) {
      expect(lines(`${PARAGRAPH}\n\n${rule}\n\n${PARAGRAPH}`)).toEqual([PARAGRAPH, PARAGRAPH]);
    }
  });
});

describe("code and diagrams", () => {
  it("drop a fenced block whole, with any info string, ``` or ~~~, blank lines inside included", () => {
    const mermaid = ["```mermaid", "gantt", "    title 时间线", "", "    section 早期探索", "    洋务运动 :done, w, 1861-01-01, 1894-12-31", "```"].join("\n");
    expect(lines(`${PARAGRAPH}\n\n${mermaid}\n\n${PARAGRAPH}`)).toEqual([PARAGRAPH, PARAGRAPH]);
    const tildes = ["~~~~ js", "const a = 1;", "~~~", "still code", "~~~~"].join("\n");
    expect(lines(`${tildes}\n\n${PARAGRAPH}`)).toEqual([PARAGRAPH]);
  });

  it("drop an unclosed fence to the end of the text", () => {
    expect(lines(`${PARAGRAPH}\n\n\`\`\`\ncode`)).toEqual([PARAGRAPH]);
  });

  it("drop a mermaid <div> or a <pre> block to its closing tag, over blank lines", () => {
    const div = ['<div class="mermaid">', "gantt", "    section 民主革命", "    ", "    辛亥革命 :done, x, 1911-10-10, 1912-02-12", "</div>"].join("\n");
    expect(lines(`${div}\n\n${PARAGRAPH}`)).toEqual([PARAGRAPH]);
    expect(lines(`<pre>\nprint(1)\n\nprint(2)\n</pre>\n\n${PARAGRAPH}`)).toEqual([PARAGRAPH]);
  });

  it("keeps an ordinary <div> block's text", () => {
    expect(lines(`<div class="card">${PARAGRAPH}</div>`)).toEqual([PARAGRAPH]);
  });
});

describe("a numbered list", () => {
  it("of phrases, item under item, is one list keeping its numbers", () => {
    expect(lines("### 四个全面\n\n1. 全面建成小康社会\n2. 全面深化改革\n3. 全面依法治国\n4. 全面从严治党\n")).toEqual([
      "四个全面",
      "1. 全面建成小康社会；2. 全面深化改革；3. 全面依法治国；4. 全面从严治党。",
    ]);
  });

  it("of sentences keeps one item a line", () => {
    const items = ["1. 坚持党的领导，这是根本保证。", "2. 坚持人民至上，这是根本立场。"];
    expect(lines(items.join("\n"))).toEqual(items);
  });

  it("follows its lead (…包括：)", () => {
    expect(lines("主要内容包括：\n1. 经济建设\n2. 政治建设\n")).toEqual(["主要内容包括：1. 经济建设；2. 政治建设。"]);
  });

  it("of document titles is kept (what to study), unlike a bulleted reference list", () => {
    expect(lines("1. 《中国共产党章程》\n2. 《中国共产党纪律处分条例》\n")).toEqual(["1. 《中国共产党章程》；2. 《中国共产党纪律处分条例》。"]);
  });

  it("is left to the outline when a lone numbered line heads a paragraph", () => {
    expect(lines(`1. 坚持党的领导\n${PARAGRAPH}`)).toEqual(["1. 坚持党的领导", PARAGRAPH]);
  });
});

// Study notes (maogai-fuxi-biji.md in the corpus): lines set apart by hard breaks, and notes without a full stop.
describe("a Markdown hard break", () => {
  const notes = "“四个全面”内在逻辑联系  \n战略目标：全面建成小康社会  \n战略举措：全面深化改革、全面依法治国\n\n### 第一节\n\n" + PARAGRAPH;

  it("is a line break inside a paragraph, never a heading: the lines read as one list", () => {
    expect(lines(notes)).toEqual(["“四个全面”内在逻辑联系；战略目标：全面建成小康社会；战略举措：全面深化改革、全面依法治国。", "第一节", PARAGRAPH]);
    expect(readMarkdown(notes).headings).toEqual(["第一节"]);
  });

  it("keeps credits, a form and a title over its subtitle as lines for the metadata and title rules", () => {
    expect(lines("出品：新媒体中心  \n文字：何东骏  \n编辑：曾桢")).toEqual(["出品：新媒体中心", "文字：何东骏", "编辑：曾桢"]);
    expect(lines("来源：研究生会  \n文字丨吴兮越")).toEqual(["来源：研究生会", "文字丨吴兮越"]);
    expect(lines("以纪律为尺凸显利剑作用  \n——巡视工作的思考")).toEqual(["以纪律为尺凸显利剑作用", "——巡视工作的思考"]);
    expect(lines(`**毛概复习：第一章  \n新时代的内涵**\n\n${PARAGRAPH}`)).toEqual(["毛概复习：第一章", "新时代的内涵", PARAGRAPH]);
  });

  it("at a list item or a heading is no paragraph of its own", () => {
    expect(lines("### 十个方面历史性成就：  \n1. 经济建设取得重大成就  \n2. 全面深化改革取得重大突破")).toEqual(["十个方面历史性成就：", "1. 经济建设取得重大成就；2. 全面深化改革取得重大突破。"]);
  });
});

describe("a note's paragraph without a full stop before a heading", () => {
  it("ends its sentence there", () => {
    const note = "统筹推进经济建设、政治建设、文化建设，协调推进全面深化改革、全面从严治党\n\n### 五位一体\n\n" + PARAGRAPH;
    expect(lines(note)).toEqual(["统筹推进经济建设、政治建设、文化建设，协调推进全面深化改革、全面从严治党。", "五位一体", PARAGRAPH]);
  });

  it("is left alone when it is a title line (no clause break) or ends in punctuation", () => {
    expect(lines("毛概复习笔记\n\n## 第一节\n\n" + PARAGRAPH)).toEqual(["毛概复习笔记", "第一节", PARAGRAPH]);
    expect(lines("主要内容包括以下几个方面，分述如下：\n\n## 第一节\n\n" + PARAGRAPH)[0]).toBe("主要内容包括以下几个方面，分述如下：");
  });
});

// MkDocs study notes (maozhongte-daolun.md, maozhongte-fanfu-fuxi.md in the corpus): admonitions, and bullets over numbered points.
describe("a MkDocs admonition", () => {
  it("is a box: its Chinese title (quoted, or the type an author wrote in Chinese) heads its dedented body", () => {
    expect(lines('!!! note "0. 导论"\n\t1. 全面建成小康社会\n\t2. 全面深化改革\n')).toEqual(["0. 导论", "1. 全面建成小康社会；2. 全面深化改革。"]);
    expect(lines(`!!! 笔记\n    ${PARAGRAPH}\n`)).toEqual(["笔记", PARAGRAPH]);
    expect(readMarkdown(`??? 毛泽东思想的活的灵魂\n\t${PARAGRAPH}\n`).headings).toEqual(["毛泽东思想的活的灵魂"]);
  });

  it("has no title when its title is empty or only an English type (a style), collapsible or not", () => {
    for (const head of ['!!! note ""', "!!! tip", '???+ note "18 + 8"', "???"]) {
      expect(lines(`${head}\n\t${PARAGRAPH}\n\n${PARAGRAPH}`)).toEqual([PARAGRAPH, PARAGRAPH]);
    }
  });

  it("ends where the indentation ends: the next flush-left line is the text after the box", () => {
    expect(lines(`!!! 笔记\n\t${PARAGRAPH}\n\n    ${PARAGRAPH}\n坚持人民至上，这是根本立场。`)).toEqual(["笔记", PARAGRAPH, PARAGRAPH, "坚持人民至上，这是根本立场。"]);
  });
});

describe("a bullet over numbered points", () => {
  it("is one list of phrases, and a point ending in ：leads its sub-points with no ；between them", () => {
    const note = ["- 马克思主义中国化的历史进程：", "\t0. 马克思主义是强大的思想武器", "\t1. 提出：", "\t\t- 1840鸦片战争", "\t\t- 1917十月革命", "\t2. 内涵"].join("\n");
    expect(lines(note)).toEqual(["马克思主义中国化的历史进程：马克思主义是强大的思想武器；提出：1840鸦片战争；1917十月革命；内涵。"]);
  });
});

describe("Markdown tables", () => {
  it("reads a cross table with a blank corner as rows of labelled values, each a sentence", () => {
    const table = ["|          | 旧民主主义革命 | 新民主主义革命 |", "| -------- | -------------- | -------------- |", "| 领导阶级 | 资产阶级 | 无产阶级 |", "| 指导思想 | 民主主义 | 马克思主义 |"].join("\n");
    expect(lines(table)).toEqual(["领导阶级；旧民主主义革命：资产阶级；新民主主义革命：无产阶级。", "指导思想；旧民主主义革命：民主主义；新民主主义革命：马克思主义。"]);
  });

  it("keeps a two-column table with a blank header cell as cells joined, its header no labels", () => {
    const table = ["|   | 说明 |", "| -- | ---- |", "| 甲 | 第一项 |"].join("\n");
    expect(lines(table)).toEqual(["说明", "甲；第一项"]);
  });
});

describe("a link whose target holds brackets", () => {
  it("is its text, the target's paired brackets and the closing one gone with it (CommonMark), an image's too", () => {
    const markdown = `${PARAGRAPH.replace("两个维护", "[两个维护](https://baike.baidu.com/item/两个维护_(政治术语))")}\n\n![图](https://a.cn/p_(1).png)${PARAGRAPH}`;
    expect(lines(markdown)).toEqual([PARAGRAPH, PARAGRAPH]);
  });
});
