import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionUserId } from "@/lib/auth/session-token";

// sessionUserId keeps the sessions it has read by their whole cookie header: a learner's later
// answers skip parsing and decryption. The cache must never turn a refusal into a session.
const SECRET = "session-token-test-secret-0123456789";

describe("the session in a cookie header (sessionUserId)", () => {
  let previousSecret: string | undefined;
  beforeAll(() => {
    previousSecret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = SECRET;
  });
  afterAll(() => {
    process.env.NEXTAUTH_SECRET = previousSecret;
  });

  const header = async (sub: string, options: { maxAge?: number; secret?: string } = {}) =>
    `theme=dark; next-auth.session-token=${await encode({ token: { sub }, secret: options.secret ?? SECRET, maxAge: options.maxAge ?? 3600 })}`;

  test("a known header gives its user until the token expires, even after it was kept", async () => {
    const cookie = await header("user-a", { maxAge: 60 });
    expect(await sessionUserId(cookie)).toBe("user-a");
    expect(await sessionUserId(cookie)).toBe("user-a");
    expect(await sessionUserId(cookie, Date.now() + 61_000)).toBeNull();
  });

  test("two headers are two sessions", async () => {
    const [a, b] = [await header("user-a"), await header("user-b")];
    expect([await sessionUserId(a), await sessionUserId(b), await sessionUserId(a)]).toEqual(["user-a", "user-b", "user-a"]);
  });

  test("no header, no session cookie, a forged token, another secret's token, a token without a subject: null, every time", async () => {
    const refused = [
      undefined,
      "",
      "theme=dark",
      "next-auth.session-token=not-a-token",
      `next-auth.session-token=${"x".repeat(20_000)}`,
      "next-auth.session-token=%E4%B8%AD%E6%96%87%ZZ",
      await header("user-a", { secret: "another-secret-0123456789abcdef" }),
      `next-auth.session-token=${await encode({ token: { name: "no subject" }, secret: SECRET })}`,
    ];
    for (const cookie of refused) {
      expect(await sessionUserId(cookie)).toBeNull();
      expect(await sessionUserId(cookie)).toBeNull();
    }
  });
});
