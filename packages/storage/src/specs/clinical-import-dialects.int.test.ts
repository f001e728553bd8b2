import { personas } from "@hipcheck/core/testing";
import { expect, it } from "vitest";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";
import { describeOnBothDialects } from "../testing/test-databases.js";

// The fixture's today is 2026-12-01: tomorrow is the last day a rating may be about.
const painNow = (date: string, now: number, usual: number, worst: number) => ({
  date,
  painNow: now,
  painUsual: usual,
  painWorst: worst,
});

describeOnBothDialects("importing a clinical record (decision 0280)", (openFresh) => {
  it("stores each entry under the id it carries: twice is once, and two equal ratings of a day stay two", async () => {
    const source = await openFixture();
    const dana = await source.account("dana@example.org");
    unwrap(await source.hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
    const morning = painNow("2026-11-30", 3, 3, 5);
    unwrap(await source.hipcheck.recordPain(dana, { id: "pain-a", entry: morning }));
    unwrap(await source.hipcheck.recordPain(dana, { id: "pain-b", entry: morning }));
    const psfs = { date: "2026-11-30", items: [{ activity: "Running 5 km", score: 4 }] };
    unwrap(await source.hipcheck.recordPsfs(dana, { id: "psfs-a", entry: psfs }));
    const clinical = unwrap(await source.hipcheck.getClinicalSource(dana, {}));
    const record = {
      checkIn: { answeredOn: clinical.answeredOn, answers: clinical.answers },
      painEntries: clinical.painEntries.map((entry, index) => ({
        storedId: clinical.storedIds.pain[index] ?? null,
        entry,
      })),
      psfsEntries: clinical.psfsEntries.map((entry, index) => ({
        storedId: clinical.storedIds.psfs[index] ?? null,
        entry,
      })),
    };

    const target = await openFixture(await openFresh());
    const danaThere = await target.account("dana@example.org");
    const first = unwrap(await target.hipcheck.importClinicalRecord(danaThere, record));
    expect(first).toEqual({
      counts: { checkIns: 1, painEntries: 2, psfsEntries: 1, strengthChecks: 0, movementFindings: 0 },
      skipped: [],
    });
    const again = unwrap(await target.hipcheck.importClinicalRecord(danaThere, record));
    expect(again.counts).toEqual({
      checkIns: 0,
      painEntries: 0,
      psfsEntries: 0,
      strengthChecks: 0,
      movementFindings: 0,
    });
    const there = unwrap(await target.hipcheck.getClinicalSource(danaThere, {}));
    expect(there.storedIds.pain).toEqual(["pain-a", "pain-b"]);
    expect(there.painEntries).toEqual(clinical.painEntries);
    expect(there.storedIds.psfs).toEqual(["psfs-a"]);
    expect(there.psfsEntries).toEqual(clinical.psfsEntries);
    // Back into the account it came from: everything is already there.
    const home = unwrap(await source.hipcheck.importClinicalRecord(dana, record));
    expect(home.counts).toEqual({
      checkIns: 0,
      painEntries: 0,
      psfsEntries: 0,
      strengthChecks: 0,
      movementFindings: 0,
    });
    await source.storage.close();
  });

  it("checks each entry as the write routes do: the bad ones are reported and left out, the good ones stored", async () => {
    const fixture = await openFixture(await openFresh());
    const camille = await fixture.account("camille@example.org");
    const result = unwrap(
      await fixture.hipcheck.importClinicalRecord(camille, {
        checkIn: null,
        painEntries: [
          { storedId: "fhir-1", entry: { ...painNow("2026-11-20", 6, 6, 6), singleReading: true } },
          { storedId: "fhir-2", entry: painNow("2031-01-01", 2, 2, 3) },
          { storedId: "fhir-3", entry: painNow("2026-11-21", 5, 3, 4) },
          { storedId: "fhir-4", entry: painNow("2026-11-22", 11, 3, 4) },
          { storedId: null, entry: painNow("2026-12-02", 2, 2, 2) },
        ],
        psfsEntries: [
          { storedId: null, entry: { date: "2027-03-01", items: [{ activity: "Stairs", score: 5 }] } },
        ],
        skipped: [{ type: "Encounter", id: "e1", reason: "not-read", detail: "HipCheck keeps no Encounter" }],
      }),
    );
    expect(result.counts).toEqual({
      checkIns: 0,
      painEntries: 2,
      psfsEntries: 0,
      strengthChecks: 0,
      movementFindings: 0,
    });
    expect(result.skipped.map(({ type, id, reason }) => [type, id, reason])).toEqual([
      ["Encounter", "e1", "not-read"],
      ["pain entry", "fhir-2", "future-date"],
      ["pain entry", "fhir-3", "contradictory"],
      ["pain entry", "fhir-4", "invalid"],
      ["PSFS entry", null, "future-date"],
    ]);
    const pain = unwrap(await fixture.hipcheck.listPain(camille, {}));
    expect(pain.map((view) => [view.id, view.entry])).toEqual([
      ["fhir-1", { ...painNow("2026-11-20", 6, 6, 6), singleReading: true }],
      [expect.any(String), painNow("2026-12-02", 2, 2, 2)],
    ]);
    await fixture.storage.close();
  });

  it("leaves out entries of a JSON export that the write routes would refuse, and stores the rest", async () => {
    const fixture = await openFixture(await openFresh());
    const dana = await fixture.account("dana@example.org");
    const document = unwrap(await fixture.hipcheck.exportData(dana, {}));
    const result = unwrap(
      await fixture.hipcheck.importData(dana, {
        document: {
          ...document,
          painEntries: [
            { id: "p1", createdAt: "2026-11-30T08:00:00.000Z", entry: painNow("2026-11-30", 3, 3, 5) },
            { id: "p2", createdAt: "2026-11-30T08:00:00.000Z", entry: painNow("2031-06-01", 3, 3, 5) },
            { id: "p3", createdAt: "2026-11-30T08:00:00.000Z", entry: painNow("2026-11-29", 6, 3, 5) },
          ],
        },
      }),
    );
    expect(result.counts.painEntries).toBe(1);
    expect(result.skipped.map(({ id, reason }) => [id, reason])).toEqual([
      ["p2", "future-date"],
      ["p3", "contradictory"],
    ]);
    await fixture.storage.close();
  });
});
