import type { Lang, Localized } from "@hipcheck/core";
import {
  KNEE_FPPA_ERROR_DEG,
  PELVIC_DROP_ERROR_DEG,
  TRUNK_LEAN_ERROR_DEG,
  cameraErrorNote,
  type FindingId,
  type KneeAtRep,
  type MovementReport,
  type RepFindings,
  type SetupProblem,
  type SetupProblemCode,
  type Side,
} from "@hipcheck/motion";

/** "genou" is masculine and "jambe" feminine: the French side word agrees with the one it describes. */
const SIDE_WORDS = {
  en: {
    leg: { left: "left", right: "right", both: "both legs" },
    knee: { left: "left knee", right: "right knee" },
    kneeTitle: { left: "Left knee", right: "Right knee" },
  },
  fr: {
    leg: { left: "gauche", right: "droite", both: "deux jambes" },
    knee: { left: "genou gauche", right: "genou droit" },
    kneeTitle: { left: "Genou gauche", right: "Genou droit" },
  },
} as const;

/** What the report was measured on, for its first line. */
export type ReportSource = {
  readonly frameCount: number;
  readonly durationMs: number;
  readonly model: string;
};

const TEXT = {
  en: {
    heading: (frames: number, seconds: string, model: string) =>
      `${frames} frame${frames === 1 ? "" : "s"} (${seconds} s) read with ${model}.`,
    fppa: "FPPA (frontal plane projection angle) of the knee: how far the knee moves inward or outward from the hip–ankle line, seen from the front; + = inward, − = outward.",
    notScored: (photo: boolean) =>
      `Not scored: the ${photo ? "photo" : "video"} cannot be measured reliably, for the reason above.`,
    rep: (index: number, side: string, fromS: string, toS: string) =>
      `Repetition ${index} (${side}, ${fromS}–${toS} s)`,
    unfinished: " — unfinished",
    knee: (knee: string, peak: string, atDepth: string) =>
      `  ${knee}: peak FPPA ${peak}, at depth ${atDepth}`,
    trunk: (value: string) => `  trunk lean ${value}`,
    rock: (value: string) => `  trunk rocking ${value}`,
    pelvis: (value: string) => `  pelvic drop ${value}`,
    side: (knee: string, peak: string) => `${knee}: mean peak FPPA ${peak}`,
    measure: (value: string, n: number) => `${value} (${n} repetition${n === 1 ? "" : "s"})`,
    asymmetry: (deg: string, smallest: string, beyond: boolean) =>
      `Left minus right: ${deg}° (differences under ${smallest}° may be measurement noise${beyond ? "; this one is larger" : ""})`,
    misTracked: " — probably tracked wrongly, not a finding (see above)",
    fromMisTracked: " — from a knee probably tracked wrongly, not a finding (see above)",
    findings: "Findings:",
    confidence: (pct: number, used: number, total: number) =>
      `Confidence ${pct}% (${used} of ${total} frames usable).`,
    none: "not measured",
  },
  fr: {
    heading: (frames: number, seconds: string, model: string) =>
      `${frames} image${frames === 1 ? "" : "s"} (${seconds} s) lue${frames === 1 ? "" : "s"} avec ${model}.`,
    fppa: "FPPA (angle de projection dans le plan frontal) du genou\u00a0: de combien le genou s’écarte vers l’intérieur ou vers l’extérieur de la ligne hanche–cheville, vu de face\u00a0; + = vers l’intérieur, − = vers l’extérieur.",
    notScored: (photo: boolean) =>
      `Non évalué\u00a0: ${photo ? "la photo" : "la vidéo"} ne permet pas une mesure fiable, pour la raison ci-dessus.`,
    rep: (index: number, side: string, fromS: string, toS: string) =>
      `Répétition ${index} (${side}, ${fromS}–${toS} s)`,
    unfinished: " — inachevée",
    knee: (knee: string, peak: string, atDepth: string) =>
      `  ${knee}\u00a0: FPPA maximal ${peak}, à la profondeur ${atDepth}`,
    trunk: (value: string) => `  inclinaison du tronc ${value}`,
    rock: (value: string) => `  balancement du tronc ${value}`,
    pelvis: (value: string) => `  chute du bassin ${value}`,
    side: (knee: string, peak: string) => `${knee}\u00a0: FPPA maximal moyen ${peak}`,
    measure: (value: string, n: number) => `${value} (${n} répétition${n === 1 ? "" : "s"})`,
    asymmetry: (deg: string, smallest: string, beyond: boolean) =>
      `Gauche moins droite\u00a0: ${deg}° (un écart de moins de ${smallest}° peut venir de la mesure${beyond ? "\u00a0; celui-ci est plus grand" : ""})`,
    misTracked: " — probablement mal suivi, pas un constat (voir plus haut)",
    fromMisTracked: " — vient d’un genou probablement mal suivi, pas un constat (voir plus haut)",
    findings: "Constats\u00a0:",
    confidence: (pct: number, used: number, total: number) =>
      `Confiance ${pct} % (${used} images utilisables sur ${total}).`,
    none: "non mesuré",
  },
} as const;

/** The motion module's words are for any screen; at the command line the fix is an option to type. */
const CLI_PROBLEM_MESSAGES: Partial<Readonly<Record<SetupProblemCode, Localized>>> = {
  "side-needed": {
    en: "Say which leg is the standing leg with --side left or --side right: this is a one-leg test.",
    fr: "Indiquez la jambe d’appui avec --side left ou --side right\u00a0: c’est un test sur une jambe.",
  },
  "view-mismatch": {
    en: "Left and right look swapped: either the person faces away from the camera or the picture is mirrored. Analyse again with the camera's true place (--view front when it faces the person, --view back when it is behind them), or turn mirroring off.",
    fr: "Gauche et droite semblent inversées\u00a0: soit la personne tourne le dos à la caméra, soit l’image est en miroir. Relancez l’analyse en indiquant la vraie place de la caméra (--view front face à la personne, --view back derrière elle), ou désactivez le miroir.",
  },
};

