import { z } from "zod";

/**
 * The 单位设置 form. A checkbox sends "on" when ticked and nothing when not; any other value
 * is a forged field and is refused.
 */
export const organisationSettingsSchema = z
  .object({
    pointsEnabled: z.enum(["on"], { error: "学习积分开关的取值无效" }).optional(),
  })
  .transform((form) => ({ pointsEnabled: form.pointsEnabled === "on" }));

export type OrganisationSettingsInput = z.output<typeof organisationSettingsSchema>;
