/**
 * Backups encrypted at rest in the age format (https://age-encryption.org/v1), with the `age-encryption`
 * library: a backup is encrypted to one or more public keys (`age1…`), and only the matching private keys
 * (`AGE-SECRET-KEY-1…`), kept off the server, open it (docs/decisions/0730-backups-encrypted-to-keys-off-the-server.md).
 * The files are age's own, so `age -d -i KEYFILE` opens them by hand too.
 *
 * The plain copy lives only in a private temporary folder (mode 0700, under `TMPDIR`) while it is checked and
 * encrypted, or decrypted and restored, and is removed afterwards whatever happens.
 */
import { createHash, type Hash } from "node:crypto";
import {
  chmodSync,
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from "age-encryption";
import { err, ok, type HipError, type Result } from "@hipcheck/core";

/** The first line of every binary age file. */
const AGE_MAGIC = "age-encryption.org/v1\n";
/** Encrypted backups end in `.age`, after the name of what they hold (`.sqlite`, `.tar`). */
export const ENCRYPTED_BACKUP_SUFFIX = ".age";
const PRIVATE_FILE_MODE = 0o600;

/** True when the file at `path` starts as an age file does. */
export function isEncryptedFile(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(AGE_MAGIC.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString("latin1") === AGE_MAGIC;
  } finally {
    closeSync(fd);
  }
}

/** The lines of an age recipients or identities file that say something: no blank lines, no `#` comments. */
function meaningfulLines(text: string): { readonly line: number; readonly text: string }[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.trim() }))
    .filter((entry) => entry.text !== "" && !entry.text.startsWith("#"));
}

