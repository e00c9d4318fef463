import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, inject, test } from "vitest";
import { APP_SERVER_ROUTES, PRACTICE_ANSWER_PATH } from "@/lib/http/routes";
import { MATRIX_INSTRUCTOR, MATRIX_LEARNER, type AuthzWorld, type ServedWorld } from "./support/authz-world";

// Every page, route handler and server action × every kind of visitor, over HTTP against the
// real server, on PGlite and (in CI) on PostgreSQL. The list of routes is checked against the
// app folder and the build's server-action manifest, so a new page or action without a row
// here fails the test instead of going unchecked.

const servedWorlds = inject("servedWorlds");

const VISITORS = ["anonymous", "learner", "instructor", "otherInstructor", "admin"] as const;
type Visitor = (typeof VISITORS)[number];
/** ok: served; deny: 403 or 404; login: sent to the login page; any: not checked (public pages). */
type Outcome = "ok" | "deny" | "login" | "any";
type Expectations = Record<Visitor, Outcome>;

const SIGNED_IN: Expectations = { anonymous: "login", learner: "ok", instructor: "ok", otherInstructor: "ok", admin: "ok" };
const STAFF: Expectations = { ...SIGNED_IN, learner: "deny" };
const ADMIN_ONLY: Expectations = { ...STAFF, instructor: "deny", otherInstructor: "deny" };
/** Staff who own the object (a class they teach, a document they uploaded) and administrators. */
const OWNING_STAFF: Expectations = { ...STAFF, otherInstructor: "deny" };
const OWNER_ONLY: Expectations = { anonymous: "login", learner: "ok", instructor: "deny", otherInstructor: "deny", admin: "deny" };
const PUBLIC: Expectations = { anonymous: "ok", learner: "any", instructor: "any", otherInstructor: "any", admin: "any" };

interface RouteRow {
  /** The route as the app folder spells it, without route groups. */
  route: string;
  method: "GET" | "POST";
  path: (world: AuthzWorld) => string;
  expect: Expectations;
}

const at = (route: string, expect: Expectations, path: (world: AuthzWorld) => string = () => route): RouteRow => ({ route, method: "GET", path, expect });
const post = (route: string, expect: Expectations, path: (world: AuthzWorld) => string = () => route): RouteRow => ({ route, method: "POST", path, expect });

