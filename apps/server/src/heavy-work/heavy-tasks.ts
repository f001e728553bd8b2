/**
 * The CPU-heavy work of a request, run in a worker thread of `HeavyWorkPool` so that the event loop keeps
 * answering everyone else: rendering a handout PDF, reading an activity upload whole, reading a FHIR bundle. Each task
 * takes and returns plain data (structured clone), and expected failures travel back as `Result` values.
 */
import type { HipError, Result } from "@hipcheck/core";
import { ok } from "@hipcheck/core";
import { checkedExportDocument } from "@hipcheck/application";
import type { ExportDocument } from "@hipcheck/application";
import { clinicalImportOf, readFhirBundle, renderHandoutPdf } from "@hipcheck/interop";
import type { HandoutInput } from "@hipcheck/interop";
import { routes } from "@hipcheck/contracts";
import { checkedBodyOf, readActivityUpload } from "./activity-upload.js";
import { markTaskStart, type TaskStartBuffer } from "./task-clock.js";
import type { ActivityUploadRead } from "./activity-upload.js";

export type HeavyTask =
  | { readonly kind: "handout-pdf"; readonly input: HandoutInput }
  /** The raw JSON body of an activity upload, read, checked and its file parsed (decision 0511). */
  | { readonly kind: "activity-upload"; readonly json: Uint8Array }
  /**
   * The raw JSON body of a whole-record import, parsed and checked against the route's schema (decision 0600), then
   * checked as an export document (decision 0625).
   */
  | { readonly kind: "import-upload"; readonly json: Uint8Array }
  /** The raw JSON body of a FHIR import, parsed, checked and read as a bundle (decision 0600). */
  | { readonly kind: "fhir-upload"; readonly json: Uint8Array };

/** The tasks that take a raw request body, whose bytes may be moved to the worker rather than copied. */
export type UploadTask = Extract<HeavyTask, { readonly json: Uint8Array }>;

export type HeavyOutputs = {
  readonly "handout-pdf": Uint8Array;
  readonly "activity-upload": ActivityUploadRead;
  /** The document's own check travels as a value: the use-case answers it after its access check, as before. */
  readonly "import-upload": Result<ExportDocument, HipError>;
  readonly "fhir-upload": ReturnType<typeof clinicalImportOf>;
};

export type HeavyOutput<K extends HeavyTask["kind"]> = HeavyOutputs[K];

export async function runHeavyTask(task: HeavyTask): Promise<Result<unknown, HipError>> {
  switch (task.kind) {
    case "handout-pdf":
      return ok(await renderHandoutPdf(task.input));
    case "activity-upload":
      return readActivityUpload(task.json);
    case "import-upload": {
      const body = checkedBodyOf(task.json, routes.importData.body);
      return body.ok ? ok(checkedExportDocument(body.value)) : body;
    }
    case "fhir-upload": {
      const body = checkedBodyOf(task.json, routes.importFhir.body);
      if (!body.ok) return body;
      const read = readFhirBundle(body.value);
      return read.ok ? ok(clinicalImportOf(read.value)) : read;
    }
  }
}

/** The pool's entry (decision 0741): marks when the thread starts the task, for its clock, then runs it. */
export async function runTimedHeavyTask({
  task,
  start,
}: {
  readonly task: HeavyTask;
  readonly start: TaskStartBuffer;
}): Promise<Result<unknown, HipError>> {
  markTaskStart(start);
  return runHeavyTask(task);
}
