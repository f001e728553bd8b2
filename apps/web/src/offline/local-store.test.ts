import "fake-indexeddb/auto";
import type { RouteOutput } from "@hipcheck/contracts";
import { generateProgram } from "@hipcheck/core";
import type { SessionLog } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { analyzeMovement } from "@hipcheck/motion";
import { syntheticDips } from "@hipcheck/motion/testing";
import { describe, expect, it } from "vitest";
import {
  cacheMornings,
  claimLocalStore,
  clearLocalStore,
  keepMovementScreens,
  keepServerRecord,
  keepTrainingLoad,
  loadAnswers,
  loadCheckInDraft,
  loadHistory,
  loadMorningsCachedOn,
  loadMovementScreens,
  loadProgram,
  loadSessionHold,
  loadTrainingLoad,
  openLocalStore,
  recordEntry,
  saveAnswers,
  saveCheckInDraft,
  saveProgram,
  saveSessionHold,
} from "./local-store.js";

let dbCounter = 0;
const freshStore = () => openLocalStore(`local-store-test-${String(dbCounter++)}`);

describe("the device's copy, read back", () => {
  it("returns Chloé's answers and program as saved", async () => {
    const store = await freshStore();
    const made = generateProgram(personas.runnerPfp, { startDate: "2026-03-02", id: "program-chloe" });
    if (!made.ok) throw new Error(made.error.message);
    await saveAnswers(store, personas.runnerPfp);
    await saveProgram(store, { programId: "program-chloe", program: made.value, revisions: [] });
    expect(await loadAnswers(store)).toEqual(personas.runnerPfp);
    expect((await loadProgram(store))?.program).toEqual(made.value);
  });

  it("ignores copies that no longer fit the schemas instead of trusting them", async () => {
    const store = await freshStore();
    await store.put("profile", { ...personas.runnerPfp, version: 0 }, "answers");
    await store.put(
      "profile",
      { programId: "program-old", program: { weeks: "six" }, revisions: [] },
      "program",
    );
    expect(await loadAnswers(store)).toBeUndefined();
    expect(await loadProgram(store)).toBeUndefined();
  });

  it("keeps the check-in draft, sent or not, until the person signs out", async () => {
    const store = await freshStore();
    await saveCheckInDraft(store, { version: 1, draft: { ageYears: 41 } });
    expect(await loadCheckInDraft(store)).toEqual({ version: 1, draft: { ageYears: 41 } });
    await saveCheckInDraft(store, { version: 1, draft: { ageYears: 41 } });
    await clearLocalStore(store);
    expect(await loadCheckInDraft(store)).toBeUndefined();
  });
});

describe("mornings kept for the offline sharp-rise hold (decision 0681)", () => {
  it("keeps Dana's mornings of the last four weeks from the server, and the day they were read", async () => {
    const store = await freshStore();
    expect(await loadMorningsCachedOn(store)).toBeUndefined();
    const server = [
      { date: "2026-02-08", pain: 1, settled: true },
      { date: "2026-02-10", pain: 2, settled: true },
      { date: "2026-03-09", pain: 2, settled: true },
    ];
    await cacheMornings(store, server, "2026-03-10");
    const { checkIns } = await loadHistory(store);
    expect(checkIns.map((checkIn) => checkIn.date).sort()).toEqual(["2026-02-10", "2026-03-09"]);
    expect(await loadMorningsCachedOn(store)).toBe("2026-03-10");
  });

  it("leaves a morning still waiting to be sent as answered on the device", async () => {
    const store = await freshStore();
    const answered = { date: "2026-03-10", pain: 7, settled: false };
    await recordEntry(store, { id: "morning-2026-03-10", kind: "check-in", payload: answered });
    await cacheMornings(store, [{ date: "2026-03-10", pain: 2, settled: true }], "2026-03-10");
    expect((await loadHistory(store)).checkIns).toEqual([answered]);
  });

  it("keeps a session hold until it is forgotten, and ignores one that no longer fits", async () => {
    const store = await freshStore();
    await saveSessionHold(store, { date: "2026-03-10", revision: 2 });
    expect(await loadSessionHold(store)).toEqual({ date: "2026-03-10", revision: 2 });
    await saveSessionHold(store, undefined);
    expect(await loadSessionHold(store)).toBeUndefined();
    await store.put("profile", { date: "yesterday", revision: "two" }, "session-hold");
    expect(await loadSessionHold(store)).toBeUndefined();
  });
});

