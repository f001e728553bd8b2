import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { AnswersSchema, err, parseWith, type Answers, type HipError, type Result } from "@hipcheck/core";

/** The largest answers file accepted; a real one is a few kilobytes. */
const MAX_ANSWERS_BYTES = 1_000_000;

export async function readAnswersFile(path: string, cwd: string): Promise<Result<Answers, HipError>> {
  const fullPath = resolve(cwd, path);
  let text: string;
  try {
    const buffer = await readFile(fullPath);
    if (buffer.byteLength > MAX_ANSWERS_BYTES) {
      return err({ kind: "payload-too-large", message: `${path}: the answers file is larger than 1 MB` });
    }
    text = buffer.toString("utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return err({ kind: "not-found", message: `${path}: no such file` });
    if (code === "EISDIR") return err({ kind: "invalid-input", message: `${path}: is a folder, not a file` });
    return err({ kind: "invalid-input", message: `${path}: cannot be read (${code ?? "unknown error"})` });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    return err({ kind: "invalid-input", message: `${path}: not valid JSON (${(cause as Error).message})` });
  }
  const parsed = parseWith(AnswersSchema, data);
  if (parsed.ok) return parsed;
  return err({ ...parsed.error, message: `${path}: ${parsed.error.message}` });
}
