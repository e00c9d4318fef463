import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { OrganisationSettingsInput } from "@/lib/validation/organisation-settings";

/** The organisation's settings row (id 1); the defaults while no administrator has saved any. */
export const ORGANISATION_SETTINGS_ID = 1;

/** Reads through the client or a transaction. */
export async function getOrganisationSettings(db: Pick<Db, "organisationSettings">): Promise<OrganisationSettingsInput> {
  const row = await db.organisationSettings.findUnique({ where: { id: ORGANISATION_SETTINGS_ID }, select: { pointsEnabled: true } });
  return { pointsEnabled: row?.pointsEnabled ?? true };
}
