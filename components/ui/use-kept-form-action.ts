"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";

/** What a form's server action may answer: a headline error and/or per-field errors. */
interface RefusableState {
  error?: string | null;
  errors?: Partial<Record<string, string>>;
}

function refused(state: RefusableState): boolean {
  return Boolean(state.error) || Object.values(state.errors ?? {}).some(Boolean);
}

/**
 * `useActionState` for a form whose fields must survive a refusal. React resets a form after its
 * action runs, so a server error used to empty every field the user had filled in. Passing the
 * returned `keepValues` as the form's `onSubmit` runs the same action without that reset; the
 * form is reset (to the, possibly revalidated, defaults) only when the action succeeds, as
 * before. Without JavaScript the form still posts to `action` as usual.
 */
export function useKeptFormAction<State extends RefusableState>(
  action: (previous: Awaited<State>, formData: FormData) => State | Promise<State>,
  initialState: Awaited<State>,
) {
  const [state, formAction, pending] = useActionState<State, FormData>(action, initialState);
  const submitted = useRef<HTMLFormElement | null>(null);

  useEffect(() => {
    const form = submitted.current;
    if (!form) return;
    submitted.current = null;
    if (!refused(state)) form.reset();
  }, [state]);

  const keepValues = (event: FormEvent<HTMLFormElement>) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(form, submitter);
    submitted.current = form;
    startTransition(() => formAction(formData));
  };

  return [state, formAction, pending, keepValues] as const;
}
