/**
 * Thousands of random bodies at every route that takes one: whatever arrives, the answer is never a 500, every
 * failure has the error body of the contract, and a refused request leaves the database exactly as it was (but
 * for the password routes' attempt counts, which `dumpDatabase` leaves out: counting refusals is their point).
 */
import { ErrorBodySchema, ROUTE_NAMES, routes } from "@hipcheck/contracts";
import type { RouteName } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dumpDatabase } from "./testing/database-dump.js";
import { createScene, GPX_RUN_BODY, MOVEMENT_SCREEN, PASSWORD, sessionLogFor } from "./testing/scene.js";
import type { Scene, SceneRole } from "./testing/scene.js";
import { TODAY } from "./testing/test-app.js";
import { startSmtpSink } from "./testing/smtp-sink.js";
import type { SmtpSink } from "./testing/smtp-sink.js";
import { createSmtpAccountMailer } from "./mail/smtp-account-mailer.js";
import type { SmtpAccountMailer } from "./mail/smtp-account-mailer.js";

const RUNS_PER_ROUTE = 100;

const PHONE = {
  endpoint: "https://push.example/dana-phone",
  keys: {
    p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    auth: "tBHItJI5svbpez7KI4CCXg",
  },
  reminderTime: "18:30",
  timeZone: "Europe/Paris",
  language: "fr" as const,
};

let scene: Scene;
let fhirBundle: unknown;
let subscriptionId: string;
let sink: SmtpSink;
let mailer: SmtpAccountMailer;
beforeAll(async () => {
  // Mail set up, so the mail routes reach their use-cases rather than answering that no mail is sent.
  sink = await startSmtpSink();
  mailer = createSmtpAccountMailer(
    { smtpUrl: sink.url, from: "hipcheck@clinic.example", publicUrl: "https://hipcheck.clinic.example" },
    () => undefined,
  );
  scene = await createScene({}, { filename: ":memory:" }, { mailer });
  fhirBundle = JSON.parse(String((await scene.as.person.call("exportFhir", { query: {} })).body));
  subscriptionId = (await scene.as.person.expectOk("subscribePush", { body: PHONE })).subscriptionId;
});
afterAll(async () => {
  await scene.close();
  await mailer.close();
  await sink.close();
});

/** A valid body for each write route, so that random changes to it reach past the first check. */
function validBodies(): Partial<Record<RouteName, unknown>> {
  const log = sessionLogFor(scene.ids.programId, scene.ids.exerciseId, "log-random");
  return {
    signUp: { email: "someone@example.org", password: PASSWORD },
    signIn: { email: "dana@example.org", password: "not the password" },
    changePassword: { currentPassword: "not the password", newPassword: "a brand new passphrase" },
    deleteAccount: { password: "not the password" },
    createCoachAccount: { email: "coach@example.org", password: PASSWORD },
    createAdminAccount: { email: "admin-2@example.org", password: PASSWORD },
    completeTwoStepSignIn: { challenge: "no-such-second-step", code: "123456" },
    confirmTwoStepEnrolment: { code: "123456" },
    regenerateRecoveryCodes: { password: "not the password" },
    disableTwoStep: { code: "000000" },
    updateProfile: { language: "en", sports: ["running"], equipment: ["mat"], availableDays: ["mon"] },
    submitCheckIn: { answers: personas.runnerPfp },
    createProgram: { startDate: TODAY },
    editProgram: {
      edit: { type: "ladder-step", exerciseId: scene.ids.exerciseId, direction: "up" },
      reason: "why",
    },
    logSession: log,
    recordMorningCheckIn: { date: TODAY, pain: 2, settled: true },
    recordPain: { date: TODAY, painNow: 3, painUsual: 4, painWorst: 6 },
    recordPsfs: { date: TODAY, items: [{ activity: "Stairs", score: 5 }] },
    recordStrengthCheck: {
      check: {
        test: "hip-abduction-dynamometer",
        date: TODAY,
        firstSide: "left",
        left: { forceN: 180 },
        right: { forceN: 150 },
        leverArmM: 0.45,
        bodyMassKg: 62,
        device: "MicroFET2",
        placement: "side-lying, above the lateral knee",
      },
    },
    saveMovementScreen: MOVEMENT_SCREEN,
    acceptInvitation: { code: "HIP-0000-0000" },
    addCoachNote: { body: "note" },
    createGroup: { name: "group" },
    setGroupTemplate: { answers: personas.yogaTeacherNoPain, startDate: TODAY },
    importData: { format: "hipcheck-export", version: 1, exportedAt: `${TODAY}T07:00:00.000Z` },
    importFhir: fhirBundle,
    createShareLink: { days: 7, id: "share-link-random" },
    createInvitation: { validDays: 7 },
    assignGroupTemplate: { replace: [] },
    subscribePush: PHONE,
    updatePushReminder: { reminderTime: "07:15", timeZone: "America/Toronto", language: "en" },
    importActivities: GPX_RUN_BODY,
    setDisplayName: { displayName: "Dana R." },
    resetPassword: { token: "not-a-reset-token", newPassword: "a brand new passphrase" },
    requestPasswordReset: { email: "dana@example.org" },
    emailInvitation: { email: "ola@example.org", language: "fr", validDays: 7, id: "invite-mail-random" },
    inviteAccount: { email: "noor@example.org", language: "en" },
  };
}

