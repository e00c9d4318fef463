import type { QualityRule } from "./rule";

/** Openings that point back to text the question does not show. */
const BACK_REFERENCE = /^(这|那|此|其|该|他|她|它|上述|以上|前者|后者|对此|为此|由此|总之|同时|另外|此外|但|而|因此|所以|以及|并且|并|从而|进而|也|还|又|甚至|比如|例如|尤其)/;
const ANYWHERE = /(上述|如下|以上几|前面所说)/;
const DEICTIC = /(这个|这一|这些|这种|这样|该项|上述|如下)/;

/** The statement or stem only makes sense with the sentences before it (这、此、该、上述 …). */
export const contextDependent: QualityRule = {
  code: "CONTEXT_DEPENDENT",
  description: "the stem refers back to text it does not show",
  rejects({ question, evidence }) {
    if (question.type === "SHORT_ANSWER") return DEICTIC.test(question.stem);
    if (question.focus === "speaker" && question.type === "SINGLE_CHOICE") return false;
    const sentence = evidence.sentence;
    if (sentence === null) return false;
    const firstClause = sentence.split(/[，；：]/)[0]!;
    return BACK_REFERENCE.test(sentence.replace(/^[“‘（]/, "")) || DEICTIC.test(firstClause) || ANYWHERE.test(sentence);
  },
};
