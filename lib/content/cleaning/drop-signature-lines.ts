import { endsSentence } from "../text/char-classes";
import { detectHeading } from "../detect-heading";
import type { CleaningRule } from "./cleaning-rule";

const CN = "〇零一二三四五六七八九十";
const DATE_LINE = new RegExp(`^(?:\\d{4}|[${CN}]{4})\\s*年\\s*(?:\\d{1,2}|[${CN}]{1,2})\\s*月(?:\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*[日号])?(?:\\s*于\\s*\\S{1,12})?$`);
const MAX_SIGNATURE_LENGTH = 40;
/** A notice's date without its year ("1月13日"): a signature only under an office's name. */
const MONTH_DAY_LINE = new RegExp(`^(?:\\d{1,2}|[${CN}]{1,2})\\s*月\\s*(?:\\d{1,2}|[${CN}]{1,3})\\s*日$`);
/** An office signing a notice: "党政办", "校党委", "教务处", "工会委员会". */
export const OFFICE = /^[\u4e00-\u9fff]{1,16}(?:办|办公室|处|室|部|委|委员会|会|组|局|厅|院|中心|党委|党总支|支部)$/;

/**
 * A contributor's byline under a reflection or remark: a dash, the unit, a space and the name
 * ("——青年志愿者联合会 袁嘉泽", "——研究生支教团 肖杰"). A quote's bare attribution ("——习近平")
 * names who said it, which a learner may be asked, and stays with the quote; a subtitle under a
 * title ("——在开学典礼上的讲话") follows no sentence, so it is never read as a byline.
 */
const CONTRIBUTOR_BYLINE = /^(?:——|—|－－|--)\s*[\p{Script=Han}A-Za-z·]{2,24}\s+[\p{Script=Han}·]{2,4}(?:\s[\p{Script=Han}]{1,2})?$/u;

/**
 * A speech's closing thanks on a line of its own: "谢谢大家！", "我的发言完毕，谢谢大家！", "以上汇报，谢谢！",
 * "感谢大家的聆听。". Courtesy to the audience, never a passage of knowledge.
 */
export const CLOSING_THANKS =
  /^(?:(?:以上|我的|我们的)?(?:发言|讲话|汇报|报告|分享|演讲)(?:到此)?(?:完毕|结束|就到这里)?[，,。]?\s*)?(?:谢谢(?:大家|各位|您们?)?|感谢(?:大家|各位)(?:的(?:聆听|倾听|关注))?)[！!。]?$/;

function previousText(lines: string[], index: number): number {
  let previous = index - 1;
  while (previous >= 0 && !lines[previous]!.trim()) previous--;
  return previous;
}

/**
 * A preface's closing: a line that is only a date, and the short signature line just before it; a
 * notice's closing: a date without its year under the office that signs it ("党政办" / "1月13日"); a
 * contributor's byline under a remark ("——研究生支教团 肖杰" after the remark's last sentence); a speech's closing
 * thanks (CLOSING_THANKS).
 */
export const dropSignatureLines: CleaningRule = {
  name: "signatureLines",
  apply(lines) {
    const drop = new Set<number>();
    lines.forEach((line, index) => {
      if (CLOSING_THANKS.test(line.trim())) {
        drop.add(index);
        return;
      }
      if (CONTRIBUTOR_BYLINE.test(line.trim())) {
        const previous = previousText(lines, index);
        if (previous >= 0 && /[。！？!?][”’」』"）)]*$/.test(lines[previous]!.trim())) drop.add(index);
        return;
      }
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
