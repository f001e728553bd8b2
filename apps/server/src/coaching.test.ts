/**
 * Coaching as Dana and Maya live it: an invitation code joins them, either side can end it, and from then on
 * Maya sees nothing. A red flag stops self-management and says whom to see.
 */
import { personas } from "@hipcheck/core/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createScene, sessionLogFor } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TODAY } from "./testing/test-app.js";

let scene: Scene;
afterEach(async () => {
  await scene.close();
});

describe("coach links", () => {
  it("Dana revokes Maya's access: Maya no longer sees her, by list or by id", async () => {
    scene = await createScene();
    const danaQuery = { query: { personId: scene.ids.person } };
    expect((await scene.as.coach.call("listSessionLogs", danaQuery)).status).toBe(200);

    const revoked = await scene.as.person.call("revokeLink", { params: { linkId: scene.ids.linkId } });
    expect(revoked).toMatchObject({ status: 200, body: { revokedAt: expect.any(String) } });
    expect(await scene.as.coach.expectOk("listClients", {})).toEqual([]);
    expect((await scene.as.coach.call("listSessionLogs", danaQuery)).status).toBe(404);
    expect(
      (await scene.as.coach.call("getProgram", { params: { programId: scene.ids.programId } })).status,
    ).toBe(404);
  });

  it("a used or revoked code cannot be used again", async () => {
    scene = await createScene();
    const invitation = await scene.as.coach.expectOk("createInvitation", { body: {} });
    await scene.as.otherPerson.expectOk("acceptInvitation", { body: { code: invitation.code } });
    const reused = await scene.as.otherCoach.call("acceptInvitation", { body: { code: invitation.code } });
    expect(reused).toMatchObject({ status: 404, body: { error: { field: "code" } } });
  });

  it("Maya lists the invitation still waiting and withdraws it: its code stops working", async () => {
    scene = await createScene();
    expect(await scene.as.coach.expectOk("listInvitations", {})).toEqual([]);
    const invitation = await scene.as.coach.expectOk("createInvitation", { body: {} });
    expect(await scene.as.coach.expectOk("listInvitations", {})).toEqual([invitation]);
    expect(await scene.as.otherCoach.expectOk("listInvitations", {})).toEqual([]);
    const byOmar = await scene.as.otherCoach.call("revokeLink", { params: { linkId: invitation.linkId } });
    expect(byOmar.status).toBe(404);
    await scene.as.coach.expectOk("revokeLink", { params: { linkId: invitation.linkId } });
    expect(await scene.as.coach.expectOk("listInvitations", {})).toEqual([]);
    const late = await scene.as.otherPerson.call("acceptInvitation", { body: { code: invitation.code } });
    expect(late).toMatchObject({ status: 404, body: { error: { field: "code" } } });
  });

  it("someone else's id answers exactly as an id that does not exist", async () => {
    scene = await createScene();
    const guessed = await scene.as.otherPerson.call("getProgram", {
      params: { programId: scene.ids.programId },
    });
    const missing = await scene.as.otherPerson.call("getProgram", {
      params: { programId: "no-such-program" },
    });
    expect(guessed).toMatchObject({ status: 404 });
    expect(guessed.body).toEqual(missing.body);
    const screen = await scene.as.otherCoach.call("getMovementScreen", {
      params: { screenId: scene.ids.screenId },
    });
    const noScreen = await scene.as.otherCoach.call("getMovementScreen", {
      params: { screenId: "no-such-screen" },
    });
    expect(screen.body).toEqual(noScreen.body);
  });
});

describe("Maya's roster", () => {
  it("counts Dana's hip sessions of this program week against those planned, the one saved part way apart", async () => {
    scene = await createScene();
    const { program } = await scene.as.person.expectOk("getProgram", {
      params: { programId: scene.ids.programId },
    });
    const week1 = program.sessions.filter((session) => session.week === 1 && session.kind === "strength");
    const [finished, leftPartWay] = week1;
    if (finished === undefined || leftPartWay === undefined) {
      throw new Error("too few hip sessions in week 1");
    }
    for (const [session, completed] of [
      [finished, true],
      [leftPartWay, false],
    ] as const) {
      const log = sessionLogFor(scene.ids.programId, scene.ids.exerciseId, `log-${session.id}`, session.id);
      await scene.as.person.expectOk("logSession", { body: { ...log, completed } });
    }
    const [dana] = await scene.as.coach.expectOk("listClients", {});
    expect(dana?.programWeek).toEqual({ week: 1, planned: week1.length, done: 1, partlyDone: 1 });
  });
});

describe("red flags", () => {
  it("a check-in with red flags stops program generation with 409 needs-clinician and says whom to see", async () => {
    scene = await createScene();
    await scene.as.otherPerson.expectOk("submitCheckIn", { body: { answers: personas.redFlagPerson } });
    const refused = await scene.as.otherPerson.call("createProgram", { body: { startDate: TODAY } });
    expect(refused).toMatchObject({ status: 409, body: { error: { kind: "needs-clinician" } } });
    const { message, details } = (
      refused.body as { error: { message: string; details: { screen: { advice: object } } } }
    ).error;
    expect(message).toMatch(/doctor|emergency|clinician/i);
    expect(details.screen.advice).toMatchObject({ en: expect.any(String), fr: expect.any(String) });
  });
});
