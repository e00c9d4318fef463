import "server-only";
import type { z } from "zod";

/** Field → its first Chinese message, as forms show them. */
export type BankFieldErrors = Partial<Record<string, string>>;

/** A bank use-case refused: one Chinese message, and per-field messages for a form. Nothing was written. */
export interface BankRefusal {
  ok: false;
  error: string;
  errors?: BankFieldErrors;
}

export function refuseBank(error: string, errors?: BankFieldErrors): BankRefusal {
  return errors ? { ok: false, error, errors } : { ok: false, error };
}

/** A failed parse as a refusal; the first message is the headline. */
export function refuseInvalidQuestion(error: z.ZodError): BankRefusal {
  const errors: BankFieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return { ok: false, error: error.issues[0]?.message ?? "输入无效", errors };
}
