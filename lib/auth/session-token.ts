import "server-only";
import { parseCookie } from "cookie";
import { decode, getToken } from "next-auth/jwt";

/**
 * Cookie headers already read, by their text: the same header comes with every answer of a
 * learner, and finding the token in it (cookie parsing, next-auth's chunked cookies), deriving
 * the key and decrypting cost more than the rest of an answer's work in this process. Only
 * headers that held a valid token are kept; the expiry is checked at every use.
 */
const known = new Map<string, CookieSession & { expiresAt: number }>();
const MAX_KNOWN = 10_000;

export interface CookieSession {
  userId: string;
  /** The user's session version when the token was issued (lib/auth/session-version.ts). */
  sessionVersion: number;
}

/**
 * The session in a request's next-auth session cookie (decrypted, expiry checked), or null.
 * For endpoints served outside Next.js's request pipeline (lib/http); pages and server actions
 * use lib/auth/guard.ts. It does not slide the session's expiry: the next page does. Whether
 * the account may still act, and whether the session was ended since, is the caller's check.
 */
export async function sessionFromCookie(cookieHeader: string | undefined, now = Date.now()): Promise<CookieSession | null> {
  if (!cookieHeader) return null;
  let session = known.get(cookieHeader);
  if (!session) {
    const decoded = await decodeSession(cookieHeader);
    if (!decoded) return null;
    session = decoded;
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(cookieHeader, session);
  }
  return session.expiresAt > now ? { userId: session.userId, sessionVersion: session.sessionVersion } : null;
}

async function decodeSession(cookieHeader: string): Promise<(CookieSession & { expiresAt: number }) | null> {
  // getToken finds next-auth's cookie (its name, chunks); raw: its text, not decoded yet.
  const request = { cookies: parseCookie(cookieHeader), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  const text = await getToken({ req: request, raw: true });
  if (!text) return null;
  const token = await decode({ token: text, secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? "" }).catch(() => null);
  if (typeof token?.sub !== "string" || !token.sub || typeof token.exp !== "number") return null;
  return { userId: token.sub, sessionVersion: typeof token.sv === "number" ? token.sv : 0, expiresAt: token.exp * 1000 };
}
