import "server-only";
import type { Actor } from "@/lib/auth/roles";
import { scopeFor } from "@/lib/server/authorization/scope";
import { ForbiddenError } from "@/lib/server/authz";

/** Instructors and administrators share the whole bank; learners manage none of it. */
export function assertBankManager(actor: Actor): void {
  if (!scopeFor(actor).managesBank) {
    throw new ForbiddenError(`User ${actor.id} may not manage the question bank`);
  }
}