describe("the server's record kept for a page opened afresh offline (decision 0812)", () => {
  const laptopPain = { date: "2026-03-02", painNow: 4, painUsual: 5, painWorst: 7 };
  const laptopPsfs = { date: "2026-03-02", items: [{ activity: "Going down stairs", score: 3 }] };
  const laptopLog: SessionLog = {
    id: "log-laptop",
    programId: "program-lea",
    plannedSessionId: "w1-s1",
    date: "2026-03-03",
    kind: "strength",
    entries: [],
    completed: true,
  };

  it("keeps Lea's pain, PSFS and sessions entered on her laptop, so her phone draws them offline", async () => {
    const store = await freshStore();
    await keepServerRecord(store, {
      logs: [laptopLog],
      painEntries: [laptopPain],
      psfsEntries: [laptopPsfs],
      strengthChecks: [],
    });
    const kept = await loadHistory(store);
    expect(kept.painEntries).toEqual([laptopPain]);
    expect(kept.psfsEntries).toEqual([laptopPsfs]);
    expect(kept.logs).toEqual([laptopLog]);
  });

  it("leaves a pain entry still waiting to be sent as entered on the phone", async () => {
    const store = await freshStore();
    const onPhone = { ...laptopPain, painNow: 6 };
    await recordEntry(store, { id: "pain-phone", kind: "pain", payload: onPhone });
    await keepServerRecord(store, {
      logs: [],
      painEntries: [laptopPain],
      psfsEntries: [],
      strengthChecks: [],
    });
    expect((await loadHistory(store)).painEntries).toEqual([onPhone]);
  });
});

describe("movement screens and activities kept for a page opened afresh offline (decision 0890)", () => {
  const report = analyzeMovement(
    syntheticDips(4, (depth) => ({ fppaDeg: { left: 18 * depth, right: 2 * depth } })),
    { test: "squat" },
  );
  const squats = {
    screenId: "screen-lea-squats",
    ownerId: "lea",
    recordedAt: "2026-03-02T08:30:00.000Z",
    report: report as unknown as RouteOutput<"listMovementScreens">[number]["report"],
  };
  const run: RouteOutput<"listActivities">[number] = {
    activityId: "activity-lea-run",
    fileName: "morning-run.gpx",
    importedAt: "2026-03-03T19:00:00.000Z",
    activity: {
      source: "gpx",
      date: "2026-03-03",
      startTime: "2026-03-03T06:00:00.000Z",
      sport: "running",
      durationSeconds: 1800,
      distanceMeters: 5200,
      cadencePerMin: 168,
      repetitions: { kind: "steps", count: 5040, source: "recorded-cadence" },
    },
  };
  const week = {
    from: "2026-03-02",
    to: "2026-03-08",
    activities: 1,
    durationMinutes: 30,
    steps: 5040,
    pedalStrokes: 0,
    repetitions: 5040,
    estimatedShare: 0,
    pain: { entries: 1, usualAverage: 4, worstMax: 6 },
    loadRatio: null,
    signal: "not-enough-history" as const,
  };

  it("keeps Lea's squat screen from her laptop as the chart draws it: findings and their error, no more", async () => {
    const store = await freshStore();
    expect(report.findings.length).toBeGreaterThan(0);
    await keepMovementScreens(store, [squats]);
    const [kept] = (await loadMovementScreens(store)) ?? [];
    expect(kept).toEqual({
      ...squats,
      report: {
        test: "squat",
        status: report.status,
        findings: report.findings.map(({ id, side, valueDeg, errorDeg }) => ({
          id,
          side,
          valueDeg,
          errorDeg,
        })),
      },
    });
  });

  it("forgets a screen Lea deleted once the server lists her screens without it", async () => {
    const store = await freshStore();
    expect(await loadMovementScreens(store)).toBeUndefined();
    await keepMovementScreens(store, [squats]);
    await keepMovementScreens(store, []);
    expect(await loadMovementScreens(store)).toEqual([]);
  });

  it("keeps Lea's imported run and her weeks of load, and gives none of it to Marc signing in next", async () => {
    const store = await freshStore();
    await claimLocalStore(store, "lea", undefined);
    await keepMovementScreens(store, [squats]);
    await keepTrainingLoad(store, { activities: [run], load: { weeks: [week] } });
    expect(await loadTrainingLoad(store)).toEqual({ activities: [run], load: { weeks: [week] } });
    await claimLocalStore(store, "marc", undefined);
    expect(await loadTrainingLoad(store)).toBeUndefined();
    expect(await loadMovementScreens(store)).toBeUndefined();
  });

  it("removes them at sign-out", async () => {
    const store = await freshStore();
    await keepMovementScreens(store, [squats]);
    await keepTrainingLoad(store, { activities: [run], load: { weeks: [week] } });
    await clearLocalStore(store);
    expect(await loadTrainingLoad(store)).toBeUndefined();
    expect(await loadMovementScreens(store)).toBeUndefined();
  });
});
