export * from "./movement/movement-finding.js";
export {
  collectMovementFindings,
  collectNamedMovementFindings,
  movementFindingsFromReport,
  readReportForFindings,
  type MovementFindingsSources,
  type NamedMovementFinding,
  type ReportForFindings,
} from "./movement/movement-findings-from-report.js";
export * from "./fhir/clinical-record.js";
export type * from "./fhir/fhir-resources.js";
export { BUNDLE_ENTRIES_MAX, FHIR_FILE_BYTES_MAX } from "./fhir/fhir-resources.js";
export {
  exportFhirBundle,
  exportFhirBundleFromSources,
  FHIR_BUNDLE_TEXT_CLOSING,
  fhirBundleEntryText,
  fhirBundleParts,
  fhirBundlePartsFromSources,
  fhirBundleTextOpening,
  type ClinicalFrameSources,
  type ClinicalSources,
  type FhirBundleParts,
  type FhirRecordFrame,
} from "./fhir/export-fhir-bundle.js";
export { importFhirBundle } from "./fhir/import-fhir-bundle.js";
export {
  bundleOfFhirText,
  describeFhirFileProblem,
  type FhirFile,
  type FhirFileProblem,
  type FhirFileShape,
} from "./fhir/fhir-file-text.js";
export {
  FHIR_SKIP_REASONS,
  clinicalImportOf,
  readFhirBundle,
  type FhirBundleContents,
  type FhirSkipReason,
  type ReadMovementFinding,
  type ReadPainEntry,
  type ReadPsfsEntry,
  type SkippedResource,
} from "./fhir/read-fhir-bundle.js";
export { renderHandoutPdf, type HandoutInput } from "./handout/render-handout-pdf.js";
export { icsOptionsFor, renderProgramIcs, type IcsOptions } from "./calendar/render-program-ics.js";
export * from "./training-load/recorded-activity.js";
export {
  DEFAULT_CYCLING_RPM,
  DEFAULT_RUNNING_STEPS_PER_MIN,
  DEFAULT_WALKING_STEPS_PER_MIN,
} from "./training-load/estimate-repetitions.js";
export { ACTIVITY_FILE_BYTES_MAX, parseActivityFile } from "./training-load/parse-activity-file.js";
export { TRACK_POINTS_MAX } from "./training-load/parse-gpx.js";
export * from "./training-load/weekly-load.js";
export { guardFormula, toCsv, type CsvCell } from "./csv/csv-table.js";
export {
  toCsvMovementFindings,
  toCsvPainEntries,
  toCsvSessions,
  toCsvStrengthChecks,
} from "./csv/records-csv.js";
