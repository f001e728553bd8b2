/**
 * A FHIR file's text as the Bundle HipCheck reads (decision 0924). FHIR records leave other systems in three
 * shapes: a Bundle (a portal's download, HipCheck's own export); a single resource in a file of its own (a phone's
 * health app writes one clinical record, an Observation, per file); and FHIR Bulk Data's NDJSON, one resource per
 * line, which a FHIR server's `$export` writes for each resource type. A single resource and an NDJSON file become
 * a `collection` Bundle of what they hold, so every shape is read, skipped and counted by the same rules. This file
 * runs in the browser as well as in Node: it imports nothing that needs Node.
 */
import { err, ok } from "@hipcheck/core";
import type { Result } from "@hipcheck/core";

/** The three shapes a FHIR file comes in. */
export type FhirFileShape = "bundle" | "resource" | "ndjson";

/**
 * Why a file holds no FHIR to read: `not-json`, neither JSON nor lines of JSON (another kind of file, or one cut
 * short); `not-fhir`, JSON without a FHIR `resourceType` (an array, another app's export); `bad-line`, an NDJSON
 * file one of whose lines is not a FHIR resource in JSON (`lineNumber` counts from 1).
 */
export type FhirFileProblem =
  | { readonly kind: "not-json" }
  | { readonly kind: "not-fhir" }
  | { readonly kind: "bad-line"; readonly lineNumber: number };

export type FhirResourceText = { readonly resourceType: string } & Record<string, unknown>;

export type FhirFile = {
  readonly shape: FhirFileShape;
  /** The Bundle as written, or a `collection` Bundle of the file's resources. */
  readonly bundle: FhirResourceText;
};

function isResource(value: unknown): value is FhirResourceText {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { resourceType?: unknown }).resourceType === "string"
  );
}

function parsed(text: string): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function collectionOf(resources: readonly FhirResourceText[]): FhirResourceText {
  return { resourceType: "Bundle", type: "collection", entry: resources.map((resource) => ({ resource })) };
}

/** The FHIR a file's text holds, as a Bundle, or why it holds none. A byte-order mark is allowed. */
export function bundleOfFhirText(text: string): Result<FhirFile, FhirFileProblem> {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const whole = parsed(body);
  if (whole.ok) {
    if (!isResource(whole.value)) return err({ kind: "not-fhir" });
    return ok(
      whole.value.resourceType === "Bundle"
        ? { shape: "bundle", bundle: whole.value }
        : { shape: "resource", bundle: collectionOf([whole.value]) },
    );
  }
  // Not one JSON value: lines of JSON (NDJSON), blank lines allowed. A first line that is not JSON either means
  // the file is not JSON at all, or JSON cut short.
  const resources: FhirResourceText[] = [];
  const lines = body.split("\n");
  for (const [index, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const value = parsed(line);
    if (resources.length === 0 && !value.ok) return err({ kind: "not-json" });
    if (!value.ok || !isResource(value.value)) return err({ kind: "bad-line", lineNumber: index + 1 });
    resources.push(value.value);
  }
  if (resources.length === 0) return err({ kind: "not-json" });
  return ok({ shape: "ndjson", bundle: collectionOf(resources) });
}

/** The problem in words, for the command line (the web app says it in the person's language). */
export function describeFhirFileProblem(problem: FhirFileProblem): string {
  switch (problem.kind) {
    case "not-json":
      return "is not readable JSON or NDJSON (it may be cut short, or another kind of file)";
    case "not-fhir":
      return "is JSON but holds no FHIR resource (no resourceType)";
    case "bad-line":
      return `is NDJSON whose line ${String(problem.lineNumber)} is not a FHIR resource in JSON`;
  }
}
