import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** The database refused a duplicate of a unique value (an invite code, an email). */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
