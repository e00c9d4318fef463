// npm run admin:create -- --email EMAIL --name NAME [--password-stdin] — creates an administrator
// on the configured database: the first one of a real deployment. The password comes from the
// environment variable DANGKE_ADMIN_PASSWORD or, with --password-stdin, the first line of
// standard input (never from the command line, where other users see it), and must pass the
// password policy (lib/validation/password-policy.ts).
import { text } from "node:stream/consumers";
import { parseArgs } from "node:util";
import { createAdministrator } from "@/lib/server/accounts/create-administrator";
import { withMigratedDatabase } from "./setup-database";
import { CommandRefusal, runCli } from "./run-cli";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, "password-stdin": { type: "boolean", default: false } } });

runCli(async () => {
  if (!values.email || !values.name) throw new CommandRefusal("用法 / usage: npm run admin:create -- --email EMAIL --name 姓名 [--password-stdin]");
  const password = values["password-stdin"] ? (await text(process.stdin)).split(/\r?\n/)[0] : process.env.DANGKE_ADMIN_PASSWORD;
  if (!password) throw new CommandRefusal("请用 DANGKE_ADMIN_PASSWORD 或 --password-stdin 提供密码 / give the password in DANGKE_ADMIN_PASSWORD or on standard input with --password-stdin.");
  const result = await withMigratedDatabase((db) => createAdministrator(db, { email: values.email, name: values.name, password }));
  if (!result.ok) throw new CommandRefusal(`未创建管理员：${result.error}\nNo administrator created: ${result.error}`);
  console.log(`✔ 已创建管理员 ${result.email} / administrator created.`);
});
