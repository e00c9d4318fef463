// A page kept as HTML (wusi-yundong-html.md in the corpus: a 党史 article of <p>, <strong> and <img> paragraphs in a .md file).
import { describe, expect, it } from "vitest";
import { htmlToText } from "@/lib/content/ingest/html-to-text";

const P = (text: string, style = "text-align: justify") => `<p style="${style}">\n  ${text}\n</p>`;
const PICTURE = P('<img style="border: 0 none" src="../img/1.jpg" />', "text-align: center");
const BODY = "1915年9月，陈独秀在上海创办了《青年杂志》，标志着新文化运动兴起。";
const lines = (html: string) => htmlToText(html).split("\n").filter(Boolean);

describe("a picture's caption", () => {
  it("is dropped with the picture when short and without a sentence end (`陈独秀` under a portrait)", () => {
    expect(lines(`<div>\n${PICTURE}\n${P("陈独秀", "text-align: center")}\n${P(BODY)}\n</div>`)).toEqual([BODY]);
    expect(lines(`<figure><img src="a.jpg"><figcaption>北京大学的几位教师</figcaption></figure>${P(BODY)}`)).toEqual([BODY]);
  });

  it("is not a heading set in bold after a picture, nor a sentence, nor text with no picture before it", () => {
    expect(lines(`${PICTURE}\n${P("<strong>火烧赵家楼事件</strong>")}\n${P(BODY)}`)).toEqual(["火烧赵家楼事件", BODY]);
    expect(lines(`${PICTURE}\n${P(BODY)}`)).toEqual([BODY]);
    expect(lines(`${P("陈独秀")}\n${P(BODY)}`)).toEqual(["陈独秀", BODY]);
  });
});
