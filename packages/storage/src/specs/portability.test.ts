import type { ExportDocument, SaveMovementScreenInput } from "@hipcheck/application";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { openFixture, unwrap, type Fixture } from "../testing/hipcheck-fixture.js";

/** Dana's whole history on one HipCheck: check-ins, a program edited by her coach and by herself, logs, measures. */
async function danaWithHistory(fixture: Fixture) {
  const { hipcheck } = fixture;
  const dana = await fixture.account("dana@example.org");
  const coachMaya = await fixture.account("maya@clinic.example", "coach");
  const invitation = unwrap(await hipcheck.createInvitation(coachMaya, {}));
  unwrap(await hipcheck.acceptInvitation(dana, { code: invitation.code }));
  unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
  const program = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
  const first = program.program.sessions[0]!;
  const exerciseId = first.exercises[0]!.exerciseId;
  const dose = { mode: "reps", sets: 2, reps: 8, perSide: true, restSeconds: 60 } as const;
  unwrap(
    await hipcheck.editProgram(coachMaya, {
      programId: program.programId,
      edit: { type: "change-dose", exerciseId, dose },
      reason: "Fewer reps for now.",
    }),
  );
  unwrap(
    await hipcheck.editProgram(dana, {
      programId: program.programId,
      edit: { type: "change-dose", exerciseId, dose: { ...dose, reps: 10 } },
      reason: { en: "Felt fine.", fr: "Ça allait." },
    }),
  );
  const log = {
    id: "offline-1",
    programId: program.programId,
    plannedSessionId: first.id,
    date: first.date,
    kind: first.kind,
    entries: [],
    completed: true,
  };
  unwrap(await hipcheck.logSession(dana, { log }));
  unwrap(
    await hipcheck.recordMorningCheckIn(dana, { checkIn: { date: "2026-12-02", pain: 2, settled: true } }),
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
  // A screen that could not be scored: the smallest report a save accepts.
  const report: SaveMovementScreenInput["report"] = { test: "single-leg-squat", status: "not-scorable" };
  unwrap(
    await hipcheck.saveMovementScreen(dana, {
      report,
      keypoints: [{ timeMs: 0, keypoints: { leftKnee: { x: 1.5, y: 2.25, score: 0.5 } } }],
    }),
  );
  // A side hold she timed, and a clinic reading her coach took: both are hers, under ids the devices chose.
  unwrap(
    await hipcheck.recordStrengthCheck(dana, {
      id: "hold-baseline",
      check: {
        test: "side-bridge-hold",
        date: "2026-12-01",
        firstSide: "right",
        timeOfDay: "18:30",
        left: { holdSeconds: 41.5, timedBy: "camera", stopReason: "hips-dropped", quality: "good" },
        right: { holdSeconds: 48, timedBy: "stopwatch" },
      },
    }),
  );
  unwrap(
    await hipcheck.recordStrengthCheck(coachMaya, {
      personId: dana.accountId,
      check: {
        test: "hip-abduction-dynamometer",
        date: "2026-12-01",
        firstSide: "left",
        left: { forceN: 182.5 },
        right: { forceN: 201 },
        leverArmM: 0.84,
        bodyMassKg: 61,
        device: "microFET2",
        placement: "Side-lying, pad 5 cm above the lateral knee joint line",
      },
    }),
  );
  return { dana, coachMaya, program };
}

describe("export and import", () => {
  it("export → import into another HipCheck → export gives the same document", async () => {
    const source = await openFixture();
    const { dana } = await danaWithHistory(source);
    unwrap(
      await source.hipcheck.importActivities(dana, {
        fileName: "long-run.fit",
        bytes: new TextEncoder().encode("the watch file's bytes"),
        activities: [
          {
            source: "fit",
            date: "2026-12-06",
            startTime: "2026-12-06T08:00:00.000Z",
            sport: "running",
            durationSeconds: 2700,
            distanceMeters: 9000,
            cadencePerMin: 84,
            repetitions: { kind: "steps", count: 3780, source: "recorded-total" },
          },
        ],
      }),
    );
    // A finding from another system's record, without a screen behind it; the same file twice adds it once.
    const record = unwrap(await source.hipcheck.getClinicalSource(dana, {}));
    const fromClinic = {
      checkIn: { answeredOn: record.answeredOn, answers: record.answers },
      painEntries: [],
      psfsEntries: [],
      movementFindings: [
        {
          // The name the clinic's HipCheck gave it (decision 0710): it travels with the JSON export.
          storedId: "clinic-screen.1",
          entry: {
            date: "2026-11-28",
            test: "single-leg-squat",
            metric: "knee-frontal-plane-angle" as const,
            side: "left" as const,
            valueDeg: 13.5,
            semDeg: 3,
            method: "Front camera view, single-leg squat standing on the left leg.",
          },
        },
      ],
    };
    const clinicFindings = fromClinic.movementFindings.map((read) => read.entry);
    const first = unwrap(await source.hipcheck.importClinicalRecord(dana, fromClinic));
    expect(first.counts).toMatchObject({ checkIns: 0, movementFindings: 1 });
    const again = unwrap(await source.hipcheck.importClinicalRecord(dana, fromClinic));
    expect(again.counts).toMatchObject({ movementFindings: 0 });
    const exported = unwrap(await source.hipcheck.exportData(dana, {}));
    expect(exported.activities).toHaveLength(1);
    expect(exported.importedMovementFindings.map((entry) => entry.finding)).toEqual(clinicFindings);
    expect(exported.importedMovementFindings.map((entry) => entry.sourceId)).toEqual(["clinic-screen.1"]);
    expect(exported.programs[0]?.history.map((step) => [step.revision.changedBy, step.byOwner])).toEqual([
      ["coach", false],
      ["person", true],
    ]);

    const target = await openFixture();
    const danaThere = await target.account("dana.elsewhere@example.org");
    const imported = unwrap(
      await target.hipcheck.importData(danaThere, { document: JSON.parse(JSON.stringify(exported)) }),
    );
    expect(imported.counts).toEqual({
      checkIns: 1,
      programs: 1,
      revisions: 2,
      sessionLogs: 1,
      morningCheckIns: 1,
      painEntries: 1,
      psfsEntries: 1,
      movementScreens: 1,
      activities: 1,
      importedMovementFindings: 1,
      strengthChecks: 2,
    });
    expect(unwrap(await target.hipcheck.exportData(danaThere, {}))).toEqual(exported);
    const twice = unwrap(await target.hipcheck.importData(danaThere, { document: exported }));
    // Her own export again: every item is already hers under the same id, so nothing is added or doubled.
    expect(twice.counts).toEqual({
      checkIns: 0,
      programs: 0,
      revisions: 0,
      sessionLogs: 0,
      morningCheckIns: 0,
      painEntries: 0,
      psfsEntries: 0,
      movementScreens: 0,
      activities: 0,
      importedMovementFindings: 0,
      strengthChecks: 0,
    });
    expect(unwrap(await target.hipcheck.exportData(danaThere, {}))).toEqual(exported);
    expect(
      unwrap(await target.hipcheck.getMovementFindingsSource(danaThere, {})).importedMovementFindings,
    ).toEqual(clinicFindings);
    expect(
      unwrap(await target.hipcheck.getMovementFindingsSource(danaThere, {})).importedMovementFindingIds,
    ).toEqual(["clinic-screen.1"]);
  });

  it("importing into the same HipCheck keeps everyone's data apart: taken ids are remapped, references follow", async () => {
    const fixture = await openFixture();
    const { dana, program } = await danaWithHistory(fixture);
    const exported = unwrap(await fixture.hipcheck.exportData(dana, {}));
    const leo = await fixture.account("leo@example.org");
    unwrap(await fixture.hipcheck.importData(leo, { document: exported }));

    const leoPrograms = unwrap(await fixture.hipcheck.listPrograms(leo, {}));
    expect(leoPrograms).toHaveLength(1);
    const leoProgramId = leoPrograms[0]!.programId;
    expect(leoProgramId).not.toBe(program.programId);
    expect(leoPrograms[0]!.program.id).toBe(leoProgramId);
    expect(unwrap(await fixture.hipcheck.listSessionLogs(leo, {})).map((log) => log.programId)).toEqual([
      leoProgramId,
    ]);
    // Dana's own data is untouched.
    expect(unwrap(await fixture.hipcheck.exportData(dana, {}))).toEqual(exported);
  });

  it("another account's file imported twice on the same HipCheck is stored once (decision 0742)", async () => {
    const fixture = await openFixture();
    const { dana } = await danaWithHistory(fixture);
    const exported = unwrap(await fixture.hipcheck.exportData(dana, {}));
    const leo = await fixture.account("leo@example.org");
    const first = unwrap(await fixture.hipcheck.importData(leo, { document: exported }));
    expect(first.counts).toMatchObject({ checkIns: 1, programs: 1, sessionLogs: 1, movementScreens: 1 });
    const leoAfterFirst = unwrap(await fixture.hipcheck.exportData(leo, {}));
    const again = unwrap(await fixture.hipcheck.importData(leo, { document: exported }));
    expect(Object.values(again.counts).every((count) => count === 0)).toBe(true);
    const leoAfterAgain = unwrap(await fixture.hipcheck.exportData(leo, {}));
    expect({ ...leoAfterAgain, exportedAt: "" }).toEqual({ ...leoAfterFirst, exportedAt: "" });
    // Leo's own export, imported back, adds nothing either; Dana's record is untouched.
    const own = unwrap(await fixture.hipcheck.importData(leo, { document: leoAfterAgain }));
    expect(Object.values(own.counts).every((count) => count === 0)).toBe(true);
    expect({ ...unwrap(await fixture.hipcheck.exportData(dana, {})), exportedAt: "" }).toEqual({
      ...exported,
      exportedAt: "",
    });
  });

  it("strength checks travel with their ids; an export written before they did still imports", async () => {
    const source = await openFixture();
    const { dana } = await danaWithHistory(source);
    const exported = unwrap(await source.hipcheck.exportData(dana, {}));
    expect(exported.strengthChecks.map(({ id, check }) => [id, check.test, check.firstSide])).toEqual([
      ["hold-baseline", "side-bridge-hold", "right"],
      [expect.any(String), "hip-abduction-dynamometer", "left"],
    ]);

    const target = await openFixture();
    const danaThere = await target.account("dana.elsewhere@example.org");
    const { strengthChecks, ...older } = exported;
    const imported = unwrap(await target.hipcheck.importData(danaThere, { document: older }));
    expect(imported.counts.strengthChecks).toBe(0);
    expect(unwrap(await target.hipcheck.listStrengthChecks(danaThere, {})).checks).toEqual([]);

    // The same document with its checks then adds just the checks, read back as the person saved them.
    const withChecks = unwrap(await target.hipcheck.importData(danaThere, { document: exported }));
    expect(withChecks.counts).toMatchObject({ strengthChecks: 2, painEntries: 0, sessionLogs: 0 });
    const listed = unwrap(await target.hipcheck.listStrengthChecks(danaThere, {}));
    expect(listed.checks).toEqual(
      strengthChecks.map(({ id, createdAt, check }) => ({ id, createdAt, check })),
    );
  });

  it("a strength check dated after today is listed as left out, and the rest comes in", async () => {
    const source = await openFixture();
    const { dana } = await danaWithHistory(source);
    const exported = unwrap(await source.hipcheck.exportData(dana, {}));
    const hold = exported.strengthChecks[0]!;
    const ahead: ExportDocument = {
      ...exported,
      strengthChecks: [
        ...exported.strengthChecks,
        { ...hold, id: "from-next-year", check: { ...hold.check, date: "2027-12-01" } },
      ],
    };
    const target = await openFixture();
    const leo = await target.account("leo@example.org");
    const imported = unwrap(await target.hipcheck.importData(leo, { document: ahead }));
    expect(imported.counts.strengthChecks).toBe(2);
    expect(imported.skipped).toEqual([
      expect.objectContaining({ type: "strength check", id: "from-next-year", reason: "future-date" }),
    ]);
    expect(
      unwrap(await target.hipcheck.listStrengthChecks(leo, {})).checks.map((stored) => stored.id),
    ).not.toContain("from-next-year");
  });

  it("refuses a strength check outside the strength route's limits, and stores nothing", async () => {
    const source = await openFixture();
    const { dana } = await danaWithHistory(source);
    const exported = unwrap(await source.hipcheck.exportData(dana, {}));
    const hold = exported.strengthChecks[0]!;
    const absurd = {
      ...exported,
      strengthChecks: [
        { ...hold, check: { ...hold.check, left: { holdSeconds: 1200, timedBy: "stopwatch" } } },
      ],
    };
    const target = await openFixture();
    const leo = await target.account("leo@example.org");
    const result = await target.hipcheck.importData(leo, { document: absurd });
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: "invalid-input" });
    expect(result.ok ? "" : result.error.field).toContain("strengthChecks.0.check.left.holdSeconds");
    const after = unwrap(await target.hipcheck.exportData(leo, {}));
    expect([after.programs, after.painEntries, after.strengthChecks]).toEqual([[], [], []]);
  });

  it("a document whose parts do not fit together imports nothing", async () => {
    const source = await openFixture();
    const { dana } = await danaWithHistory(source);
    const exported = unwrap(await source.hipcheck.exportData(dana, {}));
    const broken: ExportDocument = {
      ...exported,
      sessionLogs: [
        ...exported.sessionLogs,
        {
          createdAt: exported.exportedAt,
          log: { ...exported.sessionLogs[0]!.log, id: "orphan", programId: "not-in-the-document" },
        },
      ],
    };
    const target = await openFixture();
    const leo = await target.account("leo@example.org");
    const result = await target.hipcheck.importData(leo, { document: broken });
    expect(result.ok ? undefined : result.error.kind).toBe("invalid-input");
    const after = unwrap(await target.hipcheck.exportData(leo, {}));
    expect({ ...after, exportedAt: "" }).toEqual({
      ...after,
      exportedAt: "",
      profile: null,
      checkIns: [],
      programs: [],
      sessionLogs: [],
      morningCheckIns: [],
      painEntries: [],
      psfsEntries: [],
      movementScreens: [],
    });
  });

  it("refuses a document that is not a HipCheck export, or uses an id twice", async () => {
    const fixture = await openFixture();
    const { dana } = await danaWithHistory(fixture);
    const notOurs = await fixture.hipcheck.importData(dana, { document: { format: "something-else" } });
    expect(notOurs.ok ? undefined : notOurs.error.kind).toBe("invalid-input");
    const exported = unwrap(await fixture.hipcheck.exportData(dana, {}));
    const twice = await fixture.hipcheck.importData(dana, {
      document: { ...exported, painEntries: [...exported.painEntries, ...exported.painEntries] },
    });
    expect(twice.ok ? undefined : twice.error.kind).toBe("invalid-input");
  });

  it("refuses a scored screen whose report the exports could not read, and stores nothing", async () => {
    const source = await openFixture();
    const { dana } = await danaWithHistory(source);
    const exported = unwrap(await source.hipcheck.exportData(dana, {}));
    const screen = exported.movementScreens[0]!;
    const unreadable: ExportDocument = {
      ...exported,
      movementScreens: [{ ...screen, report: { test: "single-leg-squat", status: "scored" } }],
    };
    const target = await openFixture();
    const leo = await target.account("leo@example.org");
    const result = await target.hipcheck.importData(leo, { document: unreadable });
    expect(result.ok ? undefined : result.error).toMatchObject({ kind: "invalid-input" });
    expect(result.ok ? "" : result.error.message).toContain("movementScreens.0.report");
    expect(unwrap(await target.hipcheck.exportData(leo, {})).movementScreens).toEqual([]);
  });

  it("screens are recomputed from the answers on import, so a red flag cannot be edited away", async () => {
    const fixture = await openFixture();
    const leo = await fixture.account("leo@example.org");
    const document: ExportDocument = {
      format: "hipcheck-export",
      version: 1,
      exportedAt: "2026-12-01T08:00:00.000Z",
      profile: null,
      checkIns: [
        {
          id: "c1",
          date: "2026-12-01",
          createdAt: "2026-12-01T08:00:00.000Z",
          answers: personas.redFlagPerson,
        },
      ],
      programs: [],
      sessionLogs: [],
      morningCheckIns: [],
      painEntries: [],
      psfsEntries: [],
      movementScreens: [],
      activities: [],
      importedMovementFindings: [],
      strengthChecks: [],
    };
    unwrap(await fixture.hipcheck.importData(leo, { document }));
    const refused = await fixture.hipcheck.createProgram(leo, { startDate: "2026-12-01" });
    expect(refused.ok ? undefined : refused.error.kind).toBe("needs-clinician");
  });
});
