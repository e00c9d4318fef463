import { endsSentence } from "../text/char-classes";
import { detectHeading } from "../detect-heading";
import type { CleaningRule } from "./cleaning-rule";

const CN = "〇零一二三四五六七八九十";
const DATE_LINE = new RegExp(`^(?:\\d{4}|[${CN}]{4})\\s*年\\s*(?:\\d{1,2}|[${CN}]{1,2})\\s*月(?:\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*日)?(?:\\s*于\\s*\\S{1,12})?$`);
const MAX_SIGNATURE_LENGTH = 40;
/** A notice's date without its year ("1月13日"): a signature only under an office's name. */
const MONTH_DAY_LINE = new RegExp(`^(?:\\d{1,2}|[${CN}]{1,2})\\s*月\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*日$`);
/** An office signing a notice: "党政办", "校党委", "教务处", "工会委员会". */
export const OFFICE = /^[\u4e00-\u9fff]{1,16}(?:办|办公室|处|室|部|委|委员会|会|组|局|厅|院|中心|党委|党总支|支部)$/;

function previousText(lines: string[], index: number): number {
  let previous = index - 1;
  while (previous >= 0 && !lines[previous]!.trim()) previous--;
  return previous;
}

/**
 * A preface's closing: a line that is only a date, and the short signature line just before it; a
 * notice's closing: a date without its year under the office that signs it ("党政办" / "1月13日").
 */
export const dropSignatureLines: CleaningRule = {
  name: "signatureLines",
  apply(lines) {
    const drop = new Set<number>();
    lines.forEach((line, index) => {
      if (MONTH_DAY_LINE.test(line.trim())) {
        const office = previousText(lines, index);
        if (office >= 0 && OFFICE.test(lines[office]!.trim()) && !detectHeading(lines[office]!.trim())) drop.add(office).add(index);
        return;
      }
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
