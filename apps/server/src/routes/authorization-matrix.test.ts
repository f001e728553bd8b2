/**
 * Every route × every role gets exactly the access it should. The table below is checked against the route
 * table: a new route without its row fails here. Every request aims at Dana's data (her ids, her program, her
 * coach link), so a row also shows that nobody else reaches it by knowing or guessing an id.
 *
 * Status legend: 401 no sign-in, 403 the role may never do this, 404 not yours (answered as if it did not exist).
 */
import { ErrorBodySchema, ROUTE_NAMES, routes } from "@hipcheck/contracts";
import type { RouteInput, RouteName } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createScene,
  firstPlanned,
  GPX_RUN_BODY,
  MOVEMENT_SCREEN,
  PASSWORD,
  ROLES,
  sessionLogFor,
} from "../testing/scene.js";
import type { Scene, SceneIds, SceneRole } from "../testing/scene.js";
import { TODAY } from "../testing/test-app.js";

type ExtendedIds = SceneIds & {
  readonly freshCode: string;
  readonly dose: unknown;
  readonly shareLinkId: string;
  readonly shareToken: string;
  readonly fhirBundle: unknown;
  readonly pushSubscriptionId: string;
};
type Expected = Readonly<Record<SceneRole, number>>;
type Row<N extends RouteName> = {
  readonly input: (ids: ExtendedIds) => RouteInput<N>;
  readonly expect: Expected;
};

/** anonymous, person (Dana), otherPerson (Marco), coach (Maya, Dana's), otherCoach (Omar), admin (Ada) */
const row = (...statuses: [number, number, number, number, number, number]): Expected =>
  Object.fromEntries(ROLES.map((role, index) => [role, statuses[index]])) as Expected;

const everyone = (status: number) => row(status, status, status, status, status, status);
const ownData = (status: number) => row(401, status, status, status, status, status);
const danaAndHerCoach = (status: number) => row(401, status, 404, status, 404, 404);
const danaOnly = (status: number) => row(401, status, 404, 404, 404, 404);
const coachesOnly = (status: number) => row(401, 403, 403, status, status, 403);
const danasCoachOnly = (status: number) => row(401, 403, 403, status, 404, 403);
const adminOnly = (status: number) => row(401, 403, 403, 403, 403, status);

const danaQuery = (ids: SceneIds) => ({ query: { personId: ids.person } });
let unique = 0;
const newEmail = () => `new-${++unique}@example.org`;
const pushSubscriptionBody = () => ({
  endpoint: `https://push.example/${newEmail()}`,
  keys: {
    p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    auth: "tBHItJI5svbpez7KI4CCXg",
  },
  reminderTime: "18:30",
  timeZone: "Europe/Paris",
  language: "fr" as const,
});
const EMPTY_EXPORT = {
  format: "hipcheck-export" as const,
  version: 1,
  exportedAt: `${TODAY}T07:00:00.000Z`,
  profile: null,
  checkIns: [],
  programs: [],
  sessionLogs: [],
  morningCheckIns: [],
  painEntries: [],
  psfsEntries: [],
  movementScreens: [],
};