/** One decimal, as each language writes it (a decimal comma in French). */
function decimal(value: number, lang: Lang): string {
  const text = value.toFixed(1);
  return lang === "fr" ? text.replace(".", ",") : text;
}

/**
 * One repetition's angle with the error of its method, the same error the report's findings carry (a repetition's
 * angle is measured the same way as their mean).
 */
function angle(value: number | null, errorDeg: number, lang: Lang): string {
  return value === null ? TEXT[lang].none : `${decimal(value, lang)}° ± ${decimal(errorDeg, lang)}°`;
}

/**
 * A setup problem's words at the command line, for the text report and `--json` alike: the option to type where the
 * fix is one, else the motion module's, already worded for a photo or a video (decision 0641).
 */
export function cliProblemMessage(problem: SetupProblem): Localized {
  return CLI_PROBLEM_MESSAGES[problem.code] ?? problem.message;
}

function problemLine(problem: SetupProblem, lang: Lang): string {
  const message = cliProblemMessage(problem);
  return `${problem.severity === "blocking" ? "!" : "~"} ${message[lang]}`;
}

function kneeLine(knee: KneeAtRep, lang: Lang): string {
  return TEXT[lang].knee(
    SIDE_WORDS[lang].knee[knee.side],
    angle(knee.peakFppaDeg, KNEE_FPPA_ERROR_DEG, lang),
    angle(knee.fppaAtDepthDeg, KNEE_FPPA_ERROR_DEG, lang),
  );
}

function repLines(rep: RepFindings, lang: Lang): string[] {
  const text = TEXT[lang];
  const header = text.rep(
    rep.index + 1,
    SIDE_WORDS[lang].leg[rep.side],
    decimal(rep.startMs / 1000, lang),
    decimal(rep.endMs / 1000, lang),
  );
  return [
    `${header}${rep.complete ? "" : text.unfinished}`,
    ...rep.knees.map((knee) => kneeLine(knee, lang)),
    ...(rep.trunkLeanDeg === null ? [] : [text.trunk(angle(rep.trunkLeanDeg, TRUNK_LEAN_ERROR_DEG, lang))]),
    ...(rep.trunkRockDeg === null ? [] : [text.rock(angle(rep.trunkRockDeg, TRUNK_LEAN_ERROR_DEG, lang))]),
    ...(rep.pelvicDropDeg === null
      ? []
      : [text.pelvis(angle(rep.pelvicDropDeg, PELVIC_DROP_ERROR_DEG, lang))]),
  ];
}

function isMisTracked(report: MovementReport, id: FindingId, side: Side | "both"): boolean {
  return report.implausible.some((measure) => measure.id === id && measure.side === side);
}

function perSideLines(report: MovementReport, lang: Lang): string[] {
  const text = TEXT[lang];
  const lines = report.perSide.map(({ side, peakFppa }) => {
    const line = text.side(
      SIDE_WORDS[lang].kneeTitle[side],
      peakFppa === null
        ? text.none
        : text.measure(angle(peakFppa.meanDeg, peakFppa.errorDeg, lang), peakFppa.n),
    );
    return isMisTracked(report, "knee-fppa", side) ? `${line}${text.misTracked}` : line;
  });
  if (report.asymmetry !== null) {
    const { fppaDifferenceDeg, smallestRealDifferenceDeg, beyondError } = report.asymmetry;
    const line = text.asymmetry(
      decimal(fppaDifferenceDeg, lang),
      decimal(smallestRealDifferenceDeg, lang),
      beyondError,
    );
    lines.push(isMisTracked(report, "knee-fppa-asymmetry", "both") ? `${line}${text.fromMisTracked}` : line);
  }
  return lines;
}

/**
 * The movement report in words: the disclaimer, what FPPA is (when knees are measured), what to fix in the
 * recording (measures that look mis-tracked included), each repetition and side with its measurement error, then
 * the findings, or why there are none.
 */
export function renderMovementReport(report: MovementReport, source: ReportSource, lang: Lang): string {
  const text = TEXT[lang];
  const lines: string[] = [
    text.heading(source.frameCount, decimal(source.durationMs / 1000, lang), source.model),
    report.disclaimer[lang],
  ];
  if (report.perSide.length > 0) lines.push(text.fppa, cameraErrorNote()[lang]);
  const warnings = [
    ...report.problems.map((problem) => problemLine(problem, lang)),
    ...report.implausible.map((measure) => `~ ${measure.message[lang]}`),
  ];
  lines.push("", ...warnings);
  if (report.status === "not-scorable") {
    lines.push(text.notScored(source.frameCount === 1));
    return lines.join("\n");
  }
  if (warnings.length > 0) lines.push("");
  for (const rep of report.reps) lines.push(...repLines(rep, lang));
  lines.push("", ...perSideLines(report, lang), "");
  if (report.findings.length > 0) {
    lines.push(text.findings, ...report.findings.map((finding) => `- ${finding.message[lang]}`));
  } else if (report.noFindingsReason !== null) {
    lines.push(report.noFindingsReason[lang]);
  }
  lines.push("", text.confidence(Math.round(report.confidence * 100), report.framesUsed, report.framesTotal));
  return lines.join("\n");
}
