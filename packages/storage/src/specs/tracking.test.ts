import type { SaveMovementScreenInput } from "@hipcheck/application";
import { addDays, reviseProgram, type SessionLog } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";

/** Dana has a program; Maya coaches her; Leo is someone else. */
async function danaTraining() {
  const fixture = await openFixture();
  const dana = await fixture.account("dana@example.org");
  const coachMaya = await fixture.account("maya@clinic.example", "coach");
  const leo = await fixture.account("leo@example.org");
  const invitation = unwrap(await fixture.hipcheck.createInvitation(coachMaya, {}));
  unwrap(await fixture.hipcheck.acceptInvitation(dana, { code: invitation.code }));
  unwrap(await fixture.hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
  const program = unwrap(await fixture.hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
  const first = program.program.sessions[0]!;
  const log: SessionLog = {
    id: "offline-7f3a",
    programId: program.programId,
    plannedSessionId: first.id,
    date: first.date,
    kind: first.kind,
    entries: first.exercises.map((exercise) => ({
      exerciseId: exercise.exerciseId,
      sets: [
        { side: "left", reps: 12 },
        { side: "right", reps: 12 },
      ],
      painDuring: 2,
      rpe: 5,
    })),
    painBefore: 2,
    painAfter: 2,
    completed: true,
  };
  return { ...fixture, dana, coachMaya, leo, program, log };
}

describe("session logs", () => {
  it("a retried upload of the same log is saved once", async () => {
    const { hipcheck, dana, log } = await danaTraining();
    expect(unwrap(await hipcheck.logSession(dana, { log }))).toEqual({ log, created: true, revision: null });
    const reordered = Object.fromEntries(Object.entries(log).reverse()) as SessionLog;
    expect(unwrap(await hipcheck.logSession(dana, { log: reordered }))).toEqual({
      log,
      created: false,
      revision: null,
    });
    expect(unwrap(await hipcheck.listSessionLogs(dana, {}))).toEqual([log]);
  });

  it("a different log under an id already used is a conflict, and the first stays", async () => {
    const { hipcheck, dana, log } = await danaTraining();
    unwrap(await hipcheck.logSession(dana, { log }));
    const changed = await hipcheck.logSession(dana, { log: { ...log, painAfter: 6 } });
    expect(changed.ok ? undefined : changed.error).toMatchObject({ kind: "conflict", field: "log.id" });
    expect(unwrap(await hipcheck.listSessionLogs(dana, {}))).toEqual([log]);
  });

  it("a log for someone else's program is refused as if the program did not exist", async () => {
    const { hipcheck, leo, log } = await danaTraining();
    const result = await hipcheck.logSession(leo, { log });
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: "not-found", field: "log.programId" });
  });

  it("a refused log keeps nothing, and Dana's own log is kept after it", async () => {
    const { hipcheck, dana, leo, log } = await danaTraining();
    const nowhere = { ...log, id: "offline-8b1c", programId: "no-such-program" };
    for (const [who, refused] of [
      [leo, log],
      [leo, nowhere],
      [dana, nowhere],
    ] as const) {
      const result = await hipcheck.logSession(who, { log: refused });
      expect(result.ok ? undefined : result.error).toMatchObject({
        kind: "not-found",
        field: "log.programId",
      });
    }
    expect(unwrap(await hipcheck.listSessionLogs(leo, {}))).toEqual([]);
    expect(unwrap(await hipcheck.listSessionLogs(dana, {}))).toEqual([]);
    expect(unwrap(await hipcheck.logSession(dana, { log }))).toEqual({ log, created: true, revision: null });
  });

  it("refuses an out-of-range pain score, naming the field", async () => {
    const { hipcheck, dana, log } = await danaTraining();
    const result = await hipcheck.logSession(dana, { log: { ...log, painAfter: 11 } });
    expect(result.ok ? undefined : result.error).toMatchObject({
      kind: "invalid-input",
      field: "log.painAfter",
    });
  });

  it("her coach reads her logs; Leo cannot", async () => {
    const { hipcheck, dana, coachMaya, leo, log } = await danaTraining();
    unwrap(await hipcheck.logSession(dana, { log }));
    expect(unwrap(await hipcheck.listSessionLogs(coachMaya, { personId: dana.accountId }))).toEqual([log]);
    const byLeo = await hipcheck.listSessionLogs(leo, { personId: dana.accountId });
    expect(byLeo.ok ? undefined : byLeo.error.kind).toBe("not-found");
  });

  it("lists logs in a date range", async () => {
    const { hipcheck, dana, log } = await danaTraining();
    unwrap(await hipcheck.logSession(dana, { log }));
    unwrap(
      await hipcheck.logSession(dana, {
        log: { ...log, id: "later", date: "2026-12-20", plannedSessionId: null },
      }),
    );
    const december = unwrap(await hipcheck.listSessionLogs(dana, { from: "2026-12-10", to: "2026-12-31" }));
    expect(december.map((entry) => entry.id)).toEqual(["later"]);
  });
});

