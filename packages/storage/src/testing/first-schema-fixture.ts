/**
 * Builds `testdata/databases/first-schema.sqlite` and `first-schema.postgres.sql`: a HipCheck database at the first
 * released schema (the four steps of 2026-11-22, unchanged since commit 36ec412), holding what a clinic's first
 * week puts there, written by the application through the storage layer. The upgrade tests migrate a copy to
 * today's schema.
 *
 *   node --conditions=@hipcheck/source --import tsx packages/storage/src/testing/first-schema-fixture.ts OUT.sqlite
 *   node --conditions=@hipcheck/source --import tsx packages/storage/src/testing/first-schema-fixture.ts \
 *     --postgres postgres://…/an_empty_database OUT.sql
 *
 * The PostgreSQL one holds the SQLite one's rows, dumped with `pg_dump --format=plain --no-owner --no-privileges`:
 * plain SQL that `psql` loads into any empty database.
 *
 * The one table whose columns changed since (`coach_links`, which gained `expires_at`) is written as the first
 * release's repository wrote it.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { SessionLog } from "@hipcheck/core";
import { accountActor, createHipCheck } from "@hipcheck/application";
import { personas } from "@hipcheck/core/testing";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { openStorage, type Storage } from "../open-storage.js";
import { movableClock, openFixture, PASSWORD, saltedSha256Hasher, unwrap } from "./hipcheck-fixture.js";
import { movementScreen } from "./records.js";

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
    await writeFirstWeek(storage);
  } finally {
    await storage.close();
  }
}

/**
 * The same first week on PostgreSQL: an empty database is brought to the first released schema, every row of the
 * SQLite fixture (written by the first release's application) is copied into it as it is, in the order the tables
 * were created (so each row's references are there before it), and the database is dumped as plain SQL to `path`.
 * Today's application cannot write it afresh: its repositories write columns the first schema does not have.
 */
