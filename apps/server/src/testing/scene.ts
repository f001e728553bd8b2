/**
 * The cast every server test shares, set up through the HTTP API itself:
 * - Dana (a person; runner with kneecap pain) has done everything: check-in, program, logs, pain, PSFS, a
 *   morning check-in, a movement screen; she accepted coach Maya's invitation and is in Maya's group.
 * - Marco (another person; cyclist) has his own check-in and program.
 * - Maya (Dana's coach), Omar (another coach, no clients), Ada (the admin who created both coaches).
 * - Anonymous: a visitor who never signed in.
 */
import { ANONYMOUS } from "@hipcheck/application";
import { analyzeMovement } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { personas } from "@hipcheck/core/testing";
import type { Program, SessionLog } from "@hipcheck/core";
import type { RouteOutput } from "@hipcheck/contracts";
import { createTestApp, TestClient, TODAY } from "./test-app.js";
import type { TestApp } from "./test-app.js";
import { enrolTwoStep } from "./two-step.js";

export const ROLES = ["anonymous", "person", "otherPerson", "coach", "otherCoach", "admin"] as const;
export type SceneRole = (typeof ROLES)[number];

export const PASSWORD = "correct horse battery";
export const EMAILS = {
  person: "dana@example.org",
  otherPerson: "marco@example.org",
  coach: "maya@example.org",
  otherCoach: "omar@example.org",
  admin: "ada@example.org",
} as const;

export type SceneIds = {
  readonly person: string;
  readonly otherPerson: string;
  readonly coach: string;
  readonly programId: string;
  readonly otherProgramId: string;
  readonly exerciseId: string;
  readonly plannedSessionId: string;
  readonly screenId: string;
  readonly linkId: string;
  readonly groupId: string;
};

export type Scene = {
  readonly t: TestApp;
  readonly as: Readonly<Record<SceneRole, TestClient>>;
  readonly ids: SceneIds;
  close(): Promise<void>;
};

export function sessionLogFor(
  programId: string,
  exerciseId: string,
  id: string,
  plannedSessionId: string | null = null,
): SessionLog {
  return {
    id,
    programId,
    plannedSessionId,
    date: TODAY,
    kind: "strength",
    entries: [{ exerciseId, sets: [{ side: "both", reps: 12 }], painDuring: 2, rpe: 5 }],
    painBefore: 2,
    painAfter: 3,
    completed: true,
  };
}

export const MOVEMENT_SCREEN = {
  report: { test: "single-leg-squat", status: "not-scorable" as const },
  keypoints: [{ timeMs: 0, keypoints: { leftHip: { x: 310, y: 402, score: 0.9 } } }],
};

/** Dana's 10-minute morning run, as her watch exports it (GPX 1.1 with cadence). */
export const GPX_RUN = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"
     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
  <trk><name>Footing du matin</name><type>running</type><trkseg>
    <trkpt lat="48.8566" lon="2.3522"><time>2026-11-20T06:30:00Z</time>
      <extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>82</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
    <trkpt lat="48.8656" lon="2.3522"><time>2026-11-20T06:35:00Z</time>
      <extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>84</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
    <trkpt lat="48.8746" lon="2.3522"><time>2026-11-20T06:40:00Z</time>
      <extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>86</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>
  </trkseg></trk>
