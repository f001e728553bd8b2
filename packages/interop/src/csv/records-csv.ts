/**
 * Spreadsheet exports of what a person logged: sessions (one row per logged set), pain entries and movement-screen
 * findings. Column names are stable English identifiers so formulas and scripts keep working; exercise and
 * measure names follow the chosen language.
 */
import { findExercise, type Lang, type PainEntry, type SessionEntry, type SessionLog } from "@hipcheck/core";
import { MOVEMENT_METRIC_NAMES, type MovementFinding } from "../movement/movement-finding.js";
import { toCsv, type CsvCell } from "./csv-table.js";

const SESSION_COLUMNS = [
  "date",
  "log_id",
  "program_id",
  "planned_session_id",
  "kind",
  "completed",
  "pain_before",
  "pain_after",
  "exercise_id",
  "exercise_name",
  "pain_during",
  "rpe",
  "set_number",
  "side",
  "reps",
  "hold_seconds",
  "duration_seconds",
  "load",
  "notes",
] as const;

const NO_ENTRY: CsvCell[] = Array<CsvCell>(11).fill(null);

function entryRows(entry: SessionEntry, lang: Lang): CsvCell[][] {
  const exercise = [
    entry.exerciseId,
    findExercise(entry.exerciseId)?.name[lang] ?? entry.exerciseId,
    entry.painDuring,
    entry.rpe,
  ];
  const notes = entry.notes ?? null;
  if (entry.sets.length === 0) return [[...exercise, null, null, null, null, null, null, notes]];
  return entry.sets.map((set, index) => [
    ...exercise,
    index + 1,
    set.side,
    set.reps ?? null,
    set.holdSeconds ?? null,
    set.durationSeconds ?? null,
    set.load ?? null,
    notes,
  ]);
}

function logRows(log: SessionLog, lang: Lang): CsvCell[][] {
  const session: CsvCell[] = [
    log.date,
    log.id,
    log.programId,
    log.plannedSessionId,
    log.kind,
    log.completed,
    log.painBefore ?? null,
    log.painAfter ?? null,
  ];
  const rows = log.entries.flatMap((entry) => entryRows(entry, lang));
  return rows.length === 0 ? [[...session, ...NO_ENTRY]] : rows.map((row) => [...session, ...row]);
}

export function toCsvSessions(logs: readonly SessionLog[], lang: Lang): string {
  return toCsv(
    SESSION_COLUMNS,
    logs.flatMap((log) => logRows(log, lang)),
  );
}

export function toCsvPainEntries(entries: readonly PainEntry[]): string {
  return toCsv(
    ["date", "pain_now_0_10", "pain_usual_0_10", "pain_worst_0_10"],
    entries.map((entry) => [entry.date, entry.painNow, entry.painUsual, entry.painWorst]),
  );
}

/** Each angle with its measurement error, so a spreadsheet reader sees how much a difference can be noise. */
export function toCsvMovementFindings(findings: readonly MovementFinding[], lang: Lang): string {
  return toCsv(
    ["date", "test", "metric", "measure", "side", "value_deg", "sem_deg", "method"],
    findings.map((finding) => [
      finding.date,
      finding.test,
      finding.metric,
      MOVEMENT_METRIC_NAMES[finding.metric][lang],
      finding.side,
      finding.valueDeg,
      finding.semDeg,
      finding.method,
    ]),
  );
}