const ROUTES: RouteRow[] = [
  at("/login", PUBLIC),
  at("/register", PUBLIC),
  at("/", SIGNED_IN),
  at("/change-password", { anonymous: "login", learner: "any", instructor: "any", otherInstructor: "any", admin: "any" }),
  at("/today", SIGNED_IN),
  at("/study", SIGNED_IN),
  at("/study/[moduleId]", SIGNED_IN, (w) => `/study/${w.moduleId}`),
  at("/practice", SIGNED_IN),
  // With ?q=: without it the owner is redirected to the first unanswered question (继续).
  at("/practice/[attemptId]", OWNER_ONLY, (w) => `/practice/${w.practiceAttemptId}?q=0`),
  at("/review", SIGNED_IN),
  at("/mistakes", SIGNED_IN),
  at("/favorites", SIGNED_IN),
  at("/me", SIGNED_IN),
  at("/assignments", SIGNED_IN),
  at("/assignments/[assignmentId]", OWNER_ONLY, (w) => `/assignments/${w.assignmentId}`),
  at("/exam/[attemptId]", OWNER_ONLY, (w) => `/exam/${w.examAttemptId}`),
  at("/me/settings", SIGNED_IN),
  at("/me/points", SIGNED_IN),
  at("/history", SIGNED_IN),
  at("/history/[attemptId]", OWNER_ONLY, (w) => `/history/${w.examAttemptId}`),
  at("/progress", SIGNED_IN),
  at("/learners/[learnerId]", { ...OWNING_STAFF, learner: "ok" }, (w) => `/learners/${w.learnerId}`),
  at("/classes", STAFF),
  at("/classes/[classId]", OWNING_STAFF, (w) => `/classes/${w.classId}`),
  post("/classes/[classId]/roster", OWNING_STAFF, (w) => `/classes/${w.classId}/roster`),
  at("/classes/roster-template", STAFF),
  at("/bank", STAFF),
  at("/bank/new", STAFF),
  at("/bank/upload", STAFF),
  at("/bank/import", STAFF),
  post("/bank/import/file", STAFF),
  at("/bank/import/template", STAFF),
  at("/bank/export", STAFF, () => "/bank/export?format=csv"),
  at("/bank/[questionId]", STAFF, (w) => `/bank/${w.questionId}`),
  at("/bank/[questionId]/edit", STAFF, (w) => `/bank/${w.questionId}/edit`),
  at("/bank/uploads/[documentId]", OWNING_STAFF, (w) => `/bank/uploads/${w.documentId}`),
  post("/api/uploads", STAFF),
  // Answered by the app's HTTP edge (lib/http/server.ts) before Next.js, and by its route handler; whose attempt it is, is the service's check (integration tests).
  post(PRACTICE_ANSWER_PATH, SIGNED_IN),
  at("/quizzes", STAFF),
  at("/quizzes/new", STAFF),
  at("/quizzes/[quizId]", OWNING_STAFF, (w) => `/quizzes/${w.quizId}`),
  at("/quizzes/[quizId]/preview", OWNING_STAFF, (w) => `/quizzes/${w.quizId}/preview`),
  at("/quizzes/[quizId]/assign", OWNING_STAFF, (w) => `/quizzes/${w.quizId}/assign`),
  at("/quizzes/[quizId]/paper", OWNING_STAFF, (w) => `/quizzes/${w.quizId}/paper?format=docx&variant=A`),
  at("/quizzes/assignments/[assignmentId]", OWNING_STAFF, (w) => `/quizzes/assignments/${w.assignmentId}`),
  at("/quizzes/assignments/[assignmentId]/results", OWNING_STAFF, (w) => `/quizzes/assignments/${w.assignmentId}/results`),
  at("/quizzes/assignments/[assignmentId]/results/[userId]", OWNING_STAFF, (w) => `/quizzes/assignments/${w.assignmentId}/results/${w.learnerId}`),
  at("/quizzes/assignments/[assignmentId]/results/export", OWNING_STAFF, (w) => `/quizzes/assignments/${w.assignmentId}/results/export?format=csv`),
  at("/admin/users", ADMIN_ONLY),
  at("/admin/users/new", ADMIN_ONLY),
  at("/admin/users/[userId]", ADMIN_ONLY, (w) => `/admin/users/${w.learnerId}`),
  at("/admin/audit", ADMIN_ONLY),
  at("/admin/settings", ADMIN_ONLY),
  at("/admin/reports", ADMIN_ONLY),
  at("/admin/reports/classes/[classId]", OWNING_STAFF, (w) => `/admin/reports/classes/${w.classId}`),
  at("/admin/reports/modules/[moduleId]", STAFF, (w) => `/admin/reports/modules/${w.moduleId}`),
  at("/admin/reports/export", ADMIN_ONLY, () => "/admin/reports/export?format=csv"),
];

/** Routes outside the matrix, with the reason. */
const EXEMPT_ROUTES = new Map([["/api/auth/[...nextauth]", "next-auth's own sign-in endpoints, public by design"]]);

type ActionAccess = "public" | "signedIn" | "staff" | "admin";
const ACTION_EXPECTATIONS: Record<ActionAccess, Expectations> = {
  public: PUBLIC,
  signedIn: SIGNED_IN,
  staff: STAFF,
  admin: ADMIN_ONLY,
};

