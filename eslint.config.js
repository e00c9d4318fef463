import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

/** The folders of lib/ that hold pure domain code (docs/ARCHITECTURE.md, "Boundaries"). */
const PURE_DOMAIN_FOLDERS = [
  "lib/content",
  "lib/questions",
  "lib/srs",
  "lib/stats",
  "lib/format",
  "lib/points",
  "lib/learning",
  "lib/progress",
  "lib/quizzes",
  "lib/csv",
  "lib/xlsx",
  "lib/zip",
  "lib/papers",
  "lib/validation",
  "lib/search",
];

/** The folders of lib/ that hold framework, database or request code, or the generated Prisma client. */
const SERVER_FOLDERS = ["lib/generated", "lib/db", "lib/server", "lib/http", "lib/auth"];

const PURE_DOMAIN_RULE = "Pure domain code (lib/content, lib/questions, lib/srs … see docs/ARCHITECTURE.md) imports no framework or database code.";

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    ignores: [".next/**", "node_modules/**", "lib/generated/**", ".data/**", "coverage/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Course modules are a domain word here: in plain TypeScript outside Next.js pages a local
    // named `module` shadows nothing that matters.
    files: ["lib/content/**", "lib/questions/**", "scripts/**", "tests/**"],
    rules: { "@next/next/no-assign-module-variable": "off" },
  },
  {
    // Boundaries (docs/ARCHITECTURE.md): the pure domain folders of lib/ are plain TypeScript that
    // runs anywhere — in a script, a test, a worker, the browser. They import no framework and no
    // database code; the server modules (lib/server, lib/db, lib/auth, lib/http) call into them,
    // never the other way round.
    files: PURE_DOMAIN_FOLDERS.map((folder) => `${folder}/**`),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react/*", "react-dom", "react-dom/*"],
              message: `${PURE_DOMAIN_RULE} Framework code (Next.js, NextAuth, React) belongs in app/, components/ or the server modules.`,
            },
            {
              group: ["@prisma/*"],
              message: `${PURE_DOMAIN_RULE} Database code belongs in lib/db or lib/server; take plain data as arguments instead.`,
            },
            {
              group: ["server-only"],
              message: `${PURE_DOMAIN_RULE} A module marked "server-only" is a server module: move it to lib/server.`,
            },
          ],
        },
      ],
      "import/no-restricted-paths": [
        "error",
        {
          zones: PURE_DOMAIN_FOLDERS.map((folder) => ({
            target: `./${folder}`,
            from: SERVER_FOLDERS.map((server) => `./${server}`),
            message: `${PURE_DOMAIN_RULE} Server, database, HTTP and authentication modules (and the generated Prisma client) may import domain code, not the other way round; move the shared part into a domain folder.`,
          })),
        },
      ],
    },
  },
];

export default config;
