/**
 * Paths the app's own server (scripts/serve.ts) answers before Next.js. Kept apart from the
 * handlers so that browser code can import them without server code.
 */
export const PRACTICE_ANSWER_PATH = "/api/practice/answers";

/** Every path served outside app/ (the authorization matrix checks each has a row). */
export const APP_SERVER_ROUTES = [PRACTICE_ANSWER_PATH] as const;
