/** Methods that change something: a page on another site must not be able to send them with the user's cookies. */
const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface RequestOrigin {
  method: string;
  /** The Origin header: browsers send it with every cross-origin request that changes state. */
  origin: string | undefined;
  /** Sec-Fetch-Site, where the browser sends it: "cross-site" names a request another site started. */
  fetchSite: string | undefined;
  /** The host the client addressed (X-Forwarded-Host behind a proxy, else Host). */
  host: string | undefined;
}

/**
 * The one rule against cross-site request forgery, applied by the app's server to every
 * request before it is routed: a state-changing request from a page on another site is refused.
 * A request without Origin comes from no browser form on another site (same-origin GET
 * navigations, command-line clients) and passes.
 */
export function isCrossSiteWrite(request: RequestOrigin): boolean {
  if (!STATE_CHANGING.has(request.method.toUpperCase())) return false;
  if (request.fetchSite === "cross-site") return true;
  if (request.origin === undefined) return false;
  try {
    return request.host === undefined || new URL(request.origin).host !== request.host;
  } catch {
    return true;
  }
}
