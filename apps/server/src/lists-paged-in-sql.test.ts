/**
 * The lists decision 0621 pages in SQL: the admin's account list, a coach's clients and notes, a person's movement
 * screens, programs and morning check-ins. Each is followed over its `Link` headers a few items a page and compared
 * with the whole list in one answer; the scene's fixed clock makes every item of a kind share one instant, so the
 * tiebreak of each order is what keeps the pages apart.
 */
import { PAGE_LIMIT_MAX } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScene, MOVEMENT_SCREEN, PASSWORD } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TestClient, TODAY } from "./testing/test-app.js";

let scene: Scene;

beforeAll(async () => {
  scene = await createScene();
  const { person: dana, coach: maya } = scene.as;
  for (let n = 0; n < 4; n += 1) {
    const email = `client-${n}@example.org`;
    const client = new TestClient(scene.t.app);
    await client.expectOk("signUp", { body: { email, password: PASSWORD } });
    await client.expectOk("signIn", { body: { email, password: PASSWORD } });
    const { code } = await maya.expectOk("createInvitation", { body: {} });
    const link = await client.expectOk("acceptInvitation", { body: { code } });
    // The first of them stops sharing with Maya: no longer her client.
    if (n === 0) await client.expectOk("revokeLink", { params: { linkId: link.linkId } });
  }
  for (let n = 0; n < 5; n += 1) {
    await maya.expectOk("addCoachNote", {
      params: { clientId: scene.ids.person },
      body: { body: `Note ${n}` },
    });
  }
  for (let n = 0; n < 4; n += 1) await dana.expectOk("saveMovementScreen", { body: MOVEMENT_SCREEN });
  for (let n = 0; n < 3; n += 1) {
    await dana.expectOk("submitCheckIn", { body: { answers: personas.runnerPfp } });
    await dana.expectOk("createProgram", { body: { startDate: TODAY } });
  }
  for (let n = 0; n < 3; n += 1) {
    await maya.expectOk("createGroup", { body: { name: `Group ${n}` } });
    await dana.expectOk("createShareLink", { params: { programId: scene.ids.programId }, body: { days: 7 } });
    await dana.expectOk("subscribePush", {
      body: {
        endpoint: `https://push.example/dana-${n}`,
        keys: {
          p256dh: "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
          auth: "tBHItJI5svbpez7KI4CCXg",
        },
        reminderTime: "18:30",
        timeZone: "Europe/Paris",
        language: "fr",
      },
    });
  }
  // Three codes still open, one withdrawn; Dana takes one of Omar's codes and then stops sharing with him.
  for (let n = 0; n < 4; n += 1) {
    const code = await maya.expectOk("createInvitation", { body: {} });
    if (n === 3) await maya.expectOk("revokeLink", { params: { linkId: code.linkId } });
  }
  const omars = await scene.as.otherCoach.expectOk("createInvitation", { body: {} });
  const withOmar = await dana.expectOk("acceptInvitation", { body: { code: omars.code } });
  await dana.expectOk("revokeLink", { params: { linkId: withOmar.linkId } });
  for (const date of ["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21"]) {
    await dana.expectOk("recordMorningCheckIn", { body: { date, pain: 1, settled: true } });
  }
});
afterAll(async () => {
  await scene.close();
});

async function get(client: TestClient, url: string) {
  const answer = await scene.t.app.inject({
    method: "GET",
    url,
    headers: { cookie: `hipcheck_session=${client.cookieValue ?? ""}` },
  });
  return { status: answer.statusCode, body: answer.json<unknown[]>(), link: answer.headers.link };
}

/** The list read whole, then followed `size` at a time over its links; both are returned with the pages' count. */
async function wholeAndPaged(client: TestClient, path: string, size = 2) {
  const join = path.includes("?") ? "&" : "?";
  const whole = await get(client, `${path}${join}limit=${PAGE_LIMIT_MAX}`);
  expect(whole.status).toBe(200);
  expect(whole.link).toBeUndefined();
  const paged: unknown[] = [];
  let pages = 0;
  let next: string | undefined = `${path}${join}limit=${size}`;
  while (next !== undefined) {
    const page = await get(client, next);
    expect(page.status).toBe(200);
    expect(page.body.length).toBeLessThanOrEqual(size);
    paged.push(...page.body);
    pages += 1;
    next = /<([^>]+)>/.exec(String(page.link ?? ""))?.[1];
    // The key of the page's last item (decision 0621), not a position in a list read whole.
    if (next !== undefined) expect(new URL(next, "http://x").searchParams.get("cursor")).toMatch(/^k/);
  }
  return { whole: whole.body, paged, pages };
}

