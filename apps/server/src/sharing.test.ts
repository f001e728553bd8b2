/**
 * Calendar, FHIR record and spreadsheets over HTTP: the right content type, a file to save, and content another
 * program reads. Who may download what is in the authorization matrix.
 */
import { generatedTransactionBundle, portalSearchBundle } from "@hipcheck/interop/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScene } from "./testing/scene.js";
import type { Scene } from "./testing/scene.js";
import { TestClient, TODAY } from "./testing/test-app.js";

let scene: Scene;
beforeAll(async () => {
  scene = await createScene();
});
afterAll(async () => {
  await scene.close();
});

describe("the program calendar", () => {
  it("Dana's calendar has one event per planned session and checkpoint, each with a stable UID", async () => {
    const program = await scene.as.person.expectOk("getProgram", {
      params: { programId: scene.ids.programId },
    });
    const answer = await scene.as.person.call("getProgramCalendar", {
      params: { programId: scene.ids.programId },
      query: {},
    });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(answer.headers["content-disposition"]).toMatch(/^attachment; filename="hipcheck-program\.ics"/);
    const text = String(answer.body);
    const uids = [...text.matchAll(/^UID:(.+)$/gm)].map((match) => match[1]?.trim());
    const sessionUids = program.program.sessions.map(
      (session) => `${scene.ids.programId}.${session.id}@hipcheck`,
    );
    for (const uid of sessionUids) expect(uids).toContain(uid);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(uids.length);
    expect(text).not.toContain("BEGIN:VALARM");
  });

  it("with a reminder time, every event reminds Dana at that time of day; a time off the clock is refused", async () => {
    const params = { programId: scene.ids.programId };
    const answer = await scene.as.person.call("getProgramCalendar", { params, query: { reminder: "07:30" } });
    expect(answer.status).toBe(200);
    const text = String(answer.body);
    expect(text.match(/^BEGIN:VALARM/gm)).toHaveLength(text.match(/^BEGIN:VEVENT/gm)?.length ?? -1);
    expect(text).toMatch(/^TRIGGER:PT7H30M\r?$/m);
    const wrong = await scene.as.person.call("getProgramCalendar", { params, query: { reminder: "25:00" } });
    expect(wrong.status).toBe(400);
  });
});

describe("the FHIR record", () => {
  it("Maya downloads Dana's record as a FHIR R4 collection bundle about Dana", async () => {
    const answer = await scene.as.coach.call("exportFhir", { query: { personId: scene.ids.person } });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/fhir+json; charset=utf-8");
    const bundle = JSON.parse(String(answer.body)) as {
      resourceType: string;
      type: string;
      entry: {
        fullUrl: string;
        request?: { method: string; url: string };
        resource: { resourceType: string; id?: string; identifier?: { system: string; value: string }[] };
      }[];
    };
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "collection" });
    const types = bundle.entry.map((entry) => entry.resource.resourceType);
    expect(types).toEqual(
      expect.arrayContaining(["Patient", "QuestionnaireResponse", "CarePlan", "Observation"]),
    );
    const patient = bundle.entry.find((entry) => entry.resource.resourceType === "Patient");
    expect(patient?.resource.identifier).toEqual([
      { system: "urn:hipcheck:person", value: scene.ids.person },
    ]);
    expect(patient?.fullUrl).toBe(`urn:uuid:${patient?.resource.id}`);
    // Dana's own pain entries carry their stored ids.
    const pain = await scene.as.coach.expectOk("listPain", { query: { personId: scene.ids.person } });
    const painIdentifiers = bundle.entry.flatMap((entry) =>
      entry.resource.identifier?.[0]?.system === "urn:hipcheck:pain-entry"
        ? [entry.resource.identifier[0].value]
        : [],
    );
    expect(painIdentifiers).toEqual(pain.map((view) => view.id));
  });

  it("the same record as a transaction: each entry a conditional update on its HipCheck identifier", async () => {
    const answer = await scene.as.person.call("exportFhir", { query: { bundleType: "transaction" } });
    expect(answer.status).toBe(200);
    const bundle = JSON.parse(String(answer.body)) as {
      type: string;
      entry: { request?: { method: string; url: string }; resource: { id?: string } }[];
    };
    expect(bundle.type).toBe("transaction");
    expect(
      bundle.entry.every((entry) => entry.request?.method === "PUT" && entry.resource.id === undefined),
    ).toBe(true);
    expect(bundle.entry[0]?.request?.url).toBe(
      `Patient?identifier=${encodeURIComponent("urn:hipcheck:person")}|${scene.ids.person}`,
    );
  });

  it("a person who has not done the check-in yet is told to do it first", async () => {
    const newcomer = new TestClient(scene.t.app);
    await newcomer.expectOk("signUp", {
      body: { email: "newcomer@example.org", password: "correct horse battery" },
    });
    await newcomer.expectOk("signIn", {
      body: { email: "newcomer@example.org", password: "correct horse battery" },
    });
    expect(await newcomer.call("exportFhir", { query: {} })).toMatchObject({
      status: 422,
      body: { error: { kind: "unprocessable" } },
    });
  });
});