export async function makeFirstSchemaPostgresFixture(
  sqlitePath: string,
  databaseUrl: string,
  path: string,
): Promise<void> {
  if (existsSync(path)) throw new Error(`${path} exists; remove it first`);
  const storage = await openStorage({ databaseUrl, upgradeThrough: FIRST_RELEASE_LAST_STEP });
  // Read from a copy: a reader of a WAL database leaves its -shm and -wal files beside it.
  const copyDir = mkdtempSync(join(tmpdir(), "hipcheck-first-schema-"));
  copyFileSync(sqlitePath, join(copyDir, "first-schema.sqlite"));
  const source = new SQLite(join(copyDir, "first-schema.sqlite"), { readonly: true, fileMustExist: true });
  try {
    const tables = source
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%' order by rowid",
      )
      .pluck()
      .all() as string[];
    for (const table of tables) {
      const rows = source.prepare(`select * from "${table}" order by rowid`).all() as Record<
        string,
        unknown
      >[];
      for (const row of rows) {
        const columns = Object.keys(row);
        await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))})
          values (${sql.join(columns.map((column) => row[column]))})`.execute(storage.db);
      }
    }
    await writeTablesTheSqliteFixtureLeftEmpty(storage);
  } finally {
    source.close();
    rmSync(copyDir, { recursive: true, force: true });
    await storage.close();
  }
  const dump = execFileSync(
    "pg_dump",
    ["--format=plain", "--no-owner", "--no-privileges", `--dbname=${databaseUrl}`],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  writeFileSync(path, dump);
}

/**
 * The first release's other tables, which the SQLite fixture leaves empty: Dana's PSFS, a dose she lowered,
 * Maya's group with Dana in it, a run imported from her watch, a single-leg squat screen and a finding brought from
 * her physiotherapist's system. Written by today's application and repositories, whose code for these tables has
 * not changed since the first release (none of their columns has), with ids of their own.
 */
async function writeTablesTheSqliteFixtureLeftEmpty(storage: Storage): Promise<void> {
  const ids = await sql<{ id: string; email: string }>`select id, email from accounts`.execute(storage.db);
  const idOf = (email: string) => ids.rows.find((row) => row.email === email)?.id ?? "";
  const dana = accountActor(idOf(FIXTURE_PEOPLE.person), "person");
  const maya = accountActor(idOf(FIXTURE_PEOPLE.coach), "coach");
  const clock = movableClock("2026-11-30T19:00:00.000Z");
  let n = 0;
  const next = (prefix: string) => () => `${prefix}-${String((n += 1)).padStart(4, "0")}`;
  const hipcheck = createHipCheck({
    repositories: storage.repositories,
    clock,
    ids: { newId: next("first-month") },
    secrets: { sessionToken: next("first-month-token"), invitationCode: next("FIRSTMONTH") },
    passwords: saltedSha256Hasher,
  });
  unwrap(
    await hipcheck.recordPsfs(dana, {
      entry: {
        date: "2026-11-30",
        items: [
          { activity: "Running downhill", score: 4 },
          { activity: "Stairs down", score: 6 },
        ],
      },
    }),
  );
  const programId =
    (await sql<{ id: string }>`select id from programs`.execute(storage.db)).rows[0]?.id ?? "";
  const planned = unwrap(await hipcheck.getProgram(dana, { programId })).program.sessions.at(-1)
    ?.exercises[0];
  if (planned === undefined) throw new Error("the program has no planned exercise");
  unwrap(
    await hipcheck.editProgram(dana, {
      programId,
      edit: {
        type: "change-dose",
        exerciseId: planned.exerciseId,
        dose: { mode: "reps", sets: 2, reps: 8, perSide: true, restSeconds: 60 },
      },
      reason: {
        en: "Fewer reps while the knee settles.",
        fr: "Moins de répétitions le temps que le genou se calme.",
      },
    }),
  );
  const group = unwrap(await hipcheck.createGroup(maya, { name: "Tuesday runners" }));
  unwrap(await hipcheck.addGroupMember(maya, { groupId: group.groupId, clientId: dana.accountId }));
  const { repositories } = storage;
  await repositories.activities.insertIfAbsent({
    id: "first-month-run",
    accountId: dana.accountId,
    fileHash: "7c1e".repeat(16),
    fileName: "Morning_Run.fit",
    position: 0,
    importedAt: "2026-11-29T10:00:00.000Z",
    activity: {
      source: "fit",
      date: "2026-11-29",
      startTime: "2026-11-29T07:00:00.000Z",
      sport: "running",
      durationSeconds: 2700,
      distanceMeters: 9000,
      cadencePerMin: 84,
      repetitions: { kind: "steps", count: 3780, source: "recorded-total" },
    },
  });
  await repositories.movementScreens.insert({
    ...movementScreen("first-month-screen", dana.accountId, "2026-11-27T17:00:00.000Z"),
  });
  await repositories.importedMovementFindings.insertIfAbsent({
    id: "first-month-finding",
    accountId: dana.accountId,
    importedAt: "2026-11-28T12:00:00.000Z",
    finding: {
      date: "2026-11-28",
      test: "single-leg-squat",
      metric: "knee-frontal-plane-angle",
      side: "right",
      valueDeg: 14,
      semDeg: 3,
      method: "Front camera view, single-leg squat standing on the right leg.",
    },
  });
}

async function writeFirstWeek(storage: Storage): Promise<void> {
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
}

if (process.argv[1]?.endsWith("first-schema-fixture.ts")) {
  const [first, second, third] = process.argv.slice(2);
  if (first === "--postgres" && second !== undefined && third !== undefined) {
    await makeFirstSchemaPostgresFixture(testdataPath("databases/first-schema.sqlite"), second, third);
    process.stdout.write(`wrote ${third}\n`);
  } else if (first !== undefined && first !== "--postgres") {
    await makeFirstSchemaFixture(first);
    process.stdout.write(`wrote ${first}\n`);
  } else {
    throw new Error("give the file to write (OUT.sqlite, or --postgres URL OUT.sql)");
  }
}
