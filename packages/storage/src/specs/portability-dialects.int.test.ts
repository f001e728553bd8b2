import { personas } from "@hipcheck/core/testing";
import { expect, it } from "vitest";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";
import { describeOnBothDialects } from "../testing/test-databases.js";

describeOnBothDialects("moving Dana's data between HipChecks", (openFresh) => {
  it("export from SQLite → import here → export gives the same document", async () => {
    const source = await openFixture();
    const dana = await source.account("dana@example.org");
    unwrap(await source.hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    const program = unwrap(await source.hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
    const first = program.program.sessions[0]!;
    const log = {
      id: "l1",
      programId: program.programId,
      plannedSessionId: first.id,
      date: first.date,
      kind: first.kind,
      entries: [],
      completed: true,
    };
    unwrap(await source.hipcheck.logSession(dana, { log }));
    unwrap(
      await source.hipcheck.recordPain(dana, {
        entry: { date: "2026-12-01", painNow: 3, painUsual: 4, painWorst: 6 },
      }),
    );
    const finding = {
      date: "2026-11-28",
      test: "step-down",
      metric: "pelvic-drop" as const,
      side: "right" as const,
      valueDeg: -1.5,
      semDeg: 2,
      method: "Back camera view, step-down standing on the right leg.",
    };
    const clinical = unwrap(await source.hipcheck.getClinicalSource(dana, {}));
    unwrap(
      await source.hipcheck.importClinicalRecord(dana, {
        checkIn: { answeredOn: clinical.answeredOn, answers: clinical.answers },
        painEntries: [],
        psfsEntries: [],
        movementFindings: [{ storedId: null, entry: finding }],
      }),
    );
    unwrap(
      await source.hipcheck.recordStrengthCheck(dana, {
        id: "phone-hold-1",
        check: {
          test: "abductor-endurance-hold",
          date: "2026-12-01",
          firstSide: "right",
          left: { holdSeconds: 47.5, timedBy: "camera", stopReason: "leg-dropped", quality: "fair" },
          right: { holdSeconds: 52, timedBy: "stopwatch" },
        },
      }),
    );
    const exported = unwrap(await source.hipcheck.exportData(dana, {}));

    const target = await openFixture(await openFresh());
    const danaThere = await target.account("dana@example.org");
    unwrap(await target.hipcheck.importData(danaThere, { document: exported }));
    expect(unwrap(await target.hipcheck.exportData(danaThere, {}))).toEqual(exported);
    expect(exported.importedMovementFindings.map((entry) => entry.finding)).toEqual([finding]);
    // The same document again adds no second copy of the finding.
    const again = unwrap(await target.hipcheck.importData(danaThere, { document: exported }));
    expect(again.counts.importedMovementFindings).toBe(0);
    expect(again.counts.strengthChecks).toBe(0);
    expect(exported.strengthChecks.map((entry) => entry.id)).toEqual(["phone-hold-1"]);
    await source.storage.close();
  });
});
