import { chartSegments } from "@/lib/stats";

/** A series' colour: the theme's --color-chart-1…3 (app/globals.css), lighter in dark mode. */
export type TrendTone = 1 | 2 | 3;

const TONE_CLASSES: Record<TrendTone, string> = { 1: "stroke-chart-1 fill-chart-1", 2: "stroke-chart-2 fill-chart-2", 3: "stroke-chart-3 fill-chart-3" };

export interface TrendSeries {
  label: string;
  tone: TrendTone;
  values: (number | null)[];
  /** Shown in the table under the chart. */
  format: (value: number | null) => string;
}

const WIDTH = 600;
const HEIGHT = 160;

/**
 * Weekly trends as an inline SVG: one small chart per series (each with its own scale), and the
 * same figures as a table for screen readers and exact reading.
 */
export function TrendChart({ weeks, series }: { weeks: string[]; series: TrendSeries[] }) {
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-3">
        {series.map((line) => {
          const max = Math.max(1e-9, ...line.values.filter((value): value is number => value !== null));
          const segments = chartSegments(line.values, { width: WIDTH, height: HEIGHT, max });
          const latest = line.values[line.values.length - 1] ?? null;
          return (
            <figure key={line.label} className="rounded-lg border border-stone-200 p-3">
              <figcaption className="flex items-baseline justify-between text-sm text-stone-700">
                <span>{line.label}</span>
                <span className="font-semibold text-stone-900">本周 {line.format(latest)}</span>
              </figcaption>
              <svg viewBox={`-6 -6 ${WIDTH + 12} ${HEIGHT + 12}`} className="mt-2 h-24 w-full" role="img" aria-label={`${line.label}，近 ${weeks.length} 周趋势`}>
                <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} strokeWidth={2} className="stroke-chart-axis" />
                {segments.map((points, index) => (
                  <g key={index} className={TONE_CLASSES[line.tone]}>
                    <polyline fill="none" strokeWidth={4} strokeLinejoin="round" points={points.map((point) => `${point.x},${point.y}`).join(" ")} />
                    {points.map((point) => (
                      <circle key={point.x} cx={point.x} cy={point.y} r={6} stroke="none" />
                    ))}
                  </g>
                ))}
              </svg>
              <div className="flex justify-between text-xs text-stone-500">
                <span>{weeks[0]}</span>
                <span>{weeks[weeks.length - 1]}</span>
              </div>
            </figure>
          );
        })}
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">查看每周数据</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full text-left">
            <thead>
              <tr className="border-b border-stone-200 text-stone-600">
                <th scope="col" className="py-1 pr-3 font-medium">周（截至）</th>
                {series.map((line) => (
                  <th key={line.label} scope="col" className="py-1 pr-3 font-medium">{line.label}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week, index) => (
                <tr key={week} className="border-b border-stone-100">
                  <th scope="row" className="py-1 pr-3 font-normal">{week}</th>
                  {series.map((line) => (
                    <td key={line.label} className="py-1 pr-3 tabular-nums">{line.format(line.values[index] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
