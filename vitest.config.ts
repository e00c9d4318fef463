import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
// The server modules begin with `import "server-only"`, which throws outside a React Server
// environment; tests run them in plain Node.js, so the package resolves to its empty module, as
// in Next.js's server bundles (docs/ARCHITECTURE.md, "Boundaries").
const alias = { "@": root, "server-only": path.join(root, "node_modules/server-only/empty.js") };

// Integration tests run once per database kind: PGlite always, PostgreSQL when
// TEST_DATABASE_URL names a server (CI sets it).
const databaseKinds = ["pglite", ...(process.env.TEST_DATABASE_URL ? ["postgres"] : [])];

export default defineConfig({
  resolve: { alias },
  // The tests load no CSS: keep Vite from loading the app's Tailwind PostCSS set-up.
  css: { postcss: {} },
  test: {
    reporters: ["default", path.join(root, "tests/support/summary-reporter.ts")],
    projects: [
      {
        resolve: { alias },
        // Some unit tests build whole documents (a GBK copy of a report, the corpus): seconds on a busy 2-core machine.
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 30_000 },
      },
      ...databaseKinds.map((kind) => ({
        resolve: { alias },
        test: {
          name: `integration-${kind}`,
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          env: { TEST_DB_KIND: kind },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      })),
      // The hostile-input catalogue (docs/SECURITY.md): services on a throwaway PGlite database, or
      // on the PostgreSQL server of TEST_DATABASE_URL with SECURITY_DB_KIND=postgres.
      {
        resolve: { alias },
        test: {
          name: "security",
          include: ["tests/security/**/*.test.ts"],
          environment: "node",
          env: { TEST_DB_KIND: process.env.SECURITY_DB_KIND === "postgres" ? "postgres" : "pglite" },
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
