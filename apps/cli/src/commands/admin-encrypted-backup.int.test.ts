import { execFileSync } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { testdataPath } from "../../../../testdata/testdata-path.js";
import { hipcheck, tempDir } from "../../test/kit.js";

/** What the first-release database holds that no one without the key may read. */
const PLAIN_WORDS = [
  "SQLite format 3",
  "dana.runner@example.org",
  "Hip hitch on the left, week 1.",
  '"painWorst":6',
  "clinic-private-key",
];

const PUSH_KEYS = JSON.stringify(
  { publicKey: "BClinicPublicKey", privateKey: "clinic-private-key" },
  null,
  2,
);

/** A folder with a data folder holding the first-release database and the server's push keys. */
function clinicFolder(): string {
  const dir = tempDir();
  mkdirSync(join(dir, "data"));
  copyFileSync(testdataPath("databases/first-schema.sqlite"), join(dir, "data", "hipcheck.sqlite"));
  writeFileSync(join(dir, "data", "vapid-keys.json"), PUSH_KEYS, { mode: 0o600 });
  return dir;
}

/** `hipcheck admin backup-key FILE` in `dir`; returns the public key it printed. */
async function backupKey(dir: string, file: string): Promise<string> {
  const run = await hipcheck(["admin", "backup-key", file], { cwd: dir });
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return /^Public key: (age1[a-z0-9]+)$/m.exec(run.stdout)?.[1] ?? "";
}

