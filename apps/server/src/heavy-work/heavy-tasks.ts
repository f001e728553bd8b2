/**
 * The CPU-heavy work of a request, run in a worker thread of `HeavyWorkPool` so that the event loop keeps
 * answering everyone else: rendering a handout PDF, reading an activity file, reading a FHIR bundle. Each task
 * takes and returns plain data (structured clone), and expected failures travel back as `Result` values.
 */
import type { HipError, Result } from "@hipcheck/core";
import { ok } from "@hipcheck/core";
import { clinicalImportOf, parseActivityFile, readFhirBundle, renderHandoutPdf } from "@hipcheck/interop";
import type { HandoutInput } from "@hipcheck/interop";

export type HeavyTask =
  | { readonly kind: "handout-pdf"; readonly input: HandoutInput }
  | {
      readonly kind: "activity-file";
      readonly bytes: Uint8Array;
      readonly fileName: string;
      readonly timeZone?: string;
    }
  | { readonly kind: "fhir-bundle"; readonly bundle: unknown };

export type HeavyOutputs = {
  readonly "handout-pdf": Uint8Array;
  readonly "activity-file": ReturnType<typeof parseActivityFile> extends Result<infer T, HipError>
    ? T
    : never;
  readonly "fhir-bundle": ReturnType<typeof clinicalImportOf>;
};

export type HeavyOutput<K extends HeavyTask["kind"]> = HeavyOutputs[K];

export async function runHeavyTask(task: HeavyTask): Promise<Result<unknown, HipError>> {
  switch (task.kind) {
    case "handout-pdf":
      return ok(await renderHandoutPdf(task.input));
    case "activity-file":
      return parseActivityFile(
        task.bytes,
        task.fileName,
        task.timeZone === undefined ? {} : { timeZone: task.timeZone },
      );
    case "fhir-bundle": {
      const read = readFhirBundle(task.bundle);
      return read.ok ? ok(clinicalImportOf(read.value)) : read;
    }
  }
}