describe("morning check-ins, pain and PSFS", () => {
  it("one morning check-in per day: a correction replaces the first", async () => {
    const { hipcheck, dana } = await danaTraining();
    unwrap(
      await hipcheck.recordMorningCheckIn(dana, { checkIn: { date: "2026-12-02", pain: 5, settled: false } }),
    );
    unwrap(
      await hipcheck.recordMorningCheckIn(dana, { checkIn: { date: "2026-12-02", pain: 3, settled: true } }),
    );
    expect(unwrap(await hipcheck.listMorningCheckIns(dana, {}))).toEqual([
      { date: "2026-12-02", pain: 3, settled: true },
    ]);
  });

  it("pain and PSFS entries are kept in date order; only Dana records them", async () => {
    const { hipcheck, dana, coachMaya, clock } = await danaTraining();
    clock.set("2026-12-15T19:00:00.000Z");
    unwrap(
      await hipcheck.recordPain(dana, {
        entry: { date: "2026-12-15", painNow: 2, painUsual: 2, painWorst: 4 },
      }),
    );
    unwrap(
      await hipcheck.recordPain(dana, {
        entry: { date: "2026-12-01", painNow: 3, painUsual: 4, painWorst: 6 },
      }),
    );
    unwrap(
      await hipcheck.recordPsfs(dana, {
        entry: { date: "2026-12-01", items: [{ activity: "Stairs down", score: 4 }] },
      }),
    );
    const pain = unwrap(await hipcheck.listPain(coachMaya, { personId: dana.accountId }));
    expect(pain.map((entry) => entry.entry.date)).toEqual(["2026-12-01", "2026-12-15"]);
    expect(unwrap(await hipcheck.listPsfs(dana, {}))[0]?.entry.items).toEqual([
      { activity: "Stairs down", score: 4 },
    ]);
    // Maya records her own measures under her own account, never Dana's.
    unwrap(
      await hipcheck.recordPain(coachMaya, {
        entry: { date: "2026-12-01", painNow: 0, painUsual: 0, painWorst: 0 },
      }),
    );
    expect(unwrap(await hipcheck.listPain(dana, {}))).toHaveLength(2);
    // A day that has not come, or a worst pain lower than the pain now, is refused and nothing is stored.
    expect(
      await hipcheck.recordPain(dana, {
        entry: { date: "2031-01-01", painNow: 2, painUsual: 2, painWorst: 4 },
      }),
    ).toMatchObject({ ok: false, error: { kind: "invalid-input", field: "entry.date" } });
    expect(
      await hipcheck.recordPain(dana, {
        entry: { date: "2026-12-15", painNow: 6, painUsual: 3, painWorst: 1 },
      }),
    ).toMatchObject({ ok: false, error: { kind: "invalid-input", field: "entry.painWorst" } });
    expect(
      await hipcheck.recordPsfs(dana, {
        entry: { date: "2031-01-01", items: [{ activity: "Stairs down", score: 4 }] },
      }),
    ).toMatchObject({ ok: false, error: { kind: "invalid-input", field: "entry.date" } });
    expect(unwrap(await hipcheck.listPain(dana, {}))).toHaveLength(2);
    expect(unwrap(await hipcheck.listPsfs(dana, {}))).toHaveLength(1);
  });
});

