/**
 * An annotated edition's explanatory notes under a module's text, numbered as the source numbers them (`〔1〕`, `[3]`).
 * Notes are text from an uploaded document: rendered as React text only (no HTML, no Markdown), and long runs without
 * spaces wrap anywhere so a 390 px screen never scrolls sideways.
 */
export function DocumentNotes({ notes }: { notes: ReadonlyArray<{ mark: string; text: string }> }) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="document-notes-title" data-testid="document-notes" className="mt-10 border-t border-stone-200 pt-4">
      <h2 id="document-notes-title" className="text-base font-semibold text-stone-900">
        注释
      </h2>
      <ol className="mt-3 list-none space-y-2 text-sm leading-relaxed text-stone-700">
        {notes.map((note, index) => (
          <li key={index} className="[overflow-wrap:anywhere]">
            <span className="mr-1 text-stone-500">{note.mark}</span>
            {note.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
