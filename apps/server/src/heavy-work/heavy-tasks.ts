/**
 * The CPU-heavy work of a request, run in a worker thread of `HeavyWorkPool` so that the event loop keeps
 * answering everyone else: rendering a handout PDF, reading an activity upload whole, reading a FHIR bundle. Each task
 * takes and returns plain data (structured clone), and expected failures travel back as `Result` values.
 */
import type { HipError, Result } from "@hipcheck/core";
import { ok } from "@hipcheck/core";
import { clinicalImportOf, readFhirBundle, renderHandoutPdf } from "@hipcheck/interop";
import type { HandoutInput } from "@hipcheck/interop";
import { readActivityUpload } from "./activity-upload.js";
import type { ActivityUploadRead } from "./activity-upload.js";

export type HeavyTask =
  | { readonly kind: "handout-pdf"; readonly input: HandoutInput }
  | { readonly kind: "fhir-bundle"; readonly bundle: unknown }
  /** The raw JSON body of an activity upload, read, checked and its file parsed (decision 0511). */
  | { readonly kind: "activity-upload"; readonly json: Uint8Array };

export type HeavyOutputs = {
  readonly "handout-pdf": Uint8Array;
  readonly "fhir-bundle": ReturnType<typeof clinicalImportOf>;
  readonly "activity-upload": ActivityUploadRead;
};

export type HeavyOutput<K extends HeavyTask["kind"]> = HeavyOutputs[K];

export async function runHeavyTask(task: HeavyTask): Promise<Result<unknown, HipError>> {
  switch (task.kind) {
    case "handout-pdf":
      return ok(await renderHandoutPdf(task.input));
    case "activity-upload":
      return readActivityUpload(task.json);
    case "fhir-bundle": {
      const read = readFhirBundle(task.bundle);
      return read.ok ? ok(clinicalImportOf(read.value)) : read;
    }
  }
}
