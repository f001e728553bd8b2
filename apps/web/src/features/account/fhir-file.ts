/**
 * Reads a FHIR file the person picked before sending it: a file that is not JSON, or not a Bundle, is refused here
 * with a plain reason, and nothing is sent. The server checks every resource again (all or nothing).
 */
import { FhirBundleBodySchema } from "@hipcheck/contracts";
import type { RouteInput } from "@hipcheck/contracts";
import { err, ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";

export type FhirBundleBody = RouteInput<"importFhir">["body"];
export type FhirFileProblem = "not-json" | "not-bundle";

export function readFhirFile(text: string): Result<FhirBundleBody, FhirFileProblem> {
  let payload: unknown;
  try {
    payload = JSON.parse(text) as unknown;
  } catch {
    return err("not-json");
  }
  const bundle = FhirBundleBodySchema.safeParse(payload);
  return bundle.success ? ok(bundle.data) : err("not-bundle");
}

/** The kinds of record an import adds, in the order they are listed to the person. */
export const IMPORTED_KINDS = [
  "checkIns",
  "painEntries",
  "psfsEntries",
  "strengthChecks",
  "movementFindings",
] as const;
export type ImportedKind = (typeof IMPORTED_KINDS)[number];

/** Known kinds first in their order, then any others the server reports (so none is hidden). */
export function importedCounts(counts: Readonly<Record<string, number>>): [string, number][] {
  const known = IMPORTED_KINDS.filter((kind) => kind in counts).map((kind): [string, number] => [
    kind,
    counts[kind] ?? 0,
  ]);
  const others = Object.entries(counts).filter(
    ([kind]) => !(IMPORTED_KINDS as readonly string[]).includes(kind),
  );
  return [...known, ...others];
}