</gpx>`;

export const GPX_RUN_BODY = {
  fileName: "morning-run.gpx",
  contentBase64: Buffer.from(GPX_RUN, "utf8").toString("base64"),
};

async function signedIn(t: TestApp, email: string): Promise<TestClient> {
  const client = new TestClient(t.app);
  await client.expectOk("signIn", { body: { email, password: PASSWORD } });
  return client;
}

async function personWithProgram(t: TestApp, email: string, answers: (typeof personas)["runnerPfp"]) {
  await new TestClient(t.app).expectOk("signUp", { body: { email, password: PASSWORD } });
  const client = await signedIn(t, email);
  await client.expectOk("submitCheckIn", { body: { answers } });
  const program = await client.expectOk("createProgram", { body: { startDate: TODAY } });
  return { client, program };
}

/**
 * An abductor endurance hold (timed by the camera on the left, the stopwatch on the right) and a scored single-leg
 * squat screen, both recorded through the API by `client`: what a record with findings holds.
 */
export async function recordStrengthCheckAndScreen(client: TestClient): Promise<void> {
  await client.expectOk("recordStrengthCheck", {
    body: {
      check: {
        test: "abductor-endurance-hold",
        date: TODAY,
        firstSide: "left",
        left: { holdSeconds: 41.5, timedBy: "camera", stopReason: "leg-dropped", quality: "good" },
        right: { holdSeconds: 62, timedBy: "stopwatch" },
      },
    },
  });
  const keypoints = syntheticDips(5, (depth) => ({
    fppaDeg: { left: 0, right: 12 * depth },
    pelvicDropDeg: 4 * depth,
    dropSide: "left",
  }));
  const report = analyzeMovement(keypoints, { test: "single-leg-squat", side: "right", sex: "female" });
  await client.expectOk("saveMovementScreen", {
    body: { report, keypoints, recordedAt: "2026-11-20T09:00:00.000Z" },
  });
}

/** The first planned session and its first exercise: every generated program has them. */
export function firstPlanned(program: Program): { sessionId: string; exerciseId: string; dose: unknown } {
  const session = program.sessions[0];
  const exercise = session?.exercises[0];
  if (session === undefined || exercise === undefined) throw new Error("the program has no planned session");
  return { sessionId: session.id, exerciseId: exercise.exerciseId, dose: exercise.dose };
}

async function danaRecordsEverything(
  dana: TestClient,
  view: RouteOutput<"createProgram">,
): Promise<{ screenId: string }> {
  const { sessionId, exerciseId } = firstPlanned(view.program);
  await dana.expectOk("logSession", { body: sessionLogFor(view.programId, exerciseId, "log-1", sessionId) });
  await dana.expectOk("recordPain", { body: { date: TODAY, painNow: 3, painUsual: 4, painWorst: 6 } });
  await dana.expectOk("recordPsfs", {
    body: { date: TODAY, items: [{ activity: "Going down stairs", score: 5 }] },
  });
  await dana.expectOk("recordMorningCheckIn", { body: { date: TODAY, pain: 2, settled: true } });
  const screen = await dana.expectOk("saveMovementScreen", { body: MOVEMENT_SCREEN });
  return { screenId: screen.screenId };
}

export async function createScene(...options: Parameters<typeof createTestApp>): Promise<Scene> {
  const t = await createTestApp(...options);
  const bootstrapped = await t.hipcheck.bootstrapAdmin(ANONYMOUS, {
    email: EMAILS.admin,
    password: PASSWORD,
  });
  if (!bootstrapped.ok) throw new Error(bootstrapped.error.message);
  const ada = await signedIn(t, EMAILS.admin);
  // Admins act only with two-step sign-in on (decision 0432).
  await enrolTwoStep(ada);
  const maya = await ada.expectOk("createCoachAccount", {
    body: { email: EMAILS.coach, password: PASSWORD },
  });
  await ada.expectOk("createCoachAccount", { body: { email: EMAILS.otherCoach, password: PASSWORD } });
  const dana = await personWithProgram(t, EMAILS.person, personas.runnerPfp);
  const marco = await personWithProgram(t, EMAILS.otherPerson, personas.cyclistItb);
  const { screenId } = await danaRecordsEverything(dana.client, dana.program);
  const mayaClient = await signedIn(t, EMAILS.coach);
  const invitation = await mayaClient.expectOk("createInvitation", { body: {} });
  const link = await dana.client.expectOk("acceptInvitation", { body: { code: invitation.code } });
  const danaId = dana.program.ownerId;
  const group = await mayaClient.expectOk("createGroup", { body: { name: "Tuesday runners" } });
  await mayaClient.expectOk("addGroupMember", { params: { groupId: group.groupId, clientId: danaId } });
  await mayaClient.expectOk("setGroupTemplate", {
    params: { groupId: group.groupId },
    body: { answers: personas.runnerPfp, startDate: TODAY },
  });
  const first = firstPlanned(dana.program.program);
  return {
    t,
    as: {
      anonymous: new TestClient(t.app),
      person: dana.client,
      otherPerson: marco.client,
      coach: mayaClient,
      otherCoach: await signedIn(t, EMAILS.otherCoach),
      admin: ada,
    },
    ids: {
      person: danaId,
      otherPerson: marco.program.ownerId,
      coach: maya.accountId,
      programId: dana.program.programId,
      otherProgramId: marco.program.programId,
      exerciseId: first.exerciseId,
      plannedSessionId: first.sessionId,
      screenId,
      linkId: link.linkId,
      groupId: group.groupId,
    },
    close: () => t.close(),
  };
}
