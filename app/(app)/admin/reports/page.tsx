import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getOrganisationCounts } from "@/lib/server/home/get-home-summary";

export const metadata: Metadata = { title: "报表" };

export default async function ReportsPage() {
  await requireRole("ADMIN");
  const counts = await getOrganisationCounts(await getDb());
  return (
    <div className="space-y-4">
      <PageHeader title="报表" description="全组织的学习参与与掌握情况。" />
      <Card title="账号与班级">
        <p className="text-stone-700">
          学员 {counts.users.LEARNER} 名，教员 {counts.users.INSTRUCTOR} 名，管理员 {counts.users.ADMIN} 名，班级 {counts.classes} 个。
        </p>
      </Card>
      <Card title="学习情况">
        <p className="text-stone-600">学员开始练习和测验后，这里将显示活跃度、完成率与各单元掌握程度。</p>
      </Card>
    </div>
  );
}
