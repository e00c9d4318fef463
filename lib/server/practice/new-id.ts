import crypto from "node:crypto";

/**
 * A new row id for rows inserted in raw SQL, in the shape of Prisma's cuid() (25 characters:
 * "c", the time in base 36, then random base-36 characters), so ids look alike whichever way a
 * row was written.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const bytes = crypto.randomBytes(16);
  let random = "";
  for (const byte of bytes) random += (byte % 36).toString(36);
  return `c${time}${random}`;
}
