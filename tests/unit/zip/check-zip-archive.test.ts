import ExcelJS from "exceljs";
import { Document, Packer, Paragraph } from "docx";
import { describe, expect, test } from "vitest";
import { checkZipArchive, OFFICE_ZIP_LIMITS } from "@/lib/zip/check-zip-archive";
import { readZipDirectory } from "@/lib/zip/read-zip-directory";
import { docxBomb, docxDeclaring, docxLyingBomb, truncated, zipDeclaringHugeEntry, zipOfManyEntries } from "../../support/hostile-files";

async function realDocx(): Promise<Uint8Array> {
  const document = new Document({ sections: [{ children: [new Paragraph("党员要密切联系群众。")] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

async function realXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("名单").addRows([["姓名", "邮箱"], ["张三", "a@example.com"]]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("readZipDirectory", () => {
  test("lists the entries of a real .docx with their declared sizes", async () => {
    const directory = readZipDirectory(await realDocx(), { maxEntries: 100 });
    expect(directory.ok).toBe(true);
    if (!directory.ok) return;
    const document = directory.entries.find((entry) => entry.name === "word/document.xml");
    expect(document).toMatchObject({ method: 8 });
    expect(document!.uncompressedSize).toBeGreaterThan(document!.compressedSize);
  });

  test("refuses an archive that declares more entries than allowed before reading them", () => {
    expect(readZipDirectory(zipOfManyEntries(20), { maxEntries: 10 })).toEqual({ ok: false, reason: "TOO_MANY_ENTRIES", entries: 20 });
  });

  test("says a file cut short is truncated and a text file is not a zip", async () => {
    expect(readZipDirectory(truncated(await realDocx()), { maxEntries: 100 })).toMatchObject({ ok: false, reason: "TRUNCATED" });
    expect(readZipDirectory(new TextEncoder().encode("PK but not really a zip archive at all"), { maxEntries: 100 })).toMatchObject({ ok: false });
    expect(readZipDirectory(new TextEncoder().encode("姓名,邮箱\n张三,a@example.com\n"), { maxEntries: 100 })).toEqual({ ok: false, reason: "NOT_A_ZIP" });
  });
});

describe("checkZipArchive", () => {
  test("accepts real Office files made by docx and exceljs", async () => {
    expect(checkZipArchive(await realDocx(), OFFICE_ZIP_LIMITS).ok).toBe(true);
    expect(checkZipArchive(await realXlsx(), OFFICE_ZIP_LIMITS).ok).toBe(true);
    expect(checkZipArchive(docxDeclaring(null), OFFICE_ZIP_LIMITS).ok).toBe(true);
  });

  test("refuses a bomb by its compression ratio, from the directory alone", async () => {
    const check = checkZipArchive(await docxBomb(20), OFFICE_ZIP_LIMITS);
    expect(check).toMatchObject({ ok: false, reason: "TOO_LARGE" });
    expect(!check.ok && check.detail).toMatch(/compression ratio/);
  });

  test("refuses an archive whose declared total is over the limit", async () => {
    expect(checkZipArchive(zipDeclaringHugeEntry(), OFFICE_ZIP_LIMITS)).toMatchObject({ ok: false, reason: "TOO_LARGE", detail: expect.stringMatching(/declares over/) });
    const small = { ...OFFICE_ZIP_LIMITS, maxTotalBytes: 1000 };
    expect(checkZipArchive(docxDeclaring(null, 50), small)).toMatchObject({ ok: false, reason: "TOO_LARGE" });
  });

  test("refuses an entry that inflates to more than it declares, stopping at the declaration", async () => {
    const check = checkZipArchive(await docxLyingBomb(8), OFFICE_ZIP_LIMITS);
    expect(check).toMatchObject({ ok: false, reason: "TOO_LARGE", detail: expect.stringMatching(/more than its declared/) });
  });

  test("refuses an entry that inflates to less than it declares as damaged", () => {
    expect(checkZipArchive(docxDeclaring({ document: 5000 }), OFFICE_ZIP_LIMITS)).toMatchObject({ ok: false, reason: "UNREADABLE" });
  });

  test("refuses too many entries and truncated archives", async () => {
    expect(checkZipArchive(zipOfManyEntries(OFFICE_ZIP_LIMITS.maxEntries + 1), OFFICE_ZIP_LIMITS)).toMatchObject({ ok: false, reason: "TOO_MANY_ENTRIES" });
    expect(checkZipArchive(truncated(await realDocx()), OFFICE_ZIP_LIMITS)).toMatchObject({ ok: false, reason: "UNREADABLE" });
  });
});
