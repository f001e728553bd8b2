import { describe, expect, it } from "vitest";
import { expiredBackups, scheduledBackupName } from "./backup-retention.js";

describe("scheduled backups and their retention", () => {
  const now = new Date("2026-12-04T02:00:00.000Z");

  it("names each backup by the UTC second it was taken, with the dialect's extension", () => {
    expect(scheduledBackupName("sqlite", now)).toBe("hipcheck-20261204T020000Z.sqlite");
    expect(scheduledBackupName("postgres", new Date("2026-01-31T23:59:59.999Z"))).toBe(
      "hipcheck-20260131T235959Z.tar",
    );
  });

  it("names an encrypted backup as the plain one followed by .age", () => {
    expect(scheduledBackupName("sqlite", now, true)).toBe("hipcheck-20261204T020000Z.sqlite.age");
    expect(scheduledBackupName("postgres", now, true)).toBe("hipcheck-20261204T020000Z.tar.age");
  });

  it("lets go of old encrypted backups as of plain ones, never of a half-written one", () => {
    const names = [
      "hipcheck-20261119T020000Z.sqlite.age",
      "hipcheck-20261119T020000Z.tar.age",
      "hipcheck-20261119T020000Z.sqlite.age.partial",
      "hipcheck-20261119T020000Z.sqlite.age.bak",
      "hipcheck-20261203T020000Z.sqlite.age",
      "before-2026-12-04T1540-invitation-expiry-20200101T000000Z.sqlite.age",
    ];
    expect(expiredBackups(names, now, 14)).toEqual([
      "hipcheck-20261119T020000Z.sqlite.age",
      "hipcheck-20261119T020000Z.tar.age",
    ]);
  });

  it("lets go of the backups older than the days kept, and of nothing else in the folder", () => {
    const names = [
      "hipcheck-20261120T020000Z.sqlite",
      "hipcheck-20261120T015959Z.sqlite",
      "hipcheck-20261119T020000Z.tar",
      "hipcheck-20261203T020000Z.sqlite",
      "hipcheck-20261204T020000Z.sqlite",
      "hipcheck-20200101T000000Z.sqlite.partial",
      "clinic-notes-20200101.txt",
      "before-2026-12-04T1540-invitation-expiry-20200101T000000Z.sqlite",
    ];
    expect(expiredBackups(names, now, 14)).toEqual([
      "hipcheck-20261120T015959Z.sqlite",
      "hipcheck-20261119T020000Z.tar",
    ]);
    // The backup taken this very second is never older than the days kept.
    expect(expiredBackups(names, now, 0)).toHaveLength(4);
  });
});