const MATRIX: { readonly [N in RouteName]: Row<N> } = {
  health: { input: () => ({}), expect: everyone(200) },
  liveness: { input: () => ({}), expect: everyone(200) },
  signUp: {
    input: () => ({ body: { email: newEmail(), password: PASSWORD } }),
    expect: row(201, 403, 403, 403, 403, 403),
  },
  getSignUpPolicy: { input: () => ({}), expect: everyone(200) },
  // Only the link's token opens it, whoever is signed in; an unknown token is refused alike for all.
  resetPassword: {
    input: () => ({ body: { token: "no-such-reset-token", newPassword: "a brand new passphrase" } }),
    expect: everyone(404),
  },
  // This server sends no mail (decision 0420): who may ask is checked first, then the missing mail set-up answers
  // 503 (account-mail.test.ts sends through a real SMTP sink).
  getMailStatus: { input: () => ({}), expect: everyone(200) },
  requestPasswordReset: { input: () => ({ body: { email: "dana@example.org" } }), expect: everyone(503) },
  emailInvitation: {
    input: () => ({ body: { email: newEmail(), language: "fr" } }),
    expect: coachesOnly(503),
  },
  inviteAccount: { input: () => ({ body: { email: newEmail(), language: "en" } }), expect: adminOnly(503) },
  signIn: {
    input: () => ({ body: { email: "dana@example.org", password: PASSWORD } }),
    expect: everyone(200),
  },
  // Only a second step's token opens it, whoever is signed in; an unknown one is refused alike for all.
  completeTwoStepSignIn: {
    input: () => ({ body: { challenge: "no-such-second-step", code: "123456" } }),
    expect: everyone(401),
  },
  // Each account's own two-step; the admin's is on already (the scene enrols it), so admins cannot restart it.
  getTwoStep: { input: () => ({}), expect: ownData(200) },
  startTwoStepEnrolment: { input: () => ({}), expect: row(401, 200, 200, 200, 200, 409) },
  confirmTwoStepEnrolment: {
    input: () => ({ body: { code: "000000" } }),
    expect: row(401, 409, 409, 409, 409, 409),
  },
  // Two-step is not on for these accounts (409), and admins keep it on (403).
  regenerateRecoveryCodes: {
    input: () => ({ body: { password: PASSWORD } }),
    expect: row(401, 409, 409, 409, 409, 200),
  },
  disableTwoStep: {
    input: () => ({ body: { password: PASSWORD } }),
    expect: row(401, 409, 409, 409, 409, 403),
  },
  signOut: { input: () => ({}), expect: ownData(204) },
  signOutEverywhere: { input: () => ({}), expect: ownData(200) },
  changePassword: {
    input: () => ({ body: { currentPassword: PASSWORD, newPassword: "a brand new passphrase" } }),
    expect: ownData(204),
  },
  getAccount: { input: () => ({}), expect: ownData(200) },
  // Each account names itself; nobody sets another's name.
  setDisplayName: { input: () => ({ body: { displayName: "Dana R." } }), expect: ownData(200) },
  deleteAccount: { input: () => ({ body: { password: PASSWORD } }), expect: ownData(204) },
  createCoachAccount: {
    input: () => ({ body: { email: newEmail(), password: PASSWORD } }),
    expect: row(401, 403, 403, 403, 403, 201),
  },
  createAdminAccount: {
    input: () => ({ body: { email: newEmail(), password: PASSWORD } }),
    expect: adminOnly(201),
  },
  listAccounts: { input: () => ({ query: {} }), expect: adminOnly(200) },
  // Dana's account, deleted by the clinic's admin; the admin never sees her health data.
  deleteAccountAsAdmin: { input: (ids) => ({ params: { accountId: ids.person } }), expect: adminOnly(204) },
  getProfile: { input: danaQuery, expect: danaAndHerCoach(200) },
  updateProfile: {
    input: () => ({
      body: { language: "fr", sports: ["running"], equipment: ["mat"], availableDays: ["mon", "thu"] },
    }),
    expect: ownData(200),
  },
  submitCheckIn: { input: () => ({ body: { answers: personas.runnerPfp } }), expect: ownData(201) },
  listCheckIns: { input: danaQuery, expect: danaAndHerCoach(200) },
  getLatestAnswers: { input: danaQuery, expect: danaAndHerCoach(200) },
  createProgram: {
    input: (ids) => ({ body: { personId: ids.person, startDate: TODAY } }),
    expect: danaAndHerCoach(201),
  },
  listPrograms: { input: danaQuery, expect: danaAndHerCoach(200) },
  getCurrentProgram: { input: danaQuery, expect: danaAndHerCoach(200) },
  getProgram: { input: (ids) => ({ params: { programId: ids.programId } }), expect: danaAndHerCoach(200) },
  reviseProgram: { input: (ids) => ({ params: { programId: ids.programId } }), expect: danaAndHerCoach(200) },
  editProgram: {
    input: (ids) => ({
      params: { programId: ids.programId },
      body: {
        edit: { type: "change-dose", exerciseId: ids.exerciseId, dose: ids.dose as never },
        reason: "Fewer sets while the knee settles",
      },
    }),
    expect: danaAndHerCoach(200),
  },
  logSession: {
    input: (ids) => ({ body: sessionLogFor(ids.programId, ids.exerciseId, "log-2") }),
    expect: danaOnly(200),
  },
  listSessionLogs: { input: danaQuery, expect: danaAndHerCoach(200) },
  recordMorningCheckIn: {
    input: () => ({ body: { date: TODAY, pain: 1, settled: true } }),
    expect: ownData(200),
  },
  listMorningCheckIns: { input: danaQuery, expect: danaAndHerCoach(200) },
  recordPain: {
    input: () => ({ body: { date: TODAY, painNow: 2, painUsual: 3, painWorst: 5 } }),
    expect: ownData(201),
  },
  listPain: { input: danaQuery, expect: danaAndHerCoach(200) },
  recordPsfs: {
    input: () => ({ body: { date: TODAY, items: [{ activity: "Running 5 km", score: 6 }] } }),
    expect: ownData(201),
  },
  listPsfs: { input: danaQuery, expect: danaAndHerCoach(200) },
  // Her coach may record a clinic reading for Dana, as they may edit her program; nobody else reaches her checks.
  recordStrengthCheck: {
    input: (ids) => ({
      body: {
        personId: ids.person,
        check: {
          test: "side-bridge-hold",
          date: TODAY,
          firstSide: "left",
          left: { holdSeconds: 45, timedBy: "stopwatch", stopReason: "hips-dropped" },
          right: { holdSeconds: 52, timedBy: "stopwatch", stopReason: "hips-dropped" },
        },
      },
    }),
    expect: danaAndHerCoach(201),
  },
  listStrengthChecks: { input: danaQuery, expect: danaAndHerCoach(200) },
  exportStrengthCsv: { input: danaQuery, expect: danaAndHerCoach(200) },
  getProgress: { input: danaQuery, expect: danaAndHerCoach(200) },
  saveMovementScreen: { input: () => ({ body: MOVEMENT_SCREEN }), expect: ownData(201) },
  listMovementScreens: { input: danaQuery, expect: danaAndHerCoach(200) },
  getMovementScreen: {
    input: (ids) => ({ params: { screenId: ids.screenId } }),
    expect: danaAndHerCoach(200),
  },
  // Only Dana deletes her screen; her coach, like anyone else, is told it does not exist.
  deleteMovementScreen: {
    input: (ids) => ({ params: { screenId: ids.screenId } }),
    expect: danaOnly(204),
  },
  createInvitation: { input: () => ({ body: { validDays: 1 } }), expect: coachesOnly(201) },
  listInvitations: { input: () => ({}), expect: coachesOnly(200) },
  // Dana is already Maya's client (409); Maya cannot accept her own code (400); anyone else may become her client.
  acceptInvitation: {
    input: (ids) => ({ body: { code: ids.freshCode } }),
    expect: row(401, 409, 200, 400, 200, 200),
  },
  listCoaches: { input: () => ({}), expect: ownData(200) },
  revokeLink: { input: (ids) => ({ params: { linkId: ids.linkId } }), expect: danaAndHerCoach(200) },
  listClients: { input: () => ({}), expect: coachesOnly(200) },
  addCoachNote: {
    input: (ids) => ({
      params: { clientId: ids.person },
      body: { body: "Check her step-down form next week." },
    }),
    expect: danasCoachOnly(201),
  },
  listCoachNotes: { input: (ids) => ({ params: { clientId: ids.person } }), expect: danasCoachOnly(200) },
  createGroup: { input: () => ({ body: { name: "Thursday yoga" } }), expect: coachesOnly(201) },
  listGroups: { input: () => ({}), expect: coachesOnly(200) },
  addGroupMember: {
    input: (ids) => ({ params: { groupId: ids.groupId, clientId: ids.person } }),
    expect: danasCoachOnly(200),
  },
  removeGroupMember: {
    input: (ids) => ({ params: { groupId: ids.groupId, clientId: ids.person } }),
    expect: danasCoachOnly(200),
  },
  setGroupTemplate: {
    input: (ids) => ({
      params: { groupId: ids.groupId },
      body: { answers: personas.yogaTeacherNoPain, startDate: TODAY },
    }),
    expect: danasCoachOnly(200),
  },
  previewGroupAssignment: {
    input: (ids) => ({ params: { groupId: ids.groupId } }),
    expect: danasCoachOnly(200),
  },
  assignGroupTemplate: {
    input: (ids) => ({ params: { groupId: ids.groupId }, body: { replace: [ids.person] } }),
    expect: danasCoachOnly(200),
  },
  exportData: { input: () => ({}), expect: ownData(200) },
  importData: { input: () => ({ body: EMPTY_EXPORT }), expect: ownData(200) },
  getHandoutPdf: {
    input: (ids) => ({ params: { programId: ids.programId }, query: { lang: "fr" } }),
    expect: danaAndHerCoach(200),
  },
  getProgramCalendar: {
    input: (ids) => ({ params: { programId: ids.programId }, query: {} }),
    expect: danaAndHerCoach(200),
  },
  exportFhir: { input: danaQuery, expect: danaAndHerCoach(200) },
  importFhir: { input: (ids) => ({ body: ids.fhirBundle as never }), expect: ownData(200) },
  exportSessionsCsv: { input: danaQuery, expect: danaAndHerCoach(200) },
  exportPainCsv: { input: danaQuery, expect: danaAndHerCoach(200) },
  exportMovementCsv: { input: danaQuery, expect: danaAndHerCoach(200) },
  createShareLink: {
    input: (ids) => ({ params: { programId: ids.programId }, body: { days: 7 } }),
    expect: danaAndHerCoach(201),
  },
  listShareLinks: {
    input: (ids) => ({ params: { programId: ids.programId } }),
    expect: danaAndHerCoach(200),
  },
  revokeShareLink: {
    input: (ids) => ({ params: { linkId: ids.shareLinkId } }),
    expect: danaAndHerCoach(200),
  },
  // Whoever holds the link reads the plan, signed in or not: that is what the link is for.
  getSharedProgram: { input: (ids) => ({ params: { token: ids.shareToken } }), expect: everyone(200) },
  getSharedHandoutPdf: {
    input: (ids) => ({ params: { token: ids.shareToken }, query: {} }),
    expect: everyone(200),
  },
  importActivities: { input: () => ({ body: GPX_RUN_BODY }), expect: ownData(200) },
  listActivities: { input: danaQuery, expect: danaAndHerCoach(200) },
  getTrainingLoad: { input: danaQuery, expect: danaAndHerCoach(200) },
  getPushPublicKey: { input: () => ({}), expect: everyone(200) },
  subscribePush: { input: () => ({ body: pushSubscriptionBody() }), expect: ownData(201) },
  listPushSubscriptions: { input: () => ({}), expect: ownData(200) },
  // A browser's subscription is its owner's alone: not even her coach changes or removes it.
  updatePushReminder: {
    input: (ids) => ({ params: { subscriptionId: ids.pushSubscriptionId }, body: { reminderTime: "07:00" } }),
    expect: danaOnly(200),
  },
  unsubscribePush: {
    input: (ids) => ({ params: { subscriptionId: ids.pushSubscriptionId } }),
    expect: danaOnly(204),
  },
};

