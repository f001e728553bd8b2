/**
 * The share-link key (decision 0635) comes from the push key pair the server keeps outside its database: a second
 * server on the same folder or environment, and a server restored from a backup that carried the pair, make the
 * same key, so a repeated share-link request gets the same token from any of them; another pair makes another key.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { shareLinkKeyOf } from "./share-link-key.js";
import { loadVapidKeys, VAPID_KEY_FILE, vapidKeyFileForBackup } from "./vapid-keys.js";

const folders: string[] = [];
function dataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), "hipcheck-share-key-"));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("the key share-link tokens are made with", () => {
  it("is the same for a second server on the folder and for a server restored from the backup's key file", () => {
    const folder = dataDir();
    const key = shareLinkKeyOf(loadVapidKeys(folder, {}).privateKey);
    expect(key).toHaveLength(32);
    expect(shareLinkKeyOf(loadVapidKeys(folder, {}).privateKey)).toEqual(key);
    const restored = dataDir();
    writeFileSync(join(restored, VAPID_KEY_FILE), vapidKeyFileForBackup(folder, {}) ?? "", { mode: 0o600 });
    expect(shareLinkKeyOf(loadVapidKeys(restored, {}).privateKey)).toEqual(key);
  });

  it("differs with another key pair, and is not the private key itself", () => {
    const first = loadVapidKeys(dataDir(), {}).privateKey;
    const second = loadVapidKeys(dataDir(), {}).privateKey;
    expect(shareLinkKeyOf(second)).not.toEqual(shareLinkKeyOf(first));
    expect(Buffer.from(shareLinkKeyOf(first)).toString("base64url")).not.toBe(first);
  });
});