function readText(path: string, what: string): Result<string, HipError> {
  try {
    return ok(readFileSync(path, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return err(
      code === "ENOENT"
        ? { kind: "not-found", message: `there is no ${what} ${path}` }
        : { kind: "invalid-input", message: `${what} ${path} cannot be read: ${(error as Error).message}` },
    );
  }
}

/**
 * Checks public keys (`age1…`, or post-quantum `age1pq1…`) as given on a command line or in a recipients file;
 * `source` names where they came from in the refusal.
 */
export function checkBackupRecipients(
  recipients: readonly string[],
  source: string,
): Result<readonly string[], HipError> {
  for (const recipient of recipients) {
    try {
      new Encrypter().addRecipient(recipient);
    } catch {
      // A private key given by mistake is never repeated: the message may end up in a log.
      const given = recipient.toUpperCase().startsWith("AGE-SECRET-KEY")
        ? "a private key (AGE-SECRET-KEY-…), which belongs off the server"
        : `"${recipient.slice(0, 20)}${recipient.length > 20 ? "…" : ""}"`;
      return err({
        kind: "invalid-input",
        message: `${source}: ${given} is not an age public key (age1…): give the public key printed by age-keygen or \`hipcheck admin backup-key\``,
        field: "recipient",
      });
    }
  }
  return ok(recipients);
}

/** The public keys of an age recipients file: one a line, `#` comments and blank lines ignored. */
export function readBackupRecipients(path: string): Result<readonly string[], HipError> {
  const text = readText(path, "recipients file");
  if (!text.ok) return text;
  const lines = meaningfulLines(text.value);
  if (lines.length === 0) {
    return err({
      kind: "invalid-input",
      message: `the recipients file ${path} names no public key: add one age1… line`,
      field: "recipients-file",
    });
  }
  for (const entry of lines) {
    const checked = checkBackupRecipients([entry.text], `${path} line ${entry.line}`);
    if (!checked.ok) return checked;
  }
  return ok(lines.map((entry) => entry.text));
}

/** The private keys of an age identity file (as age-keygen writes it): `AGE-SECRET-KEY-1…` lines. */
export function readBackupIdentities(path: string): Result<readonly string[], HipError> {
  const text = readText(path, "key file");
  if (!text.ok) return text;
  const lines = meaningfulLines(text.value);
  for (const entry of lines) {
    try {
      new Decrypter().addIdentity(entry.text);
    } catch {
      return err({
        kind: "invalid-input",
        message: `${path} line ${entry.line} is not an age private key (AGE-SECRET-KEY-1…): give the key file written by age-keygen or \`hipcheck admin backup-key\``,
        field: "identity",
      });
    }
  }
  if (lines.length === 0) {
    return err({ kind: "invalid-input", message: `${path} holds no age private key`, field: "identity" });
  }
  return ok(lines.map((entry) => entry.text));
}

/** A new key pair: the identity file's text (as age-keygen writes it) and the public key to give the server. */
export async function generateBackupKey(
  now: Date,
): Promise<{ readonly identityFile: string; readonly recipient: string }> {
  const identity = await generateX25519Identity();
  const recipient = await identityToRecipient(identity);
  return {
    identityFile: `# created: ${now.toISOString()}\n# public key: ${recipient}\n${identity}\n`,
    recipient,
  };
}

/**
 * Node's web streams and the global ones age reads are the same objects at run time; their types differ where the
 * DOM's types are loaded too (the web app's checks read this file through the server), hence the casts here.
 */
function fileStream(path: string): ReadableStream<Uint8Array> {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed where the DOM's types are loaded
  return Readable.toWeb(createReadStream(path)) as unknown as ReadableStream<Uint8Array>;
}

function nodeReadable(stream: ReadableStream<Uint8Array>): Readable {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed where the DOM's types are loaded
  return Readable.fromWeb(stream as unknown as NodeReadableStream<Uint8Array>);
}

/** Passes the bytes on unchanged, adding them to `hash` as they go. */
function hashing(hash: Hash): TransformStream<Uint8Array, Uint8Array> {
  return new TransformStream({
    transform(chunk, controller) {
      hash.update(chunk);
      controller.enqueue(chunk);
    },
  });
}

async function writeStream(stream: ReadableStream<Uint8Array>, path: string): Promise<void> {
  await pipeline(nodeReadable(stream), createWriteStream(path, { flags: "wx", mode: PRIVATE_FILE_MODE }));
}

function fsyncPath(path: string, flags: "r" | "r+" = "r"): void {
  const fd = openSync(path, flags);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** SHA-256 of what `identity` decrypts from the age file at `path`; throws if any part fails its check. */
async function decryptedDigest(path: string, identity: string): Promise<string> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  const hash = createHash("sha256");
  const plain = await decrypter.decrypt(fileStream(path));
  // Each chunk is authenticated as it is read; only the digest is kept.
  for await (const chunk of nodeReadable(plain)) {
    hash.update(chunk as Uint8Array);
  }
  return hash.digest("hex");
}

/**
 * Encrypts the checked plain backup `plainPath` to `recipients` into `targetPath` (which must not exist), streaming.
 * The file is also encrypted to a one-time key that lives only in this function: the written file is read back
 * from disk with it and must give exactly the bytes that were checked, or it is removed. Only then is it flushed
 * and named, so an encrypted backup that exists is whole and opens.
 */
export async function encryptBackupFile(
  plainPath: string,
  targetPath: string,
  recipients: readonly string[],
): Promise<Result<void, HipError>> {
  const partial = `${targetPath}.partial`;
  rmSync(partial, { force: true });
  try {
    const checkIdentity = await generateX25519Identity();
    const encrypter = new Encrypter();
    for (const recipient of recipients) encrypter.addRecipient(recipient);
    encrypter.addRecipient(await identityToRecipient(checkIdentity));
    const plainHash = createHash("sha256");
    const encrypted = await encrypter.encrypt(fileStream(plainPath).pipeThrough(hashing(plainHash)));
    await writeStream(encrypted, partial);
    if ((await decryptedDigest(partial, checkIdentity)) !== plainHash.digest("hex")) {
      rmSync(partial, { force: true });
      return err({
        kind: "unavailable",
        message: `the encrypted backup read back from ${partial} differs from the checked copy`,
      });
    }
  } catch (error) {
    rmSync(partial, { force: true });
    return err({
      kind: "unavailable",
      message: `the encrypted backup could not be written: ${(error as Error).message}`,
    });
  }
  fsyncPath(partial, "r+");
  renameSync(partial, targetPath);
  fsyncPath(dirname(resolve(targetPath)));
  return ok(undefined);
}

/** A private folder for a plain copy, removed with everything in it once `work` is done. */
export async function withPrivateFolder<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o700);
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes a backup through `write`: straight to `targetPath` without recipients; with them, to a plain copy in a
 * private temporary folder, checked by `write`, then encrypted to `targetPath`. The report names the target.
 */
export async function writeBackup<R extends { readonly file: string }>(
  targetPath: string,
  recipients: readonly string[],
  plainName: string,
  write: (path: string) => Promise<Result<R, HipError>>,
): Promise<Result<R, HipError>> {
  if (recipients.length === 0) return write(targetPath);
  if (existsSync(targetPath)) {
    return err({
      kind: "conflict",
      message: `${targetPath} already exists: choose a new file name for the backup`,
    });
  }
  mkdirSync(dirname(targetPath), { recursive: true });
  return withPrivateFolder("hipcheck-backup-plain-", async (dir) => {
    const made = await write(join(dir, plainName));
    if (!made.ok) return made;
    const sealed = await encryptBackupFile(join(dir, plainName), targetPath, recipients);
    return sealed.ok ? ok({ ...made.value, file: targetPath }) : sealed;
  });
}

/** Why typage refused a file, in the words of the one who holds the key. */
function decryptionRefusal(path: string, keyFiles: string, error: unknown, inHeader: boolean): HipError {
  const reason = (error as Error).message;
  if (inHeader && reason.includes("no identity matched")) {
    return {
      kind: "forbidden",
      message: `the key in ${keyFiles} does not open ${path}: it was encrypted to other public keys (give the private key of one of the backup's recipients)`,
      field: "identity",
    };
  }
  return {
    kind: "invalid-input",
    message: inHeader
      ? `${path} is damaged: its age header cannot be read (${reason})`
      : `${path} is damaged or cut short: it fails age's authentication (${reason}); nothing was restored from it`,
  };
}

/**
 * Decrypts the age file `encryptedPath` with `identities` into `plainPath` (mode 0600, which must not exist),
 * streaming; every 64 KiB chunk is authenticated, and a file cut short fails at its end.
 */
export async function decryptBackupFile(
  encryptedPath: string,
  plainPath: string,
  identities: readonly string[],
  keyFiles: string,
): Promise<Result<void, HipError>> {
  const decrypter = new Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  let plain: ReadableStream<Uint8Array>;
  try {
    plain = await decrypter.decrypt(fileStream(encryptedPath));
  } catch (error) {
    return err(decryptionRefusal(encryptedPath, keyFiles, error, true));
  }
  try {
    await writeStream(plain, plainPath);
  } catch (error) {
    rmSync(plainPath, { force: true });
    return err(decryptionRefusal(encryptedPath, keyFiles, error, false));
  }
  return ok(undefined);
}
