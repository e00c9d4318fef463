/** Download links for a report's tables; plain anchors so the browser saves the file. */
export function ExportLinks({ links }: { links: Array<{ href: string; label: string }> }) {
  return (
    <div className="flex flex-wrap gap-2 text-sm">
      {links.map((link) => (
        <a key={link.href} href={link.href} download className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-stone-800 hover:bg-stone-50">
          {link.label}
        </a>
      ))}
    </div>
  );
}
