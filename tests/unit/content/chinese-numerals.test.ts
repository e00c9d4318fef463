import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHINESE_NUMERAL_LIMIT, chineseDigits, chineseDigitsValue, chineseNumeral, chineseNumeralValue } from "@/lib/content/text/chinese-numerals";
import { ALL_COUNT_UNITS, COUNT_UNITS, RULE_LIMIT_UNITS, UNITS_COUNTED_FROM_ONE, UNITS_COUNTED_FROM_TWO, unitAlternation } from "@/lib/content/text/count-units";
import { acceptedVariants } from "@/lib/questions";

const wholeNumber = fc.integer({ min: 0, max: CHINESE_NUMERAL_LIMIT - 1 });

describe("chineseNumeral and chineseNumeralValue", () => {
  it("spell every whole number 0 … 99 999 and read it back", () => {
    fc.assert(
      fc.property(wholeNumber, (value) => {
        const spelled = chineseNumeral(value);
        expect(spelled).toMatch(/^[零一二三四五六七八九十百千万]+$/);
        expect(chineseNumeralValue(spelled)).toBe(value);
      }),
    );
  });

  it("read 〇 wherever a spelling has 零", () => {
    fc.assert(fc.property(wholeNumber, (value) => {
      expect(chineseNumeralValue(chineseNumeral(value).replace(/零/g, "〇"))).toBe(value);
    }));
  });

  it("read 两 for two before 百, 千 and 万 and on its own", () => {
    fc.assert(
      fc.property(wholeNumber, (value) => {
        const colloquial = chineseNumeral(value).replace(/二(?=[百千万])/g, "两");
        expect(chineseNumeralValue(colloquial)).toBe(value);
      }),
    );
    expect(["两", "两百", "两千零五", "两万两千"].map(chineseNumeralValue)).toEqual([2, 200, 2005, 22000]);
  });

  it("spell numbers the way running text writes them", () => {
    expect([0, 2, 10, 12, 20, 90, 105, 110, 300, 1010, 2005, 10000, 10050, 99999].map(chineseNumeral)).toEqual([
      "零",
      "二",
      "十",
      "十二",
      "二十",
      "九十",
      "一百零五",
      "一百一十",
      "三百",
      "一千零一十",
      "二千零五",
      "一万",
      "一万零五十",
      "九万九千九百九十九",
    ]);
  });

  it("spell nothing outside 0 … 99 999 or for a fraction", () => {
    expect([-1, 1.5, CHINESE_NUMERAL_LIMIT, Number.NaN].map(chineseNumeral)).toEqual(["", "", "", ""]);
  });

  it("read 一十二 as 十二 and 〇 alone as nought", () => {
    expect(["一十二", "十", "〇", "零", "二十三", "一百零一"].map(chineseNumeralValue)).toEqual([12, 10, 0, 0, 23, 101]);
  });

  it("refuse what is no numeral: other characters, names like 十三五, places out of order, a missing or needless 零, 两 before 十", () => {
    for (const text of ["", "五年", "12", "十五五", "二二", "十十", "百", "十百", "一百五", "一千一十", "一百零", "零五", "一百零零五", "两十", "十两", "一十万"]) {
      expect(chineseNumeralValue(text), text).toBeNaN();
    }
  });

  it("never read a value other than the one its own spelling gives", () => {
    const numeralText = fc.string({ unit: fc.constantFrom(..."零〇一二两三四五六七八九十百千万"), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(numeralText, (text) => {
        const value = chineseNumeralValue(text);
        if (Number.isNaN(value)) return;
        expect(chineseNumeral(value)).toBe(text.replace(/〇/g, "零").replace(/两/g, "二").replace(/^一十/, "十"));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("chineseDigits and chineseDigitsValue", () => {
  it("read a year digit by digit both ways", () => {
    expect(chineseDigits("2016")).toBe("二〇一六");
    expect(["二〇一六", "二零一六", "一九二一"].map(chineseDigitsValue)).toEqual([2016, 2016, 1921]);
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), (year) => {
      expect(chineseDigitsValue(chineseDigits(String(year)))).toBe(year);
    }));
  });

  it("refuse a text with anything but digits", () => {
    expect(["", "两〇一六", "二〇一六年"].map(chineseDigitsValue)).toEqual([NaN, NaN, NaN]);
  });
});

describe("accepted forms of a number", () => {
  it("take no numeral reading from a name that only looks like one (十三五 is no 15)", () => {
    expect(acceptedVariants("十三五")).toEqual(["十三五"]);
  });
});

describe("count units", () => {
  it("derive every list from the one table, each unit in exactly one of the lists a count is read with", () => {
    expect(ALL_COUNT_UNITS).toEqual(Object.keys(COUNT_UNITS));
    expect([...UNITS_COUNTED_FROM_ONE, ...UNITS_COUNTED_FROM_TWO].sort()).toEqual([...ALL_COUNT_UNITS].sort());
    expect(UNITS_COUNTED_FROM_ONE.filter((unit) => UNITS_COUNTED_FROM_TWO.includes(unit))).toEqual([]);
    expect(unitAlternation(RULE_LIMIT_UNITS)).toBe("个月|年|人|名");
    expect(unitAlternation(UNITS_COUNTED_FROM_ONE)).toBe("个月|年|日|天|倍");
    expect(unitAlternation(UNITS_COUNTED_FROM_TWO)).toBe("人|名|次");
  });
});
