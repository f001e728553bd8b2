import { closeSync, openSync, readdirSync, rmSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { SCHEMA_NEWER_EXIT_CODE, UPGRADE_BACKUP_FAILED_EXIT_CODE } from "@hipcheck/contracts";
import { ok, type HipError, type Result } from "@hipcheck/core";
import {
  backupDatabase,
  checkBackupRecipients,
  generateBackupKey,
  inspectSchema,
  openStorage,
  readBackupIdentities,
  readBackupRecipients,
  restoreDatabase,
  SchemaNewerThanCode,
  type BackupReport,
  type KeptFile,
  type RestoreReport,
  type UpgradeBackupFailed,
  type DatabaseLocation,
} from "@hipcheck/storage";
import { VAPID_KEY_FILE, vapidKeyFileForBackup } from "@hipcheck/server";
import type { CliIo, ExitCode } from "../io.js";
import type { DatabaseOptions } from "../local-hipcheck.js";
import { failWith } from "../output.js";
import { expiredBackups, scheduledBackupName } from "./backup-retention.js";

function locationOf(io: CliIo, options: DatabaseOptions): DatabaseLocation {
  const databaseUrl = options.databaseUrl ?? io.env.DATABASE_URL;
  return databaseUrl === undefined || databaseUrl === ""
    ? { dialect: "sqlite", dataDir: resolve(io.cwd, options.dataDir) }
    : { dialect: "postgres", databaseUrl };
}

function describeLocation(location: DatabaseLocation): string {
  if (location.dialect === "sqlite") return `SQLite database in ${location.dataDir}`;
  const url = new URL(location.databaseUrl);
  return `PostgreSQL database ${url.pathname.slice(1)} on ${url.host}`;
}

function summary(report: BackupReport): string {
  const rows = Object.entries(report.rowCounts)
    .filter(([table]) => !table.startsWith("kysely_"))
    .reduce((sum, [, count]) => sum + count, 0);
  return `${rows} ${rows === 1 ? "row" : "rows"} in ${Object.keys(report.rowCounts).length} tables, schema step ${report.schemaSteps.at(-1) ?? "none"}`;
}

/** The message of a database ahead of this code, with its own exit code, for every command that opens one. */
export function refuseNewerSchema(io: CliIo, error: SchemaNewerThanCode): ExitCode {
  io.stderr(`hipcheck: ${error.message}\n`);
  return SCHEMA_NEWER_EXIT_CODE;
}

export function isSchemaNewerThanCode(error: unknown): error is SchemaNewerThanCode {
  return error instanceof Error && error.name === "SchemaNewerThanCode";
}

export function isUpgradeBackupFailed(error: unknown): error is UpgradeBackupFailed {
  return error instanceof Error && error.name === "UpgradeBackupFailed";
}

/** Nothing was upgraded because the backup before it failed: what happened, and the two ways on. */
export function refuseUpgradeWithoutBackup(io: CliIo, error: UpgradeBackupFailed): ExitCode {
  io.stderr(
    `hipcheck: ${error.message}\n` +
      "Nothing was upgraded. Fix the cause (PostgreSQL: pg_dump of the server's major version, from Debian's " +
      "postgresql-client; room and write access in the backup folder), or take a backup yourself " +
      "(`hipcheck admin backup FILE`) and start again with HIPCHECK_SKIP_UPGRADE_BACKUP=1 " +
      "(or --skip-upgrade-backup).\n",
  );
  return UPGRADE_BACKUP_FAILED_EXIT_CODE;
}

/**
 * The backup before an upgrade, as the command line and the environment set it (decisions 0440, 0730): its
 * folder, whether to skip it, and the age recipients file it is encrypted to.
 */
export type UpgradeBackupFlags = {
  upgradeBackupDir?: string;
  skipUpgradeBackup?: boolean;
  backupRecipientsFile?: string;
};

export type UpgradeBackupSettings = {
  upgradeBackupDir?: string;
  skipUpgradeBackup?: boolean;
  upgradeBackupRecipientsFile?: string;
};

export function upgradeBackupSettings(
  env: CliIo["env"],
  flags: UpgradeBackupFlags,
  resolvePath: (path: string) => string = (path) => path,
): UpgradeBackupSettings {
  const dir = flags.upgradeBackupDir ?? env.HIPCHECK_UPGRADE_BACKUP_DIR;
  const skipFromEnv = env.HIPCHECK_SKIP_UPGRADE_BACKUP?.trim().toLowerCase();
  const skip = flags.skipUpgradeBackup === true || ["1", "true", "yes"].includes(skipFromEnv ?? "");
  const recipientsFile = flags.backupRecipientsFile ?? env.HIPCHECK_BACKUP_RECIPIENTS_FILE;
  return {
    ...(dir === undefined || dir === "" ? {} : { upgradeBackupDir: resolvePath(dir) }),
    ...(skip ? { skipUpgradeBackup: true } : {}),
    ...(recipientsFile === undefined || recipientsFile === ""
      ? {}
      : { upgradeBackupRecipientsFile: resolvePath(recipientsFile) }),
  };
}

/**
 * The public keys the backups before upgrades are encrypted to, read now: `serve` and `admin migrate` refuse a
 * recipients file they cannot read at once, rather than at the next upgrade.
 */
export function upgradeBackupRecipients(
  settings: UpgradeBackupSettings,
): Result<readonly string[], HipError> {
  return settings.upgradeBackupRecipientsFile === undefined
    ? ok([])
    : readBackupRecipients(settings.upgradeBackupRecipientsFile);
}

/** `--recipient` and `--recipients-file`, or else `HIPCHECK_BACKUP_RECIPIENTS_FILE`: whom a backup is encrypted to. */
function backupRecipientsOf(io: CliIo, options: BackupOptions): Result<readonly string[], HipError> {
  const given = checkBackupRecipients(options.recipient ?? [], "--recipient");
  if (!given.ok) return given;
  const fromFlag = options.recipientsFile;
  const file = fromFlag ?? (given.value.length === 0 ? io.env.HIPCHECK_BACKUP_RECIPIENTS_FILE : undefined);
  if (file === undefined || file === "") return given;
  const read = readBackupRecipients(resolve(io.cwd, file));
  return read.ok ? ok([...given.value, ...read.value]) : read;
}

function keyCount(count: number): string {
  return `${count} public ${count === 1 ? "key" : "keys"}`;
}

export type BackupOptions = DatabaseOptions & {
  into?: string;
  keepDays?: string;
  /** age public keys (repeatable). */
  recipient?: string[];
  recipientsFile?: string;
};

export async function runBackup(
  io: CliIo,
  file: string | undefined,
  options: BackupOptions,
): Promise<ExitCode> {
  const location = locationOf(io, options);
  const keepDays = options.keepDays === undefined ? undefined : Number(options.keepDays);
  if (keepDays !== undefined && !(Number.isInteger(keepDays) && keepDays >= 1)) {
    return failWith(io, {
      kind: "invalid-input",
      message: `--keep-days: give a whole number of days, 1 or more (got "${options.keepDays ?? ""}")`,
      field: "keep-days",
    });
  }
  if (
    (file === undefined) === (options.into === undefined) ||
    (keepDays !== undefined && options.into === undefined)
  ) {
    return failWith(io, {
      kind: "invalid-input",
      message:
        "give either the backup FILE, or --into DIR (a file named by the time, with --keep-days N to delete older ones)",
    });
  }
  const recipients = backupRecipientsOf(io, options);
  if (!recipients.ok) return failWith(io, recipients.error);
  const encrypted = recipients.value.length > 0;
  const now = new Date();
  const folder = options.into === undefined ? undefined : resolve(io.cwd, options.into);
  const target =
    folder === undefined
      ? resolve(io.cwd, file ?? "")
      : join(folder, scheduledBackupName(location.dialect, now, encrypted));
  const dataDir = resolve(io.cwd, options.dataDir);
  const keys = vapidKeyFileForBackup(dataDir, io.env);
  const keptFiles: KeptFile[] =
    keys === undefined ? [] : [{ name: VAPID_KEY_FILE, content: Buffer.from(keys) }];
  const made = await backupDatabase(location, target, now, { keptFiles, recipients: recipients.value });
  if (!made.ok) return failWith(io, made.error);
  const sealed = encrypted ? ` (encrypted to ${keyCount(recipients.value.length)})` : "";
  io.stdout(
    `Backup of the ${describeLocation(location)} written to ${made.value.file}${sealed} and checked: ${summary(made.value)}.\n` +
      (keys === undefined
        ? `No push keys to keep: ${join(dataDir, VAPID_KEY_FILE)} does not exist yet (the server makes it at its first start).\n`
        : "The push keys are in the backup too.\n"),
  );
  if (folder !== undefined && keepDays !== undefined) {
    const expired = expiredBackups(readdirSync(folder), now, keepDays);
    for (const name of expired) rmSync(join(folder, name), { force: true });
    if (expired.length > 0) {
      io.stdout(
        `Deleted ${expired.length} ${expired.length === 1 ? "backup" : "backups"} older than ${keepDays} days.\n`,
      );
    }
  }
  return 0;
}

export type RestoreOptions = DatabaseOptions & {
  /** age key files (repeatable) for an encrypted backup. */
  identity?: string[];
};

/** The private keys of every `--identity` file. */
function identitiesOf(io: CliIo, files: readonly string[]): Result<readonly string[], HipError> {
  const keys: string[] = [];
  for (const file of files) {
    const read = readBackupIdentities(resolve(io.cwd, file));
    if (!read.ok) return read;
    keys.push(...read.value);
  }
  return ok(keys);
}

export async function runRestore(io: CliIo, file: string, options: RestoreOptions): Promise<ExitCode> {
  const location = locationOf(io, options);
  const dataDir = resolve(io.cwd, options.dataDir);
  const keyFiles = options.identity ?? [];
  const keys = identitiesOf(io, keyFiles);
  if (!keys.ok) return failWith(io, keys.error);
  const restored = await restoreDatabase(resolve(io.cwd, file), location, {
    keptFilesPlace: { dir: dataDir, names: [VAPID_KEY_FILE] },
    identities: { keys: keys.value, from: keyFiles.join(", ") },
  });
  if (!restored.ok) return failWith(io, restored.error);
  const opened = restored.value.encrypted ? ` (decrypted with ${keyFiles.join(", ")})` : "";
  io.stdout(
    `Restored ${file}${opened} into the ${describeLocation(location)} and checked: ${summary(restored.value)}.\n` +
      pushKeysNote(restored.value, dataDir) +
      "Start HipCheck on it; it upgrades the schema if this version is newer.\n",
  );
  return 0;
}

function pushKeysNote(report: RestoreReport, dataDir: string): string {
  const path = join(dataDir, VAPID_KEY_FILE);
  const keys = report.restoredFiles.find((file) => file.name === VAPID_KEY_FILE);
  if (keys?.outcome === "written") {
    return `The push keys are back in ${path}: browsers subscribed to reminders keep getting them.\n`;
  }
  if (keys?.outcome === "already-there") return `${path} already held the same push keys.\n`;
  return "This backup holds no push keys (it was made before backups kept them, or before the server's first start): reminders need each browser to subscribe again, unless the keys are set in HIPCHECK_VAPID_*.\n";
}

/**
 * Writes a new age key pair's private key to `keyFile` (mode 0600, never over an existing file) and prints its
 * public key: made on the operator's own machine, the private key never needs to be on the server.
 */
export async function runBackupKey(io: CliIo, keyFile: string): Promise<ExitCode> {
  const path = resolve(io.cwd, keyFile);
  const key = await generateBackupKey(new Date());
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o600);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return failWith(
      io,
      code === "EEXIST"
        ? { kind: "conflict", message: `${path} already exists: a key file is never overwritten` }
        : { kind: "invalid-input", message: `${path} cannot be written: ${(error as Error).message}` },
    );
  }
  try {
    writeSync(fd, key.identityFile);
  } finally {
    closeSync(fd);
  }
  io.stdout(
    `Private key written to ${path}: keep it off the server (a password manager, an offline copy); without it no encrypted backup can be restored.\n` +
      `Public key: ${key.recipient}\n` +
      "On the server, put the public key in a recipients file and name it in HIPCHECK_BACKUP_RECIPIENTS_FILE (or give it to `hipcheck admin backup --recipient`).\n",
  );
  return 0;
}

