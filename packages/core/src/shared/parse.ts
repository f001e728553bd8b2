import type { z } from "zod";
import type { HipError } from "./error-kind.js";
import { err, ok, type Result } from "./result.js";

/**
 * Parses untrusted input with a schema, turning the first problem into one sentence a person can act on,
 * naming the field: `symptoms.painNow: must be at most 10 (got 12)`.
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Result<z.infer<S>, HipError> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  if (issue === undefined) return err({ kind: "invalid-input", message: "the input is not valid" });
  const field = issue.path.map(String).join(".");
  const message = `${field === "" ? "input" : field}: ${describeIssue(issue, input)}`;
  return err(field === "" ? { kind: "invalid-input", message } : { kind: "invalid-input", message, field });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const got = shown(valueAt(input, issue.path));
  switch (issue.code) {
    case "invalid_type":
      return got === "nothing" ? `is required (${issue.expected})` : `must be ${issue.expected} (got ${got})`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}${issue.origin === "array" ? " items" : ""} (got ${got})`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}${issue.origin === "array" ? " items" : ""} (got ${got})`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")} (got ${got})`;
    case "unrecognized_keys":
      return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    default:
      return `${issue.message} (got ${got})`;
  }
}
