import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { APP_SERVER_ROUTES } from "@/lib/http/routes";

// The app's HTTP edge (lib/http/server.ts) answers some paths before Next.js as an optimisation
// only: each must also have an ordinary route handler in app/, which serves the same requests
// when the fast path does not take them (a query string, another method, `next start` without
// the edge). docs/ARCHITECTURE.md, "The HTTP edge".

const appDir = path.resolve(import.meta.dirname, "../../../app");

/** The route.ts files under app/ for a URL path (route groups in parentheses allowed). */
function routeHandlersFor(urlPath: string): string[] {
  const segments = urlPath.split("/").filter(Boolean);
  const found: string[] = [];
  const walk = (dir: string, rest: string[]) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && /^\(.*\)$/.test(entry.name)) walk(full, rest);
      else if (entry.isDirectory() && entry.name === rest[0]) walk(full, rest.slice(1));
      else if (entry.isFile() && rest.length === 0 && /^route\.tsx?$/.test(entry.name)) found.push(path.relative(appDir, full));
    }
  };
  walk(appDir, segments);
  return found;
}

describe("the paths the app's HTTP edge answers itself", () => {
  test("each has an ordinary route handler exporting POST, so Next.js answers it when the fast path does not", () => {
    expect(APP_SERVER_ROUTES.length).toBeGreaterThan(0);
    for (const route of APP_SERVER_ROUTES) {
      const handlers = routeHandlersFor(route);
      expect(handlers, route).toHaveLength(1);
      expect(fs.readFileSync(path.join(appDir, handlers[0]!), "utf8"), route).toMatch(/^export async function POST\(/m);
    }
  });
});
