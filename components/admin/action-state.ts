import type { FieldErrors } from "@/lib/validation/account";

/** What a form's server action answers: a confirmation, or a Chinese error with per-field messages. */
export interface ActionState {
  ok?: boolean;
  message?: string;
  error?: string;
  errors?: FieldErrors;
}

/** An answer that may carry a one-time password: the form shows it once and nothing keeps it. */
export interface SecretActionState extends ActionState {
  secret?: { label: string; value: string };
}

export const INITIAL_ACTION_STATE: ActionState = {};
