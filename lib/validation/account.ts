import { z } from "zod";
import { PASSWORD_MIN_LENGTH, passwordProblem } from "@/lib/validation/password-policy";
import { textField } from "@/lib/validation/text";

export { PASSWORD_MIN_LENGTH };

/** Longest name of a person, in characters. */
export const PERSON_NAME_MAX_LENGTH = 50;

// NUL cannot be stored in PostgreSQL text: refused here with the Chinese message (text.ts), as in
// every other form, rather than failing in the statement.
const personName = textField({ error: "请输入姓名" }).trim().min(1, "请输入姓名").max(PERSON_NAME_MAX_LENGTH, `姓名不能超过 ${PERSON_NAME_MAX_LENGTH} 个字`);

/** An email address as accounts store it: trimmed and lower-cased. */
export const email = z
  .string({ error: "请输入邮箱" })
  .trim()
  .toLowerCase()
  .min(1, "请输入邮箱")
  .max(200, "邮箱过长")
  .pipe(z.email({ error: "邮箱格式不正确" }));

/** A password a person chooses; lib/validation/password-policy.ts decides which are refused. */
const password = z.string({ error: "请输入密码" }).superRefine((value, context) => {
  const problem = passwordProblem(value);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

export const registerSchema = z
  .object({
    name: personName,
    email,
    password,
    confirmPassword: z.string({ error: "请再次输入密码" }),
    inviteCode: textField({ error: "请输入班级邀请码" })
      .trim()
      .toUpperCase()
      .min(1, "请输入班级邀请码")
      .max(32, "邀请码无效"),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "两次输入的密码不一致",
  })
  .superRefine((value, context) => {
    const problem = passwordProblem(value.password, { email: value.email, name: value.name });
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type RegisterInput = z.infer<typeof registerSchema>;

/** Changing one's own password (forced after a one-time password): current, new, new again. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "请输入当前密码" }).min(1, "请输入当前密码").max(200, "密码过长"),
    newPassword: password,
    confirmPassword: z.string({ error: "请再次输入新密码" }),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "两次输入的密码不一致",
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ["newPassword"],
    message: "新密码不能与当前密码相同",
  });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** The first administrator of a deployment, created from the command line (npm run admin:create). */
export const administratorSchema = z
  .object({
    name: personName,
    email,
    password,
  })
  .superRefine((value, context) => {
    const problem = passwordProblem(value.password, { email: value.email, name: value.name });
    if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export const loginSchema = z.object({
  email,
  password: z.string({ error: "请输入密码" }).min(1, "请输入密码").max(200, "密码过长"),
});

/** Field → first Chinese message, the shape forms display. */
export type FieldErrors = Partial<Record<string, string>>;

export function firstFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors;
}
