"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { discardUpload } from "@/lib/server/uploads/discard-upload";
import { publishUpload, PublishUploadError } from "@/lib/server/uploads/publish-upload";

function documentIdOf(formData: FormData): string {
  const value = formData.get("documentId");
  return typeof value === "string" ? value.slice(0, 64) : "";
}

export async function publishUploadAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  const documentId = documentIdOf(formData);
  let counts;
  try {
    counts = await publishUpload(await getDb(), actor, documentId);
  } catch (error) {
    // Nothing was published: back to the preview, which says why, to retry or discard.
    if (error instanceof PublishUploadError) redirect(`/bank/uploads/${encodeURIComponent(documentId)}?failed=${error.reason}`);
    throw error;
  }
  revalidatePath("/study");
  // The notice says how many questions now wait for review and links to them (the bank filtered by this document).
  redirect(counts ? `/bank/upload?published=${encodeURIComponent(documentId)}&drafts=${counts.questions.created}` : "/bank/upload");
}

export async function discardUploadAction(formData: FormData): Promise<void> {
  const actor = await requireStaff();
  await discardUpload(await getDb(), actor, documentIdOf(formData));
  redirect("/bank/upload?discarded=1");
}
