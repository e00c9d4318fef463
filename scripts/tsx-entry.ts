/**
 * The `--import` every tsx entry that reaches a server module is started with (after tsx's own): it
 * resolves the modules' `import "server-only"` marker as Next.js's server does
 * (scripts/server-only-outside-next.mjs). The npm scripts in package.json pass the same path.
 */
export const SERVER_ONLY_OUTSIDE_NEXT = "./scripts/server-only-outside-next.mjs";
