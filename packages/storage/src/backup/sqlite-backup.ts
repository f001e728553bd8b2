/**
 * Backups of the embedded SQLite database, taken while the server runs, and their restore into an empty data
 * folder (docs/decisions/0400-backups-that-restore.md).
 *
 * `VACUUM INTO` copies the database as one read transaction sees it: in WAL mode the server keeps writing
 * meanwhile, and every transaction committed before the copy began is in it
 * (https://www.sqlite.org/lang_vacuum.html#vacuuminto, https://www.sqlite.org/wal.html). The online backup API
 * would start over each time the server writes, and may never finish under a steady stream of writes.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from "node:fs";
import { copyFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { err, ok, type HipError, type Result } from "@hipcheck/core";
import { DEFAULT_SQLITE_FILENAME } from "../storage-files.js";
import { newerSteps } from "./backup-checks.js";
import { keptFileConflict, writeKeptFiles } from "./kept-files.js";
import type { KeptFile, KeptFileOutcome, KeptFilesPlace } from "./kept-files.js";

/**
 * The table a backup file keeps the data folder's files in (decision 0441): in the backup only, dropped from the
 * restored database. `sqlite3 FILE "select name from hipcheck_backup_files"` lists them.
 */
export const KEPT_FILES_TABLE = "hipcheck_backup_files";

export type SqliteBackupReport = {
  readonly file: string;
  /** The schema steps the file holds, in order. */
  readonly schemaSteps: readonly string[];
  readonly rowCounts: Readonly<Record<string, number>>;
  /** The data folder's files the backup carries (push keys). */
  readonly keptFiles: readonly string[];
};

export type SqliteRestoreReport = SqliteBackupReport & { readonly restoredFiles: readonly KeptFileOutcome[] };

/** A file that stays unreadable to other users of the machine: backups hold health data. */
const PRIVATE_FILE_MODE = 0o600;

function fsyncPath(path: string, flags: "r" | "r+" = "r"): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What `PRAGMA integrity_check` and `foreign_key_check` find, and the steps and rows the file holds. */
export function checkSqliteFile(path: string): Result<Omit<SqliteBackupReport, "file">, HipError> {
  let database: SQLite.Database;
  try {
    database = new SQLite(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    return err({
      kind: "invalid-input",
      message: `${path} cannot be opened as SQLite: ${(error as Error).message}`,
    });
  }
  try {
    const integrity = database.pragma("integrity_check", { simple: true }) as string;
    if (integrity !== "ok") {
      return err({ kind: "invalid-input", message: `${path} fails SQLite's integrity check: ${integrity}` });
    }
    const dangling = database.pragma("foreign_key_check") as unknown[];
    if (dangling.length > 0) {
      return err({
        kind: "invalid-input",
        message: `${path} has ${dangling.length} rows pointing at rows that are not there`,
      });
    }
    const tables = database
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name",
      )
      .pluck()
      .all() as string[];
    if (!tables.includes("kysely_migration")) {
      return err({
        kind: "invalid-input",
        message: `${path} is not a HipCheck database (no schema steps in it)`,
      });
    }
    const steps = database
      .prepare("select name from kysely_migration order by name")
      .pluck()
      .all() as string[];
    const rowCounts: Record<string, number> = {};
    for (const table of tables.filter((name) => name !== KEPT_FILES_TABLE)) {
      rowCounts[table] = database
        .prepare(`select count(*) from "${table.replaceAll('"', '""')}"`)
        .pluck()
        .get() as number;
    }
    const keptFiles = tables.includes(KEPT_FILES_TABLE)
      ? (database.prepare(`select name from ${KEPT_FILES_TABLE} order by name`).pluck().all() as string[])
      : [];
    return ok({ schemaSteps: steps, rowCounts, keptFiles });
  } finally {
    database.close();
  }
}

function readKeptFiles(path: string): KeptFile[] {
  const database = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const exists = database
      .prepare("select 1 from sqlite_master where type = 'table' and name = ?")
      .get(KEPT_FILES_TABLE);
    if (exists === undefined) return [];
    return database
      .prepare(`select name, content from ${KEPT_FILES_TABLE} order by name`)
      .all() as KeptFile[];
  } finally {
    database.close();
  }
}

/** Adds the files to a fresh copy, which becomes one self-contained file (no write-ahead log beside it). */
function addKeptFiles(path: string, files: readonly KeptFile[]): void {
  const database = new SQLite(path, { fileMustExist: true });
  try {
    database.pragma("journal_mode = DELETE");
    database.exec(`create table ${KEPT_FILES_TABLE} (name text primary key, content blob not null)`);
    const insert = database.prepare(`insert into ${KEPT_FILES_TABLE} (name, content) values (?, ?)`);
    database.transaction(() => {
      for (const file of files) insert.run(file.name, file.content);
    })();
  } finally {
    database.close();
  }
}

