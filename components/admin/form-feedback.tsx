import { ErrorAlert } from "@/components/ui/error-alert";
import type { ActionState } from "./action-state";

/** The action's confirmation (announced politely) or its error (announced at once). */
export function FormFeedback({ state }: { state: ActionState }) {
  if (state.error) return <ErrorAlert message={state.error} />;
  if (state.ok && state.message) {
    return (
      <p className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800" role="status">
        {state.message}
      </p>
    );
  }
  return null;
}
