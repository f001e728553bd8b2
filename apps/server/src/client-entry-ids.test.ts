/**
 * Writes re-sent after their answer was lost (a timeout, offline and back, a reload while sending) carry the id the
 * client chose for the action (decision 0610): sent twice, one after the other or both in flight at once, they are
 * stored once and both answers show the stored one; the same id with other content is refused with 409.
 */
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScene, MOVEMENT_SCREEN, type Scene } from "./testing/scene.js";

let scene: Scene;
beforeAll(async () => {
  scene = await createScene();
});
afterAll(async () => {
  await scene.close();
});

const otherScreen = {
  ...MOVEMENT_SCREEN,
  keypoints: [{ timeMs: 0, keypoints: { leftHip: { x: 311, y: 402, score: 0.9 } } }],
};

describe("a movement screen sent again under its id", () => {
  const screens = () => scene.as.person.expectOk("listMovementScreens", { query: {} });

  it("is stored once when Dana's phone sends it twice, one after the other", async () => {
    const before = (await screens()).length;
    const body = { ...MOVEMENT_SCREEN, id: "screen-sequential" };
    const first = await scene.as.person.call("saveMovementScreen", { body });
    const second = await scene.as.person.call("saveMovementScreen", { body });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body).toEqual(first.body);
    expect(first.body).toMatchObject({ screenId: "screen-sequential" });
    expect(await screens()).toHaveLength(before + 1);
  });

  it("is stored once when both sends are in flight at the same time", async () => {
    const before = (await screens()).length;
    const body = { ...MOVEMENT_SCREEN, id: "screen-concurrent" };
    const answers = await Promise.all([
      scene.as.person.call("saveMovementScreen", { body }),
      scene.as.person.call("saveMovementScreen", { body }),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([201, 201]);
    expect(answers[1].body).toEqual(answers[0].body);
    expect(await screens()).toHaveLength(before + 1);
  });

  it("is refused with 409, naming the id, when other keypoints come under the same id", async () => {
    const body = { ...MOVEMENT_SCREEN, id: "screen-reused" };
    await scene.as.person.expectOk("saveMovementScreen", { body });
    const before = await screens();
    const answer = await scene.as.person.call("saveMovementScreen", {
      body: { ...otherScreen, id: body.id },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: { kind: "conflict", field: "id" } });
    expect(await screens()).toEqual(before);
    const stored = await scene.as.person.expectOk("getMovementScreen", { params: { screenId: body.id } });
    expect(stored.keypoints).toEqual(MOVEMENT_SCREEN.keypoints);
  });

  it("under an id another person already used is refused, and neither screen is shown to the other", async () => {
    await scene.as.otherPerson.expectOk("saveMovementScreen", {
      body: { ...MOVEMENT_SCREEN, id: "screen-marco" },
    });
    const answer = await scene.as.person.call("saveMovementScreen", {
      body: { ...MOVEMENT_SCREEN, id: "screen-marco" },
    });
    expect(answer.status).toBe(409);
    expect(JSON.stringify(answer.body)).not.toContain("leftHip");
  });

  it("without an id is a new screen each time, as before", async () => {
    const before = (await screens()).length;
    await scene.as.person.expectOk("saveMovementScreen", { body: MOVEMENT_SCREEN });
    await scene.as.person.expectOk("saveMovementScreen", { body: MOVEMENT_SCREEN });
    expect(await screens()).toHaveLength(before + 2);
  });
});

describe("a coach note sent again under its id", () => {
  const params = () => ({ clientId: scene.ids.person });
  const notes = () => scene.as.coach.expectOk("listCoachNotes", { params: params() });

  it("is stored once, sent twice in a row or twice at once, and both answers are the stored note", async () => {
    const before = (await notes()).length;
    const body = { body: "Hip hitch better on the left; keep the band.", id: "note-1" };
    const first = await scene.as.coach.call("addCoachNote", { params: params(), body });
    const again = await scene.as.coach.call("addCoachNote", { params: params(), body });
    const together = await Promise.all([
      scene.as.coach.call("addCoachNote", { params: params(), body: { ...body, id: "note-2" } }),
      scene.as.coach.call("addCoachNote", { params: params(), body: { ...body, id: "note-2" } }),
    ]);
    expect([first, again, ...together].map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(again.body).toEqual(first.body);
    expect(together[1].body).toEqual(together[0].body);
    expect(await notes()).toHaveLength(before + 2);
  });

  it("is refused with 409 when another text comes under the same id, and the first text stays", async () => {
    const body = { body: "Step-downs: 3 × 8 each side.", id: "note-reused" };
    await scene.as.coach.expectOk("addCoachNote", { params: params(), body });
    const answer = await scene.as.coach.call("addCoachNote", {
      params: params(),
      body: { body: "Step-downs: 3 × 10 each side.", id: body.id },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: { kind: "conflict", field: "id" } });
    expect((await notes()).filter((note) => note.id === body.id).map((note) => note.body)).toEqual([
      body.body,
    ]);
  });
});

describe("an invitation sent again under its id", () => {
  const invitations = () => scene.as.coach.expectOk("listInvitations", {});

  it("makes one code, sent twice in a row or at once, and every answer gives that code", async () => {
    const before = (await invitations()).length;
    const first = await scene.as.coach.call("createInvitation", { body: { id: "invite-1", validDays: 7 } });
    const again = await scene.as.coach.call("createInvitation", { body: { id: "invite-1", validDays: 7 } });
    const together = await Promise.all([
      scene.as.coach.call("createInvitation", { body: { id: "invite-2" } }),
      scene.as.coach.call("createInvitation", { body: { id: "invite-2" } }),
    ]);
    expect([first, again, ...together].map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(again.body).toEqual(first.body);
    expect(together[1].body).toEqual(together[0].body);
    expect(await invitations()).toHaveLength(before + 2);
  });

  it("is refused with 409 when another lifetime comes under the same id", async () => {
    await scene.as.coach.expectOk("createInvitation", { body: { id: "invite-reused", validDays: 7 } });
    const before = await invitations();
    const answer = await scene.as.coach.call("createInvitation", {
      body: { id: "invite-reused", validDays: 30 },
    });
    expect(answer.status).toBe(409);
    expect(answer.body).toMatchObject({ error: { kind: "conflict", field: "id" } });
    expect(await invitations()).toEqual(before);
  });

  it("from another coach under a used id is refused and does not reveal the first coach's code", async () => {
    const maya = await scene.as.coach.expectOk("createInvitation", { body: { id: "invite-maya" } });
    const answer = await scene.as.otherCoach.call("createInvitation", { body: { id: "invite-maya" } });
    expect(answer.status).toBe(409);
    expect(JSON.stringify(answer.body)).not.toContain(maya.code);
  });
});

describe("a group sent again under its id", () => {
  const groups = () => scene.as.coach.expectOk("listGroups", {});

  it("is made once, sent twice in a row or at once; another name under that id is refused with 409", async () => {
    const before = (await groups()).length;
    const body = { name: "Tuesday runners", id: "group-1" };
    const first = await scene.as.coach.call("createGroup", { body });
    const again = await scene.as.coach.call("createGroup", { body });
    const together = await Promise.all([
      scene.as.coach.call("createGroup", { body: { ...body, id: "group-2" } }),
      scene.as.coach.call("createGroup", { body: { ...body, id: "group-2" } }),
    ]);
    expect([first, again, ...together].map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(again.body).toEqual(first.body);
    expect(together[1].body).toEqual(together[0].body);
    expect(await groups()).toHaveLength(before + 2);
    const renamed = await scene.as.coach.call("createGroup", {
      body: { name: "Thursday runners", id: "group-1" },
    });
    expect(renamed.status).toBe(409);
    expect(await groups()).toHaveLength(before + 2);
  });
});

describe("a check-in sent again under its id", () => {
  const checkIns = () => scene.as.otherPerson.expectOk("listCheckIns", { query: {} });

  it("is stored once, sent twice in a row or at once; other answers under that id are refused with 409", async () => {
    const before = (await checkIns()).length;
    const answers = { ...personas.cyclistItb, availableDays: [...personas.cyclistItb.availableDays] };
    const body = { answers, id: "check-in-1" };
    const first = await scene.as.otherPerson.call("submitCheckIn", { body });
    const again = await scene.as.otherPerson.call("submitCheckIn", { body });
    const together = await Promise.all([
      scene.as.otherPerson.call("submitCheckIn", { body: { ...body, id: "check-in-2" } }),
      scene.as.otherPerson.call("submitCheckIn", { body: { ...body, id: "check-in-2" } }),
    ]);
    expect([first, again, ...together].map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(again.body).toEqual(first.body);
    expect(together[1].body).toEqual(together[0].body);
    expect(await checkIns()).toHaveLength(before + 2);
    const changed = { ...answers, equipment: [] };
    const refused = await scene.as.otherPerson.call("submitCheckIn", {
      body: { answers: changed, id: "check-in-1" },
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { kind: "conflict", field: "id" } });
    expect(await checkIns()).toHaveLength(before + 2);
  });
});

describe("a program sent again under its id", () => {
  const programs = () => scene.as.otherPerson.expectOk("listPrograms", { query: {} });

  it("is made once, sent twice in a row or at once; another start date under that id is refused", async () => {
    const before = (await programs()).length;
    const body = { startDate: "2026-11-23", id: "program-1" };
    const first = await scene.as.otherPerson.call("createProgram", { body });
    const again = await scene.as.otherPerson.call("createProgram", { body });
    const together = await Promise.all([
      scene.as.otherPerson.call("createProgram", { body: { ...body, id: "program-2" } }),
      scene.as.otherPerson.call("createProgram", { body: { ...body, id: "program-2" } }),
    ]);
    expect([first, again, ...together].map((answer) => answer.status)).toEqual([201, 201, 201, 201]);
    expect(again.body).toEqual(first.body);
    expect(together[1].body).toEqual(together[0].body);
    expect(await programs()).toHaveLength(before + 2);
    const moved = await scene.as.otherPerson.call("createProgram", {
      body: { startDate: "2026-11-30", id: "program-1" },
    });
    expect(moved.status).toBe(409);
    expect(moved.body).toMatchObject({ error: { kind: "conflict", field: "id" } });
    expect(await programs()).toHaveLength(before + 2);
  });
});
