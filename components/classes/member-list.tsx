import Link from "next/link";
import { InlineActionForm } from "@/components/admin/inline-action-form";
import type { ActionState } from "@/components/admin/action-state";

export interface MemberRow {
  userId: string;
  user: { name: string; email: string };
}

/** A class's members, each with a remove button when the viewer may remove them. */
export function MemberList({
  classId,
  members,
  canRemove,
  linkToProfile,
  removeAction,
  emptyText,
}: {
  classId: string;
  members: MemberRow[];
  canRemove: boolean;
  linkToProfile: boolean;
  removeAction: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  emptyText: string;
}) {
  if (members.length === 0) return <p className="text-stone-600">{emptyText}</p>;
  return (
    <ul className="divide-y divide-stone-100">
      {members.map((member) => (
        <li key={member.userId} className="flex flex-wrap items-start justify-between gap-2 py-2">
          <div className="min-w-0">
            {linkToProfile ? (
              <Link href={`/learners/${member.userId}`} className="text-brand-700 underline underline-offset-4">
                {member.user.name}
              </Link>
            ) : (
              <span>{member.user.name}</span>
            )}
            <p className="break-all text-sm text-stone-600">{member.user.email}</p>
          </div>
          {canRemove ? (
            <InlineActionForm
              action={removeAction}
              fields={{ classId, userId: member.userId }}
              label={`移出 ${member.user.name}`}
              pendingLabel="正在移出…"
              variant="ghost"
              confirmText={`确定把 ${member.user.name} 移出本班吗？账号和学习记录会保留。`}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
