import { describe, expect, test } from "vitest";
import { contrastRatio, relativeLuminance, requiredContrast } from "../../e2e/support/contrast";

describe("WCAG contrast used by the display-modes browser test", () => {
  test("relative luminance: black 0, white 1, mid grey and pure green as WCAG defines them", () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
    expect(relativeLuminance([128, 128, 128])).toBeCloseTo(0.2158605, 6);
    expect(relativeLuminance([0, 255, 0])).toBeCloseTo(0.7152, 10);
  });

  test("contrast ratio: 21 for black on white either way round, 1 for equal colours, the AA edge greys", () => {
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 10);
    expect(contrastRatio([200, 30, 30], [200, 30, 30])).toBe(1);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio([0x76, 0x76, 0x76], [255, 255, 255])).toBeCloseTo(4.542, 3);
    expect(contrastRatio([0x77, 0x77, 0x77], [255, 255, 255])).toBeCloseTo(4.478, 3);
  });

  test("the AA minimum is 3 for large text (24px, or 18.67px bold) and 4.5 otherwise", () => {
    expect(requiredContrast(16, 400)).toBe(4.5);
    expect(requiredContrast(18, 400)).toBe(4.5);
    expect(requiredContrast(23.9, 400)).toBe(4.5);
    expect(requiredContrast(24, 400)).toBe(3);
    expect(requiredContrast(18.6, 700)).toBe(4.5);
    expect(requiredContrast(18.7, 700)).toBe(3);
    expect(requiredContrast(20, 600)).toBe(4.5);
  });
});
