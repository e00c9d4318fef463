import "server-only";
import crypto from "node:crypto";

// No 0/O, 1/I/L: codes are read aloud and typed from paper.
export const INVITE_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const INVITE_CODE_LENGTH = 8;

/** A random invite code; uniqueness is left to the database's unique index. */
export function generateInviteCode(randomIndex: (max: number) => number = crypto.randomInt): string {
  let code = "";
  for (let index = 0; index < INVITE_CODE_LENGTH; index += 1) {
    code += INVITE_CODE_ALPHABET[randomIndex(INVITE_CODE_ALPHABET.length)];
  }
  return code;
}
