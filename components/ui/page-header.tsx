export function PageHeader({ title, description }: { title: string; description?: string }) {
  return (
    <header className="mb-4">
      <h1 className="text-2xl font-bold tracking-tight text-stone-900">{title}</h1>
      {description ? <p className="mt-1 text-stone-600">{description}</p> : null}
    </header>
  );
}
