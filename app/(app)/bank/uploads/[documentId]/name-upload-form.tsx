"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useKeptFormAction } from "@/components/ui/use-kept-form-action";
import { nameUploadAction, type NameUploadFormState } from "./actions";

const initialState: NameUploadFormState = { errors: {} };

/**
 * The document's title, given or changed before publishing. Untitled (`currentTitle` null): empty, the name it is shown
 * by as the placeholder; titled: its title, to rename.
 */
export function NameUploadForm({ documentId, currentTitle, displayName, maxLength }: { documentId: string; currentTitle: string | null; displayName: string; maxLength: number }) {
  const [state, formAction, pending, keepValues] = useKeptFormAction(nameUploadAction, initialState);
  return (
    <form action={formAction} onSubmit={keepValues} noValidate className="space-y-3">
      <input type="hidden" name="documentId" value={documentId} />
      <TextField
        label="文档标题"
        name="title"
        defaultValue={currentTitle ?? ""}
        placeholder={displayName}
        hint="发布后题目解析以《文档标题》注明出处，无需输入书名号"
        maxLength={maxLength}
        error={state.errors.title}
        required
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在保存…" : "保存标题"}
      </Button>
    </form>
  );
}
