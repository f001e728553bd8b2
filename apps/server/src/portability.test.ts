/**
 * A person's data belongs to them: it leaves as one JSON file, goes into another HipCheck whole, and an account
 * can be deleted with everything in it.
 */
import { accountActor, EXPORT_PAGE_ROWS } from "@hipcheck/application";
import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from "@hipcheck/contracts";
import { personas } from "@hipcheck/core/testing";
import {
  collectMovementFindings,
  exportFhirBundleFromSources,
  toCsvMovementFindings,
  toCsvPainEntries,
} from "@hipcheck/interop";
import { analyzeMovement } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { afterEach, describe, expect, it } from "vitest";
import { createScene, EMAILS, PASSWORD, recordStrengthCheckAndScreen } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { createTestApp, TestClient, TODAY } from "./testing/test-app.js";
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

/** Entries written straight into Dana's tables, more than one export page of each (at most 40 a day). */
async function storeLongHistory(painCount: number, psfsCount: number) {
  const dayOf = (n: number) =>
    new Date(Date.UTC(2026, 9, 1) - Math.floor(n / 40) * 86_400_000).toISOString().slice(0, 10);
  const createdAt = (n: number) => new Date(Date.UTC(2026, 9, 1) + n * 1_000).toISOString();
  await scene.t.storage.repositories.transaction(async (tx) => {
    for (let n = 0; n < painCount; n += 1) {
      await tx.outcomes.insertPain({
        id: `pain-${String(n)}`,
        accountId: scene.ids.person,
        createdAt: createdAt(n),
        entry: { date: dayOf(n), painNow: n % 11, painUsual: 3, painWorst: 5 },
      });
    }
    for (let n = 0; n < psfsCount; n += 1) {
      await tx.outcomes.insertPsfs({
        id: `psfs-${String(n)}`,
        accountId: scene.ids.person,
        createdAt: createdAt(n),
        entry: { date: dayOf(n), items: [{ activity: "Going down stairs", score: n % 11 }] },
      });
    }
  });
}

describe("the FHIR record written a page at a time (decision 0625)", () => {
  it("Dana's long record is byte for byte the bundle built whole, in both forms", async () => {
    scene = await createScene();
    const painCount = EXPORT_PAGE_ROWS * 2 + 7;
    const psfsCount = EXPORT_PAGE_ROWS + 3;
    await storeLongHistory(painCount, psfsCount);
    // Strength checks, hers and her physio's, and a screen whose findings are scored.
    await recordStrengthCheckAndScreen(scene.as.person);
    await scene.as.coach.expectOk("recordStrengthCheck", {
      body: {
        personId: scene.ids.person,
        check: {
          test: "hip-abduction-dynamometer",
          date: TODAY,
          firstSide: "right",
          left: { forceN: 200 },
          right: { forceN: 160 },
          leverArmM: 0.45,
          bodyMassKg: 60,
          device: "MicroFET2",
          placement: "side-lying, above the lateral knee",
        },
      },
    });

    const dana = accountActor(scene.ids.person, "person");
    const pages = await scene.t.hipcheck.getClinicalSourcePages(dana, {});
    if (!pages.ok) throw new Error(pages.error.message);
    const painPageSizes: number[] = [];
    for await (const page of pages.value.painPages()) painPageSizes.push(page.length);
    // Her one pain entry from the scene, then the stored ones: one keyset query a page.
    expect(painPageSizes).toEqual([EXPORT_PAGE_ROWS, EXPORT_PAGE_ROWS, 8]);

    const source = await scene.t.hipcheck.getClinicalSource(dana, {});
    if (!source.ok) throw new Error(source.error.message);
    for (const bundleType of ["collection", "transaction"] as const) {
      const answer = await scene.as.coach.call("exportFhir", {
        query: { personId: scene.ids.person, bundleType },
      });
      expect(answer.status).toBe(200);
      expect(answer.headers["content-type"]).toBe("application/fhir+json; charset=utf-8");
      expect(answer.headers["content-disposition"]).toMatch(
        /^attachment; filename="hipcheck-record\.fhir\.json"/,
      );
      const whole = exportFhirBundleFromSources(source.value, { type: bundleType });
      if (!whole.ok) throw new Error(whole.error.message);
      expect(whole.value.entry.length).toBeGreaterThan(painCount + psfsCount);
      expect(answer.body).toBe(JSON.stringify(whole.value, null, 2));
    }
    // Someone who may not read her record still gets a JSON refusal, not a file.
    expect(
      await scene.as.otherPerson.call("exportFhir", { query: { personId: scene.ids.person } }),
    ).toMatchObject({ status: 404, body: { error: { kind: "not-found" } } });
  });
});

describe("the movement spreadsheet written a page at a time (decision 0625)", () => {
  it("is, for Dana's many scored screens, byte for byte the file of all her findings", async () => {
    scene = await createScene();
    const keypoints = syntheticDips(5, (depth) => ({
      fppaDeg: { left: 0, right: 12 * depth },
      pelvicDropDeg: 4 * depth,
      dropSide: "left",
    }));
    const report = analyzeMovement(keypoints, { test: "single-leg-squat", side: "right", sex: "female" });
    // Enough screens for more than two pages of rows, written straight into her table.
    const screens = Math.ceil((EXPORT_PAGE_ROWS * 2 + 1) / report.findings.length);
    await scene.t.storage.repositories.transaction(async (tx) => {
      for (let n = 0; n < screens; n += 1) {
        await tx.movementScreens.insert({
          id: `screen-${String(n)}`,
          accountId: scene.ids.person,
          recordedAt: new Date(Date.UTC(2026, 10, 20, 9) - (n % 31) * 86_400_000).toISOString(),
          report,
          keypoints,
        });
      }
    });
    const dana = accountActor(scene.ids.person, "person");
    const source = await scene.t.hipcheck.getMovementFindingsSource(dana, {});
    if (!source.ok) throw new Error(source.error.message);
    const findings = collectMovementFindings(source.value, "fr");
    if (!findings.ok) throw new Error(findings.error.message);
    expect(findings.value.length).toBeGreaterThan(EXPORT_PAGE_ROWS * 2);
    const answer = await scene.as.person.call("exportMovementCsv", { query: { lang: "fr" } });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(answer.headers["content-disposition"]).toMatch(/^attachment; filename="hipcheck-movement\.csv"/);
    expect(answer.body).toBe(toCsvMovementFindings(findings.value, "fr"));
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