function dropKeptFiles(path: string): void {
  const database = new SQLite(path, { fileMustExist: true });
  try {
    database.exec(`drop table if exists ${KEPT_FILES_TABLE}`);
  } finally {
    database.close();
  }
}

/**
 * Copies the live database `sourcePath` to `targetPath` (which must not exist), checks the copy, and only then
 * gives it its name: a backup file that exists is whole. The source is opened read-only and never migrated.
 */
export function backupSqlite(
  sourcePath: string,
  targetPath: string,
  keptFiles: readonly KeptFile[] = [],
): Result<SqliteBackupReport, HipError> {
  if (!existsSync(sourcePath)) {
    return err({
      kind: "not-found",
      message: `there is no HipCheck database at ${sourcePath} (check --data-dir)`,
    });
  }
  if (existsSync(targetPath)) {
    return err({
      kind: "conflict",
      message: `${targetPath} already exists: choose a new file name for the backup`,
    });
  }
  mkdirSync(dirname(targetPath), { recursive: true });
  const partial = `${targetPath}.partial`;
  rmSync(partial, { force: true });
  // VACUUM INTO accepts an empty file: creating it first gives it a private mode from the start.
  closeSync(openSync(partial, "wx", PRIVATE_FILE_MODE));
  const source = new SQLite(sourcePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma("busy_timeout = 10000");
    source.prepare("vacuum into ?").run(partial);
    if (keptFiles.length > 0) addKeptFiles(partial, keptFiles);
  } catch (error) {
    rmSync(partial, { force: true });
    return err({
      kind: "unavailable",
      message: `the backup could not be written: ${(error as Error).message}`,
    });
  } finally {
    source.close();
  }
  return sealBackup(partial, targetPath);
}

/** Checks a freshly written copy, flushes it to disk and renames it to its final name. */
function sealBackup(partial: string, targetPath: string): Result<SqliteBackupReport, HipError> {
  const checked = checkSqliteFile(partial);
  if (!checked.ok) {
    rmSync(partial, { force: true });
    return checked;
  }
  fsyncPath(partial, "r+");
  renameSync(partial, targetPath);
  fsyncPath(dirname(resolve(targetPath)));
  return ok({ file: targetPath, ...checked.value });
}

/** The SQLite file and its companions; a data folder holding any of them already has a database. */
function databaseFilesIn(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  const names = [
    DEFAULT_SQLITE_FILENAME,
    ...["-wal", "-shm", "-journal"].map((s) => DEFAULT_SQLITE_FILENAME + s),
  ];
  return readdirSync(dataDir).filter((name) => names.includes(name));
}

/**
 * Restores an SQLite backup into a data folder that has no database yet (other files, such as the push keys, may
 * be there). The backup is checked before it is copied and the copy after; a backup from a newer HipCheck is
 * refused, since this version could not open it.
 */
export async function restoreSqlite(
  backupPath: string,
  dataDir: string,
  keptFilesPlace?: KeptFilesPlace,
): Promise<Result<SqliteRestoreReport, HipError>> {
  const present = databaseFilesIn(dataDir);
  if (present.length > 0) {
    return err({
      kind: "conflict",
      message: `${dataDir} already holds a database (${present.join(", ")}): restore only into an empty data folder, so that nothing is overwritten`,
    });
  }
  const checked = checkSqliteFile(backupPath);
  if (!checked.ok) return checked;
  const newer = newerSteps(checked.value.schemaSteps);
  if (newer !== undefined) return err(newer);
  const keptFiles = readKeptFiles(backupPath);
  const place = keptFilesPlace ?? { dir: dataDir, names: [] };
  const conflict = keptFileConflict(keptFiles, place);
  if (conflict !== undefined) return err(conflict);
  mkdirSync(dataDir, { recursive: true });
  const target = join(dataDir, DEFAULT_SQLITE_FILENAME);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  closeSync(openSync(partial, "wx", PRIVATE_FILE_MODE));
  await copyFile(backupPath, partial);
  if (keptFiles.length > 0) dropKeptFiles(partial);
  const sealed = sealBackup(partial, target);
  if (!sealed.ok) return sealed;
  return ok({
    ...sealed.value,
    keptFiles: checked.value.keptFiles,
    restoredFiles: writeKeptFiles(keptFiles, place),
  });
}
