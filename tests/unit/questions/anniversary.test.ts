import { describe, expect, it } from "vitest";
import { anniversaryTaught } from "@/lib/questions/anniversary";

describe("a moved anniversary year taught by its arithmetic (stop 35)", () => {
  it("says the founding year of record and the sum, and what the swapped year would mark", () => {
    expect(anniversaryTaught("会议指出，2021年是中国共产党成立一百周年。", "2021年", "2024年")).toBe(
      "中国共产党成立于1921年，1921年加一百年是2021年，所以成立一百周年是2021年，不是2024年；2024年是成立103周年。",
    );
    expect(anniversaryTaught("2019年是中华人民共和国成立70周年", "2019年", "2018年")).toContain("中华人民共和国成立于1949年，1949年加70年是2019年");
  });

  it("says nothing where the sentence disagrees with the lexicon or names a founding it does not know", () => {
    expect(anniversaryTaught("2020年是中国共产党成立一百周年", "2020年", "2024年")).toBe("");
    expect(anniversaryTaught("2025年是某广播事业创建85周年", "2025年", "2024年")).toBe("");
  });

  it("says nothing where the moved number is not the anniversary's year", () => {
    expect(anniversaryTaught("2021年是中国共产党成立一百周年", "一百", "九十")).toBe("");
  });
});
