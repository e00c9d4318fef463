import { normalizeAnswer } from "./normalize-answer";

const DIGITS = "零一二三四五六七八九";

/** 90 → 九十, 300 → 三百 (whole numbers below 10 000, the way they are written in running text). */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= 10000) return "";
  if (value < 10) return DIGITS[value]!;
  const units = ["千", "百", "十", ""];
  const digits = String(value).padStart(4, "0").split("").map(Number);
  let result = "";
  let zero = false;
  digits.forEach((digit, at) => {
    if (digit === 0) {
      zero = result !== "";
      return;
    }
    if (zero) result += "零";
    zero = false;
    result += (digit === 1 && units[at] === "十" && result === "" ? "" : DIGITS[digit]!) + units[at]!;
  });
  return result;
}

/**
 * The spellings of a blank's answer a grader accepts besides the text itself: 多/余 in
 * approximate numbers, Chinese numerals for small numbers that are not years, 同志 after a name.
 * Width, punctuation and spaces are handled by normalizeAnswer when grading.
 */
export function acceptedVariants(answer: string): string[] {
  const variants = [answer];
  if (/\d+多/.test(answer)) variants.push(answer.replace(/(\d+)多/, "$1余"));
  const number = /^(\d+)(?!\d)/.exec(answer);
  if (number && !/^\d{4}年/.test(answer)) {
    const spelled = chineseNumeral(Number(number[1]));
    if (spelled) variants.push(...variants.map((variant) => spelled + variant.slice(number[1]!.length)));
  }
  const seen = new Set<string>();
  return variants.filter((variant) => {
    const key = normalizeAnswer(variant);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
