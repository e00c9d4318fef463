/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time;
  // the schema engine and argon2 likewise stay outside the bundle; pdfkit reads its font metrics from its package folder.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm", "@node-rs/argon2", "@node-rs/jieba", "@open-spaced-repetition/binding", "pdfkit"],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // `npm run typecheck` (and CI) check types; the build does not repeat it on every start.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
