/** 连续学习 / 今日积分 / 累计积分 as three tiles; test ids are `${testIdPrefix}-streak`, `-points-today`, `-points-total`. */
export function PointsTiles({ points, testIdPrefix }: { points: { streak: number; today: number; total: number }; testIdPrefix: string }) {
  return (
    <dl className="grid grid-cols-3 gap-2" data-testid={`${testIdPrefix}-points`}>
      <Tile label="连续学习" value={`${points.streak} 天`} testId={`${testIdPrefix}-streak`} />
      <Tile label="今日积分" value={String(points.today)} testId={`${testIdPrefix}-points-today`} />
      <Tile label="累计积分" value={String(points.total)} testId={`${testIdPrefix}-points-total`} />
    </dl>
  );
}

function Tile({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="rounded-xl border border-stone-200 bg-white p-3 text-center">
      <dt className="text-xs text-stone-600 sm:text-sm">{label}</dt>
      <dd className="text-xl font-bold text-stone-900 sm:text-2xl" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}
