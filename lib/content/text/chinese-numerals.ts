/**
 * Whole numbers written in Chinese numerals, as running text writes them: 0 … 99 999 (十二, 三百零五,
 * 两千, 一万零五十). One reading and one spelling for the content pipeline and the question generators.
 */

const DIGITS = "零一二三四五六七八九";
/** A year is read digit by digit, with 〇 for nought (二〇一六年). */
const YEAR_DIGITS = "〇一二三四五六七八九";
const DIGIT_VALUES: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const PLACE_VALUES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
const PLACES = ["万", "千", "百", "十", ""] as const;
/** One past the largest number read or spelled: 万 is the highest place. */
export const CHINESE_NUMERAL_LIMIT = 100000;

/** 90 → 九十, 300 → 三百, 1010 → 一千零一十, 10050 → 一万零五十; "" for anything but a whole number 0 … 99 999. */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= CHINESE_NUMERAL_LIMIT) return "";
  if (value < 10) return DIGITS[value]!;
  let result = "";
  let zero = false;
  String(value)
    .padStart(PLACES.length, "0")
    .split("")
    .map(Number)
    .forEach((digit, at) => {
      if (digit === 0) {
        zero = result !== "";
        return;
      }
      if (zero) result += "零";
      zero = false;
      // 十二, not 一十二, at the start; 一千零一十 inside.
      result += (digit === 1 && PLACES[at] === "十" && result === "" ? "" : DIGITS[digit]!) + PLACES[at]!;
    });
  return result;
}

/**
 * The value of a Chinese numeral 0 … 99 999: 三百零五 → 305, 十二 and 一十二 → 12, 两 and 两百 → 2
 * and 200, 〇 → 0. NaN for anything else: other characters, places out of order (十百), a skipped
 * place without 零 (一百五 is colloquial for 150, so it is not read as 105), a 零 where no place is
 * skipped, 两 before 十 or in the ones.
 */
export function chineseNumeralValue(text: string): number {
  const chars = [...text];
  if (chars.length === 1 && chars[0]! in DIGIT_VALUES) return DIGIT_VALUES[chars[0]!]!;
  let total = 0;
  let lastPlace = CHINESE_NUMERAL_LIMIT;
  let zero = false;
  for (let at = 0; at < chars.length; ) {
    const char = chars[at]!;
    const digit = DIGIT_VALUES[char];
    if (digit === 0) {
      if (zero || total === 0) return NaN;
      zero = true;
      at++;
    } else if (digit !== undefined) {
      const next = chars[at + 1];
      const place = next === undefined ? 1 : PLACE_VALUES[next];
      if (place === undefined || place >= lastPlace) return NaN;
      if (zero !== (total > 0 && lastPlace / place > 10)) return NaN;
      if (char === "两" && place < 100) return NaN;
      total += digit * place;
      lastPlace = place;
      zero = false;
      at += next === undefined ? 1 : 2;
    } else if (char === "十" && at === 0) {
      total = 10;
      lastPlace = 10;
      at++;
    } else return NaN;
  }
  return zero || chars.length === 0 ? NaN : total;
}

/** 2016 → 二〇一六: digits read one by one, as a year is. */
export function chineseDigits(digits: string): string {
  return [...digits].map((digit) => YEAR_DIGITS[Number(digit)] ?? digit).join("");
}

/** 二〇一六 and 二零一六 → 2016; NaN unless every character is a Chinese digit (两 is no digit of a year). */
export function chineseDigitsValue(text: string): number {
  const digits = [...text].map((char) => (char === "零" ? 0 : YEAR_DIGITS.indexOf(char)));
  return digits.length > 0 && digits.every((digit) => digit >= 0) ? Number(digits.join("")) : NaN;
}