/** Who may call each server action (file#export). Object-level checks are in the service tests. */
const ACTIONS: Record<string, ActionAccess> = {
  "app/register/actions.ts#registerAction": "public",
  "app/change-password/actions.ts#changePasswordAction": "signedIn",
  "app/(app)/me/actions.ts#joinClassAction": "signedIn",
  "app/(app)/me/actions.ts#signOutEverywhereAction": "signedIn",
  "app/(app)/me/actions.ts#saveDisplayPreferencesAction": "signedIn",
  "app/(app)/me/settings/actions.ts#saveSettingsAction": "signedIn",
  "app/(app)/me/settings/actions.ts#optimizeParametersAction": "signedIn",
  "app/(app)/practice/actions.ts#startPracticeAction": "signedIn",
  "app/(app)/practice/actions.ts#startReviewAction": "signedIn",
  "app/(app)/practice/actions.ts#startMistakesAction": "signedIn",
  "app/(app)/practice/actions.ts#removeMistakeAction": "signedIn",
  "app/(app)/practice/actions.ts#rateAnswerAction": "signedIn",
  "app/(app)/practice/actions.ts#setFavoriteAction": "signedIn",
  "app/(app)/practice/actions.ts#startDailyQuizAction": "signedIn",
  "app/(app)/practice/actions.ts#startChallengeAction": "signedIn",
  "app/(app)/practice/actions.ts#startFavoritesAction": "signedIn",
  "app/(app)/practice/actions.ts#startUnseenFirstAction": "signedIn",
  "app/(app)/practice/actions.ts#redoWrongAction": "signedIn",
  "app/(app)/practice/actions.ts#advanceMemorizingAction": "signedIn",
  "app/(app)/study/[moduleId]/actions.ts#markSectionAction": "signedIn",
  "app/(app)/study/[moduleId]/actions.ts#recordReadingTimeAction": "signedIn",
  "app/(app)/classes/actions.ts#createClassAction": "staff",
  "app/(app)/classes/[classId]/actions.ts#renameClassAction": "staff",
  "app/(app)/classes/[classId]/actions.ts#regenerateInviteCodeAction": "staff",
  "app/(app)/classes/[classId]/actions.ts#addInstructorAction": "staff",
  "app/(app)/classes/[classId]/actions.ts#removeMemberAction": "staff",
  "app/(app)/bank/actions.ts#updateQuestionAction": "staff",
  "app/(app)/bank/actions.ts#createQuestionAction": "staff",
  "app/(app)/bank/actions.ts#changeQuestionStatusAction": "staff",
  "app/(app)/bank/actions.ts#bulkChangeQuestionStatusAction": "staff",
  "app/(app)/bank/uploads/[documentId]/actions.ts#publishUploadAction": "staff",
  "app/(app)/bank/uploads/[documentId]/actions.ts#discardUploadAction": "staff",
  "app/(app)/bank/uploads/[documentId]/actions.ts#nameUploadAction": "staff",
  "app/(app)/assignments/actions.ts#startExamAction": "signedIn",
  "app/(app)/assignments/actions.ts#saveExamAnswerAction": "signedIn",
  "app/(app)/assignments/actions.ts#submitExamAction": "signedIn",
  "app/(app)/quizzes/assignments/[assignmentId]/results/actions.ts#updateDifficultyAction": "staff",
  "app/(app)/quizzes/assignments/[assignmentId]/results/actions.ts#markShortAnswerAction": "staff",
  "app/(app)/quizzes/actions.ts#createQuizAction": "staff",
  "app/(app)/quizzes/actions.ts#deleteQuizAction": "staff",
  "app/(app)/quizzes/actions.ts#updateQuizSettingsAction": "staff",
  "app/(app)/quizzes/actions.ts#saveQuizRulesAction": "staff",
  "app/(app)/quizzes/actions.ts#addQuizItemsAction": "staff",
  "app/(app)/quizzes/actions.ts#updateQuizItemsAction": "staff",
  "app/(app)/quizzes/actions.ts#createAssignmentAction": "staff",
  "app/(app)/quizzes/actions.ts#updateAssignmentWindowAction": "staff",
  "app/(app)/admin/users/actions.ts#createAccountAction": "admin",
  "app/(app)/admin/users/actions.ts#setActiveAction": "admin",
  "app/(app)/admin/users/actions.ts#changeRoleAction": "admin",
  "app/(app)/admin/users/actions.ts#resetPasswordAction": "admin",
  "app/(app)/admin/settings/actions.ts#saveOrganisationSettingsAction": "admin",
};

/** Values for the dynamic segments of a page a server action is posted to. */
function segmentValue(name: string, world: AuthzWorld): string {
  const values: Record<string, string> = {
    moduleId: world.moduleId,
    attemptId: world.practiceAttemptId,
    learnerId: world.learnerId,
    classId: world.classId,
    questionId: world.questionId,
    documentId: world.documentId,
    userId: world.learnerId,
    quizId: world.quizId,
    assignmentId: world.assignmentId,
  };
  const value = values[name];
  if (!value) throw new Error(`the matrix has no value for the route segment [${name}]: add one to segmentValue`);
  return value;
}

describe.skipIf(servedWorlds.length === 0)("the authorization matrix covers every route", () => {
  test("every page and route handler in app/, and every path the app's server answers itself, has a row (or a stated exemption)", () => {
    const found = [...routesInAppFolder(), ...APP_SERVER_ROUTES];
    const listed = new Set([...ROUTES.map((row) => row.route), ...EXEMPT_ROUTES.keys()]);
    expect(found.filter((route) => !listed.has(route)), "routes without a row in ROUTES").toEqual([]);
    expect([...listed].filter((route) => !found.includes(route)), "rows for routes that no longer exist").toEqual([]);
  });

  test("every server action of the build has an access rule", () => {
    const inBuild = serverActions().map((action) => action.key);
    expect(inBuild.filter((key) => !(key in ACTIONS)), "server actions without a rule in ACTIONS").toEqual([]);
    expect(Object.keys(ACTIONS).filter((key) => !inBuild.includes(key)), "rules for actions that no longer exist").toEqual([]);
  });
});

