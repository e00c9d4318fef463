/** Counted scores in bins of ten points, as an inline SVG bar chart with a text fallback. */
export function ScoreHistogram({ bins }: { bins: number[] }) {
  const width = 320;
  const height = 140;
  const barWidth = width / bins.length;
  const top = Math.max(1, ...bins);
  const labels = bins.map((_, at) => `${at * 10}–${at === bins.length - 1 ? 100 : at * 10 + 9}`);
  return (
    <figure>
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-labelledby="histogram-title" className="h-auto w-full max-w-lg" data-testid="score-histogram">
        <title id="histogram-title">{`成绩分布：${bins.map((count, at) => `${labels[at]} 分 ${count} 人`).join("，")}`}</title>
        <line x1={0} x2={width} y1={height + 0.5} y2={height + 0.5} strokeWidth={1} className="stroke-chart-axis" />
        {bins.map((count, at) => {
          const barHeight = (count / top) * (height - 16);
          return (
            <g key={at}>
              <rect x={at * barWidth + 2} y={height - barHeight} width={barWidth - 4} height={barHeight} className="fill-chart-1" />
              {count > 0 ? (
                <text x={at * barWidth + barWidth / 2} y={height - barHeight - 3} textAnchor="middle" className="fill-stone-700 text-[10px]">
                  {count}
                </text>
              ) : null}
              <text x={at * barWidth + barWidth / 2} y={height + 14} textAnchor="middle" className="fill-chart-axis text-[9px]">
                {at * 10}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="text-sm text-stone-600">横轴：计分成绩（百分制，每 10 分一档）；纵轴：人数。</figcaption>
    </figure>
  );
}
