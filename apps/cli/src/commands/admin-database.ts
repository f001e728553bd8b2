import { readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Command } from "commander";
import { SCHEMA_NEWER_EXIT_CODE, UPGRADE_BACKUP_FAILED_EXIT_CODE } from "@hipcheck/contracts";
import {
  backupDatabase,
  inspectSchema,
  openStorage,
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

/** The backup before an upgrade, as the command line and the environment set it (decision 0440). */
export type UpgradeBackupFlags = { upgradeBackupDir?: string; skipUpgradeBackup?: boolean };

export function upgradeBackupSettings(
  env: CliIo["env"],
  flags: UpgradeBackupFlags,
  resolveDir: (dir: string) => string = (dir) => dir,
): { upgradeBackupDir?: string; skipUpgradeBackup?: boolean } {
  const dir = flags.upgradeBackupDir ?? env.HIPCHECK_UPGRADE_BACKUP_DIR;
  const skipFromEnv = env.HIPCHECK_SKIP_UPGRADE_BACKUP?.trim().toLowerCase();
  const skip = flags.skipUpgradeBackup === true || ["1", "true", "yes"].includes(skipFromEnv ?? "");
  return {
    ...(dir === undefined || dir === "" ? {} : { upgradeBackupDir: resolveDir(dir) }),
    ...(skip ? { skipUpgradeBackup: true } : {}),
  };
}

export type BackupOptions = DatabaseOptions & { into?: string; keepDays?: string };

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
  const now = new Date();
  const folder = options.into === undefined ? undefined : resolve(io.cwd, options.into);
  const target =
    folder === undefined
      ? resolve(io.cwd, file ?? "")
      : join(folder, scheduledBackupName(location.dialect, now));
  const dataDir = resolve(io.cwd, options.dataDir);
  const keys = vapidKeyFileForBackup(dataDir, io.env);
  const keptFiles: KeptFile[] =
    keys === undefined ? [] : [{ name: VAPID_KEY_FILE, content: Buffer.from(keys) }];
  const made = await backupDatabase(location, target, now, keptFiles);
  if (!made.ok) return failWith(io, made.error);
  io.stdout(
    `Backup of the ${describeLocation(location)} written to ${made.value.file} and checked: ${summary(made.value)}.\n` +
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

export async function runRestore(io: CliIo, file: string, options: DatabaseOptions): Promise<ExitCode> {
  const location = locationOf(io, options);
  const dataDir = resolve(io.cwd, options.dataDir);
  const restored = await restoreDatabase(resolve(io.cwd, file), location, {
    dir: dataDir,
    names: [VAPID_KEY_FILE],
  });
  if (!restored.ok) return failWith(io, restored.error);
  io.stdout(
    `Restored ${file} into the ${describeLocation(location)} and checked: ${summary(restored.value)}.\n` +
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
  if (options.dryRun === true) {
    const backupDir = backup.upgradeBackupDir ?? resolve(io.cwd, options.dataDir, "backups");
    const backupNote =
      state.applied.length === 0
        ? ""
        : backup.skipUpgradeBackup === true
          ? "The database is not copied first (told to skip that backup).\n"
          : `Before the first, the database is copied to ${backupDir}.\n`;
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
  where(
    admin
      .command("backup")
      .argument("[file]", "the backup file to write (must not exist yet)")
      .option("--into <dir>", "write a backup named by the time into this folder (scheduled backups)")
      .option("--keep-days <n>", "with --into: then delete this folder's scheduled backups older than n days")
      .description("back up the database while HipCheck runs, and check the copy"),
  ).action(async (file: string | undefined, options: BackupOptions) => {
    finish(await runBackup(io, file, options));
  });
  where(
    admin
      .command("restore")
      .argument("<file>", "a backup written by `hipcheck admin backup`")
      .description(
        "restore a backup into an empty data folder or an empty PostgreSQL database, and check it",
      ),
  ).action(async (file: string, options: DatabaseOptions) => {
    finish(await runRestore(io, file, options));
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
      ),
  ).action(async (options: MigrateOptions) => {
    finish(await runMigrate(io, options));
  });
}