for (const served of servedWorlds) {
  describe(`the authorization matrix on ${served.kind}`, () => {
    const cookies = {} as Record<Visitor, string>;

    beforeAll(async () => {
      cookies.anonymous = "";
      cookies.learner = await sessionCookie(served, MATRIX_LEARNER.email, MATRIX_LEARNER.password);
      cookies.instructor = await sessionCookie(served, MATRIX_INSTRUCTOR.email, MATRIX_INSTRUCTOR.password);
      cookies.otherInstructor = await sessionCookie(served, "instructor@dangke.local", "instructor123");
      cookies.admin = await sessionCookie(served, "admin@dangke.local", "admin1234");
    });

    test.each(ROUTES.flatMap((row) => VISITORS.filter((visitor) => row.expect[visitor] !== "any").map((visitor) => ({ row, visitor }))))(
      "$row.method $row.route as $visitor",
      async ({ row, visitor }) => {
        const response = await fetch(served.baseURL + row.path(served.world), {
          method: row.method,
          redirect: "manual",
          headers: { cookie: cookies[visitor] },
        });
        await response.body?.cancel();
        expect(pageOutcome(response, row.expect[visitor]), `${row.method} ${row.path(served.world)} answered ${response.status}`).toBe(row.expect[visitor]);
      },
    );

    test("every server action refuses whom it must and serves whom it may", async () => {
      const failures: string[] = [];
      for (const action of serverActions()) {
        const expectations = ACTION_EXPECTATIONS[ACTIONS[action.key] ?? "public"];
        const url = served.baseURL + action.page.replace(/\[([^\]]+)\]/g, (_, name: string) => segmentValue(name, served.world));
        for (const visitor of VISITORS) {
          const expected = expectations[visitor];
          if (expected === "any" || expected === "ok") continue; // allowed calls are exercised by the feature tests
          const response = await fetch(url, {
            method: "POST",
            redirect: "manual",
            headers: { cookie: cookies[visitor], "Next-Action": action.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
            body: "[]",
          });
          await response.body?.cancel();
          const outcome = actionOutcome(response);
          if (outcome !== expected) failures.push(`${action.key} as ${visitor}: expected ${expected}, got ${outcome} (${response.status})`);
        }
      }
      expect(failures).toEqual([]);
    });
  });
}

function pageOutcome(response: Response, expected: Outcome): Outcome | string {
  const location = response.headers.get("location") ?? "";
  if ((response.status === 307 || response.status === 303 || response.status === 302) && location.startsWith("/login")) return "login";
  if (response.status === 401) return "login";
  if (response.status === 403 || response.status === 404) return "deny";
  if (response.status === 200) return "ok";
  // A route handler that lets the caller in answers bad (empty) input with 400 or 413.
  if ((response.status === 400 || response.status === 413) && expected === "ok") return "ok";
  return `status ${response.status}`;
}

function actionOutcome(response: Response): Outcome | string {
  if ((response.headers.get("x-action-redirect") ?? "").startsWith("/login")) return "login";
  if (response.status === 403 || response.status === 404) return "deny";
  return `served (${response.status})`;
}

/** A next-auth session cookie for the account, got the way the login form gets it. */
async function sessionCookie(served: ServedWorld, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${served.baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  const response = await fetch(`${served.baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  await response.body?.cancel();
  const session = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  if (!session.some((cookie) => cookie.includes("session-token"))) throw new Error(`signing in as ${email} failed (${response.status})`);
  return [...jar, ...session].join("; ");
}

/** Route patterns of every page.tsx and route.ts under app/, route groups removed. */
function routesInAppFolder(): string[] {
  const appDir = path.resolve("app");
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/^(page|route)\.tsx?$/.test(entry.name)) {
        const segments = path.relative(appDir, dir).split(path.sep).filter((segment) => segment && !/^\(.*\)$/.test(segment));
        routes.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(appDir);
  return routes.sort();
}

interface BuiltAction {
  id: string;
  key: string;
  /** A page the action is bound to, as a route pattern. */
  page: string;
}

/** The server actions of the current build, from Next's server-reference manifest. */
function serverActions(): BuiltAction[] {
  const manifest = JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const pages = Object.keys(entry.workers)
      .filter((worker) => worker.endsWith("/page"))
      .map((worker) => `/${worker.replace(/^app\//, "").replace(/\/?page$/, "").split("/").filter((segment) => !/^\(.*\)$/.test(segment)).join("/")}`);
    // Prefer a page without dynamic segments, then the shortest.
    pages.sort((a, b) => Number(a.includes("[")) - Number(b.includes("[")) || a.length - b.length);
    return { id, key: `${entry.filename}#${entry.exportedName}`, page: pages[0] ?? "/" };
  });
}
