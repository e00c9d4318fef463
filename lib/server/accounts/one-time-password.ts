import "server-only";
import crypto from "node:crypto";

// Lower-case letters and digits without look-alikes (0/o, 1/l/i): read off a screen and typed once.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const LENGTH = 12;

/** A password shown once to an administrator or instructor and changed by its owner. */
export function generateOneTimePassword(randomIndex: (max: number) => number = crypto.randomInt): string {
  let password = "";
  for (let index = 0; index < LENGTH; index += 1) password += ALPHABET[randomIndex(ALPHABET.length)];
  return `${password.slice(0, 4)}-${password.slice(4, 8)}-${password.slice(8)}`;
}
