/**
 * Documents are stored as JSON text (portable across SQLite and PostgreSQL) and parsed with their zod schema on
 * read: a row that no longer fits the schema is a bug or a corrupted database, so it throws.
 */
import type { z } from "zod";
import type { Flag } from "./database-schema.js";

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  return schema.parse(JSON.parse(text));
}

export function toFlag(value: boolean): Flag {
  return value ? 1 : 0;
}

export function fromFlag(value: number): boolean {
  return value === 1;
}
