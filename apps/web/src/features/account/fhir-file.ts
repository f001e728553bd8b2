/**
 * Reads a FHIR file the person picked before sending it: a Bundle, a single resource, or a bulk export's NDJSON
 * (interop's `bundleOfFhirText`, decision 0924). A file that holds no FHIR is refused here with a plain reason, and
 * nothing is sent. The server checks every resource again (all or nothing).
 */
import { FhirBundleBodySchema } from "@hipcheck/contracts";
import type { RouteInput } from "@hipcheck/contracts";
import { err, ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";
import { bundleOfFhirText } from "@hipcheck/interop/fhir-file";
import type { FhirFileProblem } from "@hipcheck/interop/fhir-file";

export type FhirBundleBody = RouteInput<"importFhir">["body"];
export type { FhirFileProblem };

export function readFhirFile(text: string): Result<FhirBundleBody, FhirFileProblem> {
  const read = bundleOfFhirText(text);
  if (!read.ok) return read;
  const bundle = FhirBundleBodySchema.safeParse(read.value.bundle);
  return bundle.success ? ok(bundle.data) : err({ kind: "not-fhir" });
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
