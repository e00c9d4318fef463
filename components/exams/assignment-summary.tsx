import { formatDateTime } from "@/lib/format/date-time";
import { SCORING_LABELS } from "@/components/quizzes/labels";
import type { LearnerAssignment } from "@/lib/server/exams/list-learner-assignments";

// The window's state, not the learner's: "进行中" read as "my attempt is still open" after hand-in.
const WINDOW_LABELS = { UPCOMING: "未开放", OPEN: "开放中", CLOSED: "已截止" } as const;

/** Window, limits, attempts and the counted score of one assignment, as the learner sees them. */
export function AssignmentSummary({ assignment }: { assignment: LearnerAssignment }) {
  return (
    <dl className="mt-2 grid gap-1 text-sm text-stone-700 sm:grid-cols-2">
      <div>
        <dt className="inline text-stone-500">状态：</dt>
        <dd className="inline">{WINDOW_LABELS[assignment.window]}</dd>
      </div>
      <div>
        <dt className="inline text-stone-500">时间：</dt>
        <dd className="inline">
          {formatDateTime(assignment.opensAt)} 至 {formatDateTime(assignment.closesAt)}
        </dd>
      </div>
      <div>
        <dt className="inline text-stone-500">限时：</dt>
        <dd className="inline">{assignment.timeLimitSeconds ? `${Math.round(assignment.timeLimitSeconds / 60)} 分钟` : "不限时"}</dd>
      </div>
      <div>
        <dt className="inline text-stone-500">次数：</dt>
        <dd className="inline">
          已用 {assignment.attemptsUsed} / {assignment.attemptsAllowed} 次（{SCORING_LABELS[assignment.scoring]}）
        </dd>
      </div>
      <div>
        <dt className="inline text-stone-500">成绩：</dt>
        <dd className="inline" data-testid="counted-score">
          {assignment.counted !== null ? `${assignment.counted} 分` : assignment.resultsVisible ? "尚无" : "暂不公布"}
        </dd>
      </div>
    </dl>
  );
}
