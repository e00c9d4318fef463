/** A refusal or failure in words, announced at once; nothing when there is no message. */
export function ErrorAlert({ message, className = "" }: { message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p className={`rounded-lg bg-brand-50 px-3 py-2 text-sm text-brand-700 ${className}`.trim()} role="alert">
      {message}
    </p>
  );
}
