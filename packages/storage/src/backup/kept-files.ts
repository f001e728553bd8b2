/**
 * Files of the data folder that a backup carries beside the database (the push keys, decision 0441): without them
 * a restored server would sign with new keys, and every browser subscribed to reminders would stop getting them
 * without a word. A restore writes them back into the data folder, never over a different file of the same name.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { HipError } from "@hipcheck/core";

export type KeptFile = { readonly name: string; readonly content: Buffer };

/** Where a restore puts the files a backup carries, and which of them it takes. */
export type KeptFilesPlace = { readonly dir: string; readonly names: readonly string[] };

export type KeptFileOutcome = {
  readonly name: string;
  /** `written` into the folder, or `already-there` (the folder held the very same file). */
  readonly outcome: "written" | "already-there";
};

/** A plain file name: nothing a backup says can write outside the folder. */
export function isKeptFileName(name: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(name);
}

function wanted(files: readonly KeptFile[], place: KeptFilesPlace): KeptFile[] {
  return files.filter((file) => place.names.includes(file.name) && isKeptFileName(file.name));
}

/** The refusal when the folder holds a different file of a name the backup carries; checked before restoring. */
export function keptFileConflict(files: readonly KeptFile[], place: KeptFilesPlace): HipError | undefined {
  const clashing = wanted(files, place).filter((file) => {
    const path = join(place.dir, file.name);
    return existsSync(path) && !readFileSync(path).equals(file.content);
  });
  if (clashing.length === 0) return undefined;
  const names = clashing.map((file) => file.name).join(", ");
  return {
    kind: "conflict",
    message: `${place.dir} already holds ${names}, different from the backup's: move it away (keep it until the restored server runs) or restore into another data folder, so that nothing is overwritten`,
  };
}

/** Writes the files the folder lacks, readable by their owner only, and flushed to disk. */
export function writeKeptFiles(files: readonly KeptFile[], place: KeptFilesPlace): KeptFileOutcome[] {
  const taken = wanted(files, place);
  if (taken.length > 0) mkdirSync(place.dir, { recursive: true, mode: 0o700 });
  return taken.map((file) => {
    const path = join(place.dir, file.name);
    if (existsSync(path)) return { name: file.name, outcome: "already-there" };
    const fd = openSync(path, "wx", 0o600);
    try {
      writeSync(fd, file.content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { name: file.name, outcome: "written" };
  });
}
