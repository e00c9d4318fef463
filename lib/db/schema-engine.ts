import "server-only";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";

/**
 * Prisma's schema engine compiled to WebAssembly: migrations without the native binary the
 * Prisma CLI would download. Node 20 cannot `import` a .wasm file, so the module is
 * instantiated here with the package's own JavaScript glue.
 */
export async function loadSchemaEngine(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  schemaPath: string,
  log: (message: string) => void = () => undefined,
): Promise<SchemaEngine> {
  const glue = await instantiateOnce();
  const datamodel = fs.readFileSync(schemaPath, "utf8");
  return glue.SchemaEngine.new(
    { datamodels: [[schemaPath, datamodel]] },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
}

type Glue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

// The glue module caches views of the instance's memory, so the WebAssembly module is
// instantiated once per process and every engine is made from that one instance.
let instantiated: Promise<Glue> | undefined;

function instantiateOnce(): Promise<Glue> {
  instantiated ??= (async () => {
    installPanicRegistry();
    const require = createRequire(import.meta.url);
    const glue = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as Glue;
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return instantiated;
}

/** The engine reports a Rust panic's message through this global before it throws. */
function installPanicRegistry(): void {
  const holder = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { message: string; set_message(message: string): void } };
  holder.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: "",
    set_message(message: string) {
      this.message = message;
      console.error(`Prisma schema engine panicked: ${message}`);
    },
  };
}

/** Reads `prisma/migrations` in the shape the schema engine expects. */
export function readMigrationList(migrationsDir: string): MigrationList {
  fs.mkdirSync(migrationsDir, { recursive: true });
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const directories = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: directories.map((name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file)
            ? { tag: "ok", value: fs.readFileSync(file, "utf8") }
            : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}
