export * from "./open-storage.js";
export type { Database } from "./database-schema.js";
export { isDatabaseUnavailable } from "./database-unavailable.js";
export type { PoolWarning } from "./postgres-pool.js";
export type { GroupCommitStats, GroupCommitWatcher } from "./sqlite-group-commit.js";
export type { AttemptCount, AttemptCounters, CountWindow } from "./attempt-counters.js";
export {
  knownMigrationNames,
  readSchemaState,
  runMigrations,
  SchemaNewerThanCode,
} from "./schema-migrations.js";
export type { SchemaState } from "./schema-migrations.js";
export { backupDatabase, restoreDatabase } from "./backup/database-backup.js";
export {
  checkBackupRecipients,
  ENCRYPTED_BACKUP_SUFFIX,
  generateBackupKey,
  readBackupIdentities,
  readBackupRecipients,
} from "./backup/backup-encryption.js";
export type {
  BackupOptions,
  BackupReport,
  DatabaseLocation,
  KeptFile,
  KeptFileOutcome,
  KeptFilesPlace,
  RestoreOptions,
  RestoreReport,
} from "./backup/database-backup.js";
export { checkSqliteFile } from "./backup/sqlite-backup.js";
