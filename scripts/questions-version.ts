// npm run questions:version [-- --check]
// Writes lib/questions/version.ts: GENERATOR_VERSION derived from the generator's own source
// (lib/questions/generator-version/source-hash.ts says which files), so the version stored with
// every generated question changes exactly when the code that makes it does. --check only says
// whether the file is current (the unit test tests/unit/questions/generator-version.test.ts does the same).
import fs from "node:fs";
import { readGeneratorSources } from "@/lib/questions/generator-version/read-sources";
import { generatorVersionOf } from "@/lib/questions/generator-version/source-hash";

const VERSION_FILE = "lib/questions/version.ts";

const version = generatorVersionOf(readGeneratorSources());
const text = `/**\n * The version stored with every generated question: a hash of the generator's source, written by\n * \`npm run questions:version\` (never by hand). tests/unit/questions/generator-version.test.ts fails\n * when a change to the generator leaves it stale.\n */\nexport const GENERATOR_VERSION = "${version}";\n`;
if (process.argv.includes("--check")) {
  const current = fs.readFileSync(VERSION_FILE, "utf8") === text;
  console.log(current ? `${VERSION_FILE} is current (${version})` : `${VERSION_FILE} is stale: run npm run questions:version (${version})`);
  process.exit(current ? 0 : 1);
}
fs.writeFileSync(VERSION_FILE, text);
console.log(`${VERSION_FILE}: ${version}`);
