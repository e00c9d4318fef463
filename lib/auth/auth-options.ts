import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/prisma";
import { authenticate } from "@/lib/server/accounts/authenticate";
import { loginSchema } from "@/lib/validation/account";
import type { Role } from "@/lib/auth/roles";
import { sessionVersionBump } from "@/lib/auth/session-version";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address";

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;

// The error codes thrown below are shown to the user through lib/auth/login-errors.ts.
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const parsed = loginSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error("INVALID_INPUT");
        const result = await authenticate(await getDb(), {
          ...parsed.data,
          // Set by the app's server from the connection (lib/http/client-address.ts).
          address: String(request.headers?.[CLIENT_ADDRESS_HEADER] ?? "unknown"),
        });
        if (!result.ok) throw new Error(result.reason);
        return { id: result.actor.id, name: result.actor.name, email: result.actor.email, role: result.actor.role, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user && "role" in user) {
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? "";
        session.user.role = token.role as Role;
        session.user.sessionVersion = token.sv ?? 0;
      }
      return session;
    },
  },
  events: {
    // Signing out ends the session for good, not only on this device's cookie: a copy of the
    // token is refused too. A token already ended changes nothing.
    async signOut({ token }) {
      if (typeof token?.sub !== "string") return;
      await (await getDb()).user.updateMany({ where: { id: token.sub, sessionVersion: token.sv ?? 0 }, data: sessionVersionBump });
    },
  },
};