describe("the mornings a revision reads (decision 0820)", () => {
  it("Dana, after a year of mornings, is answered for a morning worse than the one before her session as every morning answers it", async () => {
    const fixture = await openFixture();
    const { hipcheck, clock, storage } = fixture;
    const dana = await fixture.account("dana@example.org");
    // A settled morning at pain 2 every day of the year before her program.
    for (let n = 365; n >= 1; n -= 1) {
      const checkIn = { date: addDays("2026-12-01", -n), pain: 2, settled: true };
      unwrap(await hipcheck.recordMorningCheckIn(dana, { checkIn }));
    }
    const screenedAt = clock.now();
    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    const { programId, program } = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
    const first = program.sessions.find((session) => session.kind === "strength")!;
    clock.set(`${first.date}T18:00:00.000Z`);
    // No pain before given: the rules read it from the latest morning on or before the session's day.
    const log: SessionLog = {
      id: "first-session",
      programId,
      plannedSessionId: first.id,
      date: first.date,
      kind: first.kind,
      entries: first.exercises.map((planned) => ({
        exerciseId: planned.exerciseId,
        sets: [{ side: "both", reps: 10 }],
        painDuring: 2,
        rpe: 5,
      })),
      completed: true,
    };
    unwrap(await hipcheck.logSession(dana, { log }));
    const before = (await storage.repositories.programs.findById(programId))!.program;
    clock.set(`${addDays(first.date, 1)}T07:00:00.000Z`);
    const morning = { date: addDays(first.date, 1), pain: 4, settled: true };
    const answered = unwrap(await hipcheck.recordMorningCheckIn(dana, { checkIn: morning }));

    const everyMorning = unwrap(await hipcheck.listMorningCheckIns(dana, {}));
    expect(everyMorning).toHaveLength(366);
    const whole = reviseProgram(before, [log], everyMorning, clock.today(), {
      answers: personas.runnerPfp,
      changedAt: clock.now(),
      screenedAt,
    });
    expect(whole.revision?.reason.en).toMatch(/morning/i);
    expect(answered.revision).toEqual(whole.revision);
    expect((await storage.repositories.programs.findById(programId))?.program).toEqual(whole.program);
  });
});

describe("progress", () => {
  it("reports adherence and checkpoints for Dana's current program, to her and her coach", async () => {
    const { hipcheck, dana, coachMaya, clock, log } = await danaTraining();
    unwrap(await hipcheck.logSession(dana, { log }));
    clock.advanceDays(14);
    const report = unwrap(await hipcheck.getProgress(dana, {}));
    expect(report.adherence.done).toBe(1);
    expect(report.adherence.planned).toBeGreaterThanOrEqual(1);
    expect(report.checkpoints.length).toBeGreaterThan(0);
    // Education beside exercise: the runner's load note from her latest check-in, in both languages.
    expect(report.loadNote?.en).toContain("You run 4 times a week");
    expect(report.loadNote?.fr).toContain("Vous courez 4 fois par semaine");
    // Her coach reads the same figures and verdicts, worded about Dana rather than to her (decision 0371).
    const forCoach = unwrap(await hipcheck.getProgress(coachMaya, { personId: dana.accountId }));
    expect(forCoach.adherence).toEqual(report.adherence);
    const verdicts = (checks: typeof report.checkpoints) =>
      checks.map((check) => [check.date, check.verdict]);
    expect(verdicts(forCoach.checkpoints)).toEqual(verdicts(report.checkpoints));
    expect(forCoach.checkpoints[0]?.explanation.en).toContain("Dana did 1 of the 4 planned sessions");
    expect(forCoach.loadNote?.en).toContain("Dana runs 4 times a week");
    expect(forCoach.loadNote?.fr).toContain("Dana court 4 fois par semaine");
    for (const check of forCoach.checkpoints) {
      expect(check.explanation.en).not.toMatch(/\byour?\b/i);
      expect(check.explanation.fr).not.toMatch(/\b(vous|votre|vos)\b/i);
    }
  });

  it("without a program there is nothing to report", async () => {
    const { hipcheck, leo } = await danaTraining();
    const result = await hipcheck.getProgress(leo, {});
    expect(result.ok ? undefined : result.error.kind).toBe("not-found");
  });
});

