import type { AttemptStatus } from "@/lib/generated/prisma/enums";

/** An attempt's state, for learners and staff alike. */
export const ATTEMPT_STATUS_LABELS: Record<AttemptStatus, string> = { IN_PROGRESS: "作答中", SUBMITTED: "已交卷", EXPIRED: "超时自动交卷" };
