import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

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
];

export default config;
