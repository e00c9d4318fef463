import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/roles";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/auth-options";

/** next-auth's session cookie: its name and attributes as next-auth itself sets them. */
function sessionCookie() {
  const secure = (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure } };
}

/**
 * Gives this device a new session at the user's new session version, in a server action, after
 * a change that ended every session (a password change): the person who made it stays signed in,
 * every other device is signed out.
 */
export async function reissueSessionCookie(actor: Actor, sessionVersion: number): Promise<void> {
  const token = await encode({
    token: { sub: actor.id, name: actor.name, email: actor.email, role: actor.role, sv: sessionVersion },
    secret: process.env.NEXTAUTH_SECRET ?? "",
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const { name, options } = sessionCookie();
  (await cookies()).set(name, token, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Removes this device's session cookie (after its session was ended on the server). */
export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(sessionCookie().name);
}
