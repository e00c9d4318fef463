import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, test } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, setClientAddress, trustedProxies } from "@/lib/http/client-address";

describe("the client address used for sign-in limits", () => {
  const none = trustedProxies(undefined);
  const proxy = trustedProxies(" 10.0.0.1 , ::1");

  test("is the connection's peer when no proxy is trusted, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", undefined, none)).toBe("203.0.113.9");
  });

  test("is the hop a trusted proxy added, not what the client wrote before it", () => {
    expect(clientAddress("10.0.0.1", "6.6.6.6, 198.51.100.7", proxy)).toBe("198.51.100.7");
    expect(clientAddress("::1", ["6.6.6.6", "10.0.0.1, 198.51.100.7"], proxy)).toBe("198.51.100.7");
  });

  test("walks past trusted proxies only, and stops at a hop that is not an address", () => {
    expect(clientAddress("10.0.0.1", "198.51.100.7, 10.0.0.1", proxy)).toBe("198.51.100.7");
    expect(clientAddress("10.0.0.1", "198.51.100.7, not-an-ip", proxy)).toBe("10.0.0.1");
    expect(clientAddress("10.0.0.1", undefined, proxy)).toBe("10.0.0.1");
  });

  test("is 'unknown' without a peer", () => {
    expect(clientAddress(undefined, "1.2.3.4", proxy)).toBe("unknown");
  });
});

describe("the address the app's server puts on a request (setClientAddress, lib/http/server.ts)", () => {
  async function addressSeenFor(headers: Record<string, string>, trusted: ReadonlySet<string>): Promise<string> {
    const server = http.createServer((request, response) => {
      setClientAddress(request, trusted);
      response.end(String(request.headers[CLIENT_ADDRESS_HEADER]));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
      return await response.text();
    } finally {
      server.close();
    }
  }

  test("overwrites an address a client wrote in the header itself, and a forged X-Forwarded-For", async () => {
    expect(await addressSeenFor({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9" }, trustedProxies(undefined))).toBe("127.0.0.1");
  });

  test("takes the hop a trusted proxy (here this machine) added", async () => {
    expect(await addressSeenFor({ [CLIENT_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9" }, trustedProxies("127.0.0.1"))).toBe("203.0.113.9");
  });
});
