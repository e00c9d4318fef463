/**
 * Small accessible charts as inline SVG (server components, no script): each is an <svg
 * role="img"> with a title and a description summarising the data, and a table of the values
 * for screen readers. Sizes scale with the container (viewBox), so they fit a phone.
 */

export interface ChartPoint {
  label: string;
  /** Shown under the chart for the first, middle and last points. */
  tick?: string;
  value: number | null;
}

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { top: 10, right: 6, bottom: 20, left: 30 };

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 4, 10].find((factor) => factor * magnitude >= max) ?? 10;
  return step * magnitude;
}

function Frame({ id, title, summary, points, format, children, maxValue }: { id: string; title: string; summary: string; points: ChartPoint[]; format: (value: number) => string; children: React.ReactNode; maxValue: number }) {
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const ticks = points.length > 0 ? [0, Math.floor((points.length - 1) / 2), points.length - 1] : [];
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, points.length);
  return (
    <figure className="space-y-1" data-testid={`chart-${id}`}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[0, 0.5, 1].map((fraction) => {
          const y = PAD.top + plotHeight * (1 - fraction);
          return (
            <g key={fraction}>
              <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y} y2={y} strokeWidth={1} strokeDasharray={fraction === 0 ? undefined : "3 3"} className={fraction === 0 ? "stroke-chart-axis" : "stroke-chart-grid"} />
              <text x={PAD.left - 4} y={y + 3} textAnchor="end" fontSize={9} className="fill-chart-axis">
                {format(maxValue * fraction)}
              </text>
            </g>
          );
        })}
        {children}
        {[...new Set(ticks)].map((index) => (
          <text key={index} x={PAD.left + slot * (index + 0.5)} y={HEIGHT - 6} textAnchor="middle" fontSize={9} className="fill-chart-axis">
            {points[index]!.tick ?? points[index]!.label}
          </text>
        ))}
      </svg>
      {/* The summary is the chart's takeaway for everyone (an empty chart says why it is empty); screen readers have it as the svg's description. */}
      <p className="text-sm text-stone-600" aria-hidden="true">
        {summary}
      </p>
      <figcaption className="sr-only">
        <table>
          <caption>{title}</caption>
          <tbody>
            {points.map((point) => (
              <tr key={point.label}>
                <th scope="row">{point.label}</th>
                <td>{point.value === null ? "—" : format(point.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

/** Bars per point, e.g. reviews per day. */
export function BarChart({ id, title, summary, points, format = (value) => String(Math.round(value)), barClassName = "fill-chart-1" }: { id: string; title: string; summary: string; points: ChartPoint[]; format?: (value: number) => string; barClassName?: string }) {
  // Counts: keep the half-way gridline on a whole number.
  const maxValue = Math.max(2, niceMax(Math.max(0, ...points.map((point) => point.value ?? 0))));
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, points.length);
  return (
    <Frame id={id} title={title} summary={summary} points={points} format={format} maxValue={maxValue}>
      {points.map((point, index) => {
        const height = ((point.value ?? 0) / maxValue) * plotHeight;
        return (
          <rect key={point.label} x={PAD.left + slot * index + slot * 0.15} y={PAD.top + plotHeight - height} width={slot * 0.7} height={height} className={barClassName} rx={1}>
            <title>{`${point.label}：${point.value === null ? "—" : format(point.value)}`}</title>
          </rect>
        );
      })}
    </Frame>
  );
}

/** A line through the points with values (null points leave a gap), on a 0…max scale. */
export function LineChart({ id, title, summary, points, format = (value) => String(value), max }: { id: string; title: string; summary: string; points: ChartPoint[]; format?: (value: number) => string; max?: number }) {
  const maxValue = max ?? niceMax(Math.max(0, ...points.map((point) => point.value ?? 0)));
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const slot = (WIDTH - PAD.left - PAD.right) / Math.max(1, points.length);
  const xy = (index: number, value: number) => [PAD.left + slot * (index + 0.5), PAD.top + plotHeight * (1 - value / maxValue)] as const;
  const segments: string[] = [];
  let current = "";
  points.forEach((point, index) => {
    if (point.value === null) {
      if (current) segments.push(current);
      current = "";
      return;
    }
    const [x, y] = xy(index, point.value);
    current += `${current ? "L" : "M"}${x.toFixed(1)},${y.toFixed(1)}`;
  });
  if (current) segments.push(current);
  return (
    <Frame id={id} title={title} summary={summary} points={points} format={format} maxValue={maxValue}>
      {segments.map((path) => (
        <path key={path} d={path} fill="none" strokeWidth={2} className="stroke-chart-1" />
      ))}
      {points.map((point, index) => {
        if (point.value === null) return null;
        const [x, y] = xy(index, point.value);
        return (
          <circle key={point.label} cx={x} cy={y} r={3} className="fill-chart-1">
            <title>{`${point.label}：${format(point.value)}`}</title>
          </circle>
        );
      })}
    </Frame>
  );
}
