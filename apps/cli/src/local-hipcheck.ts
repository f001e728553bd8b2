import { resolve } from "node:path";
import { createHipCheck, type AccountMailer, type HipCheck } from "@hipcheck/application";
import { createArgon2PasswordHasher, cryptoSecrets, systemClock, uuidV7Ids } from "@hipcheck/server";
import { openStorage, type Storage } from "@hipcheck/storage";
import { upgradeBackupSettings } from "./commands/admin-database.js";
import type { CliIo } from "./io.js";

/** Where the commands that work on a HipCheck's own data find it: the SQLite folder, or PostgreSQL. */
export type DatabaseOptions = { dataDir: string; databaseUrl?: string };

/**
 * Opens the local database (PostgreSQL when a URL is given or DATABASE_URL is set), wires the application as
 * the server does, runs `work`, and always closes the database.
 */
export async function withLocalHipCheck<T>(
  io: CliIo,
  options: DatabaseOptions,
  work: (hipcheck: HipCheck, storage: Storage) => Promise<T>,
  /** Sends account mail, for the commands that invite (decision 0420). */
  mailer?: AccountMailer,
): Promise<T> {
  const databaseUrl = options.databaseUrl ?? io.env.DATABASE_URL;
  // An older database is upgraded here too, after the same backup as at the server's start (decision 0440).
  const storage = await openStorage({
    dataDir: resolve(io.cwd, options.dataDir),
    ...(databaseUrl === undefined || databaseUrl === "" ? {} : { databaseUrl }),
    ...upgradeBackupSettings(io.env, {}, (dir) => resolve(io.cwd, dir)),
  });
  try {
    const hipcheck = createHipCheck({
      repositories: storage.repositories,
      clock: systemClock,
      ids: uuidV7Ids,
      secrets: cryptoSecrets,
      passwords: createArgon2PasswordHasher(),
      ...(mailer === undefined ? {} : { mailer }),
    });
    return await work(hipcheck, storage);
  } finally {
    await storage.close();
  }
}