describe("lists paged in SQL (decision 0621)", () => {
  it("the admin's account list, by email, with and without a role", async () => {
    const all = await wholeAndPaged(scene.as.admin, "/api/admin/accounts");
    // Ada, Maya, Omar, Dana, Marco and the four who accepted Maya's codes.
    expect(all.whole).toHaveLength(9);
    expect(all.paged).toEqual(all.whole);
    expect(all.pages).toBe(Math.ceil(all.whole.length / 2));
    const emails = all.whole.map((account) => (account as { email: string }).email);
    expect(emails).toEqual([...emails].sort());
    const people = await wholeAndPaged(scene.as.admin, "/api/admin/accounts?role=person");
    expect(people.paged).toEqual(people.whole);
    expect(people.whole.every((account) => (account as { role: string }).role === "person")).toBe(true);
  });

  it("a coach's clients, each summarized, the ones she no longer coaches left out", async () => {
    const clients = await wholeAndPaged(scene.as.coach, "/api/coach/clients");
    expect(clients.whole).toHaveLength(4);
    expect(clients.paged).toEqual(clients.whole);
    expect(clients.pages).toBe(2);
    expect(await wholeAndPaged(scene.as.otherCoach, "/api/coach/clients")).toMatchObject({
      whole: [],
      paged: [],
    });
  });

  it("a coach's notes on one client, in the order written", async () => {
    const notes = await wholeAndPaged(scene.as.coach, `/api/coach/clients/${scene.ids.person}/notes`);
    expect(notes.whole.map((note) => (note as { body: string }).body)).toEqual(
      [0, 1, 2, 3, 4].map((n) => `Note ${n}`),
    );
    expect(notes.paged).toEqual(notes.whole);
  });

  it("a person's movement screens, programs and morning check-ins, as she and her coach read them", async () => {
    for (const [path, count] of [
      ["/api/movement-screens", 5],
      ["/api/programs", 4],
      ["/api/morning-check-ins", 6],
    ] as const) {
      const own = await wholeAndPaged(scene.as.person, path);
      expect(own.whole).toHaveLength(count);
      expect(own.paged).toEqual(own.whole);
      const coached = await wholeAndPaged(scene.as.coach, `${path}?personId=${scene.ids.person}`);
      expect(coached.paged).toEqual(own.whole);
    }
    const mornings = await wholeAndPaged(scene.as.person, "/api/morning-check-ins");
    const dates = mornings.paged.map((morning) => (morning as { date: string }).date);
    expect(dates).toEqual(["2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", TODAY]);
  });

  it("a coach's groups, a program's share links and a person's reminder devices", async () => {
    for (const [client, path, count] of [
      [scene.as.coach, "/api/groups", 4],
      [scene.as.person, `/api/programs/${scene.ids.programId}/share-links`, 3],
      [scene.as.person, "/api/push/subscriptions", 3],
    ] as const) {
      const listed = await wholeAndPaged(client, path);
      expect(listed.whole).toHaveLength(count);
      expect(listed.paged).toEqual(listed.whole);
      expect(listed.pages).toBe(2);
    }
  });

  it("a coach's open invitation codes, and a person's coaches, the ones she stopped sharing with included", async () => {
    const codes = await wholeAndPaged(scene.as.coach, "/api/coach/invitations");
    expect(codes.whole).toHaveLength(3);
    expect(codes.paged).toEqual(codes.whole);
    expect(codes.pages).toBe(2);
    const coaches = await wholeAndPaged(scene.as.person, "/api/coach-links", 1);
    expect(coaches.whole).toHaveLength(2);
    expect(coaches.paged).toEqual(coaches.whole);
    expect(coaches.pages).toBe(2);
  });

  it("refuses a cursor it did not write, and answers 403 to a person asking for the admin's list", async () => {
    expect((await get(scene.as.coach, "/api/coach/clients?cursor=kbm90LWEta2V5")).status).toBe(400);
    expect((await get(scene.as.person, "/api/admin/accounts")).status).toBe(403);
  });
});
