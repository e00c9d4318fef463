import { findLabel } from "./label-file";
import { shownFingerprint } from "./label-key";
import type { EvalQuestion, Label } from "./types";

/** Published and draft counts, and the readers' verdicts on the published questions that carry a label. */
export interface LabelTally {
  published: number;
  drafts: number;
  labelled: number;
  usable: number;
  needsEdit: number;
  discard: number;
  /** Needs-edit questions whose only failing criterion is E (the 解析): usable but for their explanation. */
  onlyExplanation: number;
  unlabelled: number;
  /** Labelled questions that changed in form (options, 解析) since they were labelled. */
  stale: number;
}

export function emptyTally(): LabelTally {
  return { published: 0, drafts: 0, labelled: 0, usable: 0, needsEdit: 0, discard: 0, onlyExplanation: 0, unlabelled: 0, stale: 0 };
}

export function addTallies(a: LabelTally, b: LabelTally): LabelTally {
  return {
    published: a.published + b.published,
    drafts: a.drafts + b.drafts,
    labelled: a.labelled + b.labelled,
    usable: a.usable + b.usable,
    needsEdit: a.needsEdit + b.needsEdit,
    discard: a.discard + b.discard,
    onlyExplanation: a.onlyExplanation + b.onlyExplanation,
    unlabelled: a.unlabelled + b.unlabelled,
    stale: a.stale + b.stale,
  };
}

/** Counts the questions given; labels are looked up by their content key, the document's own first (findLabel). */
export function tallyLabels(questions: EvalQuestion[], labels: ReadonlyMap<string, Label>, doc?: string): LabelTally {
  const tally = emptyTally();
  for (const item of questions) {
    if (item.status === "draft") {
      tally.drafts++;
      continue;
    }
    tally.published++;
    const label = findLabel(labels, item, doc);
    if (!label) {
      tally.unlabelled++;
      continue;
    }
    tally.labelled++;
    if (label.verdict === "usable") tally.usable++;
    else if (label.verdict === "needs-edit") tally.needsEdit++;
    else tally.discard++;
    if (label.verdict === "needs-edit" && label.codes.length === 1 && label.codes[0] === "E") tally.onlyExplanation++;
    if (label.shown !== undefined && label.shown !== shownFingerprint(item)) tally.stale++;
  }
  return tally;
}

/** part / whole, rounded to three decimals; null when there is nothing to divide. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}
