// The app's HTTP server, lib/http/server.ts (Next.js behind the app's HTTP edge), as a command:
// npm start and npm run dev start it, as do the browser tests and bench:answer.
// Usage: tsx --import ./scripts/server-only-outside-next.mjs scripts/serve.ts [--dev] [--port N] [--hostname H]
import { parseArgs } from "node:util";
import { bindHost } from "@/lib/http/bind-address";
import { startServer } from "@/lib/http/server";

const { values } = parseArgs({
  options: { dev: { type: "boolean", default: false }, port: { type: "string", default: process.env.PORT ?? "3000" }, hostname: { type: "string" } },
});
const port = Number(values.port) || 3000;
const hostname = values.hostname ?? bindHost();

const server = await startServer({ dev: values.dev, port, hostname });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}
console.log(`▸ Serving on http://${hostname}:${port}${values.dev ? " (development)" : ""}`);
