import "server-only";
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

const BASE36_DIGITS = Buffer.from("0123456789abcdefghijklmnopqrstuvwxyz", "latin1");

/**
 * A new row id for rows inserted in raw SQL, in the shape of Prisma's cuid() (25 characters:
 * "c", the time in base 36, then random base-36 characters), so ids look alike whichever way a
 * row was written.
 */
export function newId(): string {
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  // The bytes become base-36 digits in place and one string (appending 16 one-character strings made 16).
  const random = randomBytes(16);
  for (let index = 0; index < random.length; index += 1) random[index] = BASE36_DIGITS[random[index]! % 36]!;
  return `c${time}${random.toString("latin1")}`;
}
