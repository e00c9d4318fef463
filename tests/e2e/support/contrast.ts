/**
 * WCAG 2 contrast, for the text axe-core cannot rate itself (SVG chart labels, symbols, very short
 * text): the page reports each text's colour and its effective background as sRGB bytes, and
 * these decide.
 */
export type Rgb = readonly [number, number, number];

/** WCAG 2 relative luminance of an sRGB colour given as bytes (0–255). */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((byte) => {
    const channel = byte / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** (lighter + 0.05) / (darker + 0.05): 1 for equal colours, 21 for black on white. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** AA minimum: 3:1 for large text (at least 18 pt = 24 px, or 14 pt ≈ 18.67 px bold), else 4.5:1. */
export function requiredContrast(fontSizePx: number, fontWeight: number): number {
  const large = fontSizePx >= 24 || (fontWeight >= 700 && fontSizePx >= (14 * 4) / 3);
  return large ? 3 : 4.5;
}
