import crypto from "node:crypto";

/**
 * The response headers every page and endpoint carries. The Content-Security-Policy allows
 * scripts only with the request's nonce (Next.js reads it from the policy on the request and puts
 * it on its own scripts) and what they load ('strict-dynamic'): an injected <script> does not
 * run. Styles may be inline (React style attributes); nothing may frame the app.
 */
export function securityHeaders(options: { dev: boolean; nonce?: string }): { nonce: string; headers: Record<string, string> } {
  const nonce = options.nonce ?? crypto.randomBytes(16).toString("base64");
  const policy = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return {
    nonce,
    headers: {
      "Content-Security-Policy": policy,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
      "X-Frame-Options": "DENY",
    },
  };
}
