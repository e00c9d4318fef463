import net from "node:net";

/** The address the server listens on: HOST when set, else the loopback interface only. */
export function bindHost(env: Record<string, string | undefined> = process.env): string {
  return env.HOST?.trim() || "127.0.0.1";
}

/** Whether only this machine can reach a server bound to `host`. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (bare === "localhost") return true;
  if (net.isIPv4(bare)) return bare.startsWith("127.");
  if (net.isIPv6(bare)) return bare === "::1" || /^::ffff:127\./.test(bare);
  return false;
}

/** A URL at which this machine reaches a server bound to `host` (0.0.0.0 and :: through loopback). */
export function localUrl(host: string, port: number, path = "/"): string {
  const bare = host.replace(/^\[|\]$/g, "");
  const reach = bare === "0.0.0.0" || bare === "::" || bare === "" ? "127.0.0.1" : bare;
  return `http://${net.isIPv6(reach) ? `[${reach}]` : reach}:${port}${path}`;
}
