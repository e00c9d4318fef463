import fs from "node:fs";
import { DatabaseSetupError } from "@/lib/db/errors";

/** A command refusing to go on for a reason the user can act on: its message, not a stack. */
export class CommandRefusal extends Error {
  override name = "CommandRefusal";
}

/** Runs a command-line entry point: known setup problems print their message, not a stack. */
export function runCli(main: () => Promise<void>): void {
  // Settings in .env apply to the commands as they do to the server (the environment wins).
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof DatabaseSetupError || error instanceof CommandRefusal) {
        console.error(`\n✖ ${error.message}`);
        if (process.env.DEBUG) console.error(error.cause ?? error);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
