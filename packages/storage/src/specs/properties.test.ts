import { type SessionLog } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openFixture, unwrap } from "../testing/hipcheck-fixture.js";

/** Dana with a program, on a fresh database. */
async function danaWithProgram() {
  const fixture = await openFixture();
  const dana = await fixture.account("dana@example.org");
  unwrap(await fixture.hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp }));
  const program = unwrap(await fixture.hipcheck.createProgram(dana, { startDate: "2026-12-01" }));
  return { ...fixture, dana, program };
}

const dateArb = fc.integer({ min: 1, max: 28 }).map((day) => `2026-12-${String(day).padStart(2, "0")}`);
const scoreArb = fc.integer({ min: 0, max: 10 });

describe("properties", () => {
  it("however an offline queue retries, each log id is stored once, as first sent", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ id: fc.constantFrom("a", "b", "c", "d"), date: dateArb, painAfter: scoreArb }), {
          minLength: 1,
          maxLength: 12,
        }),
        async (uploads) => {
          const { hipcheck, dana, program, storage } = await danaWithProgram();
          const first = new Map<string, SessionLog>();
          for (const upload of uploads) {
            const log: SessionLog = {
              id: upload.id,
              programId: program.programId,
              plannedSessionId: null,
              date: upload.date,
              kind: "strength",
              entries: [],
              painAfter: upload.painAfter,
              completed: true,
            };
            const result = await hipcheck.logSession(dana, { log });
            const original = first.get(upload.id);
            if (!original) first.set(upload.id, log);
            const same = original === undefined || JSON.stringify(original) === JSON.stringify(log);
            expect(result.ok ? "saved" : result.error.kind).toBe(same ? "saved" : "conflict");
          }
          const stored = unwrap(await hipcheck.listSessionLogs(dana, {}));
          expect(new Map(stored.map((log) => [log.id, log]))).toEqual(first);
          expect(stored).toHaveLength(first.size);
          await storage.close();
        },
      ),
      { numRuns: 25 },
    );
  });

  it("export → import → export is the same document for any set of measures", async () => {
    // The worst pain over the last week is never below the pain now or the usual pain (pain-scores.ts in core).
    const painArb = fc
      .record({ date: dateArb, painNow: scoreArb, painUsual: scoreArb, painWorst: scoreArb })
      .map((entry) => ({ ...entry, painWorst: Math.max(entry.painNow, entry.painUsual, entry.painWorst) }));
    const morningArb = fc.uniqueArray(fc.record({ date: dateArb, pain: scoreArb, settled: fc.boolean() }), {
      selector: (entry) => entry.date,
      maxLength: 6,
    });
    const psfsArb = fc.record({
      date: dateArb,
      items: fc.array(
        fc.record({
          activity: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0),
          score: scoreArb,
        }),
        { minLength: 1, maxLength: 5 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(painArb, { maxLength: 6 }),
        morningArb,
        fc.array(psfsArb, { maxLength: 3 }),
        async (pain, mornings, psfs) => {
          const source = await danaWithProgram();
          // At the end of the month, every generated day has come.
          source.clock.set("2026-12-28T20:00:00.000Z");
          for (const entry of pain) unwrap(await source.hipcheck.recordPain(source.dana, { entry }));
          for (const checkIn of mornings) {
            unwrap(await source.hipcheck.recordMorningCheckIn(source.dana, { checkIn }));
          }
          for (const entry of psfs) unwrap(await source.hipcheck.recordPsfs(source.dana, { entry }));
          const exported = unwrap(await source.hipcheck.exportData(source.dana, {}));
          const target = await openFixture();
          target.clock.set("2026-12-28T20:00:00.000Z");
          const danaThere = await target.account("dana@example.org");
          unwrap(
            await target.hipcheck.importData(danaThere, { document: JSON.parse(JSON.stringify(exported)) }),
          );
          expect(unwrap(await target.hipcheck.exportData(danaThere, {}))).toEqual(exported);
          await source.storage.close();
          await target.storage.close();
        },
      ),
      { numRuns: 20 },
    );
  });
});
