/**
 * Marco's program answers what he logs, without anyone asking: a session with knee pain above the acceptable line
 * or a bad next morning revises it on the server, whichever shell sent it (the web, its offline outbox, the API
 * or an import), once. A retried or replayed upload stores nothing more and changes nothing more.
 */
import type { RouteOutput } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import type { Dose, Program } from "@hipcheck/core";
import { afterEach, describe, expect, it } from "vitest";
import { createScene, firstPlanned, PASSWORD, sessionLogFor } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TestClient, TODAY } from "./testing/test-app.js";

const YESTERDAY = "2026-11-21";

let scene: Scene;
afterEach(async () => {
  await scene.close();
});

/** Marco's log of his first planned session, his knee at `painDuring`/10 during the first exercise. */
async function marcosSession(id: string, painDuring: number, date = TODAY) {
  const view = await scene.as.otherPerson.expectOk("getProgram", {
    params: { programId: scene.ids.otherProgramId },
  });
  const { sessionId, exerciseId } = firstPlanned(view.program);
  const log = sessionLogFor(scene.ids.otherProgramId, exerciseId, id, sessionId);
  const [entry] = log.entries;
  if (entry === undefined) throw new Error("the log has no entry");
  return { ...log, date, entries: [{ ...entry, painDuring }] };
}

function marcosProgram(): Promise<RouteOutput<"getProgram">> {
  return scene.as.otherPerson.expectOk("getProgram", { params: { programId: scene.ids.otherProgramId } });
}

