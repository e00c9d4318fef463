// Module resolution hooks (registered by server-only-outside-next.mjs): "server-only" resolves with
// the "react-server" condition, to the package's empty module, as it does in Next.js's server
// bundles. Only that one package: React and Next.js keep resolving as they do in plain Node.js.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}