describe("importing a FHIR record", () => {
  it("Dana's record goes into her account on another HipCheck; the same file twice adds nothing", async () => {
    const bundle = JSON.parse(
      String((await scene.as.person.call("exportFhir", { query: {} })).body),
    ) as object;
    const there = new TestClient(scene.t.app);
    await there.expectOk("signUp", {
      body: { email: "dana@clinic.example", password: "correct horse battery" },
    });
    await there.expectOk("signIn", {
      body: { email: "dana@clinic.example", password: "correct horse battery" },
    });
    const first = await there.expectOk("importFhir", { body: bundle as never });
    expect(first.counts).toEqual({
      checkIns: 1,
      painEntries: 1,
      psfsEntries: 1,
      strengthChecks: 0,
      movementFindings: 0,
    });
    expect(await there.expectOk("listPain", { query: {} })).toMatchObject([
      { entry: { painNow: 3, painUsual: 4, painWorst: 6 } },
    ]);
    const again = await there.expectOk("importFhir", { body: bundle as never });
    expect(again.counts).toEqual({
      checkIns: 0,
      painEntries: 0,
      psfsEntries: 0,
      strengthChecks: 0,
      movementFindings: 0,
    });
  });

  it("a clinic portal's bundle: its pain scores come in as single readings, the rest is listed as skipped", async () => {
    const camille = new TestClient(scene.t.app);
    await camille.expectOk("signUp", {
      body: { email: "camille@example.org", password: "correct horse battery" },
    });
    await camille.expectOk("signIn", {
      body: { email: "camille@example.org", password: "correct horse battery" },
    });
    const first = await camille.expectOk("importFhir", { body: portalSearchBundle() as never });
    expect(first.counts).toEqual({
      checkIns: 0,
      painEntries: 2,
      psfsEntries: 0,
      strengthChecks: 0,
      movementFindings: 0,
    });
    expect(first.skipped.map(({ type, id, reason }) => [type, id, reason])).toEqual([
      ["Observation", "eaO1.pain.3", "not-final"],
      ["Observation", "eaO1.hr.1", "not-read"],
      ["Encounter", "eXlR3", "not-read"],
    ]);
    expect((await camille.expectOk("listPain", { query: {} })).map((view) => view.entry)).toEqual([
      { date: "2026-10-05", painNow: 6, painUsual: 6, painWorst: 6, singleReading: true },
      { date: "2026-10-06", painNow: 4, painUsual: 4, painWorst: 4, singleReading: true },
    ]);
    const again = await camille.expectOk("importFhir", { body: portalSearchBundle() as never });
    expect(again.counts.painEntries).toBe(0);
    // Exported again, a single reading carries no usual or worst pain.
    expect(await camille.call("exportPainCsv", { query: {} })).toMatchObject({ status: 200 });
    const csv = String((await camille.call("exportPainCsv", { query: {} })).body);
    expect(csv).toContain("2026-10-05,6,,");
  });

  it("an impossible score in a generated bundle is reported, and the good reading stored", async () => {
    const lucja = new TestClient(scene.t.app);
    await lucja.expectOk("signUp", {
      body: { email: "lucja@example.org", password: "correct horse battery" },
    });
    await lucja.expectOk("signIn", {
      body: { email: "lucja@example.org", password: "correct horse battery" },
    });
    const answer = await lucja.expectOk("importFhir", { body: generatedTransactionBundle() as never });
    expect(answer.counts.painEntries).toBe(1);
    expect(answer.skipped.find((skipped) => skipped.reason === "invalid")).toMatchObject({
      type: "Observation",
      id: "9c4d6e21-2b8a-4f3c-b7d1-6e0a5f9c3b31",
      detail: "painNow: must be at most 10 (got 12)",
    });
    expect(await lucja.expectOk("listPain", { query: {} })).toHaveLength(1);
  });

  it("Dana's strength checks, hers and her physio's, come back under their ids; a reading in kg of mass does not", async () => {
    const hold = {
      test: "abductor-endurance-hold" as const,
      date: TODAY,
      firstSide: "left" as const,
      left: {
        holdSeconds: 41.5,
        timedBy: "camera" as const,
        stopReason: "leg-dropped" as const,
        quality: "good" as const,
      },
      right: { holdSeconds: 62, timedBy: "stopwatch" as const },
    };
    const clinic = {
      test: "hip-abduction-dynamometer" as const,
      date: TODAY,
      firstSide: "right" as const,
      left: { forceN: 200 },
      right: { forceN: 160 },
      leverArmM: 0.45,
      bodyMassKg: 60,
      device: "MicroFET2",
      placement: "side-lying, above the lateral knee",
    };
    await scene.as.person.expectOk("recordStrengthCheck", { body: { id: "dana-hold-1", check: hold } });
    await scene.as.coach.expectOk("recordStrengthCheck", {
      body: { id: "maya-clinic-1", personId: scene.ids.person, check: clinic },
    });
    const bundle = JSON.parse(String((await scene.as.person.call("exportFhir", { query: {} })).body)) as {
      entry: {
        resource: { component?: { code: { coding?: { code?: string }[] }; valueQuantity?: object }[] };
      }[];
    };
    const there = new TestClient(scene.t.app);
    await there.expectOk("signUp", {
      body: { email: "dana@physio.example", password: "correct horse battery" },
    });
    await there.expectOk("signIn", {
      body: { email: "dana@physio.example", password: "correct horse battery" },
    });
    const first = await there.expectOk("importFhir", { body: bundle as never });
    expect(first.counts.strengthChecks).toBe(2);
    const listed = await there.expectOk("listStrengthChecks", { query: {} });
    expect(listed.checks.map(({ id, check }) => [id, check])).toEqual([
      ["dana-hold-1", hold],
      ["maya-clinic-1", clinic],
    ]);
    const again = await there.expectOk("importFhir", { body: bundle as never });
    expect(again.counts.strengthChecks).toBe(0);

    // The same file with the left push in kilograms of mass: that check is refused by name, the hold still comes.
    const force = bundle.entry
      .flatMap((entry) => entry.resource.component ?? [])
      .find((component) => component.code.coding?.[0]?.code === "hip-abduction-dynamometer.left.force");
    Object.assign(force?.valueQuantity ?? {}, { code: "kg", unit: "kg" });
    const elsewhere = new TestClient(scene.t.app);
    await elsewhere.expectOk("signUp", {
      body: { email: "dana@gym.example", password: "correct horse battery" },
    });
    await elsewhere.expectOk("signIn", {
      body: { email: "dana@gym.example", password: "correct horse battery" },
    });
    const partial = await elsewhere.expectOk("importFhir", { body: bundle as never });
    expect(partial.counts.strengthChecks).toBe(1);
    expect(partial.skipped.find((skipped) => skipped.reason === "invalid")?.detail).toMatch(
      /^Strength check \(hip-abduction-dynamometer, \d{4}-\d{2}-\d{2}\): component hip-abduction-dynamometer\.left\.force is in "kg"/,
    );
    const kept = await elsewhere.expectOk("listStrengthChecks", { query: {} });
    expect(kept.checks.map(({ id }) => id)).toEqual(["dana-hold-1"]);
  });

  it("a bundle with two patients is refused whole and changes nothing", async () => {
    const before = await scene.as.person.expectOk("listPain", { query: {} });
    const answer = await scene.as.person.call("importFhir", {
      body: {
        resourceType: "Bundle",
        type: "collection",
        entry: [{ resource: { resourceType: "Patient" } }, { resource: { resourceType: "Patient" } }],
      },
    });
    expect(answer.status).toBe(400);
    expect(await scene.as.person.expectOk("listPain", { query: {} })).toEqual(before);
  });
});

describe("spreadsheets", () => {
  it("Dana's sessions come as CSV, one row per logged set, to save as a file", async () => {
    const answer = await scene.as.person.call("exportSessionsCsv", { query: { lang: "fr" } });
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(answer.headers["content-disposition"]).toMatch(/^attachment; filename="hipcheck-sessions\.csv"/);
    const lines = String(answer.body)
      .split("\r\n")
      .filter((line) => line !== "");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(scene.ids.exerciseId);
  });

  it("Dana's pain entries come as CSV with her numbers", async () => {
    const answer = await scene.as.coach.call("exportPainCsv", { query: { personId: scene.ids.person } });
    expect(answer.status).toBe(200);
    const lines = String(answer.body)
      .split("\r\n")
      .filter((line) => line !== "");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/2026-11-22,3,4,6/);
  });
});
