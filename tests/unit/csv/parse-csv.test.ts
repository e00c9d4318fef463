import { describe, expect, test } from "vitest";
import { detectDelimiter, parseCsv } from "@/lib/csv/parse-csv";

const rows = (text: string) => {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows;
};

describe("parseCsv", () => {
  test("quoted cells keep delimiters, doubled quotes and line breaks", () => {
    expect(rows('题干,答案\n"甲,乙","他说""好"""\n"第一行\n第二行",C\n')).toEqual([
      ["题干", "答案"],
      ["甲,乙", '他说"好"'],
      ["第一行\n第二行", "C"],
    ]);
  });

  test("CRLF and CR line endings, a BOM, and rows of different lengths", () => {
    expect(rows("\ufeff姓名,邮箱\r\n张三,a@example.com\r\n李四\r\n")).toEqual([["姓名", "邮箱"], ["张三", "a@example.com"], ["李四"]]);
    expect(rows("姓名,邮箱\r张三,a@example.com")).toEqual([["姓名", "邮箱"], ["张三", "a@example.com"]]);
  });

  test("an empty line stays a row, so row numbers match the file's lines", () => {
    expect(rows("a,b\n\nc,d\n")).toEqual([["a", "b"], [""], ["c", "d"]]);
  });

  test("a stray quote inside an unquoted cell is kept as text", () => {
    expect(rows('题干\n他说"好"了\n')).toEqual([["题干"], ['他说"好"了']]);
  });

  test("the delimiter is the one the first line uses most: comma, tab, semicolon or full-width comma", () => {
    expect(detectDelimiter("姓名\t邮箱\n")).toBe("\t");
    expect(detectDelimiter("姓名;邮箱;班级\n")).toBe(";");
    expect(detectDelimiter("姓名，邮箱\n")).toBe("，");
    expect(detectDelimiter('"a;b",c\n')).toBe(",");
    expect(detectDelimiter("只有一列\n")).toBe(",");
    expect(rows("姓名，邮箱\n张三，a@example.com\n")).toEqual([["姓名", "邮箱"], ["张三", "a@example.com"]]);
  });

  test("a quote never closed is refused in Chinese with its line", () => {
    const parsed = parseCsv('题干,答案\n"没有结束的引号,A\n第三行,B\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^CSV 文件第 \d+ 行附近格式有误（引号没有成对），请检查后重新上传。$/);
  });
});