export type MigrateOptions = DatabaseOptions & UpgradeBackupFlags & { dryRun?: boolean };

export async function runMigrate(io: CliIo, options: MigrateOptions): Promise<ExitCode> {
  const location = locationOf(io, options);
  const storageOptions =
    location.dialect === "sqlite"
      ? { dataDir: location.dataDir }
      : { databaseUrl: location.databaseUrl, dataDir: resolve(io.cwd, options.dataDir) };
  const state = await inspectSchema(storageOptions);
  if (state.unknown.length > 0) return refuseNewerSchema(io, new SchemaNewerThanCode(state.unknown));
  const where = describeLocation(location);
  const total = state.applied.length + state.pending.length;
  if (state.pending.length === 0) {
    io.stdout(`The ${where} is up to date (${total} schema steps).\n`);
    return 0;
  }
  const backup = upgradeBackupSettings(io.env, options, (dir) => resolve(io.cwd, dir));
  const recipients = upgradeBackupRecipients(backup);
  if (!recipients.ok) return failWith(io, recipients.error);
  if (options.dryRun === true) {
    const backupDir = backup.upgradeBackupDir ?? resolve(io.cwd, options.dataDir, "backups");
    const sealed = recipients.value.length > 0 ? `, encrypted to ${keyCount(recipients.value.length)}` : "";
    const backupNote =
      state.applied.length === 0
        ? ""
        : backup.skipUpgradeBackup === true
          ? "The database is not copied first (told to skip that backup).\n"
          : `Before the first, the database is copied to ${backupDir}${sealed}.\n`;
    io.stdout(
      `The ${where} has ${state.applied.length} of ${total} schema steps. An upgrade would run, in order, each in its own transaction:\n` +
        state.pending.map((name) => `  ${name}\n`).join("") +
        backupNote +
        "Nothing was changed (--dry-run).\n",
    );
    return 0;
  }
  const storage = await openStorage({
    ...storageOptions,
    ...backup,
    onUpgrade: (message) => {
      io.stdout(`${message}\n`);
    },
  });
  await storage.close();
  io.stdout(`The ${where} is up to date (${total} schema steps).\n`);
  return 0;
}

