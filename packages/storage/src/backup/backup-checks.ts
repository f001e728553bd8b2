import type { HipError } from "@hipcheck/core";
import { knownMigrationNames } from "../schema-migrations.js";

/**
 * A backup holding schema steps this version does not know comes from a newer HipCheck: this version could not
 * open what it restored, so it refuses before writing anything.
 */
export function newerSteps(steps: readonly string[]): HipError | undefined {
  const known = knownMigrationNames();
  const unknown = steps.filter((step) => !known.includes(step));
  if (unknown.length === 0) return undefined;
  return {
    kind: "conflict",
    message: `this backup was made by a newer version of HipCheck (schema step ${unknown.at(-1) ?? ""}, unknown to this version): restore it with that version or a later one`,
  };
}
