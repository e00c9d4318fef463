import { z } from "zod";
import { textField } from "./text";
import { email, PERSON_NAME_MAX_LENGTH } from "./account";
import { idField } from "./class";

export const ROLES = ["LEARNER", "INSTRUCTOR", "ADMIN"] as const;

export const roleField = z.enum(ROLES, { error: "角色无效" });

export const personName = textField({ error: "请输入姓名" }).trim().min(1, "请输入姓名").max(PERSON_NAME_MAX_LENGTH, `姓名不能超过 ${PERSON_NAME_MAX_LENGTH} 个字`);

export const createAccountSchema = z.object({ name: personName, email, role: roleField });

export const userIdSchema = z.object({ userId: idField("用户无效") });

export const setActiveSchema = z.object({
  userId: idField("用户无效"),
  active: z.enum(["true", "false"], { error: "操作无效" }).transform((value) => value === "true"),
});

export const changeRoleSchema = z.object({ userId: idField("用户无效"), role: roleField });

/** The user list's filters, from the query string; anything unrecognised is ignored. */
export const userFilterSchema = z.object({
  q: textField().trim().max(100).optional().catch(undefined),
  role: roleField.optional().catch(undefined),
});

const dateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The audit log's filters, from the query string; anything unrecognised is ignored. */
export const auditFilterSchema = z.object({
  action: textField().trim().max(64).optional().catch(undefined),
  actor: textField().trim().max(200).optional().catch(undefined),
  from: dateOnly,
  to: dateOnly,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
