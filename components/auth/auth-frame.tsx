/** The centred frame of the login and registration pages. */
export function AuthFrame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center px-4 py-10">
      <p className="text-center text-2xl font-bold text-brand-700">党课学堂</p>
      <h1 className="mt-2 text-center text-xl font-semibold">{title}</h1>
      <div className="mt-6 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">{children}</div>
    </main>
  );
}
