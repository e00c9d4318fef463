/** Bumped whenever a change to the generators or the gate can change which questions come out or how they read. */
export const GENERATOR_VERSION = "questions-7";
