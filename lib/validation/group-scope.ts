import { z } from "zod";
import { textField } from "./text";

const key = textField().trim().min(1).max(64).optional();

/** Refusal of a redo scope that is not one (over-long, NUL, not text). */
export const GROUP_SCOPE_REFUSAL = "练习范围无效，请从列表中重新选择。";
/** A well-formed scope that names nothing the learner has (a forged or stale id). */
export const GROUP_SCOPE_EMPTY = "所选范围内没有可练习的题目。";

/**
 * What a 错题本 / 收藏 redo form sends: `module`, `point` (a knowledge point, or "none") and
 * `question`, each optional; empty strings count as absent. No field means the whole list.
 */
export const groupScopeSchema = z.object({
  module: z.preprocess(emptyToUndefined, key),
  point: z.preprocess(emptyToUndefined, key),
  question: z.preprocess(emptyToUndefined, key),
});

export type GroupScopeInput = z.infer<typeof groupScopeSchema>;

function emptyToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/**
 * A refused redo comes back to its list page as `?error=CODE` (a code, never the text: a link
 * cannot make the page say something of its choosing); anything else shows nothing.
 */
const SCOPE_ERRORS = { invalid: GROUP_SCOPE_REFUSAL, empty: GROUP_SCOPE_EMPTY } as const;

export function groupScopeErrorCode(error: string): keyof typeof SCOPE_ERRORS {
  return error === GROUP_SCOPE_EMPTY ? "empty" : "invalid";
}

export function groupScopeErrorMessage(code: unknown): string | null {
  return typeof code === "string" && Object.hasOwn(SCOPE_ERRORS, code) ? SCOPE_ERRORS[code as keyof typeof SCOPE_ERRORS] : null;
}
