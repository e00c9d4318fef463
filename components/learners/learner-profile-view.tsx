import { Card } from "@/components/ui/card";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { getLearnerProfile } from "@/lib/server/accounts/get-learner-profile";
import { formatDateTime } from "@/lib/format/date-time";

type Profile = NonNullable<Awaited<ReturnType<typeof getLearnerProfile>>>;

export function LearnerProfileView({ profile }: { profile: Profile }) {
  return (
    <>
      <Card title="账号">
        <dl className="grid grid-cols-[6rem_1fr] gap-y-1 text-stone-800">
          <dt className="text-stone-600">姓名</dt>
          <dd>{profile.name}</dd>
          <dt className="text-stone-600">邮箱</dt>
          <dd className="break-all">{profile.email}</dd>
          <dt className="text-stone-600">角色</dt>
          <dd>{ROLE_LABELS[profile.role]}</dd>
          <dt className="text-stone-600">上次登录</dt>
          <dd>{profile.lastLoginAt ? formatDateTime(profile.lastLoginAt) : "—"}</dd>
        </dl>
      </Card>
      <Card title="班级">
        {profile.classMemberships.length > 0 ? (
          <ul className="list-inside list-disc">
            {profile.classMemberships.map((membership) => (
              <li key={membership.class.id}>
                {membership.class.name}
                {membership.role === "INSTRUCTOR" ? "（教员）" : ""}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-600">尚未加入班级。</p>
        )}
      </Card>
      <Card title="学习记录">
        <p className="text-stone-700">
          测验与练习 {profile._count.attempts} 次，作答 {profile._count.responses} 题，复习卡片 {profile._count.cards} 张。
        </p>
      </Card>
    </>
  );
}
