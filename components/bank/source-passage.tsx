/** The cited passage with the question's span highlighted. */
export function SourcePassage({ text, start, end }: { text: string; start: number | null; end: number | null }) {
  if (start === null || end === null) return <p className="leading-relaxed text-stone-800">{text}</p>;
  return (
    <p className="leading-relaxed text-stone-800" data-testid="source-passage">
      {text.slice(0, start)}
      <mark className="rounded bg-amber-100 px-0.5 text-stone-900">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </p>
  );
}
