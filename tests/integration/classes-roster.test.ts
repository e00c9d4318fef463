import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/server/accounts/authenticate";
import { importRoster } from "@/lib/server/classes/import-roster";
import { rosterTemplateCsv } from "@/lib/server/classes/roster/roster-template";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createClass, createUser } from "../support/fixtures";

const csv = (text: string) => new Uint8Array(Buffer.from(text, "utf8"));

async function xlsx(rows: (string | null)[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名单");
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("roster import", () => {
  let testDb: TestDatabase;
  let instructor: Actor;
  let otherInstructor: Actor;
  let classId: string;
  let counter = 0;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instructor = await createUser(testDb.db, "INSTRUCTOR");
    otherInstructor = await createUser(testDb.db, "INSTRUCTOR");
    classId = (await createClass(testDb.db, { instructors: [instructor] })).id;
  });
  afterAll(async () => {
    await testDb.close();
  });

  /** An email no other test uses. */
  function fresh(label: string) {
    counter += 1;
    return `${label}-${counter}@example.com`;
  }

  async function counts() {
    return {
      users: await testDb.db.user.count(),
      members: await testDb.db.classMember.count(),
      audits: await testDb.db.auditLog.count({ where: { action: "class.import_roster" } }),
    };
  }

  test("a valid CSV creates learners with one-time passwords that sign in and must be changed", async () => {
    const emails = [fresh("wang"), fresh("zhao")];
    const result = await importRoster(testDb.db, {
      actor: instructor,
      classId,
      fileName: "名单.csv",
      bytes: csv(`姓名,邮箱\n王芳,${emails[0]}\n"赵, 强",${emails[1]!.toUpperCase()}\n`),
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.created.map((row) => [row.row, row.name, row.email])).toEqual([
      [2, "王芳", emails[0]],
      [3, "赵, 强", emails[1]],
    ]);
    for (const account of result.created) {
      expect(account.password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      const user = await testDb.db.user.findUniqueOrThrow({ where: { email: account.email }, include: { classMemberships: true } });
      expect(user).toMatchObject({ role: "LEARNER", mustChangePassword: true, active: true });
      expect(user.classMemberships).toEqual([expect.objectContaining({ classId, role: "LEARNER" })]);
      expect(await verifyPassword(user.passwordHash, account.password)).toBe(true);
      expect(await authenticate(testDb.db, { email: account.email, password: account.password, address: "test" })).toMatchObject({ ok: true });
    }
    const entry = await testDb.db.auditLog.findFirstOrThrow({ where: { action: "class.import_roster", entityId: classId } });
    expect(JSON.stringify(entry.after)).not.toContain(result.created[0]!.password);
    expect(entry.after).toMatchObject({ created: emails });
  });

  test("existing accounts are added to the class, not recreated, and current members are left as they are", async () => {
    const existing = await createUser(testDb.db, "LEARNER");
    const member = await createUser(testDb.db, "LEARNER");
    await testDb.db.classMember.create({ data: { classId, userId: member.id } });
    const before = await testDb.db.user.findUniqueOrThrow({ where: { id: existing.id } });
    const result = await importRoster(testDb.db, {
      actor: instructor,
      classId,
      fileName: "roster.csv",
      bytes: csv(`name,email\r\n别的名字,${existing.email}\r\n${member.name},${member.email}\r\n`),
    });
    expect(result).toMatchObject({ ok: true, created: [], added: [{ row: 2, email: existing.email }], alreadyMembers: [{ row: 3 }] });
    const after = await testDb.db.user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toEqual(before);
    expect(await testDb.db.classMember.count({ where: { classId, userId: { in: [existing.id, member.id] } } })).toBe(2);
  });

  test("a GBK-encoded CSV with English headers and extra columns is read", async () => {
    const email = fresh("gbk");
    const bytes = new Uint8Array(iconv.encode(`序号,Name,Email,备注\n1,陈思远,${email},支部委员\n`, "gbk"));
    const result = await importRoster(testDb.db, { actor: instructor, classId, fileName: "gbk.csv", bytes });
    expect(result).toMatchObject({ ok: true, created: [{ row: 2, name: "陈思远", email }] });
  });

  test("an Excel workbook is read, hyperlinked emails and blank rows included", async () => {
    const email = fresh("excel");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名单");
    sheet.addRow(["姓名", "邮箱"]);
    sheet.addRow([]);
    sheet.addRow(["孙立", { text: email, hyperlink: `mailto:${email}` }]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importRoster(testDb.db, { actor: instructor, classId, fileName: "名单.xlsx", bytes });
    expect(result).toMatchObject({ ok: true, created: [{ row: 3, name: "孙立", email }] });
  });

  test("the downloadable template imports as it is", async () => {
    const other = (await createClass(testDb.db, { instructors: [instructor] })).id;
    const result = await importRoster(testDb.db, { actor: instructor, classId: other, fileName: "学员名单模板.csv", bytes: csv(rosterTemplateCsv()) });
    expect(result).toMatchObject({ ok: true });
  });

  // Each rule: a file whose second row breaks it (nothing is written), and the same file with that row fixed (imported).
  test.each([
    ["a missing name", (email: string) => `,${email}`, "缺少姓名"],
    ["an over-long name", (email: string) => `${"名".repeat(51)},${email}`, "姓名不能超过 50 个字"],
    ["a missing email", () => "周明,", "缺少邮箱"],
    ["a malformed email", () => "周明,zhou-at-example", "格式不正确"],
    ["an email repeated in the file", (_email: string, first: string) => `周明,${first}`, "邮箱与第 2 行重复"],
  ])("%s is refused with its row number, nothing is imported, and the corrected file imports", async (_rule, badRow, reason) => {
    const first = fresh("first");
    const second = fresh("second");
    const before = await counts();
    const refused = await importRoster(testDb.db, {
      actor: instructor,
      classId,
      fileName: "名单.csv",
      bytes: csv(`姓名,邮箱\n吴一,${first}\n${badRow(second, first)}\n`),
    });
    expect(refused).toMatchObject({ ok: false, error: "有 1 行有误，没有导入任何学员。请修改后重新上传。" });
    expect(!refused.ok && refused.rowErrors).toEqual([{ row: 3, message: expect.stringContaining(reason) }]);
    expect(await counts()).toEqual(before);

    const accepted = await importRoster(testDb.db, {
      actor: instructor,
      classId,
      fileName: "名单.csv",
      bytes: csv(`姓名,邮箱\n吴一,${first}\n周明,${second}\n`),
    });
    expect(accepted).toMatchObject({ ok: true, created: [{ row: 2 }, { row: 3 }] });
  });

  test("a deactivated account or a staff account in the roster is refused by row; a learner account is accepted", async () => {
    const inactive = await createUser(testDb.db, "LEARNER", { active: false });
    const staff = await createUser(testDb.db, "INSTRUCTOR");
    const learner = await createUser(testDb.db, "LEARNER");
    const before = await counts();
    const refused = await importRoster(testDb.db, {
      actor: instructor,
      classId,
      fileName: "名单.csv",
      bytes: csv(`姓名,邮箱\n甲,${inactive.email}\n乙,${staff.email}\n丙,${learner.email}\n丁,bad\n`),
    });
    expect(!refused.ok && refused.rowErrors).toEqual([
      { row: 2, message: "该邮箱的账号已停用，请先由管理员启用" },
      { row: 3, message: "该邮箱属于教员或管理员账号，不能作为学员导入" },
      { row: 5, message: "邮箱“bad”格式不正确" },
    ]);
    expect(await counts()).toEqual(before);
    const accepted = await importRoster(testDb.db, { actor: instructor, classId, fileName: "名单.csv", bytes: csv(`姓名,邮箱\n丙,${learner.email}\n`) });
    expect(accepted).toMatchObject({ ok: true, added: [{ email: learner.email }] });
  });

  test("every wrong row is reported at once, in row order; blank rows are skipped", async () => {
    const result = await importRoster(testDb.db, {
      actor: instructor,
      classId,
      fileName: "名单.csv",
      bytes: csv(`姓名,邮箱,备注\n,,只有备注\n好人,${fresh("ok")}\n\n坏人,@@\n`),
    });
    expect(!result.ok && result.rowErrors.map((error) => error.row)).toEqual([2, 5]);
    expect(!result.ok && result.rowErrors[0]!.message).toBe("缺少姓名；缺少邮箱");
  });

  test.each([
    ["an empty file", "a.csv", () => new Uint8Array(), "文件是空的"],
    ["a binary file named .csv", "a.csv", () => new Uint8Array(Array.from({ length: 512 }, (_, i) => i % 7)), "不是文本格式的 CSV"],
    ["a text file renamed .xlsx", "a.xlsx", () => csv("姓名,邮箱\n张三,z@example.com\n"), "无法读取这个 Excel 文件"],
    ["an old .xls file", "a.xls", () => csv("x"), "不支持旧版 Excel"],
    ["a Word document", "a.docx", () => csv("x"), "不支持这种文件类型"],
    ["a file without the email column", "a.csv", () => csv("姓名,电话\n张三,123\n"), "缺少“邮箱”列"],
    ["a file without a header", "a.csv", () => csv("张三,z@example.com\n"), "缺少“姓名”和“邮箱”列"],
    ["a CSV with a quote never closed", "a.csv", () => csv('姓名,邮箱\n"张三,z@example.com\n李四,l@example.com\n'), "格式有误（引号没有成对）"],
    ["a header with no rows under it", "a.csv", () => csv("姓名,邮箱\n\n,\n"), "表头下面没有学员"],
    ["a file of only blank lines", "a.csv", () => csv("\n\n"), "文件中没有内容"],
    ["over 2,000 rows", "a.csv", () => csv(["姓名,邮箱", ...Array.from({ length: 2001 }, (_, i) => `学员${i},s${i}@example.com`)].join("\n")), "一次最多导入 2000 名学员"],
    ["over 2 MB", "a.csv", () => csv(`姓名,邮箱\n${"x".repeat(2 * 1024 * 1024)}`), "超过 2 MB"],
  ])("%s is refused with a Chinese message and writes nothing", async (_case, fileName, bytes, message) => {
    const before = await counts();
    const result = await importRoster(testDb.db, { actor: instructor, classId, fileName, bytes: bytes() });
    expect(result).toMatchObject({ ok: false, rowErrors: [] });
    expect(!result.ok && result.error).toContain(message);
    expect(await counts()).toEqual(before);
  });

  test("an Excel sheet over 2,000 rows is refused", async () => {
    const rows = [["姓名", "邮箱"], ...Array.from({ length: 2100 }, (_, i) => [`学员${i}`, `x${i}@example.com`])];
    const result = await importRoster(testDb.db, { actor: instructor, classId, fileName: "big.xlsx", bytes: await xlsx(rows) });
    expect(!result.ok && result.error).toContain("一次最多导入 2000 名学员");
  });

  test("an instructor cannot import into another instructor's class, nor a learner into any", async () => {
    const learner = await createUser(testDb.db, "LEARNER");
    const before = await counts();
    for (const actor of [otherInstructor, learner]) {
      const result = await importRoster(testDb.db, { actor, classId, fileName: "a.csv", bytes: csv(`姓名,邮箱\n某,${fresh("forged")}\n`) });
      expect(result).toEqual({ ok: false, error: "班级不存在，或您无权管理该班级", rowErrors: [] });
    }
    expect(await counts()).toEqual(before);
  });
});
