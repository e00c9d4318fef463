import type { KnowledgePointKind } from "../types";

/** A knowledge point found in one passage, before it gets an id. Offsets index the passage text. */
export interface RawPoint {
  kind: KnowledgePointKind;
  text: string;
  answer?: string;
  speaker?: string;
  items?: string[];
  start: number;
  end: number;
}
