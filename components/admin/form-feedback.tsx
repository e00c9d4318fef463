import { ErrorAlert } from "@/components/ui/error-alert";
import { Notice } from "@/components/ui/notice";
import type { ActionState } from "./action-state";

/** The action's confirmation (announced politely) or its error (announced at once). */
export function FormFeedback({ state }: { state: ActionState }) {
  if (state.error) return <ErrorAlert message={state.error} />;
  if (state.ok && state.message) return <Notice>{state.message}</Notice>;
  return null;
}