/** The plain copies a backup or restore leaves in the temporary folder: there must be none. */
function plainLeftovers(): string[] {
  return readdirSync(tmpdir()).filter((name) => /^hipcheck-(backup|restore)-plain-/.test(name));
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function rowsOf(database: string): { pain: unknown[]; notes: unknown[]; accounts: unknown[] } {
  const db = new SQLite(database, { readonly: true });
  try {
    return {
      pain: db.prepare("select * from pain_entries order by id").all(),
      notes: db.prepare("select * from coach_notes order by id").all(),
      accounts: db.prepare("select * from accounts order by id").all(),
    };
  } finally {
    db.close();
  }
}

describe("encrypted backups on SQLite", () => {
  it("are unreadable without the private key, and restore with it: data and push keys", async () => {
    const dir = clinicFolder();
    const recipient = await backupKey(dir, "clinic-key.txt");
    expect(recipient).toMatch(/^age1/);
    expect(statSync(join(dir, "clinic-key.txt")).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, "clinic-key.txt"), "utf8")).toMatch(/^AGE-SECRET-KEY-1[A-Z0-9]+$/m);

    const backup = await hipcheck(
      ["admin", "backup", "clinic.sqlite.age", "--recipient", recipient, "--data-dir", "data"],
      { cwd: dir },
    );
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(
      /written to .*clinic\.sqlite\.age \(encrypted to 1 public key\) and checked/,
    );
    expect(backup.stdout).toContain("The push keys are in the backup too.");
    const file = join(dir, "clinic.sqlite.age");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 22).toString("latin1")).toBe("age-encryption.org/v1\n");
    for (const words of PLAIN_WORDS) expect(bytes.includes(Buffer.from(words)), words).toBe(false);
    expect(plainLeftovers()).toEqual([]);

    const restore = await hipcheck(
      ["admin", "restore", "clinic.sqlite.age", "--identity", "clinic-key.txt", "--data-dir", "restored"],
      { cwd: dir },
    );
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/Restored clinic\.sqlite\.age \(decrypted with clinic-key\.txt\)/);
    expect(restore.stdout).toContain("The push keys are back in");
    expect(rowsOf(join(dir, "restored", "hipcheck.sqlite"))).toEqual(
      rowsOf(join(dir, "data", "hipcheck.sqlite")),
    );
    expect(readFileSync(join(dir, "restored", "vapid-keys.json"), "utf8")).toBe(PUSH_KEYS);
    expect(readdirSync(join(dir, "restored")).sort()).toEqual(["hipcheck.sqlite", "vapid-keys.json"]);
    expect(plainLeftovers()).toEqual([]);
  });

  it("refuses without a key, with another key, and when damaged or cut short, and changes nothing", async () => {
    const dir = clinicFolder();
    const recipient = await backupKey(dir, "clinic-key.txt");
    await backupKey(dir, "other-key.txt");
    const backup = await hipcheck(
      ["admin", "backup", "clinic.sqlite.age", "--recipient", recipient, "--data-dir", "data"],
      { cwd: dir },
    );
    expect(backup.code).toBe(0);
    const file = join(dir, "clinic.sqlite.age");
    const restoreInto = (backupFile: string, keyFile?: string) =>
      hipcheck(
        [
          "admin",
          "restore",
          backupFile,
          ...(keyFile === undefined ? [] : ["--identity", keyFile]),
          "--data-dir",
          "target",
        ],
        { cwd: dir },
      );

    const noKey = await restoreInto("clinic.sqlite.age");
    expect(noKey.code).toBe(77);
    expect(noKey.stderr).toMatch(
      /is an encrypted backup: give the private key that opens it \(--identity KEYFILE\)/,
    );

    const otherKey = await restoreInto("clinic.sqlite.age", "other-key.txt");
    expect(otherKey.code).toBe(77);
    expect(otherKey.stderr).toMatch(/the key in other-key\.txt does not open .*clinic\.sqlite\.age/);

    const notAKey = await restoreInto("clinic.sqlite.age", "clinic.sqlite.age");
    expect(notAKey.code).toBe(65);
    expect(notAKey.stderr).toMatch(/is not an age private key/);

    // Cut short by a whole number of age's 64 KiB chunks: every chunk left is whole, only the end is missing.
    const whole = readFileSync(file);
    const cut = join(dir, "cut.sqlite.age");
    copyFileSync(file, cut);
    truncateSync(cut, whole.length - (64 * 1024 + 16));
    const truncated = await restoreInto("cut.sqlite.age", "clinic-key.txt");
    expect(truncated.code).toBe(65);
    expect(truncated.stderr).toMatch(/cut\.sqlite\.age is damaged or cut short/);

    const damaged = Buffer.from(whole);
    damaged[Math.floor(damaged.length / 2)] = (damaged[Math.floor(damaged.length / 2)] ?? 0) ^ 0x01;
    writeFileSync(join(dir, "damaged.sqlite.age"), damaged);
    const flipped = await restoreInto("damaged.sqlite.age", "clinic-key.txt");
    expect(flipped.code).toBe(65);
    expect(flipped.stderr).toMatch(/damaged\.sqlite\.age is damaged or cut short/);

    // The header's MAC, on the line "--- …" that ends the header.
    const header = Buffer.from(whole);
    const mac = header.indexOf("\n--- ") + 5;
    header.write(header[mac] === 0x41 ? "B" : "A", mac, "latin1");
    writeFileSync(join(dir, "header.sqlite.age"), header);
    const badHeader = await restoreInto("header.sqlite.age", "clinic-key.txt");
    expect(badHeader.code).toBe(65);
    expect(badHeader.stderr).toMatch(/header\.sqlite\.age is damaged/);

    expect(existsSync(join(dir, "target"))).toBe(false);
    expect(plainLeftovers()).toEqual([]);
    expect(sha256(file)).toBe(createHash("sha256").update(whole).digest("hex"));
  });

  it("the daily command encrypts to the recipients file of the environment, and keeps its retention", async () => {
    const dir = clinicFolder();
    const recipient = await backupKey(dir, "clinic-key.txt");
    writeFileSync(join(dir, "recipients.txt"), `# the clinic's backup key\n${recipient}\n`);
    mkdirSync(join(dir, "backups"));
    const old = "hipcheck-20200101T020000Z.sqlite.age";
    writeFileSync(join(dir, "backups", old), "an old backup");
    const run = await hipcheck(
      ["admin", "backup", "--into", "backups", "--keep-days", "14", "--data-dir", "data"],
      { cwd: dir, env: { HIPCHECK_BACKUP_RECIPIENTS_FILE: "recipients.txt" } },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Deleted 1 backup older than 14 days");
    const left = readdirSync(join(dir, "backups"));
    expect(left).toEqual([expect.stringMatching(/^hipcheck-\d{8}T\d{6}Z\.sqlite\.age$/)]);
    const restore = await hipcheck(
      ["admin", "restore", join("backups", left[0] ?? ""), "--identity", "clinic-key.txt", "--data-dir", "r"],
      { cwd: dir },
    );
    expect(restore.code).toBe(0);
  });

  it("refuses a private key given as a recipient, and writes nothing", async () => {
    const dir = clinicFolder();
    await backupKey(dir, "clinic-key.txt");
    const secret =
      /^AGE-SECRET-KEY-1\S+$/m.exec(readFileSync(join(dir, "clinic-key.txt"), "utf8"))?.[0] ?? "";
    const run = await hipcheck(
      ["admin", "backup", "copy.sqlite.age", "--recipient", secret, "--data-dir", "data"],
      { cwd: dir },
    );
    expect(run.code).toBe(65);
    expect(run.stderr).toMatch(/is not an age public key/);
    expect(run.stderr).not.toContain(secret);
    expect(existsSync(join(dir, "copy.sqlite.age"))).toBe(false);
  });

  it("encrypts the backup before an upgrade to the configured recipients, and it restores", async () => {
    const dir = clinicFolder();
    // The database as it was, read from a copy: opening the fixture itself would leave SQLite's files beside it.
    copyFileSync(join(dir, "data", "hipcheck.sqlite"), join(dir, "as-it-was.sqlite"));
    const recipient = await backupKey(dir, "clinic-key.txt");
    writeFileSync(join(dir, "recipients.txt"), `${recipient}\n`);
    const env = { HIPCHECK_BACKUP_RECIPIENTS_FILE: "recipients.txt" };
    const dryRun = await hipcheck(["admin", "migrate", "--dry-run", "--data-dir", "data"], { cwd: dir, env });
    expect(dryRun.stdout).toMatch(/copied to .*backups, encrypted to 1 public key/);
    const missing = await hipcheck(["admin", "migrate", "--data-dir", "data"], {
      cwd: dir,
      env: { HIPCHECK_BACKUP_RECIPIENTS_FILE: "no-such-file.txt" },
    });
    expect(missing.code).toBe(66);
    expect(missing.stderr).toMatch(/there is no recipients file .*no-such-file\.txt/);
    expect(existsSync(join(dir, "data", "backups"))).toBe(false);
    // serve refuses it at start, before the database is opened.
    const serve = await hipcheck(
      [
        "serve",
        "--port",
        "0",
        "--data-dir",
        join(dir, "data"),
        "--backup-recipients-file",
        join(dir, "none.txt"),
      ],
      { cwd: dir },
    );
    expect(serve.code).toBe(66);
    expect(serve.stderr).toMatch(/there is no recipients file .*none\.txt/);
    expect(existsSync(join(dir, "data", "backups"))).toBe(false);

    const migrate = await hipcheck(["admin", "migrate", "--data-dir", "data"], { cwd: dir, env });
    expect(migrate.stderr).toBe("");
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toMatch(/copied to .*\.sqlite\.age \(encrypted\) before upgrading/);
    const [upgradeBackup] = readdirSync(join(dir, "data", "backups"));
    expect(upgradeBackup).toMatch(/^before-.*-\d{8}T\d{6}Z\.sqlite\.age$/);
    const path = join(dir, "data", "backups", upgradeBackup ?? "");
    const bytes = readFileSync(path);
    for (const words of PLAIN_WORDS.slice(0, 4)) {
      expect(bytes.includes(Buffer.from(words)), words).toBe(false);
    }
    const restore = await hipcheck(
      ["admin", "restore", path, "--identity", "clinic-key.txt", "--data-dir", "before-upgrade"],
      { cwd: dir },
    );
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(rowsOf(join(dir, "before-upgrade", "hipcheck.sqlite"))).toEqual(
      rowsOf(join(dir, "as-it-was.sqlite")),
    );
  });
});

