import { parseArgs, type ParseArgsConfig } from "node:util";

/** The command's options, or the usage line and exit code 2 when they are wrong. */
export function parseOptions<const Options extends NonNullable<ParseArgsConfig["options"]>>(usage: string, options: Options) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\nusage: ${usage}`);
    process.exit(2);
  }
}
