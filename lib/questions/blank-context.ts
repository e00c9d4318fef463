import type { BlankContext } from "./accepted-answers";
import { taggedSpans } from "./term-quality";

/**
 * What the writings a grader accepts for a blank depend on (acceptedVariants): the stem's words before and after the
 * blank, and whether the answer is a rule of action (a verb in it: 少数服从多数, not a thing acted on: 实际情况). The
 * latter needs the word tagger, which runs on the server only, while accepted-answers.ts also runs in the browser (the
 * question editor's variants), so it is told here, where the question is generated.
 */
export function blankContext(answer: string, before: string, after: string): BlankContext {
  const bare = answer.normalize("NFKC").replace(/[“”"‘’'《》〈〉「」]/g, "");
  return { before, after, ruleOfAction: taggedSpans(bare).some((word) => word.tag === "v") };
}
