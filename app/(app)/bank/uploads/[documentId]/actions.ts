"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/prisma";
import { discardUpload } from "@/lib/server/uploads/discard-upload";
import { nameUpload } from "@/lib/server/uploads/name-upload";
import { publishUpload, PublishUploadError } from "@/lib/server/uploads/publish-upload";
import { UploadError } from "@/lib/server/uploads/upload-error";

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

export interface NameUploadFormState {
  errors: { title?: string };
}

/** Gives the pending upload its title at the preview (name-upload.ts); a refusal keeps the typed title and says why. */
export async function nameUploadAction(_previous: NameUploadFormState, formData: FormData): Promise<NameUploadFormState> {
  const actor = await requireStaff();
  const documentId = documentIdOf(formData);
  const title = formData.get("title");
  let named;
  try {
    // Longer than any title allowed: cut only so that a huge field is not worked on whole; still refused as too long.
    named = await nameUpload(await getDb(), actor, documentId, typeof title === "string" ? title.slice(0, 1000) : "");
  } catch (error) {
    if (error instanceof UploadError) return { errors: { title: error.userMessage } };
    throw error;
  }
  // Published, discarded or out of reach meanwhile: the uploads page lists what is still pending.
  if (!named) redirect("/bank/upload");
  revalidatePath(`/bank/uploads/${documentId}`);
  redirect(`/bank/uploads/${encodeURIComponent(documentId)}`);
}
