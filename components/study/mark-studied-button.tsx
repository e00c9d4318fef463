"use client";

import { useFormStatus } from "react-dom";

function SubmitButton({ studied }: { studied: boolean }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-pressed={studied}
      className={`min-h-11 rounded-lg border px-3 py-2 text-sm ${
        studied ? "border-green-600 bg-green-50 text-green-800" : "border-stone-300 bg-white text-stone-700 hover:bg-stone-100"
      }`}
    >
      {studied ? "✓ 已学（点此取消）" : "标记为已学"}
    </button>
  );
}

export function MarkStudiedButton({
  action,
  moduleId,
  sectionId,
  studied,
}: {
  action: (formData: FormData) => Promise<void>;
  moduleId: string;
  sectionId: string;
  studied: boolean;
}) {
  return (
    <form action={action} className="mt-3">
      <input type="hidden" name="moduleId" value={moduleId} />
      <input type="hidden" name="sectionId" value={sectionId} />
      <input type="hidden" name="studied" value={studied ? "false" : "true"} />
      <SubmitButton studied={studied} />
    </form>
  );
}