describe("movement screens", () => {
  const kneeFinding = {
    id: "knee-fppa",
    side: "right",
    valueDeg: 12.5,
    errorDeg: 3,
    band: "borderline",
    bandConfidence: "derived",
    message: { en: "Knee angle", fr: "Angle du genou" },
    source: "docs/clinical §1.1",
  };
  /** Dana's right single-leg squats as the motion module reports them: one finding, with its error. */
  const report: SaveMovementScreenInput["report"] = {
    test: "single-leg-squat",
    status: "scored",
    view: "front",
    referenceSide: "right",
    problems: [],
    reps: [{ index: 0, startMs: 0, bottomMs: 900, endMs: 1900, side: "right", complete: true, knees: [] }],
    repCount: 1,
    perSide: [],
    asymmetry: null,
    findings: [kneeFinding],
    confidence: 0.8,
    framesUsed: 60,
    framesTotal: 60,
    disclaimer: { en: "Not a diagnosis.", fr: "Pas un diagnostic." },
  };
  const keypoints = [
    {
      timeMs: 0,
      keypoints: { rightHip: { x: 300, y: 400, score: 0.9 }, rightKnee: { x: 310, y: 520, score: 0.85 } },
    },
    { timeMs: 33, keypoints: { rightHip: { x: 301, y: 404, score: 0.9 } } },
  ];

  it("stores findings and keypoints (never video) and gives them back", async () => {
    const { hipcheck, dana, coachMaya } = await danaTraining();
    const saved = unwrap(await hipcheck.saveMovementScreen(dana, { report, keypoints }));
    expect(unwrap(await hipcheck.getMovementScreen(coachMaya, { screenId: saved.screenId }))).toEqual(saved);
    expect(unwrap(await hipcheck.listMovementScreens(dana, {}))).toEqual([
      { screenId: saved.screenId, ownerId: dana.accountId, recordedAt: saved.recordedAt, report },
    ]);
  });

  it("refuses keypoints with a score outside 0–1 and hides screens from strangers", async () => {
    const { hipcheck, dana, leo } = await danaTraining();
    const bad = [{ timeMs: 0, keypoints: { rightHip: { x: 1, y: 1, score: 1.5 } } }];
    const refused = await hipcheck.saveMovementScreen(dana, { report, keypoints: bad });
    expect(refused.ok ? undefined : refused.error.kind).toBe("invalid-input");
    const noTest = await hipcheck.saveMovementScreen(dana, { report: { ...report, test: "" }, keypoints });
    expect(noTest.ok ? undefined : noTest.error).toMatchObject({
      kind: "invalid-input",
      field: "report.test",
    });
    const saved = unwrap(await hipcheck.saveMovementScreen(dana, { report, keypoints }));
    const byLeo = await hipcheck.getMovementScreen(leo, { screenId: saved.screenId });
    expect(byLeo.ok ? undefined : byLeo.error.kind).toBe("not-found");
  });

  it("refuses a finding without its value, naming the field, and stores nothing", async () => {
    const { hipcheck, dana } = await danaTraining();
    const refused = await hipcheck.saveMovementScreen(dana, {
      report: { ...report, findings: [{ ...kneeFinding, valueDeg: undefined }] },
      keypoints,
    });
    expect(refused.ok ? undefined : refused.error).toMatchObject({
      kind: "invalid-input",
      field: "report.findings.0.valueDeg",
    });
    expect(unwrap(await hipcheck.listMovementScreens(dana, {}))).toEqual([]);
  });

  it("Dana deletes her own screen; her coach and Leo are told it does not exist, and it stays", async () => {
    const { hipcheck, dana, coachMaya, leo } = await danaTraining();
    const kept = unwrap(await hipcheck.saveMovementScreen(dana, { report, keypoints }));
    const bad = unwrap(await hipcheck.saveMovementScreen(dana, { report, keypoints }));
    for (const other of [coachMaya, leo]) {
      const refused = await hipcheck.deleteMovementScreen(other, { screenId: bad.screenId });
      expect(refused.ok ? undefined : refused.error).toMatchObject({
        kind: "not-found",
        message: "No movement screen with this id.",
      });
    }
    expect(unwrap(await hipcheck.listMovementScreens(dana, {}))).toHaveLength(2);
    expect(unwrap(await hipcheck.deleteMovementScreen(dana, { screenId: bad.screenId }))).toBeNull();
    const listed = unwrap(await hipcheck.listMovementScreens(dana, {}));
    expect(listed.map((screen) => screen.screenId)).toEqual([kept.screenId]);
    const again = await hipcheck.deleteMovementScreen(dana, { screenId: bad.screenId });
    expect(again.ok ? undefined : again.error.kind).toBe("not-found");
  });
});