describe("the program revises itself when something new is logged", () => {
  it("a session with pain above the line changes the program at once, and says why in both languages", async () => {
    scene = await createScene();
    const before = await marcosProgram();
    const log = await marcosSession("marco-phone-log-1", 7);
    const answer = await scene.as.otherPerson.expectOk("logSession", { body: log });
    expect(answer.created).toBe(true);
    expect(answer.revision).toMatchObject({ changedBy: "rules", revision: before.program.revision + 1 });
    expect(answer.revision?.reason.en).toContain("7/10");
    expect(answer.revision?.reason.fr).toContain("7/10");
    const after = await marcosProgram();
    expect(after.program.revision).toBe(before.program.revision + 1);
    expect(after.history.at(-1)).toEqual({ revision: answer.revision, changedByAccountId: null });
  });

  it("the same log sent again (a lost answer, an offline replay) is stored once and revises once", async () => {
    scene = await createScene();
    const log = await marcosSession("marco-phone-log-2", 8);
    const first = await scene.as.otherPerson.expectOk("logSession", { body: log });
    const replay = await scene.as.otherPerson.expectOk("logSession", { body: log });
    expect(first.revision).not.toBeNull();
    expect(replay).toEqual({ log: first.log, created: false, revision: null });
    const program = await marcosProgram();
    expect(program.history.filter((step) => step.revision.changedBy === "rules")).toHaveLength(1);
    const logs = await scene.as.otherPerson.expectOk("listSessionLogs", { query: {} });
    expect(logs.map((stored) => stored.id)).toEqual(["marco-phone-log-2"]);
  });

  it("a double click sending one log twice at the same moment stores one log and one revision", async () => {
    scene = await createScene();
    const log = await marcosSession("marco-double-click", 7);
    const answers = await Promise.all([
      scene.as.otherPerson.call("logSession", { body: log }),
      scene.as.otherPerson.call("logSession", { body: log }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => (answer.body as { created: boolean }).created).sort()).toEqual([
      false,
      true,
    ]);
    const program = await marcosProgram();
    expect(program.history.filter((step) => step.revision.changedBy === "rules")).toHaveLength(1);
    expect(await scene.as.otherPerson.expectOk("listSessionLogs", { query: {} })).toHaveLength(1);
  });

  it("a comfortable session changes nothing and says so", async () => {
    scene = await createScene();
    const before = await marcosProgram();
    const answer = await scene.as.otherPerson.expectOk("logSession", {
      body: await marcosSession("marco-easy", 2),
    });
    expect(answer).toMatchObject({ created: true, revision: null });
    expect((await marcosProgram()).program.revision).toBe(before.program.revision);
  });

  it("a morning still sore after yesterday's session revises the program, once however often it is sent", async () => {
    scene = await createScene();
    await scene.as.otherPerson.expectOk("logSession", {
      body: await marcosSession("marco-yesterday", 3, YESTERDAY),
    });
    const before = await marcosProgram();
    const morning = { date: TODAY, pain: 5, settled: false };
    const first = await scene.as.otherPerson.expectOk("recordMorningCheckIn", { body: morning });
    expect(first).toMatchObject({ checkIn: morning, created: true, revision: { changedBy: "rules" } });
    expect(first.revision?.reason.en).toMatch(/morning/i);
    const replay = await scene.as.otherPerson.expectOk("recordMorningCheckIn", { body: { ...morning } });
    expect(replay).toEqual({ checkIn: morning, created: false, revision: null });
    const after = await marcosProgram();
    expect(after.program.revision).toBe(before.program.revision + 1);
    expect(await scene.as.otherPerson.expectOk("listMorningCheckIns", { query: {} })).toEqual([morning]);
  });

  it("a person stopped by a red flag keeps their log, and the rules leave the program alone", async () => {
    scene = await createScene();
    const answers = personas.cyclistItb;
    const flagged = { ...answers, redFlags: { ...answers.redFlags, hotSwollenKneeWithFever: true } };
    await scene.as.otherPerson.expectOk("submitCheckIn", { body: { answers: flagged } });
    const before = await marcosProgram();
    const answer = await scene.as.otherPerson.expectOk("logSession", {
      body: await marcosSession("marco-flagged", 8),
    });
    expect(answer).toMatchObject({ created: true, revision: null });
    expect((await marcosProgram()).program.revision).toBe(before.program.revision);
  });

  it("sessions that arrive in an import are read by the rules like logged ones, and a re-import adds nothing", async () => {
    scene = await createScene();
    const exported = await scene.as.otherPerson.expectOk("exportData", {});
    const painful = await marcosSession("marco-from-file", 7);
    const document = { ...exported, sessionLogs: [{ createdAt: `${TODAY}T07:00:00.000Z`, log: painful }] };
    await new TestClient(scene.t.app).expectOk("signUp", {
      body: { email: "marco.new@example.org", password: PASSWORD },
    });
    const newAccount = new TestClient(scene.t.app);
    await newAccount.expectOk("signIn", { body: { email: "marco.new@example.org", password: PASSWORD } });
    await newAccount.expectOk("importData", { body: document });
    const current = await newAccount.expectOk("getCurrentProgram", { query: {} });
    if (current === null) throw new Error("the import brought no program");
    const imported = await newAccount.expectOk("getProgram", { params: { programId: current.programId } });
    const byRules = imported.history.filter((step) => step.revision.changedBy === "rules");
    expect(byRules).toHaveLength(1);
    expect(byRules[0]?.revision.reason.en).toContain("7/10");
    await newAccount.expectOk("importData", { body: document });
    const again = await newAccount.expectOk("getProgram", { params: { programId: current.programId } });
    expect(again.program.revision).toBe(imported.program.revision);
  });
});

/** The first planned exercise's dose with one set fewer (at least one). */
function lighter(program: Program): Dose {
  const { dose } = firstPlanned(program);
  const planned = dose as Dose;
  return { ...planned, sets: Math.max(1, planned.sets - 1) };
}

describe("a coach's edit sent twice", () => {
  it("is applied once when it names the revision it was made on; another edit on a stale view is a conflict", async () => {
    scene = await createScene();
    const programId = scene.ids.programId;
    const seen = await scene.as.coach.expectOk("getProgram", { params: { programId } });
    const body = {
      edit: { type: "change-dose" as const, exerciseId: scene.ids.exerciseId, dose: lighter(seen.program) },
      reason: {
        en: "Your knee needs a lighter week.",
        fr: "Votre genou a besoin d’une semaine plus légère.",
      },
      basedOnRevision: seen.program.revision,
    };
    const [first, second] = await Promise.all([
      scene.as.coach.call("editProgram", { params: { programId }, body }),
      scene.as.coach.call("editProgram", { params: { programId }, body }),
    ]);
    const statuses = [first.status, second.status];
    const after = await scene.as.coach.expectOk("getProgram", { params: { programId } });
    const byCoach = after.history.filter((step) => step.revision.changedBy === "coach");
    expect(byCoach).toHaveLength(1);
    expect(after.program.revision).toBe(seen.program.revision + 1);
    // Sent again later (the answer was lost): the same edit, answered as made.
    const again = await scene.as.coach.expectOk("editProgram", { params: { programId }, body });
    expect(again.revision).toEqual(byCoach[0]?.revision);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    const stale = await scene.as.coach.call("editProgram", {
      params: { programId },
      body: { ...body, reason: "Something else." },
    });
    expect(stale).toMatchObject({
      status: 409,
      body: { error: { kind: "conflict", field: "basedOnRevision" } },
    });
  });
});
