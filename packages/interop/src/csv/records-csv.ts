/**
 * Spreadsheet exports of what a person logged: sessions (one row per logged set), pain entries and movement-screen
 * findings, in the file's language: column headers, names, yes/no, sides and session kinds, with the separator and
 * decimal mark that language's spreadsheets expect (`csv-table.ts`). Identifiers (log, program, exercise ids) stay
 * as stored so a file can be matched back to the record.
 */
import {
  findExercise,
  ratesTheWeek,
  type Lang,
  type PainEntry,
  type SessionEntry,
  type SessionLog,
  type SetSide,
  checkAsymmetryPct,
  STRENGTH_SIDES,
  STRENGTH_TESTS,
  strengthValue,
  type StrengthCheck,
} from "@hipcheck/core";
import { MOVEMENT_METRIC_NAMES, type MovementFinding, type MovementTest } from "@hipcheck/motion";
import { CSV_DIALECTS, toCsv, type CsvCell } from "./csv-table.js";

type Texts = Readonly<Record<Lang, string>>;

const SESSION_COLUMNS: readonly Texts[] = [
  { en: "date", fr: "date" },
  { en: "log_id", fr: "id_seance_notee" },
  { en: "program_id", fr: "id_programme" },
  { en: "planned_session_id", fr: "id_seance_prevue" },
  { en: "kind", fr: "type" },
  { en: "completed", fr: "terminee" },
  { en: "pain_before", fr: "douleur_avant" },
  { en: "pain_after", fr: "douleur_apres" },
  { en: "exercise_id", fr: "id_exercice" },
  { en: "exercise_name", fr: "exercice" },
  { en: "pain_during", fr: "douleur_pendant" },
  { en: "rpe", fr: "effort_percu" },
  { en: "set_number", fr: "serie" },
  { en: "side", fr: "cote" },
  { en: "reps", fr: "repetitions" },
  { en: "hold_seconds", fr: "maintien_secondes" },
  { en: "duration_seconds", fr: "duree_secondes" },
  { en: "load", fr: "charge" },
  { en: "notes", fr: "notes" },
];

const PAIN_COLUMNS: readonly Texts[] = [
  { en: "date", fr: "date" },
  { en: "pain_now_0_10", fr: "douleur_actuelle_0_10" },
  { en: "pain_usual_0_10", fr: "douleur_habituelle_0_10" },
  { en: "pain_worst_0_10", fr: "douleur_maximale_0_10" },
];

const MOVEMENT_COLUMNS: readonly Texts[] = [
  { en: "date", fr: "date" },
  { en: "test", fr: "test" },
  { en: "metric", fr: "code_mesure" },
  { en: "measure", fr: "mesure" },
  { en: "side", fr: "cote" },
  { en: "value_deg", fr: "valeur_deg" },
  { en: "sem_deg", fr: "erreur_mesure_deg" },
  { en: "method", fr: "methode" },
];

const YES_NO: Readonly<Record<"yes" | "no", Texts>> = {
  yes: { en: "yes", fr: "oui" },
  no: { en: "no", fr: "non" },
};

const SIDES: Readonly<Record<SetSide, Texts>> = {
  left: { en: "left", fr: "gauche" },
  right: { en: "right", fr: "droite" },
  both: { en: "both", fr: "les deux" },
};

const SESSION_KINDS: Readonly<Record<SessionLog["kind"], Texts>> = {
  strength: { en: "strength", fr: "renforcement" },
  "warm-up": { en: "warm-up", fr: "échauffement" },
};

const TESTS: Readonly<Record<MovementTest, Texts>> = {
  "single-leg-squat": { en: "Single-leg squat", fr: "Squat unipodal" },
  "single-leg-stance": { en: "Single-leg stance", fr: "Appui unipodal" },
  squat: { en: "Squat", fr: "Squat" },
  "step-down": { en: "Step-down", fr: "Descente de marche" },
  "lateral-walk": { en: "Lateral band walk", fr: "Marche latérale avec élastique" },
  "band-side-kick": { en: "Band side kick", fr: "Abduction debout avec élastique" },
  bridge: { en: "Bridge", fr: "Pont fessier" },
  "side-lying-leg-lift": { en: "Side-lying leg lift", fr: "Abduction en décubitus latéral" },
  clamshell: { en: "Clamshell", fr: "Coquillage (clamshell)" },
};

/** Findings imported from elsewhere may name a test HipCheck does not film; its id is then kept. */
function testName(test: string, lang: Lang): string {
  return (TESTS as Readonly<Record<string, Texts | undefined>>)[test]?.[lang] ?? test;
}

