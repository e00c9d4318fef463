import Link from "next/link";
import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format/date-time";
import { OptimiseForm, SettingsForm } from "@/components/learning/settings-form";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getLearnerSettings } from "@/lib/server/settings/get-learner-settings";
import { OPTIMISE_MIN_REVIEWS } from "@/lib/server/srs/optimize-learner-parameters";
import { optimizeParametersAction, saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "学习设置" };

export default async function SettingsPage() {
  const actor = await requireActor();
  const settings = await getLearnerSettings(await getDb(), actor);
  return (
    <div className="space-y-4">
      <PageHeader title="学习设置" description="调整间隔重复的目标和每天的学习量。" />
      <Card>
        <SettingsForm
          settings={{
            desiredRetention: settings.desiredRetention,
            newCardsPerDay: settings.newCardsPerDay,
            reviewsPerDay: settings.reviewsPerDay,
            dailyQuizSize: settings.dailyQuizSize,
            mistakeClearStreak: settings.mistakeClearStreak,
          }}
          action={saveSettingsAction}
        />
      </Card>
      <Card title="记忆参数优化">
        <p className="mb-3 text-sm leading-relaxed text-stone-700">
          复习记录满 {OPTIMISE_MIN_REVIEWS} 条后，可以根据您自己的记忆规律优化 FSRS 参数；新参数只有在更准确地预测您的复习记录时才会采用。
          目前共有 <strong data-testid="review-count">{settings.reviewCount}</strong> 条复习记录；
          {settings.fsrsParameters.length > 0 && settings.parametersUpdatedAt
            ? `正在使用 ${formatDateTime(settings.parametersUpdatedAt)} 优化的个人参数。`
            : "正在使用默认参数。"}
        </p>
        <OptimiseForm action={optimizeParametersAction} enabled={settings.reviewCount >= OPTIMISE_MIN_REVIEWS} />
      </Card>
      <p>
        <Link href="/me" className="text-brand-700 underline underline-offset-4">
          返回我的
        </Link>
      </p>
    </div>
  );
}
