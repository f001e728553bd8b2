import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { AnswersSchema, err, parseWith, type Answers, type HipError, type Result } from "@hipcheck/core";
import type { z } from "zod";

/** The largest JSON file accepted; a real answers file or session log is a few kilobytes. */
const MAX_FILE_BYTES = 1_000_000;

/** A JSON file parsed with the schema of its shape; `what` names it in the messages ("answers", "session log"). */
export async function readSchemaFile<S extends z.ZodType>(
  schema: S,
  path: string,
  cwd: string,
  what: string,
): Promise<Result<z.infer<S>, HipError>> {
  const fullPath = resolve(cwd, path);
  let text: string;
  try {
    const buffer = await readFile(fullPath);
    if (buffer.byteLength > MAX_FILE_BYTES) {
      return err({ kind: "payload-too-large", message: `${path}: the ${what} file is larger than 1 MB` });
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
  const parsed = parseWith(schema, data);
  if (parsed.ok) return parsed;
  return err({ ...parsed.error, message: `${path}: ${parsed.error.message}` });
}

export function readAnswersFile(path: string, cwd: string): Promise<Result<Answers, HipError>> {
  return readSchemaFile(AnswersSchema, path, cwd, "answers");
}
