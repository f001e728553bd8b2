import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, truncateSync, writeFileSync, existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  decryptBackupFile,
  encryptBackupFile,
  generateBackupKey,
  isEncryptedFile,
  readBackupIdentities,
  readBackupRecipients,
} from "./backup-encryption.js";

function folder(): string {
  return mkdtempSync(join(tmpdir(), "hipcheck-encryption-test-"));
}

async function keyFile(dir: string, name: string): Promise<{ path: string; recipient: string }> {
  const key = await generateBackupKey(new Date("2026-12-05T14:30:00Z"));
  const path = join(dir, name);
  writeFileSync(path, key.identityFile);
  return { path, recipient: key.recipient };
}

describe("age recipients and key files", () => {
  it("reads a recipients file's public keys, past comments and blank lines", async () => {
    const dir = folder();
    const { recipient } = await keyFile(dir, "key.txt");
    writeFileSync(join(dir, "recipients.txt"), `# clinic\n\n  ${recipient}  \n`);
    expect(readBackupRecipients(join(dir, "recipients.txt"))).toEqual({ ok: true, value: [recipient] });
  });

  it("refuses a private key in a recipients file without repeating it, and a file naming no key", async () => {
    const dir = folder();
    const { path } = await keyFile(dir, "key.txt");
    const secret = readFileSync(path, "utf8").split("\n")[2] ?? "";
    writeFileSync(join(dir, "recipients.txt"), `# oops\n${secret}\n`);
    const refused = readBackupRecipients(join(dir, "recipients.txt"));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.kind).toBe("invalid-input");
    expect(refused.error.message).toMatch(/line 2: a private key .* is not an age public key/);
    expect(refused.error.message).not.toContain(secret);
    writeFileSync(join(dir, "empty.txt"), "# nothing yet\n");
    expect(readBackupRecipients(join(dir, "empty.txt"))).toMatchObject({
      ok: false,
      error: { kind: "invalid-input" },
    });
    expect(readBackupRecipients(join(dir, "missing.txt"))).toMatchObject({
      ok: false,
      error: { kind: "not-found" },
    });
  });

  it("reads the key file it writes, as age-keygen writes one", async () => {
    const dir = folder();
    const { path, recipient } = await keyFile(dir, "key.txt");
    expect(readFileSync(path, "utf8")).toContain(`# public key: ${recipient}\n`);
    const keys = readBackupIdentities(path);
    expect(keys.ok && keys.value.length === 1 && keys.value[0]?.startsWith("AGE-SECRET-KEY-1")).toBe(true);
    writeFileSync(join(dir, "public.txt"), `${recipient}\n`);
    expect(readBackupIdentities(join(dir, "public.txt"))).toMatchObject({
      ok: false,
      error: { kind: "invalid-input", field: "identity" },
    });
  });
});

describe("encrypting and decrypting a backup file", () => {
  // Three and a half of age's 64 KiB chunks.
  const plain = randomBytes(3.5 * 64 * 1024);

  async function encrypted(): Promise<{ dir: string; file: string; key: string[] }> {
    const dir = folder();
    const { path, recipient } = await keyFile(dir, "key.txt");
    writeFileSync(join(dir, "plain"), plain);
    const sealed = await encryptBackupFile(join(dir, "plain"), join(dir, "backup.age"), [recipient]);
    expect(sealed.ok).toBe(true);
    const key = readBackupIdentities(path);
    return { dir, file: join(dir, "backup.age"), key: key.ok ? [...key.value] : [] };
  }

  it("gives back the very bytes, and writes the encrypted file for its owner only", async () => {
    const { dir, file, key } = await encrypted();
    expect(isEncryptedFile(file)).toBe(true);
    expect(isEncryptedFile(join(dir, "plain"))).toBe(false);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}.partial`)).toBe(false);
    expect(await decryptBackupFile(file, join(dir, "back"), key, "key.txt")).toEqual({
      ok: true,
      value: undefined,
    });
    expect(readFileSync(join(dir, "back")).equals(plain)).toBe(true);
  });

  it("refuses a file cut at a chunk boundary, and leaves no partial plain copy", async () => {
    const { dir, file, key } = await encrypted();
    // The header, the nonce and three whole chunks remain: the chunk marked last is gone.
    truncateSync(file, statSync(file).size - (0.5 * 64 * 1024 + 16));
    const refused = await decryptBackupFile(file, join(dir, "back"), key, "key.txt");
    expect(refused).toMatchObject({ ok: false, error: { kind: "invalid-input" } });
    expect(existsSync(join(dir, "back"))).toBe(false);
  });

  it("tells another key from damage", async () => {
    const { dir, file } = await encrypted();
    const other = await keyFile(dir, "other.txt");
    const otherKeys = readBackupIdentities(other.path);
    const refused = await decryptBackupFile(
      file,
      join(dir, "back"),
      otherKeys.ok ? otherKeys.value : [],
      "other.txt",
    );
    expect(refused).toMatchObject({ ok: false, error: { kind: "forbidden", field: "identity" } });
  });
});
