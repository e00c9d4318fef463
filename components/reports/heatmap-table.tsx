import Link from "next/link";
import { HEAT_BANDS, HEAT_EMPTY, formatShare, heatLevel } from "@/lib/stats";
import type { HeatmapModule } from "@/lib/server/reports/mastery-cells";
import type { HeatmapRow } from "@/lib/server/reports/get-mastery-heatmap";

export type HeatMetric = "retention" | "accuracy";

export const METRIC_LABELS: Record<HeatMetric, string> = { retention: "预测记忆率", accuracy: "答题正确率" };

/** Which figure the heatmap colours, from the page's search parameters. */
export function heatMetricFrom(value: string | string[] | undefined): HeatMetric {
  return value === "accuracy" ? "accuracy" : "retention";
}

/**
 * A heat level's (heatLevel) background and text, from the theme (app/globals.css), so dark mode
 * has its own deep bands; spelled out for Tailwind to find.
 */
const HEAT_CLASSES = [
  "bg-heat-0 text-on-heat-0",
  "bg-heat-1 text-on-heat-1",
  "bg-heat-2 text-on-heat-2",
  "bg-heat-3 text-on-heat-3",
  "bg-heat-4 text-on-heat-4",
  "bg-heat-5 text-on-heat-5",
] as const;

export function HeatLegend() {
  return (
    <ul className="flex flex-wrap gap-2 text-xs" aria-label="颜色图例">
      {HEAT_BANDS.map((band, index) => (
        <li key={band.label} className={`rounded px-2 py-1 ${HEAT_CLASSES[index + 1]}`}>
          {band.label}
        </li>
      ))}
      <li className={`rounded px-2 py-1 ${HEAT_CLASSES[0]}`}>
        — {HEAT_EMPTY.label}
      </li>
    </ul>
  );
}

/** Links that switch the coloured figure, keeping the page otherwise the same. */
export function MetricSwitch({ metric, hrefFor }: { metric: HeatMetric; hrefFor: (metric: HeatMetric) => string }) {
  return (
    <nav aria-label="热力图指标" className="flex gap-2 text-sm">
      {(Object.keys(METRIC_LABELS) as HeatMetric[]).map((key) => (
        <Link
          key={key}
          href={hrefFor(key)}
          aria-current={key === metric ? "true" : undefined}
          className={`rounded-full border px-3 py-1 ${key === metric ? "border-brand-600 bg-brand-50 font-medium text-brand-800" : "border-stone-300 text-stone-700"}`}
        >
          {METRIC_LABELS[key]}
        </Link>
      ))}
    </nav>
  );
}

/**
 * Rows × modules; every cell prints its percentage and is coloured by the band it falls in; under
 * 预测记忆率 a cell also prints its overdue cards, and its title the reviewed and not-reviewed ones. The
 * first column stays in view while the table scrolls sideways on a phone.
 */
export function HeatmapTable({
  modules,
  rows,
  metric,
  rowHeader,
  rowHref,
  caption,
}: {
  modules: HeatmapModule[];
  rows: HeatmapRow[];
  metric: HeatMetric;
  rowHeader: string;
  rowHref: (row: HeatmapRow) => string;
  caption: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-stone-50">
            <th scope="col" className="sticky left-0 z-10 min-w-24 bg-stone-50 px-2 py-2 whitespace-nowrap text-left font-medium text-stone-700">{rowHeader}</th>
            {modules.map((module) => (
              <th key={module.id} scope="col" className="min-w-16 px-1 py-2 text-center align-bottom text-xs font-medium text-stone-700">
                <Link href={`/admin/reports/modules/${module.id}`} className="line-clamp-3 hover:underline" title={`${module.title}：各班级的掌握情况`}>
                  {module.title}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-stone-100">
              <th scope="row" className="sticky left-0 z-10 min-w-24 max-w-36 bg-white px-2 py-1 text-left font-normal">
                <Link href={rowHref(row)} className="text-brand-700 underline-offset-2 hover:underline">{row.name}</Link>
              </th>
              {modules.map((module) => {
                const cell = row.cells[module.id];
                const value = cell ? cell[metric] : null;
                const basis =
                  metric === "retention"
                    ? `已复习 ${cell?.cards ?? 0} 张，未复习 ${cell?.notReviewed ?? 0} 张，逾期 ${cell?.overdue ?? 0} 张`
                    : `${cell?.responses ?? 0} 次作答`;
                const overdue = metric === "retention" && cell && cell.overdue > 0 ? cell.overdue : 0;
                return (
                  <td
                    key={module.id}
                    className={`px-1 py-1 text-center tabular-nums ${HEAT_CLASSES[heatLevel(value)]}`}
                    title={`${row.name} · ${module.title}：${METRIC_LABELS[metric]} ${formatShare(value)}（${basis}）`}
                  >
                    {formatShare(value)}
                    {overdue > 0 ? <span className="block text-[11px] leading-tight whitespace-nowrap">逾期 {overdue}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
