import Link from "next/link";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getLearnerProfile } from "@/lib/server/accounts/get-learner-profile";
import { getOrganisationSettings } from "@/lib/server/organisation/get-organisation-settings";
import { LearnerProfileView } from "@/components/learners/learner-profile-view";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { getDisplayPreferences } from "@/lib/server/settings/get-display-preferences";
import { DisplaySettingsForm } from "@/components/settings/display-settings-form";
import { joinClassAction, saveDisplayPreferencesAction, signOutEverywhereAction } from "./actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { moreGroupsFor } from "@/components/shell/nav-items";
import { SectionLinks } from "@/components/shell/section-links";

export const metadata: Metadata = { title: "我的" };

export default async function MePage({ searchParams }: { searchParams: Promise<{ password?: string }> }) {
  const actor = await requireActor();
  const { password } = await searchParams;
  const db = await getDb();
  const [profile, organisation, display] = await Promise.all([getLearnerProfile(db, actor, actor.id), getOrganisationSettings(db), getDisplayPreferences(db, actor)]);
  return (
    <div className="space-y-4">
      <PageHeader title="我的" />
      {password === "changed" ? (
        <Notice>
          密码已修改，下次登录请使用新密码。
        </Notice>
      ) : null}
      <Card title="全部功能">
        <div className="space-y-3" data-testid="me-more">
          {moreGroupsFor(actor.role).map((group) => (
            <div key={group.title ?? "更多"}>
              {group.title ? <h3 className="mb-1.5 text-sm font-semibold text-stone-600">{group.title}</h3> : null}
              <SectionLinks items={group.items} label={group.title ?? "更多"} />
            </div>
          ))}
        </div>
      </Card>
      {profile ? <LearnerProfileView profile={profile} /> : <Card>账号不存在。</Card>}
      <Card title="学习与账号">
        <ul className="grid grid-cols-1 gap-2 sm:grid-cols-3" data-testid="me-learning-links">
          {[
            { href: "/me/settings", label: "学习设置" },
            { href: "/history", label: "答题记录" },
            ...(organisation.pointsEnabled ? [{ href: "/me/points", label: "学习积分" }] : []),
            { href: "/change-password", label: "修改密码" },
          ].map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="flex min-h-11 items-center rounded-lg border border-stone-200 px-3 font-medium text-brand-700 hover:bg-stone-50">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="显示设置">
        <DisplaySettingsForm preferences={display} action={saveDisplayPreferencesAction} />
      </Card>
      <Card title="加入班级">
        <JoinClassForm action={joinClassAction} />
      </Card>
      <Card title="登录设备">
        <form action={signOutEverywhereAction} className="space-y-2">
          <p className="text-sm text-stone-600">在别人的电脑或丢失的手机上登录过？退出后，所有设备都需要重新登录。</p>
          <Button type="submit" variant="secondary">
            退出所有设备
          </Button>
        </form>
      </Card>
    </div>
  );
}
