import { parseCookie } from "cookie";
import { decode, getToken } from "next-auth/jwt";

/** Session tokens already decoded, by their text: the same cookie comes with every answer of a learner. */
const decoded = new Map<string, { userId: string; expiresAt: number }>();
const MAX_DECODED = 10_000;

/**
 * The user id in a request's next-auth session cookie (decrypted, expiry checked), or null.
 * For endpoints served outside Next.js's request pipeline (lib/http); pages and server actions
 * use lib/auth/guard.ts. It does not slide the session's expiry: the next page does. Whether
 * the account may still act is the caller's check.
 */
export async function sessionUserId(cookieHeader: string | undefined, now = Date.now()): Promise<string | null> {
  if (!cookieHeader) return null;
  // getToken finds next-auth's cookie (its name, chunks); raw: its text, not decoded yet.
  const request = { cookies: parseCookie(cookieHeader), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const text = await getToken({ req: request, raw: true });
  if (!text) return null;
  let known = decoded.get(text);
  if (!known) {
    // Deriving the key and decrypting cost more than the rest of an answer's work in this process.
    const token = await decode({ token: text, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? "" }).catch(() => null);
    if (typeof token?.sub !== "string" || !token.sub || typeof token.exp !== "number") return null;
    known = { userId: token.sub, expiresAt: token.exp * 1000 };
    if (decoded.size >= MAX_DECODED) decoded.clear();
    decoded.set(text, known);
  }
  return known.expiresAt > now ? known.userId : null;
}
