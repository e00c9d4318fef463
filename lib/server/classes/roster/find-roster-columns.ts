import "server-only";
const NAME_HEADERS = new Set(["姓名", "名字", "学员姓名", "name", "fullname"]);
const EMAIL_HEADERS = new Set(["邮箱", "电子邮箱", "邮箱地址", "电子邮件", "邮件", "email", "e-mail", "mail", "emailaddress"]);

function normalizeHeader(cell: string): string {
  return cell
    .replace(/^\ufeff/, "")
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/[\s*＊:：]/g, "")
    .toLowerCase();
}

export type RosterColumns = { ok: true; name: number; email: number } | { ok: false; error: string };

/** Where the name and email columns are, from a header row in Chinese or English. */
export function findRosterColumns(header: string[]): RosterColumns {
  const normalized = header.map(normalizeHeader);
  const name = normalized.findIndex((cell) => NAME_HEADERS.has(cell));
  const email = normalized.findIndex((cell) => EMAIL_HEADERS.has(cell));
  if (name >= 0 && email >= 0) return { ok: true, name, email };
  const missing = [name < 0 ? "“姓名”" : null, email < 0 ? "“邮箱”" : null].filter(Boolean).join("和");
  return {
    ok: false,
    error: `第一行应是表头，缺少${missing}列。请使用模板：表头为“姓名,邮箱”（或 name,email）。`,
  };
}
