/**
 * `hipcheck admin backup` and `restore` for either dialect: the database is the SQLite file of a data folder, or
 * the PostgreSQL database of a URL. A backup file says which kind it is by its first bytes, so a restore never
 * guesses.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { err, type HipError, type Result } from "@hipcheck/core";
import { DEFAULT_SQLITE_FILENAME } from "../storage-files.js";
import { backupPostgres, restorePostgres } from "./postgres-backup.js";
import { backupSqlite, restoreSqlite } from "./sqlite-backup.js";
import type { KeptFile, KeptFileOutcome, KeptFilesPlace } from "./kept-files.js";

export type { KeptFile, KeptFileOutcome, KeptFilesPlace } from "./kept-files.js";

export type DatabaseLocation =
  | { readonly dialect: "sqlite"; readonly dataDir: string }
  | { readonly dialect: "postgres"; readonly databaseUrl: string };

export type BackupReport = {
  readonly file: string;
  readonly dialect: "sqlite" | "postgres";
  readonly schemaSteps: readonly string[];
  readonly rowCounts: Readonly<Record<string, number>>;
  /** The data folder's files the backup carries (the push keys), by name. */
  readonly keptFiles: readonly string[];
};

export type RestoreReport = BackupReport & {
  /** What became of each carried file in the data folder. */
  readonly restoredFiles: readonly KeptFileOutcome[];
};

export async function backupDatabase(
  location: DatabaseLocation,
  targetPath: string,
  now: Date,
  keptFiles: readonly KeptFile[] = [],
): Promise<Result<BackupReport, HipError>> {
  const made =
    location.dialect === "sqlite"
      ? backupSqlite(join(location.dataDir, DEFAULT_SQLITE_FILENAME), targetPath, keptFiles)
      : await backupPostgres(location.databaseUrl, targetPath, now, keptFiles);
  return made.ok ? { ok: true, value: { ...made.value, dialect: location.dialect } } : made;
}

const SQLITE_MAGIC = "SQLite format 3\u0000";
/** POSIX tar archives carry "ustar" at byte 257. */
const TAR_MAGIC_OFFSET = 257;

function backupKind(path: string): "sqlite" | "postgres" | "unknown" | "missing" {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return "missing";
  }
  try {
    const head = Buffer.alloc(TAR_MAGIC_OFFSET + 5);
    const read = readSync(fd, head, 0, head.length, 0);
    if (head.subarray(0, 16).toString("latin1") === SQLITE_MAGIC) return "sqlite";
    if (read === head.length && head.subarray(TAR_MAGIC_OFFSET).toString("latin1") === "ustar") {
      return "postgres";
    }
    return "unknown";
  } finally {
    closeSync(fd);
  }
}

/** Restores into an empty place; the files the backup carries go to `keptFilesPlace` when given. */
export async function restoreDatabase(
  backupPath: string,
  location: DatabaseLocation,
  keptFilesPlace?: KeptFilesPlace,
): Promise<Result<RestoreReport, HipError>> {
  const kind = backupKind(backupPath);
  if (kind === "missing") return err({ kind: "not-found", message: `there is no file ${backupPath}` });
  if (kind === "unknown") {
    return err({
      kind: "invalid-input",
      message: `${backupPath} is not a HipCheck backup (neither SQLite nor a PostgreSQL backup archive)`,
    });
  }
  if (kind !== location.dialect) {
    return err({
      kind: "invalid-input",
      message:
        kind === "sqlite"
          ? `${backupPath} is an SQLite backup: restore it into a data folder (--data-dir, without a database URL)`
          : `${backupPath} is a PostgreSQL backup: restore it into an empty PostgreSQL database (--database-url)`,
    });
  }
  const restored =
    location.dialect === "sqlite"
      ? await restoreSqlite(backupPath, location.dataDir, keptFilesPlace)
      : await restorePostgres(backupPath, location.databaseUrl, keptFilesPlace);
  return restored.ok ? { ok: true, value: { ...restored.value, dialect: location.dialect } } : restored;
}
