/** The look of the bank's form controls: one place, so every input matches TextField. */
export const INPUT_CLASSES =
  "block min-h-11 w-full rounded-lg border border-stone-300 bg-white px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100";

export const LABEL_CLASSES = "block text-sm font-medium text-stone-800";
