import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { loadVapidKeys, vapidKeyFileForBackup } from "./vapid-keys.js";

const run = promisify(execFile);
const folders: string[] = [];
function dataDir(): string {
  const folder = mkdtempSync(join(tmpdir(), "hipcheck-vapid-"));
  folders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe("the server's push key pair", () => {
  it("is made once, kept readable by the server's user only, and the same at every start", () => {
    const folder = dataDir();
    const first = loadVapidKeys(folder, {});
    expect(loadVapidKeys(folder, {})).toEqual(first);
    expect(readdirSync(folder)).toEqual(["vapid-keys.json"]);
    expect(statSync(join(folder, "vapid-keys.json")).mode & 0o777).toBe(0o600);
  });

  it("is one key for several servers starting at once on one folder", async () => {
    const folder = dataDir();
    const script =
      `const { loadVapidKeys } = await import(${JSON.stringify(new URL("./vapid-keys.ts", import.meta.url).href)});` +
      `process.stdout.write(loadVapidKeys(${JSON.stringify(folder)}, {}).publicKey);`;
    const starts = Array.from({ length: 6 }, () =>
      run(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script]),
    );
    const keys = new Set((await Promise.all(starts)).map((started) => started.stdout));
    expect(keys.size).toBe(1);
    expect([...keys][0]).toBe(loadVapidKeys(folder, {}).publicKey);
    expect(readdirSync(folder)).toEqual(["vapid-keys.json"]);
  }, 60_000);

  it("is what a backup carries: the pair the server signs with, from the environment or the folder's file", () => {
    const folder = dataDir();
    expect(vapidKeyFileForBackup(folder, {})).toBeUndefined();
    const made = loadVapidKeys(folder, {});
    const carried = vapidKeyFileForBackup(folder, {});
    expect(carried).toBe(readFileSync(join(folder, "vapid-keys.json"), "utf8"));
    // Restored into an empty folder, the file gives the server the same pair.
    const restored = dataDir();
    writeFileSync(join(restored, "vapid-keys.json"), carried ?? "");
    expect(loadVapidKeys(restored, {})).toEqual(made);
    const env = { HIPCHECK_VAPID_PUBLIC_KEY: "BPublicFromEnv", HIPCHECK_VAPID_PRIVATE_KEY: "privateFromEnv" };
    expect(JSON.parse(vapidKeyFileForBackup(folder, env) ?? "")).toEqual({
      publicKey: "BPublicFromEnv",
      privateKey: "privateFromEnv",
    });
  });
});
