import { endsSentence } from "../text/char-classes";
import { detectHeading } from "../detect-heading";
import type { CleaningRule } from "./cleaning-rule";

const CN = "〇零一二三四五六七八九十";
const DATE_LINE = new RegExp(`^(?:\\d{4}|[${CN}]{4})\\s*年\\s*(?:\\d{1,2}|[${CN}]{1,2})\\s*月(?:\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*日)?(?:\\s*于\\s*\\S{1,12})?$`);
const MAX_SIGNATURE_LENGTH = 40;

/** A preface's closing: a line that is only a date, and the short signature line just before it. */
export const dropSignatureLines: CleaningRule = {
  name: "signatureLines",
  apply(lines) {
    const drop = new Set<number>();
    lines.forEach((line, index) => {
      if (!DATE_LINE.test(line.trim())) return;
      drop.add(index);
      let previous = index - 1;
      while (previous >= 0 && !lines[previous]!.trim()) previous--;
      const signature = lines[previous]?.trim() ?? "";
      if (signature && signature.length <= MAX_SIGNATURE_LENGTH && !endsSentence(signature) && !/[，,；;：:]/.test(signature) && !detectHeading(signature)) {
        drop.add(previous);
      }
    });
    return { lines: lines.filter((_, i) => !drop.has(i)), count: drop.size };
  },
};
