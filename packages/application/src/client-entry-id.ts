/**
 * Writes that carry an id chosen by the client (decision 0610): the same content again under that id is a retry
 * and is answered with what is stored; other content under it is refused rather than stored or lost silently.
 */
import type { HipError } from "@hipcheck/core";

/** Same content, whatever the key order: a retried upload is recognised as the same write. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, inner]) => [key, sortKeys(inner)]),
  );
}

/** `what` names the thing in a sentence ("movement screen", "note"). */
export function clientIdTaken(what: string, field = "id"): HipError {
  return {
    kind: "conflict",
    message: `A different ${what} with this id is already saved; give a new ${what} a new id.`,
    field,
  };
}
