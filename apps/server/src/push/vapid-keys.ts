/**
 * The server's VAPID key pair, which signs every push it sends. Taken from the environment when set
 * (HIPCHECK_VAPID_PUBLIC_KEY, HIPCHECK_VAPID_PRIVATE_KEY), otherwise generated once and kept in the data directory
 * (`vapid-keys.json`, readable by the server's user only): browsers tie their subscription to this public key, so
 * a new key would silently end every reminder.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

export function loadVapidKeys(dataDir: string, env: NodeJS.ProcessEnv = process.env): VapidKeys {
  const subject = env.HIPCHECK_VAPID_SUBJECT ?? DEFAULT_SUBJECT;
  const fromEnv = { publicKey: env.HIPCHECK_VAPID_PUBLIC_KEY, privateKey: env.HIPCHECK_VAPID_PRIVATE_KEY };
  if (fromEnv.publicKey !== undefined && fromEnv.privateKey !== undefined) {
    return { publicKey: fromEnv.publicKey, privateKey: fromEnv.privateKey, subject };
  }
  const file = join(dataDir, "vapid-keys.json");
  try {
    return { ...KeyFileSchema.parse(JSON.parse(readFileSync(file, "utf8"))), subject };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const generated = webpush.generateVAPIDKeys();
  mkdirSync(dataDir, { recursive: true });
  // `wx`: two servers starting on one folder never overwrite each other's key.
  writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600, flag: "wx" });
  return { ...generated, subject };
}
