import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Actor } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { organisationSettingsSchema, type OrganisationSettingsInput } from "@/lib/validation/organisation-settings";
import { refuse, refuseInvalid, type Refusal } from "@/lib/validation/refusal";
import { ORGANISATION_SETTINGS_ID, getOrganisationSettings } from "./get-organisation-settings";

/**
 * An administrator saves the organisation's settings (today: whether learners see 学习积分 and
 * streaks). Anyone else, or an invalid form, is refused and nothing is written. Audited with
 * the values before and after.
 */
export async function updateOrganisationSettings(db: Db, options: { actor: Actor; input: unknown }): Promise<{ ok: true; settings: OrganisationSettingsInput } | Refusal> {
  if (options.actor.role !== "ADMIN") return refuse("只有管理员可以修改单位设置");
  const parsed = organisationSettingsSchema.safeParse(options.input);
  if (!parsed.success) return refuseInvalid(parsed.error);
  const settings = parsed.data;
  await db.$transaction(async (tx) => {
    const before = await getOrganisationSettings(tx);
    await tx.organisationSettings.upsert({ where: { id: ORGANISATION_SETTINGS_ID }, create: { id: ORGANISATION_SETTINGS_ID, ...settings }, update: settings });
    await recordAudit(tx, { actorId: options.actor.id, action: "organisation.update_settings", entityType: "OrganisationSettings", entityId: String(ORGANISATION_SETTINGS_ID), before, after: settings });
  });
  return { ok: true, settings };
}
