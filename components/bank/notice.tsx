/** A confirmation after a redirect, announced politely. */
export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded-lg bg-green-50 px-3 py-2 text-sm text-green-800" role="status">
      {children}
    </p>
  );
}
