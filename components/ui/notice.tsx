/** A confirmation (after a redirect or a saved form), announced politely. */
export function Notice({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return (
    <p className={`rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800 ${className}`.trim()} role="status">
      {children}
    </p>
  );
}