describe.runIf(process.env.TEST_DATABASE_URL !== undefined)("encrypted backups on PostgreSQL", () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  function createdb(): string {
    const name = `hipcheck_enc_${randomUUID().replaceAll("-", "")}`;
    execFileSync("createdb", [`--maintenance-db=${serverUrl}`, name], { stdio: "pipe" });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return url.toString();
  }
  /** One value of a query, read with psql as an operator would. */
  function psqlValue(databaseUrl: string, query: string): string {
    return execFileSync("psql", ["--no-psqlrc", "-tAc", query, databaseUrl], { encoding: "utf8" }).trim();
  }
  const tables = "select count(*) from information_schema.tables where table_schema = current_schema()";

  it("backs up to an encrypted archive that restores only with the right key", async () => {
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
    const recipient = await backupKey(dir, "clinic-key.txt");
    await backupKey(dir, "other-key.txt");
    const backup = await hipcheck(
      ["admin", "backup", "clinic.tar.age", "--recipient", recipient, "--database-url", databaseUrl],
      { cwd: dir },
    );
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    const bytes = readFileSync(join(dir, "clinic.tar.age"));
    for (const words of ["ustar", "manifest.json", "dana.runner@example.org", "Hip hitch on the left"]) {
      expect(bytes.includes(Buffer.from(words)), words).toBe(false);
    }

    const restored = createdb();
    const wrong = await hipcheck(
      ["admin", "restore", "clinic.tar.age", "--identity", "other-key.txt", "--database-url", restored],
      { cwd: dir },
    );
    expect(wrong.code).toBe(77);
    expect(psqlValue(restored, tables)).toBe("0");

    const restore = await hipcheck(
      ["admin", "restore", "clinic.tar.age", "--identity", "clinic-key.txt", "--database-url", restored],
      { cwd: dir },
    );
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/\(decrypted with clinic-key\.txt\).*and checked: \d+ rows in \d+ tables/);
    expect(psqlValue(restored, "select body from coach_notes")).toBe("Hip hitch on the left, week 1.");
    expect(plainLeftovers()).toEqual([]);
  });
});
