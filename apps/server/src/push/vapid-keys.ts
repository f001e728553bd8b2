/**
 * The server's VAPID key pair, which signs every push it sends. Taken from the environment when set
 * (HIPCHECK_VAPID_PUBLIC_KEY, HIPCHECK_VAPID_PRIVATE_KEY), otherwise generated once and kept in the data directory
 * (`vapid-keys.json`, readable by the server's user only): browsers tie their subscription to this public key, so
 * a new key would silently end every reminder.
 */
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import webpush from "web-push";
import { z } from "zod";

export type VapidKeys = {
  readonly publicKey: string;
  readonly privateKey: string;
  /** Who runs the server, for push services to reach: a `mailto:` or `https:` address. */
  readonly subject: string;
};

const KeyFileSchema = z.object({ publicKey: z.string().min(1), privateKey: z.string().min(1) });
const DEFAULT_SUBJECT = "mailto:admin@localhost";
/** The key pair's file in the data folder; `hipcheck admin backup` carries it (decision 0441). */
export const VAPID_KEY_FILE = "vapid-keys.json";

function keyFileText(keys: { readonly publicKey: string; readonly privateKey: string }): string {
  return JSON.stringify({ publicKey: keys.publicKey, privateKey: keys.privateKey }, null, 2);
}

/**
 * The key pair the server signs with, as its key file holds it, for a backup to carry: the environment's pair when
 * set (the server uses that one), else the data folder's file; undefined when there is none yet (the server makes
 * it at its first start).
 */
export function vapidKeyFileForBackup(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const fromEnv = { publicKey: env.HIPCHECK_VAPID_PUBLIC_KEY, privateKey: env.HIPCHECK_VAPID_PRIVATE_KEY };
  if (fromEnv.publicKey !== undefined && fromEnv.privateKey !== undefined) {
    return keyFileText({ publicKey: fromEnv.publicKey, privateKey: fromEnv.privateKey });
  }
  const kept = readKeyFile(join(dataDir, VAPID_KEY_FILE));
  return kept === undefined ? undefined : keyFileText(kept);
}

export function loadVapidKeys(dataDir: string, env: NodeJS.ProcessEnv = process.env): VapidKeys {
  const subject = env.HIPCHECK_VAPID_SUBJECT ?? DEFAULT_SUBJECT;
  const fromEnv = { publicKey: env.HIPCHECK_VAPID_PUBLIC_KEY, privateKey: env.HIPCHECK_VAPID_PRIVATE_KEY };
  if (fromEnv.publicKey !== undefined && fromEnv.privateKey !== undefined) {
    return { publicKey: fromEnv.publicKey, privateKey: fromEnv.privateKey, subject };
  }
  const file = join(dataDir, VAPID_KEY_FILE);
  const kept = readKeyFile(file);
  if (kept !== undefined) return { ...kept, subject };
  const generated = webpush.generateVAPIDKeys();
  mkdirSync(dataDir, { recursive: true });
  // Written whole under a name of its own, then linked into place: the link is made only if no key file exists
  // yet, at once. Two servers starting together on one folder (several servers on one PostgreSQL) thus never
  // overwrite each other's key, and neither reads a half-written file: the one that comes second takes the
  // first one's key.
  const draft = `${file}.${String(process.pid)}.${String(Date.now())}.tmp`;
  writeFileSync(draft, keyFileText(generated), { mode: 0o600, flag: "wx" });
  try {
    linkSync(draft, file);
    return { ...generated, subject };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const theirs = readKeyFile(file);
    if (theirs === undefined) throw error;
    return { ...theirs, subject };
  } finally {
    unlinkSync(draft);
  }
}

/** The key pair kept in the data folder, or undefined when there is none yet. */
function readKeyFile(file: string): { readonly publicKey: string; readonly privateKey: string } | undefined {
  try {
    return KeyFileSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
