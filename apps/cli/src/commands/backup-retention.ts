/**
 * Scheduled backups (`hipcheck admin backup --into DIR --keep-days N`, run daily by
 * `deploy/systemd/hipcheck-backup.timer`): each is named by the UTC time it was taken, and once a new one is
 * written and checked, those of its own naming older than N days are deleted. Other files in the folder are never
 * touched, and nothing is deleted when the new backup failed.
 */
import { ENCRYPTED_BACKUP_SUFFIX } from "@hipcheck/storage";

const SCHEDULED_NAME = /^hipcheck-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.(sqlite|tar)(\.age)?$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * `hipcheck-20261204T020000Z.sqlite` (SQLite) or `.tar` (PostgreSQL: manifest and pg_dump archive), followed by
 * `.age` when the backup is encrypted (decision 0730).
 */
export function scheduledBackupName(dialect: "sqlite" | "postgres", at: Date, encrypted = false): string {
  const stamp = at
    .toISOString()
    .replaceAll(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  return `hipcheck-${stamp}.${dialect === "sqlite" ? "sqlite" : "tar"}${encrypted ? ENCRYPTED_BACKUP_SUFFIX : ""}`;
}

function takenAt(name: string): number | undefined {
  const match = SCHEDULED_NAME.exec(name);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
}

/** The scheduled backups among `names` taken more than `keepDays` days before `now`. */
export function expiredBackups(names: readonly string[], now: Date, keepDays: number): string[] {
  const limit = now.getTime() - keepDays * DAY_MS;
  return names.filter((name) => {
    const at = takenAt(name);
    return at !== undefined && at < limit;
  });
}
