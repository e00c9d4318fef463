/** A choice as the bank's learner preview draws it (read-only, like the practice screen's buttons). */
export const CHOICE_CLASSES = "flex min-h-12 w-full items-center gap-3 rounded-xl border border-stone-300 bg-white px-4 py-3 text-base text-stone-800";
