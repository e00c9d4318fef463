import "server-only";
/** The statements worth naming: queries the app repeats, not DDL or transaction control. */
const REPEATED = /^\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/**
 * Names for prepared statements (the PrismaPg adapter's `statementNameGenerator`), so each
 * pooled connection parses a query text once and PostgreSQL can reuse its plan: planning was
 * about half of the due queue's time (bench:queue, docs/BENCHMARKS.md). At most `max`
 * distinct texts get a name per process, so a stream of one-off texts (lists of every length)
 * cannot grow each connection's statement cache without bound; the rest run unnamed as before.
 */
export function statementNamer(max = 1000): (query: { sql: string }) => string | undefined {
  const names = new Map<string, string>();
  return (query) => {
    const known = names.get(query.sql);
    if (known) return known;
    if (names.size >= max || !REPEATED.test(query.sql)) return undefined;
    const name = `dk${names.size}`;
    names.set(query.sql, name);
    return name;
  };
}
