import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encode } from "next-auth/jwt";
import { sessionFromCookie } from "@/lib/auth/session-token";

// sessionFromCookie keeps the sessions it has read by their whole cookie header: a learner's later
// answers skip parsing and decryption. The cache must never turn a refusal into a session.
const SECRET = "session-token-test-secret-0123456789";

describe("the session in a cookie header (sessionFromCookie)", () => {
  let previousSecret: string | undefined;
  beforeAll(() => {
    previousSecret = process.env.NEXTAUTH_SECRET;
    process.env.NEXTAUTH_SECRET = SECRET;
  });
  afterAll(() => {
    process.env.NEXTAUTH_SECRET = previousSecret;
  });

  const header = async (sub: string, options: { maxAge?: number; secret?: string; sv?: number } = {}) =>
    `theme=dark; next-auth.session-token=${await encode({ token: { sub, ...(options.sv === undefined ? {} : { sv: options.sv }) }, secret: options.secret ?? SECRET, maxAge: options.maxAge ?? 3600 })}`;
  const userOf = async (cookie: string | undefined, now?: number) => (await sessionFromCookie(cookie, now))?.userId ?? null;

  test("a known header gives its user until the token expires, even after it was kept", async () => {
    const cookie = await header("user-a", { maxAge: 60 });
    expect(await userOf(cookie)).toBe("user-a");
    expect(await userOf(cookie)).toBe("user-a");
    expect(await userOf(cookie, Date.now() + 61_000)).toBeNull();
  });

  test("two headers are two sessions", async () => {
    const [a, b] = [await header("user-a"), await header("user-b")];
    expect([await userOf(a), await userOf(b), await userOf(a)]).toEqual(["user-a", "user-b", "user-a"]);
  });

  test("a session too long for one cookie, split by next-auth into numbered chunks, is read whole", async () => {
    const token = await encode({ token: { sub: "user-chunked", sv: 2 }, secret: SECRET, maxAge: 3600 });
    const half = Math.floor(token.length / 2);
    const chunked = `next-auth.session-token.1=${token.slice(half)}; theme=dark; next-auth.session-token.0=${token.slice(0, half)}`;
    expect(await sessionFromCookie(chunked)).toEqual({ userId: "user-chunked", sessionVersion: 2 });
    expect(await sessionFromCookie(`next-auth.session-token.0=${token.slice(0, half)}`)).toBeNull();
  });

  test("carries the session version the token was issued at; a token from before versions is at 0", async () => {
    expect(await sessionFromCookie(await header("user-c", { sv: 3 }))).toEqual({ userId: "user-c", sessionVersion: 3 });
    expect(await sessionFromCookie(await header("user-d"))).toEqual({ userId: "user-d", sessionVersion: 0 });
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
      expect(await sessionFromCookie(cookie)).toBeNull();
      expect(await sessionFromCookie(cookie)).toBeNull();
    }
  });
});
