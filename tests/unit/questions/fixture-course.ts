import { splitSentences } from "@/lib/content/split-sentences";
import type { KnowledgePoint, Module, Passage } from "@/lib/content/types";

export interface FixturePoint {
  kind: KnowledgePoint["kind"];
  /** Index of the passage the point is in (ignored for heading lists). */
  passage?: number;
  text: string;
  /** Text to locate in the passage for the span (defaults to answer, then text). */
  locate?: string;
  answer?: string;
  speaker?: string;
  items?: string[];
}

/** A one-module course written by hand: passages in one section, knowledge points located by their text. */
export function fixtureModule(title: string, section: string, paragraphs: string[], points: FixturePoint[], id = "mod_fixture"): Module {
  const passages: Passage[] = paragraphs.map((text, at) => ({ id: `${id}_psg_${at}`, kind: "prose", text, sentences: splitSentences(text) }));
  const sectionId = `${id}_sec`;
  const knowledgePoints = points.map((point, at): KnowledgePoint => {
    const passage = passages[point.passage ?? 0]!;
    const located = point.locate ?? point.answer ?? point.text;
    const start = passage.text.indexOf(located);
    if (point.kind !== "heading-list" && start < 0) throw new Error(`fixture: ${located} not in passage`);
    return {
      id: `${id}_kp_${at}`,
      kind: point.kind,
      text: point.text,
      ...(point.answer ? { answer: point.answer } : {}),
      ...(point.speaker ? { speaker: point.speaker } : {}),
      ...(point.items ? { items: point.items } : {}),
      span: point.kind === "heading-list" ? null : { passage: passage.id, start, end: start + located.length },
      section: sectionId,
    };
  });
  return {
    id,
    title,
    source: `sources/${id}.txt`,
    sections: [{ id: sectionId, title: section, numbering: "一、", implicit: false, passages, sections: [] }],
    knowledgePoints,
  };
}
