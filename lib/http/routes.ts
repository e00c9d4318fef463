/**
 * Paths the app's HTTP edge (lib/http/server.ts) answers before Next.js, each also served by an
 * ordinary route handler in app/ (tests/unit/http/edge-routes.test.ts). Kept apart from the
 * handlers so that browser code can import them without server code.
 */
export const PRACTICE_ANSWER_PATH = "/api/practice/answers";

/** Every path the edge answers itself (the authorization matrix checks each has a row). */
export const APP_SERVER_ROUTES = [PRACTICE_ANSWER_PATH] as const;
