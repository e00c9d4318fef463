import type { IncomingMessage } from "node:http";
import net from "node:net";

/**
 * The header through which the app's server (lib/http/server.ts) tells the app the client's
 * address. The server sets it on every request and overwrites whatever a client sent in it.
 */
export const CLIENT_ADDRESS_HEADER = "x-dangke-client-address";

/** TRUSTED_PROXIES: the addresses of the reverse proxies in front of the app, comma-separated. */
export function trustedProxies(value: string | undefined): Set<string> {
  return new Set((value ?? "").split(",").map((entry) => normalizeAddress(entry.trim())).filter(Boolean));
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case
 * the X-Forwarded-For hop it added (walking right to left past trusted proxies only). A hop a
 * client wrote itself is never believed, so a forged X-Forwarded-For gains nothing.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trusted: ReadonlySet<string>): string {
  let address = normalizeAddress(peer ?? "");
  if (!address) return "unknown";
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor ?? "")
    .split(",")
    .map((hop) => normalizeAddress(hop.trim()))
    .filter(Boolean);
  while (trusted.has(address) && hops.length > 0) {
    const hop = hops.pop()!;
    if (!net.isIP(hop)) break;
    address = hop;
  }
  return address;
}

/** Puts the client's address on a request the app's server received, over whatever the client sent in its place. */
export function setClientAddress(request: IncomingMessage, trusted: ReadonlySet<string>): void {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
}

/** An IPv4 address mapped into IPv6 (::ffff:10.0.0.1) is the IPv4 address. */
function normalizeAddress(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "").toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  return mapped ? mapped[1]! : bare;
}
