/**
 * Builds `testdata/databases/first-schema.sqlite`: a HipCheck SQLite database at the first released schema (the
 * four steps of 2026-11-22, unchanged since commit 36ec412), holding what a clinic's first week puts there,
 * written by the application through the storage layer. The upgrade test migrates a copy to today's schema.
 *
 *   node --conditions=@hipcheck/source --import tsx packages/storage/src/testing/first-schema-fixture.ts OUT.sqlite
 *
 * The one table whose columns changed since (`coach_links`, which gained `expires_at`) is written as the first
 * release's repository wrote it.
 */
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { SessionLog } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { sql } from "kysely";
import { openStorage } from "../open-storage.js";
import { openFixture, PASSWORD, unwrap } from "./hipcheck-fixture.js";

/** The last schema step of the first release. */
export const FIRST_RELEASE_LAST_STEP = "2026-11-22T0300-imported-movement-findings";

export const FIXTURE_PEOPLE = {
  admin: "clinic-admin@example.org",
  coach: "maya@clinic.example",
  person: "dana.runner@example.org",
  password: PASSWORD,
} as const;

export async function makeFirstSchemaFixture(path: string): Promise<void> {
  if (existsSync(path)) throw new Error(`${path} exists; remove it first`);
  const storage = await openStorage({
    dataDir: dirname(path),
    filename: path.slice(dirname(path).length + 1),
    upgradeThrough: FIRST_RELEASE_LAST_STEP,
  });
  try {
    const { hipcheck, clock, account } = await openFixture(storage);
    clock.set("2026-11-23T09:00:00.000Z");
    await account(FIXTURE_PEOPLE.admin, "admin");
    const maya = await account(FIXTURE_PEOPLE.coach, "coach");
    const dana = await account(FIXTURE_PEOPLE.person);

    // Maya's code, accepted by Dana, as the first release stored it (no expiry column yet).
    await sql`insert into coach_links (id, coach_id, client_id, code, created_at, accepted_at, revoked_at)
      values ('link-maya-dana', ${maya.accountId}, ${dana.accountId}, 'HIPFIRST1', '2026-11-23T09:05:00.000Z',
              '2026-11-23T09:30:00.000Z', null)`.execute(storage.db);

    unwrap(await hipcheck.submitCheckIn(dana, { answers: personas.runnerPfp, date: "2026-11-23" }));
    const view = unwrap(await hipcheck.createProgram(dana, { startDate: "2026-11-24" }));
    const session = view.program.sessions[0];
    const exercise = session?.exercises[0];
    if (session === undefined || exercise === undefined) {
      throw new Error("the program has no planned session");
    }
    for (const [n, date] of ["2026-11-24", "2026-11-26", "2026-11-28"].entries()) {
      clock.set(`${date}T18:00:00.000Z`);
      const log: SessionLog = {
        id: `first-release-log-${n + 1}`,
        programId: view.programId,
        plannedSessionId: n === 0 ? session.id : null,
        date,
        kind: "strength",
        entries: [
          {
            exerciseId: exercise.exerciseId,
            sets: [
              { side: "left", reps: 10 + n },
              { side: "right", reps: 10 + n },
            ],
            painDuring: 3 - n,
            rpe: 6,
          },
        ],
        painBefore: 3,
        completed: true,
      };
      unwrap(await hipcheck.logSession(dana, { log }));
      clock.set(`${date}T07:30:00.000Z`);
      unwrap(
        await hipcheck.recordMorningCheckIn(dana, {
          checkIn: { date, pain: Math.max(0, 3 - n), settled: true },
        }),
      );
      unwrap(
        await hipcheck.recordPain(dana, {
          entry: { date, painNow: 3 - n, painUsual: 4, painWorst: 6 - n },
          id: `first-release-pain-${n + 1}`,
        }),
      );
    }
    unwrap(await hipcheck.createShareLink(dana, { programId: view.programId, days: 30 }));
    unwrap(
      await hipcheck.addCoachNote(maya, { clientId: dana.accountId, body: "Hip hitch on the left, week 1." }),
    );
  } finally {
    await storage.close();
  }
}

if (process.argv[1]?.endsWith("first-schema-fixture.ts")) {
  const out = process.argv[2];
  if (out === undefined) throw new Error("give the file to write");
  await makeFirstSchemaFixture(out);
  process.stdout.write(`wrote ${out}\n`);
}