/**
 * Made once per scene: the shared scene of the reads would otherwise pass the caps on open invitation codes,
 * working share links and push devices (decision 0620) long before its last cell.
 */
const extendedIdsOf = new WeakMap<Scene, Promise<ExtendedIds>>();

function extendedIds(scene: Scene): Promise<ExtendedIds> {
  const made = extendedIdsOf.get(scene) ?? makeExtendedIds(scene);
  extendedIdsOf.set(scene, made);
  return made;
}

async function makeExtendedIds(scene: Scene): Promise<ExtendedIds> {
  const invitation = await scene.as.coach.expectOk("createInvitation", { body: {} });
  const program = await scene.as.person.expectOk("getProgram", {
    params: { programId: scene.ids.programId },
  });
  const share = await scene.as.person.expectOk("createShareLink", {
    params: { programId: scene.ids.programId },
    body: {},
  });
  const push = await scene.as.person.expectOk("subscribePush", { body: pushSubscriptionBody() });
  return {
    ...scene.ids,
    pushSubscriptionId: push.subscriptionId,
    freshCode: invitation.code,
    dose: firstPlanned(program.program).dose,
    shareLinkId: share.linkId,
    shareToken: share.token,
    fhirBundle: JSON.parse(String((await scene.as.person.call("exportFhir", { query: {} })).body)),
  };
}

