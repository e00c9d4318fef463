import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { DocumentNotes } from "@/components/study/document-notes";
import { MarkStudiedButton } from "@/components/study/mark-studied-button";
import { ReadingTimer } from "@/components/study/reading-timer";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getModuleForReading, type ReadingSection } from "@/lib/server/study/get-module-for-reading";
import { getQuestionHighlight } from "@/lib/server/study/get-highlight";
import { markSectionAction, recordReadingTimeAction } from "./actions";

export const metadata: Metadata = { title: "学习" };

export default async function ModulePage({
  params,
  searchParams,
}: {
  params: Promise<{ moduleId: string }>;
  searchParams: Promise<{ hl?: string }>;
}) {
  const actor = await requireActor();
  const [{ moduleId }, { hl }] = await Promise.all([params, searchParams]);
  const db = await getDb();
  const reading = await getModuleForReading(db, actor, moduleId);
  if (!reading) notFound();
  const highlight = typeof hl === "string" ? await getQuestionHighlight(db, actor, { questionId: hl.slice(0, 64) }) : null;
  return (
    <article className="mx-auto max-w-[38em]">
      <ReadingTimer moduleId={reading.id} record={recordReadingTimeAction} />
      <nav aria-label="面包屑" className="text-sm text-stone-600">
        <Link href="/study" className="underline underline-offset-4">
          {reading.course.title}
        </Link>
      </nav>
      <h1 className="mt-2 text-2xl leading-snug font-bold text-stone-900">{reading.title}</h1>
      {reading.document ? <p className="mt-1 text-sm text-stone-500">出处：{reading.document.title}</p> : null}
      {reading.document?.metadataLine ? (
        <p className="mt-0.5 text-xs text-stone-500" data-testid="document-metadata">
          {reading.document.metadataLine}
        </p>
      ) : null}
      <div className="mt-6 space-y-8">
        {reading.sections.map((section) => (
          <SectionView key={section.id} section={section} moduleId={reading.id} highlight={highlight} />
        ))}
      </div>
      {reading.document ? <DocumentNotes notes={reading.document.notes} /> : null}
      <nav aria-label="单元导航" className="mt-10 flex justify-between gap-4 border-t border-stone-200 pt-4 text-sm">
        {reading.previous ? (
          <Link href={`/study/${reading.previous.id}`} className="text-brand-700 underline underline-offset-4">
            ← {reading.previous.title}
          </Link>
        ) : (
          <span />
        )}
        {reading.next ? (
          <Link href={`/study/${reading.next.id}`} className="text-right text-brand-700 underline underline-offset-4">
            {reading.next.title} →
          </Link>
        ) : null}
      </nav>
    </article>
  );
}

const HEADING_SIZES = ["text-xl", "text-lg", "text-base", "text-base"];

type Highlight = Awaited<ReturnType<typeof getQuestionHighlight>>;

function SectionView({ section, moduleId, highlight }: { section: ReadingSection; moduleId: string; highlight: Highlight }) {
  const Heading = section.depth === 0 ? "h2" : section.depth === 1 ? "h3" : "h4";
  const showHeading = !section.implicit;
  return (
    <section id={section.id} aria-labelledby={showHeading ? `${section.id}-title` : undefined} className="scroll-mt-24">
      {showHeading ? (
        <Heading id={`${section.id}-title`} className={`${HEADING_SIZES[Math.min(section.depth, 3)]} mb-3 font-semibold text-stone-900`}>
          {section.numbering ? <span className="mr-1">{section.numbering}</span> : null}
          {section.title}
        </Heading>
      ) : null}
      <div className="space-y-4 text-[17px] leading-[1.9] text-stone-800">
        {section.passages.map((passage) =>
          passage.kind === "KEYWORDS" ? (
            <p key={passage.id} id={passage.id} className="text-sm text-stone-600">
              {passage.text}
            </p>
          ) : (
            <p key={passage.id} id={passage.id} className="indent-[2em]">
              {highlight?.passageId === passage.id ? (
                <>
                  {passage.text.slice(0, highlight.start)}
                  <mark className="rounded bg-amber-200 px-0.5" data-testid="source-highlight">
                    {passage.text.slice(highlight.start, highlight.end)}
                  </mark>
                  {passage.text.slice(highlight.end)}
                </>
              ) : (
                passage.text
              )}
            </p>
          ),
        )}
      </div>
      {section.passages.length > 0 ? (
        <MarkStudiedButton action={markSectionAction} moduleId={moduleId} sectionId={section.id} studied={section.studied} />
      ) : null}
    </section>
  );
}
