// The server modules (lib/server, lib/db, the server parts of lib/auth) begin with
// `import "server-only"`, which throws when resolved without the "react-server" condition: a
// client component that imports one fails Next.js's build. Scripts and the app's own HTTP server
// (scripts/serve.ts) run those modules in plain Node.js, where the throw would be a false alarm,
// so every tsx entry is started with `--import ./scripts/server-only-outside-next.mjs` (see the
// npm scripts in package.json). Vitest aliases the package instead (vitest.config.ts).
import { register } from "node:module";

register("./server-only-outside-next-hooks.mjs", import.meta.url);
