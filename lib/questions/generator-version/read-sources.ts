import fs from "node:fs";
import path from "node:path";
import { isGeneratorSource } from "./source-hash";

/** The generator's source files under the repository root `root` (lib/content and lib/questions), paths relative to it. */
export function readGeneratorSources(root = "."): Array<{ path: string; text: string }> {
  return ["lib/content", "lib/questions"].flatMap((folder) =>
    fs
      .readdirSync(path.join(root, folder), { recursive: true, encoding: "utf8" })
      .map((entry) => path.posix.join(folder, entry.split(path.sep).join("/")))
      .filter(isGeneratorSource)
      .map((file) => ({ path: file, text: fs.readFileSync(path.join(root, file), "utf8") })),
  );
}
