/**
 * The version stored with every generated question: a hash of the generator's source, written by
 * `npm run questions:version` (never by hand). tests/unit/questions/generator-version.test.ts fails
 * when a change to the generator leaves it stale.
 */
export const GENERATOR_VERSION = "generator-688de8a3fc72";
