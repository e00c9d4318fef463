"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { discardUpload } from "@/lib/server/uploads/discard-upload";
import { publishUpload } from "@/lib/server/uploads/publish-upload";

function documentIdOf(formData: FormData): string {
  const value = formData.get("documentId");
  return typeof value === "string" ? value.slice(0, 64) : "";
}

export async function publishUploadAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const documentId = documentIdOf(formData);
  const counts = await publishUpload(await getDb(), actor, documentId);
  revalidatePath("/study");
  // The notice says how many questions now wait for review and links to them (the bank filtered by this document).
  redirect(counts ? `/bank/upload?published=${encodeURIComponent(documentId)}&drafts=${counts.questions.created}` : "/bank/upload");
}

export async function discardUploadAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  await discardUpload(await getDb(), actor, documentIdOf(formData));
  redirect("/bank/upload?discarded=1");
}