const headerOf = (columns: readonly Texts[], lang: Lang) => columns.map((column) => column[lang]);
const yesNo = (value: boolean, lang: Lang) => YES_NO[value ? "yes" : "no"][lang];

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
    SIDES[set.side][lang],
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
    SESSION_KINDS[log.kind][lang],
    yesNo(log.completed, lang),
    log.painBefore ?? null,
    log.painAfter ?? null,
  ];
  const rows = log.entries.flatMap((entry) => entryRows(entry, lang));
  return rows.length === 0 ? [[...session, ...NO_ENTRY]] : rows.map((row) => [...session, ...row]);
}

export function toCsvSessions(logs: readonly SessionLog[], lang: Lang): string {
  return toCsv(
    headerOf(SESSION_COLUMNS, lang),
    logs.flatMap((log) => logRows(log, lang)),
    CSV_DIALECTS[lang],
  );
}

export function toCsvPainEntries(entries: readonly PainEntry[], lang: Lang): string {
  return toCsv(
    headerOf(PAIN_COLUMNS, lang),
    // A single reading rated only the pain now: its usual and worst cells stay empty (decision 0281).
    entries.map((entry) =>
      ratesTheWeek(entry)
        ? [entry.date, entry.painNow, entry.painUsual, entry.painWorst]
        : [entry.date, entry.painNow, null, null],
    ),
    CSV_DIALECTS[lang],
  );
}

/** Each angle with its measurement error, so a spreadsheet reader sees how much a difference can be noise. */
export function toCsvMovementFindings(findings: readonly MovementFinding[], lang: Lang): string {
  return toCsv(
    headerOf(MOVEMENT_COLUMNS, lang),
    findings.map((finding) => [
      finding.date,
      testName(finding.test, lang),
      finding.metric,
      MOVEMENT_METRIC_NAMES[finding.metric][lang],
      finding.side === null ? null : SIDES[finding.side][lang],
      finding.valueDeg,
      finding.semDeg,
      finding.method,
    ]),
    CSV_DIALECTS[lang],
  );
}

const STRENGTH_COLUMNS: readonly Texts[] = [
  { en: "date", fr: "date" },
  { en: "test", fr: "code_test" },
  { en: "test_name", fr: "test" },
  { en: "side", fr: "cote" },
  { en: "first_side", fr: "premier_cote" },
  { en: "value", fr: "valeur" },
  { en: "unit", fr: "unite" },
  { en: "hold_seconds", fr: "maintien_secondes" },
  { en: "timed_by", fr: "chronometre_par" },
  { en: "stop_reason", fr: "raison_arret" },
  { en: "force_n", fr: "force_n" },
  { en: "lever_arm_m", fr: "bras_de_levier_m" },
  { en: "body_mass_kg", fr: "masse_corporelle_kg" },
  { en: "device", fr: "appareil" },
  { en: "placement", fr: "position" },
  { en: "asymmetry_pct", fr: "ecart_entre_cotes_pct" },
  { en: "mdc", fr: "plus_petit_vrai_changement" },
  { en: "time_of_day", fr: "heure" },
];

const TIMED_BY_TEXT: Readonly<Record<"camera" | "stopwatch", Texts>> = {
  camera: { en: "camera", fr: "caméra" },
  stopwatch: { en: "stopwatch", fr: "chronomètre" },
};

/** The check's smallest real change, as a reader of the file needs it beside the values (docs/clinical §10). */
function mdcText(check: StrengthCheck, lang: Lang): string {
  const mdc = STRENGTH_TESTS[check.test].reliability.mdc;
  if (mdc.kind === "absolute") return `${String(mdc.value).replace(".", lang === "fr" ? "," : ".")} s`;
  return lang === "fr" ? `${mdc.pct} % de la valeur de départ` : `${mdc.pct}% of the baseline`;
}

/** One row per side of each strength check, with the check's error beside the value. */
export function toCsvStrengthChecks(checks: readonly StrengthCheck[], lang: Lang): string {
  const rows = checks.flatMap((check) =>
    STRENGTH_SIDES.map((side): CsvCell[] => {
      const hold = check.test === "hip-abduction-dynamometer" ? null : check[side];
      const clinic = check.test === "hip-abduction-dynamometer" ? check : null;
      return [
        check.date,
        check.test,
        STRENGTH_TESTS[check.test].name[lang],
        SIDES[side][lang],
        SIDES[check.firstSide][lang],
        strengthValue(check, side),
        STRENGTH_TESTS[check.test].unit,
        hold?.holdSeconds ?? null,
        hold === null ? null : TIMED_BY_TEXT[hold.timedBy][lang],
        hold?.stopReason ?? null,
        clinic?.[side].forceN ?? null,
        clinic?.leverArmM ?? null,
        clinic?.bodyMassKg ?? null,
        clinic?.device ?? null,
        clinic?.placement ?? null,
        checkAsymmetryPct(check),
        mdcText(check, lang),
        check.timeOfDay ?? null,
      ];
    }),
  );
  return toCsv(headerOf(STRENGTH_COLUMNS, lang), rows, CSV_DIALECTS[lang]);
}
