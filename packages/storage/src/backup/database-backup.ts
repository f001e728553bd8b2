/**
 * `hipcheck admin backup` and `restore` for either dialect: the database is the SQLite file of a data folder, or
 * the PostgreSQL database of a URL. A backup file says which kind it is by its first bytes, so a restore never
 * guesses; an encrypted one (age) is decrypted into a private temporary file first, then read the same way.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { err, ok, type HipError, type Result } from "@hipcheck/core";
import { DEFAULT_SQLITE_FILENAME } from "../storage-files.js";
import { decryptBackupFile, isEncryptedFile, withPrivateFolder, writeBackup } from "./backup-encryption.js";
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
  /** Encrypted with age: to so many public keys at backup, opened with a private key at restore. */
  readonly encrypted: boolean;
};

export type RestoreReport = BackupReport & {
  /** What became of each carried file in the data folder. */
  readonly restoredFiles: readonly KeptFileOutcome[];
};

export type BackupOptions = {
  /** Files of the data folder to carry (the push keys, decision 0441). */
  readonly keptFiles?: readonly KeptFile[];
  /** age public keys (`age1…`, checked by `checkBackupRecipients`): the file is encrypted to them. */
  readonly recipients?: readonly string[];
};

/** The plain backup's file name inside a private folder, by dialect. */
export function plainBackupName(dialect: "sqlite" | "postgres"): string {
  return dialect === "sqlite" ? "backup.sqlite" : "backup.tar";
}

export async function backupDatabase(
  location: DatabaseLocation,
  targetPath: string,
  now: Date,
  options: BackupOptions = {},
): Promise<Result<BackupReport, HipError>> {
  const keptFiles = options.keptFiles ?? [];
  const recipients = options.recipients ?? [];
  const made = await writeBackup(targetPath, recipients, plainBackupName(location.dialect), async (path) =>
    location.dialect === "sqlite"
      ? backupSqlite(join(location.dataDir, DEFAULT_SQLITE_FILENAME), path, keptFiles)
      : await backupPostgres(location.databaseUrl, path, now, keptFiles),
  );
  return made.ok ? ok({ ...made.value, dialect: location.dialect, encrypted: recipients.length > 0 }) : made;
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

export type RestoreOptions = {
  /** Where the files the backup carries go, and which of them are taken. */
  readonly keptFilesPlace?: KeptFilesPlace;
  /** age private keys (`AGE-SECRET-KEY-1…`) for an encrypted backup, and the files they came from (messages). */
  readonly identities?: { readonly keys: readonly string[]; readonly from: string };
};

/**
 * Restores into an empty place; the files the backup carries go to `keptFilesPlace` when given. An encrypted
 * backup is decrypted into a private temporary folder, removed afterwards; it is refused, and nothing is changed,
 * without a key, with a key it was not encrypted to, or when any part of it fails age's authentication.
 */
export async function restoreDatabase(
  backupPath: string,
  location: DatabaseLocation,
  options: RestoreOptions = {},
): Promise<Result<RestoreReport, HipError>> {
  let encrypted: boolean;
  try {
    encrypted = isEncryptedFile(backupPath);
  } catch {
    return err({ kind: "not-found", message: `there is no file ${backupPath}` });
  }
  if (!encrypted) return restorePlain(backupPath, location, options.keptFilesPlace);
  const identities = options.identities;
  if (identities === undefined || identities.keys.length === 0) {
    return err({
      kind: "unauthenticated",
      message: `${backupPath} is an encrypted backup: give the private key that opens it (--identity KEYFILE)`,
      field: "identity",
    });
  }
  return withPrivateFolder("hipcheck-restore-plain-", async (dir) => {
    const plainPath = join(dir, "backup");
    const decrypted = await decryptBackupFile(backupPath, plainPath, identities.keys, identities.from);
    if (!decrypted.ok) return decrypted;
    const restored = await restorePlain(plainPath, location, options.keptFilesPlace);
    // The temporary file's name means nothing to the operator: messages name the backup they gave.
    if (!restored.ok) {
      return err({ ...restored.error, message: restored.error.message.replaceAll(plainPath, backupPath) });
    }
    return ok({ ...restored.value, file: backupPath, encrypted: true });
  });
}

async function restorePlain(
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
  return restored.ok ? ok({ ...restored.value, dialect: location.dialect, encrypted: false }) : restored;
}
