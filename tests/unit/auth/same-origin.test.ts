import { describe, expect, test } from "vitest";
import { isCrossSiteWrite } from "@/lib/http/same-origin";

describe("the cross-site write rule", () => {
  const request = (overrides: Partial<Parameters<typeof isCrossSiteWrite>[0]>) => ({ method: "POST", origin: undefined, fetchSite: undefined, host: "dangke.example.org", ...overrides });

  test("a write from the app's own origin, or from no browser page, passes", () => {
    expect(isCrossSiteWrite(request({ origin: "https://dangke.example.org" }))).toBe(false);
    expect(isCrossSiteWrite(request({}))).toBe(false);
    expect(isCrossSiteWrite(request({ fetchSite: "same-origin", origin: "https://dangke.example.org" }))).toBe(false);
  });

  test("a write from another site, a malformed or opaque origin, or one the browser marks cross-site is refused", () => {
    expect(isCrossSiteWrite(request({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite(request({ origin: "https://dangke.example.org.evil.example" }))).toBe(true);
    expect(isCrossSiteWrite(request({ origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite(request({ fetchSite: "cross-site" }))).toBe(true);
    expect(isCrossSiteWrite(request({ method: "delete", origin: "http://localhost:9999" }))).toBe(true);
  });

  test("reads are never refused by it", () => {
    expect(isCrossSiteWrite(request({ method: "GET", origin: "https://evil.example", fetchSite: "cross-site" }))).toBe(false);
    expect(isCrossSiteWrite(request({ method: "HEAD", origin: "https://evil.example" }))).toBe(false);
  });
});
