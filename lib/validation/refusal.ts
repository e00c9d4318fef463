import type { z } from "zod";
import { firstFieldErrors, type FieldErrors } from "./account";

/** A use-case refused: one Chinese message for the user, and per-field messages for a form. */
export interface Refusal {
  ok: false;
  error: string;
  errors?: FieldErrors;
}

export function refuse(error: string, errors?: FieldErrors): Refusal {
  return errors ? { ok: false, error, errors } : { ok: false, error };
}

/** A failed zod parse as a refusal: the first field message becomes the headline. */
export function refuseInvalid(error: z.ZodError): Refusal {
  const errors = firstFieldErrors(error);
  return { ok: false, error: Object.values(errors)[0] ?? "输入无效", errors };
}
