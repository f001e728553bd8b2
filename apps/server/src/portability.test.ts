/**
 * A person's data belongs to them: it leaves as one JSON file, goes into another HipCheck whole, and an account
 * can be deleted with everything in it.
 */
import { EXPORT_PAGE_ROWS } from "@hipcheck/application";
import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import { toCsvPainEntries } from "@hipcheck/interop";
import { afterEach, describe, expect, it } from "vitest";
import { createScene, EMAILS, PASSWORD } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { createTestApp, TestClient } from "./testing/test-app.js";
import type { TestApp } from "./testing/test-app.js";

let scene: Scene;
let elsewhere: TestApp | undefined;
afterEach(async () => {
  await scene.close();
  await elsewhere?.close();
  elsewhere = undefined;
});

describe("export and import", () => {
  it("Dana takes all her data to another HipCheck", async () => {
    scene = await createScene();
    const exported = await scene.as.person.call("exportData", {});
    expect(exported.status).toBe(200);
    expect(exported.body).toMatchObject({ format: "hipcheck-export", version: 1 });

    elsewhere = await createTestApp();
    const there = new TestClient(elsewhere.app);
    await there.expectOk("signUp", { body: { email: "dana@other.example", password: PASSWORD } });
    await there.expectOk("signIn", { body: { email: "dana@other.example", password: PASSWORD } });
    const imported = await there.call("importData", { body: exported.body as never });
    expect(imported).toMatchObject({
      status: 200,
      body: {
        counts: {
          checkIns: 1,
          programs: 1,
          sessionLogs: 1,
          painEntries: 1,
          psfsEntries: 1,
          movementScreens: 1,
        },
      },
    });
    const logsHere = await scene.as.person.expectOk("listSessionLogs", { query: {} });
    expect(await there.expectOk("listSessionLogs", { query: {} })).toEqual(logsHere);
    expect(await there.expectOk("getCurrentProgram", { query: {} })).toMatchObject({
      program: { weeks: expect.any(Number) },
    });
  });

  it("importing the same file twice does not duplicate session logs", async () => {
    scene = await createScene();
    const exported = await scene.as.person.expectOk("exportData", {});
    const again = await scene.as.person.call("importData", { body: exported });
    expect(again).toMatchObject({ status: 200, body: { counts: { sessionLogs: 0 } } });
    expect(await scene.as.person.expectOk("listSessionLogs", { query: {} })).toHaveLength(1);
  });

  it("an export longer than a page is written page by page with the bytes of the whole document", async () => {
    scene = await createScene();
    const { repositories } = scene.t.storage;
    const painCount = EXPORT_PAGE_ROWS * 2 + 7;
    await repositories.transaction(async (tx) => {
      for (let n = 0; n < painCount; n += 1) {
        await tx.outcomes.insertPain({
          id: `pain-${String(n)}`,
          accountId: scene.ids.person,
          createdAt: new Date(Date.UTC(2026, 9, 1) + n * 1_000).toISOString(),
          entry: {
            // At most 40 a day (an account keeps 50 a day), the later entries on earlier days.
            date: new Date(Date.UTC(2026, 9, 1) - Math.floor(n / 40) * 86_400_000).toISOString().slice(0, 10),
            painNow: n % 11,
            painUsual: 3,
            painWorst: 5,
          },
        });
      }
    });
    const response = await scene.t.app.inject({
      method: "GET",
      url: "/api/export",
      headers: {
        [CSRF_HEADER]: CSRF_HEADER_VALUE,
        cookie: `${SESSION_COOKIE}=${scene.as.person.cookieValue ?? ""}`,
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    // Exactly what one JSON.stringify of the document writes: same keys in the same order, no spaces.
    const document = response.json<{ painEntries: { id: string }[]; sessionLogs: unknown[] }>();
    expect(response.body).toBe(JSON.stringify(document));
    const stored = await repositories.outcomes.listPain(scene.ids.person);
    expect(document.painEntries).toHaveLength(painCount + 1);
    expect(document.painEntries.map((entry) => entry.id)).toEqual(stored.map((entry) => entry.id));
    expect(Object.keys(document)).toEqual([
      "format",
      "version",
      "exportedAt",
      "profile",
      "checkIns",
      "programs",
      "sessionLogs",
      "morningCheckIns",
      "painEntries",
      "psfsEntries",
      "movementScreens",
      "activities",
      "importedMovementFindings",
      "strengthChecks",
    ]);
    // Her own export imported again adds nothing.
    const again = await scene.as.person.call("importData", { body: document as never });
    expect(again).toMatchObject({ status: 200, body: { counts: { painEntries: 0, sessionLogs: 0 } } });
    // The pain spreadsheet, written a page at a time, is the file of the whole list, header once (decision 0600).
    const csv = await scene.as.person.call("exportPainCsv", { query: { lang: "fr" } });
    expect(csv.status).toBe(200);
    expect(csv.headers["content-disposition"]).toMatch(/^attachment; filename="hipcheck-pain\.csv"/);
    expect(csv.body).toBe(
      toCsvPainEntries(
        stored.map((record) => record.entry),
        "fr",
      ),
    );
    expect(String(csv.body).split("\r\n")).toHaveLength(painCount + 1 + 2);
  });

  it("an export file with a red flag switched off by hand still screens the answers", async () => {
    scene = await createScene();
    const exported = await scene.as.person.expectOk("exportData", {});
    const [original] = exported.checkIns as Record<string, unknown>[];
    const tampered = { ...exported, checkIns: [{ ...original, answers: personas.redFlagPerson }] };
    elsewhere = await createTestApp();
    const there = new TestClient(elsewhere.app);
    await there.expectOk("signUp", { body: { email: "dana@other.example", password: PASSWORD } });
    await there.expectOk("signIn", { body: { email: "dana@other.example", password: PASSWORD } });
    await there.expectOk("importData", { body: tampered });
    const [checkIn] = (await there.expectOk("listCheckIns", { query: {} })) as {
      screen: { selfManagementAllowed: boolean };
    }[];
    expect(checkIn?.screen.selfManagementAllowed).toBe(false);
  });
});

describe("account deletion", () => {
  it("needs the password, then removes the account and everything in it", async () => {
    scene = await createScene();
    const refused = await scene.as.person.call("deleteAccount", { body: { password: "a wrong guess" } });
    expect(refused.status).toBe(403);

    const deleted = await scene.as.person.call("deleteAccount", { body: { password: PASSWORD } });
    expect(deleted.status).toBe(204);
    expect(scene.as.person.signedIn).toBe(false);
    const signIn = await new TestClient(scene.t.app).call("signIn", {
      body: { email: EMAILS.person, password: PASSWORD },
    });
    expect(signIn.status).toBe(401);
    const program = await scene.as.coach.call("getProgram", { params: { programId: scene.ids.programId } });
    expect(program.status).toBe(404);
    expect(await scene.as.coach.expectOk("listClients", {})).toEqual([]);
  });
});
