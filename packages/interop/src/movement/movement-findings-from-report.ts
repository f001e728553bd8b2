/**
 * The motion module's screen report, flattened to the findings other systems read: one `MovementFinding` per
 * finding of a scored report, each carrying in its method text how it was measured (camera view, test, 2D
 * landmarks, repetitions and frames) so a spreadsheet row or a FHIR Observation stands on its own
 * (docs/decisions/0120-movement-findings-interop.md).
 */
import { err, ok, parseWith, type HipError, type Lang, type Result } from "@hipcheck/core";
import {
  FINDING_IDS,
  MOVEMENT_METRIC_OF_FINDING,
  MOVEMENT_TESTS,
  TEST_PROFILES,
  type Band,
  type FindingId,
  type MovementFinding,
  type MovementReport,
  type MovementTest,
} from "@hipcheck/motion";
import { z } from "zod";
import { MovementFindingSchema } from "./movement-finding.js";

/** What the conversion reads of a `MovementReport`; a report straight from `analyzeMovement` is one. */
export type ReportForFindings = Pick<
  MovementReport,
  "test" | "status" | "view" | "referenceSide" | "framesUsed" | "framesTotal"
> & {
  /** Only counted. */
  readonly reps: readonly unknown[];
  readonly findings: readonly Pick<
    MovementReport["findings"][number],
    "id" | "side" | "valueDeg" | "errorDeg" | "band"
  >[];
};

type Words = Readonly<Record<Lang, string>>;

const TEST_WORDS: Readonly<Record<MovementTest, Words>> = {
  "single-leg-squat": { en: "single-leg squat", fr: "squat unipodal" },
  "single-leg-stance": { en: "single-leg stance hold", fr: "maintien en appui unipodal" },
  squat: { en: "squat", fr: "squat" },
  "step-down": { en: "step-down", fr: "descente de marche" },
  "lateral-walk": { en: "lateral band walk", fr: "marche latérale avec élastique" },
  "band-side-kick": { en: "band side kick", fr: "abduction debout avec élastique" },
  bridge: { en: "bridge", fr: "pont fessier" },
  "side-lying-leg-lift": { en: "side-lying leg lift", fr: "abduction en décubitus latéral" },
  clamshell: { en: "clamshell", fr: "coquillage" },
};

/** What each finding measures, with its sign, from which 2D landmarks, and how repetitions are summarised. */
function measureOf(id: FindingId, oneLeg: boolean, lang: Lang): string {
  if (lang === "fr") return measureInFrench(id, oneLeg);
  switch (id) {
    case "knee-fppa":
      return "Knee frontal plane projection angle between the hip-knee and knee-ankle lines (2D landmarks hip, knee, ankle; + = knee inward, valgus), the most valgus frame of each repetition, averaged";
    case "knee-fppa-asymmetry":
      return "Left minus right knee frontal plane projection angle (2D landmarks hip, knee, ankle), from each leg's average peak; the stated error is the smallest detectable difference";
    case "pelvic-drop":
      return "Pelvic drop, the tilt of the line between the two hip landmarks (+ = the lifted-leg side lower), the largest of each repetition, averaged";
    case "trendelenburg-sign":
      return "Trendelenburg-like sign: pelvic drop from the two hip landmarks (+ = the lifted-leg side lower), seen when it exceeds the stated error";
    case "trunk-lean":
      return `Trunk lateral lean, the angle from vertical of the mid-hip to mid-shoulder line (2D landmarks hips, shoulders; + = toward ${oneLeg ? "the standing leg" : "the left"}), the largest of each repetition, averaged`;
    case "trunk-rocking":
      return "Upper-body rocking, the range of trunk lateral lean (mid-hip to mid-shoulder line, 2D landmarks hips, shoulders) within each repetition, averaged";
    case "sway":
      return "Sway, the standard deviation over the hold of the angle from vertical of the line from the standing ankle to the mid-shoulder point (2D landmarks ankle, shoulders)";
  }
}