async function answerOf(scene: Scene, name: RouteName, role: SceneRole) {
  const ids = await extendedIds(scene);
  const cell = MATRIX[name] as Row<RouteName>;
  return scene.as[role].call(name, cell.input(ids));
}

function expectContractBody(name: RouteName, status: number, body: unknown): void {
  if (status >= 400) expect(ErrorBodySchema.safeParse(body).success).toBe(true);
  else if (status !== 204) expect(routes[name].response.safeParse(body).success).toBe(true);
}

describe("authorization matrix", () => {
  it("has a row for every route of the table, and no other", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ROUTE_NAMES].sort());
  });

  describe("reads (one shared scene)", () => {
    let scene: Scene;
    beforeAll(async () => {
      scene = await createScene();
    });
    afterAll(async () => {
      await scene.close();
    });
    const reads = ROUTE_NAMES.filter((name) => routes[name].method === "GET");
    it.each(reads.flatMap((name) => ROLES.map((role) => [name, role] as const)))(
      "%s as %s",
      async (name, role) => {
        const answer = await answerOf(scene, name, role);
        expect({ status: answer.status, body: answer.body }).toMatchObject({
          status: MATRIX[name].expect[role],
        });
        expectContractBody(name, answer.status, answer.body);
      },
    );
  });

  describe("writes (a fresh scene for each cell, so no write sees another's effects)", () => {
    const writes = ROUTE_NAMES.filter((name) => routes[name].method !== "GET");
    it.each(writes.flatMap((name) => ROLES.map((role) => [name, role] as const)))(
      "%s as %s",
      async (name, role) => {
        const scene = await createScene();
        try {
          const answer = await answerOf(scene, name, role);
          expect({ status: answer.status, body: answer.body }).toMatchObject({
            status: MATRIX[name].expect[role],
          });
          expectContractBody(name, answer.status, answer.body);
        } finally {
          await scene.close();
        }
      },
    );
  });

  describe("after Dana stops sharing, Maya reaches nothing of hers at once", () => {
    // Every route that served Dana and her coach alike; ending a link Maya made herself is not Dana's data.
    const herData = ROUTE_NAMES.filter((name) => {
      const expected = MATRIX[name].expect;
      return (
        name !== "revokeLink" && expected.coach < 300 && expected.person < 300 && expected.otherCoach === 404
      );
    });
    it.each(herData)("%s", async (name) => {
      const scene = await createScene();
      try {
        const ids = await extendedIds(scene);
        await scene.as.person.expectOk("revokeLink", { params: { linkId: ids.linkId } });
        const cell = MATRIX[name] as Row<RouteName>;
        const answer = await scene.as.coach.call(name, cell.input(ids));
        expect({ name, status: answer.status }).toEqual({ name, status: 404 });
      } finally {
        await scene.close();
      }
    });
  });
});
