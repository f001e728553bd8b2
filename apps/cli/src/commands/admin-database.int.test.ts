import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { SCHEMA_NEWER_EXIT_CODE, UPGRADE_BACKUP_FAILED_EXIT_CODE } from "@hipcheck/contracts";
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { hipcheck, REPO_ROOT, tempDir } from "../../test/kit.js";

const FUTURE_STEP = "2099-01-01T0000-a-step-from-a-newer-hipcheck";

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** A folder with a data folder holding the first-release database. */
function firstReleaseFolder(): { dir: string; database: string } {
  const dir = tempDir();
  mkdirSync(join(dir, "data"));
  const database = join(dir, "data", "hipcheck.sqlite");
  copyFileSync(testdataPath("databases/first-schema.sqlite"), database);
  return { dir, database };
}

describe("hipcheck admin migrate", () => {
  it("--dry-run lists the steps an upgrade would run, and changes nothing", async () => {
    const { dir, database } = firstReleaseFolder();
    const before = sha256(database);
    const run = await hipcheck(["admin", "migrate", "--dry-run", "--data-dir", "data"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/has 4 of \d+ schema steps/);
    expect(run.stdout).toContain("  2026-12-04T1540-invitation-expiry\n");
    expect(run.stdout).not.toContain("2026-11-22T0300");
    expect(run.stdout).toContain("copied to");
    expect(sha256(database)).toBe(before);
    expect(existsSync(join(dir, "data", "backups"))).toBe(false);
  });

  it("upgrades, copying the database first, and then has nothing left to run", async () => {
    const { dir } = firstReleaseFolder();
    const run = await hipcheck(["admin", "migrate", "--data-dir", "data"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/copied to .*backups.*before upgrading/);
    expect(run.stdout).toContain("schema step 2026-12-04T1540-invitation-expiry applied");
    expect(readdirSync(join(dir, "data", "backups"))).toHaveLength(1);
    const again = await hipcheck(["admin", "migrate", "--dry-run", "--data-dir", "data"], { cwd: dir });
    expect(again.stdout).toMatch(/is up to date/);
  });

  it("does not upgrade when the backup before it cannot be written, and upgrades when told to skip it", async () => {
    const { dir, database } = firstReleaseFolder();
    // A file where the backup folder should be.
    writeFileSync(join(dir, "data", "backups"), "not a folder");
    const before = sha256(database);
    const refused = await hipcheck(["admin", "migrate", "--data-dir", "data"], { cwd: dir });
    expect(refused.code).toBe(UPGRADE_BACKUP_FAILED_EXIT_CODE);
    expect(refused.stderr).toMatch(/not upgraded, because the backup before the upgrade failed/);
    expect(refused.stderr).toContain("HIPCHECK_SKIP_UPGRADE_BACKUP=1");
    expect(sha256(database)).toBe(before);
    const dryRun = await hipcheck(["admin", "migrate", "--dry-run", "--data-dir", "data"], {
      cwd: dir,
      env: { HIPCHECK_SKIP_UPGRADE_BACKUP: "1" },
    });
    expect(dryRun.stdout).toContain("not copied first");
    const skipped = await hipcheck(["admin", "migrate", "--data-dir", "data", "--skip-upgrade-backup"], {
      cwd: dir,
    });
    expect(skipped.stderr).toBe("");
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).not.toContain("copied to");
  });
});

describe("a database upgraded by a newer HipCheck", () => {
  it("is refused by serve and by every admin command, with exit code 78, and not written to", async () => {
    const { dir, database } = firstReleaseFolder();
    expect((await hipcheck(["admin", "migrate", "--data-dir", "data"], { cwd: dir })).code).toBe(0);
    const raw = new SQLite(database);
    raw
      .prepare("insert into kysely_migration (name, timestamp) values (?, ?)")
      .run(FUTURE_STEP, "2099-01-01");
    raw.close();
    const before = sha256(database);
    // serve reads its folder as given, relative to the process: an absolute one here.
    const serve = await hipcheck(["serve", "--port", "0", "--data-dir", join(dir, "data")], { cwd: dir });
    expect(serve.code).toBe(SCHEMA_NEWER_EXIT_CODE);
    expect(serve.stderr).toContain(FUTURE_STEP);
    expect(serve.stderr).toMatch(/newer version of HipCheck.*Nothing was written/);
    const migrate = await hipcheck(["admin", "migrate", "--dry-run", "--data-dir", "data"], { cwd: dir });
    expect(migrate.code).toBe(SCHEMA_NEWER_EXIT_CODE);
    writeFileSync(join(dir, "pw"), "a long clinic passphrase\n");
    const create = await hipcheck(
      ["admin", "create", "--email", "x@example.org", "--password-file", "pw", "--data-dir", "data"],
      { cwd: dir },
    );
    expect(create.code).toBe(SCHEMA_NEWER_EXIT_CODE);
    expect(sha256(database)).toBe(before);
  });
});

describe("hipcheck admin backup and restore", () => {
  it("round-trips a data folder, refuses to overwrite a file or a database, and refuses what is not a backup", async () => {
    const { dir } = firstReleaseFolder();
    const backup = await hipcheck(["admin", "backup", "copy.sqlite", "--data-dir", "data"], { cwd: dir });
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/written to .*copy\.sqlite and checked: \d+ rows in \d+ tables/);
    expect(
      (await hipcheck(["admin", "backup", "copy.sqlite", "--data-dir", "data"], { cwd: dir })).code,
    ).toBe(75);

    const restore = await hipcheck(["admin", "restore", "copy.sqlite", "--data-dir", "elsewhere"], {
      cwd: dir,
    });
    expect(restore.code).toBe(0);
    expect(sha256(join(dir, "elsewhere", "hipcheck.sqlite"))).toBe(sha256(join(dir, "copy.sqlite")));

    const onTop = await hipcheck(["admin", "restore", "copy.sqlite", "--data-dir", "data"], { cwd: dir });
    expect(onTop.code).toBe(75);
    expect(onTop.stderr).toMatch(/already holds a database.*restore only into an empty data folder/);

    writeFileSync(join(dir, "notes.txt"), "not a database");
    const wrong = await hipcheck(["admin", "restore", "notes.txt", "--data-dir", "third"], { cwd: dir });
    expect(wrong.code).toBe(65);
    expect(wrong.stderr).toMatch(/is not a HipCheck backup/);
    expect(existsSync(join(dir, "third", "hipcheck.sqlite"))).toBe(false);

    const intoPostgres = await hipcheck(
      ["admin", "restore", "copy.sqlite", "--database-url", "postgres://nobody@127.0.0.1:9/none"],
      { cwd: dir },
    );
    expect(intoPostgres.code).toBe(65);
    expect(intoPostgres.stderr).toMatch(/is an SQLite backup: restore it into a data folder/);
  });

  it("carries the push keys: back in the restored data folder, never over different ones", async () => {
    const { dir } = firstReleaseFolder();
    const keys = JSON.stringify({ publicKey: "BClinicPublicKey", privateKey: "clinic-private-key" }, null, 2);
    writeFileSync(join(dir, "data", "vapid-keys.json"), keys, { mode: 0o600 });
    const backup = await hipcheck(["admin", "backup", "copy.sqlite", "--data-dir", "data"], { cwd: dir });
    expect(backup.code).toBe(0);
    expect(backup.stdout).toContain("The push keys are in the backup too.");

    // Another machine's data folder with keys of its own: refused before anything is written.
    mkdirSync(join(dir, "other"));
    writeFileSync(join(dir, "other", "vapid-keys.json"), keys.replace("clinic", "other"));
    const clash = await hipcheck(["admin", "restore", "copy.sqlite", "--data-dir", "other"], { cwd: dir });
    expect(clash.code).toBe(75);
    expect(clash.stderr).toMatch(/already holds vapid-keys\.json, different from the backup's/);
    expect(existsSync(join(dir, "other", "hipcheck.sqlite"))).toBe(false);

    const restore = await hipcheck(["admin", "restore", "copy.sqlite", "--data-dir", "elsewhere"], {
      cwd: dir,
    });
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain("The push keys are back in");
    expect(readFileSync(join(dir, "elsewhere", "vapid-keys.json"), "utf8")).toBe(keys);
    expect(statSync(join(dir, "elsewhere", "vapid-keys.json")).mode & 0o777).toBe(0o600);
    // The keys live in the backup file only, not in the restored database.
    const restored = new SQLite(join(dir, "elsewhere", "hipcheck.sqlite"), { readonly: true });
    const tables = restored.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    restored.close();
    expect(tables).not.toContain("hipcheck_backup_files");
    expect(tables).toContain("accounts");
  });

  it("--into a folder names the backup by the time and, with --keep-days, deletes only older scheduled backups", async () => {
    const { dir } = firstReleaseFolder();
    mkdirSync(join(dir, "backups"));
    const old = "hipcheck-20200101T020000Z.sqlite";
    for (const name of [old, "clinic-notes.txt"]) writeFileSync(join(dir, "backups", name), "kept?");
    const run = await hipcheck(
      ["admin", "backup", "--into", "backups", "--keep-days", "14", "--data-dir", "data"],
      { cwd: dir },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Deleted 1 backup older than 14 days");
    const left = readdirSync(join(dir, "backups")).sort();
    expect(left).toHaveLength(2);
    expect(left[0]).toBe("clinic-notes.txt");
    expect(left[1]).toMatch(/^hipcheck-\d{8}T\d{6}Z\.sqlite$/);
    const both = await hipcheck(["admin", "backup", "x.sqlite", "--into", "backups"], { cwd: dir });
    expect(both.code).toBe(65);
  });

  it("the daily systemd unit's command, run on a data folder, writes a checked backup where the unit says", async () => {
    const { dir } = firstReleaseFolder();
    const unit = readFileSync(join(REPO_ROOT, "deploy/systemd/hipcheck-backup.service"), "utf8");
    const keepDays = /^Environment=HIPCHECK_BACKUP_KEEP_DAYS=(\d+)$/m.exec(unit)?.[1] ?? "";
    const command = /^ExecStart=\/usr\/bin\/node apps\/cli\/bin\/hipcheck\.js (.+)$/m.exec(unit)?.[1] ?? "";
    const args = command
      .replaceAll("${HIPCHECK_BACKUP_KEEP_DAYS}", keepDays)
      .replaceAll("/var/backups/hipcheck", join(dir, "backups"))
      .replaceAll("/var/lib/hipcheck", join(dir, "data"))
      .split(" ");
    expect(args.slice(0, 2)).toEqual(["admin", "backup"]);
    const run = await hipcheck(args, { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, "backups"))).toEqual([expect.stringMatching(/^hipcheck-.*\.sqlite$/)]);
  });

  it("refuses a corrupt backup before copying anything", async () => {
    const { dir } = firstReleaseFolder();
    const damaged = readFileSync(testdataPath("databases/first-schema.sqlite"));
    // Past the header, into the pages: the file still says it is SQLite.
    damaged.fill(0x5a, 4096 * 3, 4096 * 6);
    writeFileSync(join(dir, "damaged.sqlite"), damaged);
    const run = await hipcheck(["admin", "restore", "damaged.sqlite", "--data-dir", "fresh"], { cwd: dir });
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(/integrity check|cannot be opened|malformed/);
    expect(existsSync(join(dir, "fresh", "hipcheck.sqlite"))).toBe(false);
  });
});

describe.runIf(process.env.TEST_DATABASE_URL !== undefined)("on PostgreSQL, the README's commands", () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  /** `createdb NAME`, as the README says, on the test server; returns the new database's URL. */
  function createdb(): string {
    const name = `hipcheck_cli_${randomUUID().replaceAll("-", "")}`;
    execFileSync("createdb", [`--maintenance-db=${serverUrl}`, name], { stdio: "pipe" });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }

  it("upgrade a first-release database after a backup, back it up with its push keys, and restore both elsewhere", async () => {
    const dir = tempDir();
    const databaseUrl = createdb();
    execFileSync(
      "psql",
      [
        "--no-psqlrc",
        "--quiet",
        "--single-transaction",
        "--set=ON_ERROR_STOP=1",
        `--file=${testdataPath("databases/first-schema.postgres.sql")}`,
        databaseUrl,
      ],
      { stdio: "pipe" },
    );
    const db = ["--database-url", databaseUrl, "--data-dir", "data"];
    const dryRun = await hipcheck(["admin", "migrate", "--dry-run", ...db], { cwd: dir });
    expect(dryRun.stdout).toMatch(/has 4 of \d+ schema steps/);
    expect(dryRun.stdout).toContain(`the database is copied to ${join(dir, "data", "backups")}`);
    const migrate = await hipcheck(["admin", "migrate", ...db], { cwd: dir });
    expect(migrate.stderr).toBe("");
    expect(migrate.code).toBe(0);
    expect(readdirSync(join(dir, "data", "backups"))).toEqual([
      expect.stringMatching(/^before-2026-12-04T1540-invitation-expiry-\d{8}T\d{6}Z\.tar$/),
    ]);

    const keys = JSON.stringify({ publicKey: "BClinicPublicKey", privateKey: "clinic-private-key" }, null, 2);
    writeFileSync(join(dir, "data", "vapid-keys.json"), keys, { mode: 0o600 });
    const backup = await hipcheck(["admin", "backup", "clinic.tar", ...db], { cwd: dir });
    expect(backup.stderr).toBe("");
    expect(backup.stdout).toContain("The push keys are in the backup too.");
    const restored = createdb();
    const restore = await hipcheck(
      ["admin", "restore", "clinic.tar", "--database-url", restored, "--data-dir", "restored-data"],
      { cwd: dir },
    );
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/and checked: \d+ rows in \d+ tables/);
    expect(readFileSync(join(dir, "restored-data", "vapid-keys.json"), "utf8")).toBe(keys);
    const upToDate = await hipcheck(["admin", "migrate", "--dry-run", "--database-url", restored], {
      cwd: dir,
    });
    expect(upToDate.stdout).toContain("is up to date");
  });
});