function measureInFrench(id: FindingId, oneLeg: boolean): string {
  switch (id) {
    case "knee-fppa":
      return "Angle de projection du genou dans le plan frontal entre les lignes hanche-genou et genou-cheville (repères 2D hanche, genou, cheville\u00a0; + = genou vers l’intérieur, valgus), image la plus en valgus de chaque répétition, moyennée";
    case "knee-fppa-asymmetry":
      return "Écart gauche moins droite de l’angle de projection du genou dans le plan frontal (repères 2D hanche, genou, cheville), à partir du pic moyen de chaque jambe\u00a0; l’erreur indiquée est la plus petite différence détectable";
    case "pelvic-drop":
      return "Chute du bassin, inclinaison de la ligne entre les deux repères de hanche (+ = côté de la jambe levée plus bas), la plus grande de chaque répétition, moyennée";
    case "trendelenburg-sign":
      return "Signe de type Trendelenburg\u00a0: chute du bassin d’après les deux repères de hanche (+ = côté de la jambe levée plus bas), retenue quand elle dépasse l’erreur indiquée";
    case "trunk-lean":
      return `Inclinaison latérale du tronc, angle par rapport à la verticale de la ligne milieu des hanches - milieu des épaules (repères 2D hanches, épaules\u00a0; + = vers ${oneLeg ? "la jambe d’appui" : "la gauche"}), la plus grande de chaque répétition, moyennée`;
    case "trunk-rocking":
      return "Balancement du haut du corps, amplitude de l’inclinaison latérale du tronc (ligne milieu des hanches - milieu des épaules, repères 2D hanches, épaules) au cours de chaque répétition, moyennée";
    case "sway":
      return "Oscillation, écart type sur le maintien de l’angle par rapport à la verticale de la ligne cheville d’appui - milieu des épaules (repères 2D cheville, épaules)";
  }
}

const BAND_WORDS: Readonly<Record<Exclude<Band, "no-norm">, Words>> = {
  typical: { en: "typical", fr: "habituelle" },
  borderline: { en: "borderline", fr: "limite" },
  elevated: { en: "above the typical range", fr: "au-dessus de la plage habituelle" },
};

function oneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

function methodInFrench(report: ReportForFindings, finding: ReportForFindings["findings"][number]): string {
  const profile = TEST_PROFILES[report.test];
  const stance = profile.oneLeg
    ? ` en appui sur la jambe ${report.referenceSide === "left" ? "gauche" : "droite"}`
    : "";
  const reps =
    profile.signal === "none"
      ? "le maintien compté comme une répétition"
      : `${report.reps.length} répétition${report.reps.length > 1 ? "s" : ""}`;
  const counted = `${reps}, ${report.framesUsed} images exploitables sur ${report.framesTotal}`;
  const band =
    finding.band === "no-norm"
      ? "Pas de norme publiée."
      : `Zone\u00a0: ${BAND_WORDS[finding.band].fr} (tirée de données publiées, pas un seuil validé).`;
  return [
    `Caméra ${report.view === "front" ? "de face" : "de dos"}, ${TEST_WORDS[report.test].fr}${stance}.`,
    `${measureOf(finding.id, profile.oneLeg, "fr")}\u00a0; ${counted}.`,
    band,
    "Signal de dépistage issu d’une vidéo 2D, ce n’est pas un diagnostic.",
  ].join(" ");
}

function methodOf(
  report: ReportForFindings,
  finding: ReportForFindings["findings"][number],
  lang: Lang,
): string {
  if (lang === "fr") return methodInFrench(report, finding);
  const profile = TEST_PROFILES[report.test];
  const stance = profile.oneLeg ? ` standing on the ${report.referenceSide} leg` : "";
  // A hold has no repetitions to count: the motion module scores it as one.
  const reps =
    profile.signal === "none" ? "the hold taken as one repetition" : `${report.reps.length} repetitions`;
  const counted = `${reps}, ${report.framesUsed} of ${report.framesTotal} frames usable`;
  const band =
    finding.band === "no-norm"
      ? "No published norm."
      : `Band: ${BAND_WORDS[finding.band].en} (derived from published data, not a validated cut-off).`;
  return [
    `${report.view === "front" ? "Front" : "Back"} camera view, ${TEST_WORDS[report.test].en}${stance}.`,
    `${measureOf(finding.id, profile.oneLeg, "en")}; ${counted}.`,
    band,
    "Screening signal from a 2D video, not a diagnosis.",
  ].join(" ");
}

/**
 * Every finding of a scored report, dated `date` (YYYY-MM-DD), its method text in `lang` (the language of the
 * export it goes into); a report that could not be scored has none.
 */
export function movementFindingsFromReport(
  report: ReportForFindings,
  date: string,
  lang: Lang = "en",
): MovementFinding[] {
  if (report.status !== "scored") return [];
  return report.findings.map((finding) => ({
    date,
    test: report.test,
    metric: MOVEMENT_METRIC_OF_FINDING[finding.id],
    side: finding.side === "both" ? null : finding.side,
    valueDeg: oneDecimal(finding.valueDeg),
    semDeg: oneDecimal(finding.errorDeg),
    method: methodOf(report, finding, lang),
  }));
}

const SideSchema = z.enum(["left", "right"]);

