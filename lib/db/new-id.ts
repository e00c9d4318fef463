import crypto from "node:crypto";

// Random bytes drawn 4 KiB at a time: an answer makes several ids, and one call into the
// system's random source per id showed in bench:answer's profile.
const pool = Buffer.alloc(4096);
let offset = pool.length;

function randomBytes(count: number): Buffer {
  if (offset + count > pool.length) {
    crypto.randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + count);
  offset += count;
  return bytes;
}

/**
 * A new row id for rows inserted in raw SQL, in the shape of Prisma's cuid() (25 characters:
 * "c", the time in base 36, then random base-36 characters), so ids look alike whichever way a
 * row was written.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  let random = "";
  for (const byte of randomBytes(16)) random += (byte % 36).toString(36);
  return `c${time}${random}`;
}
