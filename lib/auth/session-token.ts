import "server-only";
import { getToken } from "next-auth/jwt";

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
 * For the practice answer endpoint (lib/http), on the app server's fast path and in its route
 * handler; pages and server actions use lib/auth/guard.ts. It does not slide the session's
 * expiry: the next page does. Whether the account may still act, and whether the session was
 * ended since, is the caller's check.
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
  // next-auth's public getToken on a real request carrying the header: it finds the session
  // cookie (its name, chunks) and decrypts it with NEXTAUTH_SECRET (else AUTH_SECRET); null
  // when there is none or it does not decrypt. The URL is never read. next/server is loaded on
  // first use: it needs the AsyncLocalStorage global that Next.js installs when it prepares, after
  // the app's server (lib/http/server.ts) has imported this module.
  const { NextRequest } = await import("next/server");
  const token = await getToken({ req: new NextRequest("http://localhost/", { headers: { cookie: cookieHeader } }) });
  if (typeof token?.sub !== "string" || !token.sub || typeof token.exp !== "number") return null;
  return { userId: token.sub, sessionVersion: typeof token.sv === "number" ? token.sv : 0, expiresAt: token.exp * 1000 };
}