/** What a stored report must hold for the conversion; everything else in it is left alone. */
const ReportForFindingsSchema = z.looseObject({
  test: z.enum(MOVEMENT_TESTS),
  status: z.enum(["scored", "not-scorable"]),
  view: z.enum(["front", "back"]),
  referenceSide: SideSchema,
  reps: z.array(z.unknown()),
  framesUsed: z.number().int().min(0),
  framesTotal: z.number().int().min(0),
  findings: z.array(
    z.looseObject({
      id: z.enum(FINDING_IDS),
      side: z.enum(["left", "right", "both"]),
      valueDeg: z.number().min(-180).max(180),
      errorDeg: z.number().min(0).max(90),
      band: z.enum(["typical", "borderline", "elevated", "no-norm"]),
    }),
  ),
});

const NotScorableSchema = z.looseObject({ status: z.literal("not-scorable") });

/** A stored report (JSON from the database or a file) checked before conversion: a clear error, never a throw. */
export function readReportForFindings(value: unknown): Result<ReportForFindings, HipError> {
  return parseWith(ReportForFindingsSchema, value);
}

/**
 * What a record's movement findings are made from: saved screens (dated reports) and findings imported before. A
 * screen's `id` and each imported finding's name (`importedMovementFindingIds`, in the order of the findings: the
 * identifier it arrived under, else its stored id) name each finding in a FHIR record, so that importing the record
 * again knows it (decision 0710); without them a finding is named by its date.
 */
export type MovementFindingsSources = {
  readonly movementScreens: readonly {
    readonly id?: string;
    readonly date: string;
    readonly report: unknown;
  }[];
  readonly importedMovementFindings: readonly unknown[];
  readonly importedMovementFindingIds?: readonly string[];
};

/** A finding with the name it travels under in a FHIR record, or null when its sources gave none. */
export type NamedMovementFinding = { readonly finding: MovementFinding; readonly name: string | null };

/**
 * The name of the finding at `place` (from 1) in a saved screen's report: the screen's stored id and the place,
 * which never changes, since a saved report is never rewritten (decision 0710).
 */
export function screenFindingName(screenId: string, place: number): string {
  return `${screenId}.${place}`;
}

/** The screen a finding's name points into, when it is a screen's finding (`<screen id>.<place>`), else null. */
export function screenOfFindingName(name: string): string | null {
  return /^(.+)\.[1-9][0-9]*$/.exec(name)?.[1] ?? null;
}

/** Equal for two findings with the same content, whatever order their fields were written in. */
function sameFindingKey(finding: MovementFinding): string {
  const { date, test, metric, side, valueDeg, semDeg, method } = finding;
  return JSON.stringify([date, test, metric, side, valueDeg, semDeg, method]);
}

/**
 * The findings of every saved screen, then every imported finding that is not one of them already (a person's
 * own export imported back: the same content, or the name of a screen's finding), in date order, screens' method
 * texts in `lang`, each with its name; a stored report or finding that does not read is a clear error.
 */
export function collectNamedMovementFindings(
  sources: MovementFindingsSources,
  lang: Lang = "en",
): Result<NamedMovementFinding[], HipError> {
  const findings: NamedMovementFinding[] = [];
  for (const [index, screen] of sources.movementScreens.entries()) {
    // A screen that could not be scored has no findings, whatever else its report holds.
    if (NotScorableSchema.safeParse(screen.report).success) continue;
    const report = readReportForFindings(screen.report);
    if (!report.ok) {
      return err({
        kind: "unprocessable",
        message: `Saved movement screen ${index + 1} cannot be read: ${report.error.message}`,
      });
    }
    const { id } = screen;
    findings.push(
      ...movementFindingsFromReport(report.value, screen.date, lang).map((finding, place) => ({
        finding,
        name: id === undefined ? null : screenFindingName(id, place + 1),
      })),
    );
  }
  const seen = new Set(findings.map(({ finding }) => sameFindingKey(finding)));
  const names = new Set(findings.flatMap(({ name }) => (name === null ? [] : [name])));
  for (const [index, value] of sources.importedMovementFindings.entries()) {
    const finding = parseWith(MovementFindingSchema, value);
    if (!finding.ok) {
      return err({
        kind: "unprocessable",
        message: `Imported movement finding ${index + 1} cannot be read: ${finding.error.message}`,
      });
    }
    const key = sameFindingKey(finding.value);
    const name = sources.importedMovementFindingIds?.[index] ?? null;
    if (seen.has(key) || (name !== null && names.has(name))) continue;
    seen.add(key);
    if (name !== null) names.add(name);
    findings.push({ finding: finding.value, name });
  }
  // A stable sort: findings of one day keep their screen's order.
  return ok(findings.toSorted((a, b) => a.finding.date.localeCompare(b.finding.date)));
}

/** The findings of `collectNamedMovementFindings`, without their names: what the movement spreadsheet writes. */
export function collectMovementFindings(
  sources: MovementFindingsSources,
  lang: Lang = "en",
): Result<MovementFinding[], HipError> {
  const named = collectNamedMovementFindings(sources, lang);
  return named.ok ? ok(named.value.map(({ finding }) => finding)) : named;
}
