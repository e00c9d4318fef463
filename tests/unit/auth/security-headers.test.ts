import { describe, expect, test } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

describe("the security headers of every response", () => {
  test("allow scripts only with the request's nonce, and nothing may frame the app", () => {
    const { headers } = securityHeaders({ dev: false, nonce: "abc123" });
    const policy = headers["Content-Security-Policy"];
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(headers).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "DENY" });
  });

  test("a new nonce for every response", () => {
    expect(securityHeaders({ dev: false }).nonce).not.toBe(securityHeaders({ dev: false }).nonce);
  });

  test("the development server may evaluate code and open its reload socket", () => {
    const policy = securityHeaders({ dev: true, nonce: "n" }).headers["Content-Security-Policy"];
    expect(policy).toContain("'unsafe-eval'");
    expect(policy).toContain("connect-src 'self' ws: wss:");
  });
});