/** Replaces one value somewhere inside a valid body with anything at all. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(value)) {
      value.forEach((inner, index) => {
        walk(inner, [...path, index]);
      });
    } else if (value !== null && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, key]);
    }
  };
  walk(valid, []);
  return fc.tuple(fc.constantFrom(...paths), fc.jsonValue()).map(([path, replacement]) => {
    if (path.length === 0) return replacement;
    const copy = structuredClone(valid) as Record<string | number, unknown>;
    let cursor = copy;
    for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string | number, unknown>;
    cursor[path.at(-1) as string | number] = replacement;
    return copy;
  });
}

const COACH_ROUTES: ReadonlySet<RouteName> = new Set([
  "addCoachNote",
  "createGroup",
  "setGroupTemplate",
  "createInvitation",
  "emailInvitation",
  "assignGroupTemplate",
]);
const ADMIN_ROUTES: ReadonlySet<RouteName> = new Set([
  "createCoachAccount",
  "createAdminAccount",
  "inviteAccount",
]);
const roleFor = (name: RouteName): SceneRole =>
  ADMIN_ROUTES.has(name) ? "admin" : COACH_ROUTES.has(name) ? "coach" : "person";

function paramsFor(name: RouteName): Record<string, string> | undefined {
  const path = routes[name].path;
  if (!path.includes(":")) return undefined;
  return {
    programId: scene.ids.programId,
    clientId: scene.ids.person,
    groupId: scene.ids.groupId,
    subscriptionId,
  };
}

const bodyRoutes = ROUTE_NAMES.filter((name) => "body" in routes[name] && name !== "signUp");

describe("random bodies at every write route", () => {
  it.each(bodyRoutes)("%s", async (name) => {
    const valid = validBodies()[name];
    expect(valid, `give ${name} a valid body above`).toBeDefined();
    const role = roleFor(name);
    const bodies = fc.oneof(mutated(valid), fc.jsonValue(), fc.object());
    const params = paramsFor(name);
    let before = await dumpDatabase(scene.t.storage);
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const answer = await scene.as[role].call(name, { ...(params ? { params } : {}), body } as never);
        expect(answer.status).toBeLessThan(500);
        const after = await dumpDatabase(scene.t.storage);
        if (answer.status >= 400) {
          expect(ErrorBodySchema.safeParse(answer.body).success).toBe(true);
          expect(after).toEqual(before);
        }
        before = after;
      }),
      { numRuns: RUNS_PER_ROUTE },
    );
  });

  it("signUp, from a visitor", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutated(validBodies().signUp), fc.jsonValue()), async (body) => {
        const answer = await scene.as.anonymous.call("signUp", { body } as never);
        expect(answer.status).toBeLessThan(500);
        if (answer.status >= 400) expect(ErrorBodySchema.safeParse(answer.body).success).toBe(true);
      }),
      { numRuns: RUNS_PER_ROUTE },
    );
  });

  it("raw bytes that are not JSON", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "binary", maxLength: 200 }),
        fc.constantFrom(...bodyRoutes),
        async (text, name) => {
          const route = routes[name];
          const answer = await scene.t.app.inject({
            method: route.method,
            url: route.path.replace(/:(\w+)/g, "x"),
            headers: { "content-type": "application/json", "x-hipcheck-csrf": "1" },
            payload: text,
          });
          expect(answer.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: 400 },
    );
  });
});
