/**
 * `bootstrap-admin.ts <dataDir> <email> <password>`: the first admin of a fresh HipCheck, written straight into
 * its SQLite database with the application's own use-case (there is no HTTP route for it by design). Runs in its
 * own process next to the server under test; the web app never imports it.
 */
/* eslint-disable no-restricted-imports -- test setup process outside the app: it drives the application layer */
import { ANONYMOUS, createHipCheck } from "@hipcheck/application";
import {
  TEST_ARGON2_COST,
  createArgon2PasswordHasher,
  cryptoSecrets,
  systemClock,
  uuidV7Ids,
} from "@hipcheck/server";
import { openStorage } from "@hipcheck/storage";
/* eslint-enable no-restricted-imports */

const [dataDir, email, password] = process.argv.slice(2);
if (dataDir === undefined || email === undefined || password === undefined) {
  throw new Error("usage: bootstrap-admin.ts <dataDir> <email> <password>");
}
const storage = await openStorage({ dataDir });
const hipcheck = createHipCheck({
  repositories: storage.repositories,
  clock: systemClock,
  ids: uuidV7Ids,
  secrets: cryptoSecrets,
  passwords: createArgon2PasswordHasher(TEST_ARGON2_COST),
});
const created = await hipcheck.bootstrapAdmin(ANONYMOUS, { email, password });
await storage.close();
if (!created.ok) throw new Error(created.error.message);
