import type { Metadata } from "next";
import { OrganisationSettingsForm } from "@/components/admin/organisation-settings-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { getOrganisationSettings } from "@/lib/server/organisation/get-organisation-settings";
import { saveOrganisationSettingsAction } from "./actions";

export const metadata: Metadata = { title: "单位设置" };

export default async function OrganisationSettingsPage() {
  await requireRole("ADMIN");
  const settings = await getOrganisationSettings(await getDb());
  return (
    <div className="space-y-4">
      <PageHeader title="单位设置" description="本单位学员看到的学习功能。" />
      <Card title="学习积分">
        <OrganisationSettingsForm pointsEnabled={settings.pointsEnabled} action={saveOrganisationSettingsAction} />
      </Card>
    </div>
  );
}
