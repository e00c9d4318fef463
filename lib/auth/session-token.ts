import { parseCookie } from "cookie";
import { decode, getToken } from "next-auth/jwt";

/**
 * Cookie headers already read, by their text: the same header comes with every answer of a
 * learner, and finding the token in it (cookie parsing, next-auth's chunked cookies), deriving
 * the key and decrypting cost more than the rest of an answer's work in this process. Only
 * headers that held a valid token are kept; the expiry is checked at every use.
 */
const known = new Map<string, { userId: string; expiresAt: number }>();
const MAX_KNOWN = 10_000;

/**
 * The user id in a request's next-auth session cookie (decrypted, expiry checked), or null.
 * For endpoints served outside Next.js's request pipeline (lib/http); pages and server actions
 * use lib/auth/guard.ts. It does not slide the session's expiry: the next page does. Whether
 * the account may still act is the caller's check.
 */
export async function sessionUserId(cookieHeader: string | undefined, now = Date.now()): Promise<string | null> {
  if (!cookieHeader) return null;
  let session = known.get(cookieHeader);
  if (!session) {
    const decoded = await decodeSession(cookieHeader);
    if (!decoded) return null;
    session = decoded;
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(cookieHeader, session);
  }
  return session.expiresAt > now ? session.userId : null;
}

async function decodeSession(cookieHeader: string): Promise<{ userId: string; expiresAt: number } | null> {
  // getToken finds next-auth's cookie (its name, chunks); raw: its text, not decoded yet.
  const request = { cookies: parseCookie(cookieHeader), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const text = await getToken({ req: request, raw: true });
  if (!text) return null;
  const token = await decode({ token: text, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? "" }).catch(() => null);
  if (typeof token?.sub !== "string" || !token.sub || typeof token.exp !== "number") return null;
  return { userId: token.sub, expiresAt: token.exp * 1000 };
}
