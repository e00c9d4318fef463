/** One band of the heatmap's colour scale: values in [min, max) get these colours. */
export interface HeatBand {
  min: number;
  max: number;
  label: string;
  background: string;
  text: string;
}

/**
 * Five bands from weak (red) to strong (deep green). Light backgrounds with dark text keep every
 * cell's number readable (contrast ≥ 4.5:1); the number is always printed, so the colour is never
 * the only carrier of the value.
 */
export const HEAT_BANDS: readonly HeatBand[] = [
  { min: 0, max: 0.5, label: "低于 50%", background: "#fecaca", text: "#7f1d1d" },
  { min: 0.5, max: 0.7, label: "50%–70%", background: "#fed7aa", text: "#7c2d12" },
  { min: 0.7, max: 0.8, label: "70%–80%", background: "#fef08a", text: "#713f12" },
  { min: 0.8, max: 0.9, label: "80%–90%", background: "#bbf7d0", text: "#14532d" },
  { min: 0.9, max: Infinity, label: "90% 及以上", background: "#4ade80", text: "#052e16" },
];

export const HEAT_EMPTY = { label: "无数据", background: "#f5f5f4", text: "#57534e" } as const;

/**
 * The band a share (0…1) falls in, counted from 1 (HEAT_BANDS[level - 1]); 0 for no data. The page
 * colours a level with the theme's --color-heat-<level> (app/globals.css), so dark mode has its own.
 */
export function heatLevel(value: number | null): number {
  if (value === null || Number.isNaN(value)) return 0;
  const index = HEAT_BANDS.findIndex((candidate) => value < candidate.max);
  return (index === -1 ? HEAT_BANDS.length - 1 : index) + 1;
}

/** The light colours of the band a share (0…1) falls in; null (no data) gets the neutral colours. */
export function heatColour(value: number | null): { background: string; text: string } {
  const level = heatLevel(value);
  const band = level === 0 ? HEAT_EMPTY : HEAT_BANDS[level - 1]!;
  return { background: band.background, text: band.text };
}

/** A share as a whole percentage for cells and exports ("—" when there is no data). */
export function formatShare(value: number | null): string {
  if (value === null || Number.isNaN(value)) return "—";
  return `${Math.round(value * 100)}%`;
}
