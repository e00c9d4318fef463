"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { markSectionStudied } from "@/lib/server/study/mark-section-studied";
import { recordReadingTime } from "@/lib/server/study/record-reading-time";
import { textField } from "@/lib/validation/text";

const markSchema = z.object({
  moduleId: textField().min(1).max(64),
  sectionId: textField().min(1).max(64),
  studied: z.enum(["true", "false"]),
});

export async function markSectionAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const parsed = markSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return;
  await markSectionStudied(await getDb(), actor, { sectionId: parsed.data.sectionId, studied: parsed.data.studied === "true" });
  revalidatePath(`/study/${parsed.data.moduleId}`);
  revalidatePath("/study");
}

/** seconds 0: the page started showing the module (recordReadingTime starts the learner's clock). */
const readingSchema = z.object({ moduleId: textField().min(1).max(64), seconds: z.number().int().min(0).max(600) });

export async function recordReadingTimeAction(input: { moduleId: string; seconds: number }): Promise<void> {
  const actor = await requireActor();
  const parsed = readingSchema.safeParse(input);
  if (!parsed.success) return;
  await recordReadingTime(await getDb(), actor, { ...parsed.data });
}