export function registerDatabaseCommands(admin: Command, io: CliIo, finish: (code: ExitCode) => void): void {
  const where = (command: Command) =>
    command
      .option("--data-dir <dir>", "folder of the embedded SQLite database", ".data")
      .option("--database-url <url>", "PostgreSQL connection string (default: $DATABASE_URL)");
  const repeated = (value: string, previous: string[]): string[] => [...previous, value];
  where(
    admin
      .command("backup")
      .argument("[file]", "the backup file to write (must not exist yet)")
      .option("--into <dir>", "write a backup named by the time into this folder (scheduled backups)")
      .option("--keep-days <n>", "with --into: then delete this folder's scheduled backups older than n days")
      .option(
        "--recipient <age1…>",
        "encrypt the backup to this age public key (repeatable); only its private key opens it",
        repeated,
        [],
      )
      .option(
        "--recipients-file <file>",
        "encrypt to the age public keys of this file, one a line (default: $HIPCHECK_BACKUP_RECIPIENTS_FILE)",
      )
      .description("back up the database while HipCheck runs, and check the copy"),
  ).action(async (file: string | undefined, options: BackupOptions) => {
    finish(await runBackup(io, file, options));
  });
  where(
    admin
      .command("restore")
      .argument("<file>", "a backup written by `hipcheck admin backup`")
      .option(
        "--identity <keyfile>",
        "the age private key file that opens an encrypted backup (repeatable)",
        repeated,
        [],
      )
      .description(
        "restore a backup into an empty data folder or an empty PostgreSQL database, and check it",
      ),
  ).action(async (file: string, options: RestoreOptions) => {
    finish(await runRestore(io, file, options));
  });
  admin
    .command("backup-key")
    .argument("<keyfile>", "where to write the private key (must not exist yet); run this off the server")
    .description("make an age key pair for encrypted backups: writes the private key, prints the public key")
    .action(async (keyFile: string) => {
      finish(await runBackupKey(io, keyFile));
    });
  where(
    admin
      .command("migrate")
      .description("upgrade the database to this version's schema (HipCheck also does it when it starts)")
      .option("--dry-run", "list the schema steps an upgrade would run, and change nothing")
      .option(
        "--upgrade-backup-dir <dir>",
        "where the backup before the upgrade goes (default: backups/ in the data folder, or $HIPCHECK_UPGRADE_BACKUP_DIR)",
      )
      .option(
        "--skip-upgrade-backup",
        "upgrade without that backup, having taken one yourself (also HIPCHECK_SKIP_UPGRADE_BACKUP=1)",
      )
      .option(
        "--backup-recipients-file <file>",
        "encrypt that backup to the age public keys of this file (default: $HIPCHECK_BACKUP_RECIPIENTS_FILE)",
      ),
  ).action(async (options: MigrateOptions) => {
    finish(await runMigrate(io, options));
  });
}
