import type { Localized } from "../shared/localized.js";
import type { PictureSource } from "../setup/setup-problem.js";
import type { Side } from "../skeleton/joints.js";
import { formatDegrees } from "./format-degrees.js";
import {
  FPPA_PLAUSIBLE_RANGE_DEG,
  KNEE_FPPA_ERROR_DEG,
  PELVIC_DROP_ERROR_DEG,
  SLS_FPPA_BANDS_FEMALE_DEG,
  SLS_FPPA_MALE_OFFSET_DEG,
  SWAY_ERROR_DEG,
  TRUNK_LEAN_ERROR_DEG,
} from "./movement-thresholds.js";
import type {
  Asymmetry,
  Band,
  Finding,
  ImplausibleMeasure,
  RepFindings,
  SideSummary,
} from "./movement-report.js";
import type { MovementTest } from "./movement-tests.js";
import { FINDING_NAMES } from "./finding-names.js";

export type FindingInput = {
  readonly test: MovementTest;
  readonly referenceSide: Side;
  readonly sex: "female" | "male" | undefined;
  readonly reps: readonly RepFindings[];
  readonly perSide: readonly SideSummary[];
  readonly asymmetry: Asymmetry | null;
  readonly sway: number | null;
  /** A photo or a video (the default): a mis-tracked knee's advice says to take the photo again or to record again. */
  readonly source?: PictureSource | undefined;
};

const SOURCES = {
  fppa: "Error: the camera's measured FPPA error (median, bias included) against published annotations, never below the SEM of manual digitisation (Munro, Herrington & Carolan 2012, J Sport Rehabil 21:7-11); bands derived from Herrington 2014 (Knee 21:514-517) and Herrington & Munro 2010",
  fppaNoNorm:
    "Error: the camera's measured FPPA error, never below the SEM of manual digitisation (Munro, Herrington & Carolan 2012); no norm for this task: thresholds do not transfer between tasks (Lewis 2015, PLoS One 10:e0126258)",
  asymmetry: "Munro, Herrington & Carolan 2012: smallest detectable difference 7.5–9°",
  implausible:
    "Plausible FPPA range derived from docs/clinical §1.2 group values (Herrington 2014; PMC7274868), four SDs beyond the extremes; no published plausibility limit",
  pelvis: "Bramah 2018 (Am J Sports Med 46:3023-3031), contralateral pelvic drop; no validated 2D cut-off",
  trendelenburg: "Trendelenburg sign (Stedman's definition; Magee-derived test summaries); low confidence",
  trunk: "DiCesare 2014 (IJSPT 9:420-427), lateral trunk angle; no validated threshold",
  rocking: "Seed 003 cue: do not rock the upper body with each step; no validated threshold",
  sway: "Single-leg stance hold (Magee-derived summaries); no validated threshold for camera sway",
} as const;

const SIDE_WORDS: Readonly<Record<Side, Localized>> = {
  left: { en: "left", fr: "gauche" },
  right: { en: "right", fr: "droite" },
};

const BAND_WORDS: Readonly<Record<Band, Localized>> = {
  typical: { en: "in the typical range", fr: "dans la plage habituelle" },
  borderline: { en: "borderline", fr: "limite" },
  elevated: { en: "above the typical range", fr: "au-dessus de la plage habituelle" },
  "no-norm": { en: "no published norm to compare with", fr: "pas de norme publiée pour comparer" },
};

function message(
  label: Localized,
  side: Side | "both",
  valueDeg: number,
  errorDeg: number,
  band: Band,
  note?: Localized,
): Localized {
  const line = (lang: "en" | "fr"): string => {
    const where = side === "both" ? "" : ` (${SIDE_WORDS[side][lang]})`;
    const colon = lang === "fr" ? "\u00a0:" : ":";
    const text = `${label[lang]}${where}${colon} ${formatDegrees(valueDeg, lang)}° ± ${formatDegrees(errorDeg, lang)}°, ${BAND_WORDS[band][lang]}`;
    return note === undefined ? `${text}.` : `${text}. ${note[lang]}`;
  };
  return { en: line("en"), fr: line("fr") };
}

const DERIVED_NOTE: Localized = {
  en: "The bands are derived from small studies, not a validated cut-off; compare with your other leg.",
  fr: "Les plages sont tirées de petites études, pas d’un seuil validé\u00a0; comparez avec l’autre jambe.",
};

/** Single-leg-squat FPPA band (docs/clinical "Numbers to encode" #7, derived). Unknown sex uses the women's bands. */
export function slsFppaBand(fppaDeg: number, sex: "female" | "male" | undefined): Band {
  const offset = sex === "male" ? SLS_FPPA_MALE_OFFSET_DEG : 0;
  if (fppaDeg > SLS_FPPA_BANDS_FEMALE_DEG.elevatedAboveDeg + offset) return "elevated";
  if (fppaDeg >= SLS_FPPA_BANDS_FEMALE_DEG.borderlineFromDeg + offset) return "borderline";
  return "typical";
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

const KNEE_LABEL = FINDING_NAMES["knee-fppa"];
const ASYMMETRY_LABEL = FINDING_NAMES["knee-fppa-asymmetry"];

/** Within FPPA_PLAUSIBLE_RANGE_DEG (derived from docs/clinical §1.2; see there): beyond it the leg was probably mis-tracked. */
function isPlausibleFppa(valueDeg: number): boolean {
  return valueDeg >= FPPA_PLAUSIBLE_RANGE_DEG.minDeg && valueDeg <= FPPA_PLAUSIBLE_RANGE_DEG.maxDeg;
}

/** What to do about a knee probably tracked wrongly, for a photo or a video (decision 0641's wording). */
const CHECK_THE_VIEW: Readonly<Record<PictureSource, Localized>> = {
  video: {
    en: "check the camera view (whole body in the picture, facing the camera, good light) and record again.",
    fr: "vérifiez le cadrage de la caméra (tout le corps dans l’image, face à la caméra, bonne lumière) et filmez à nouveau.",
  },
  photo: {
    en: "check the view (whole body in the photo, facing the camera, good light) and take the photo again.",
    fr: "vérifiez le cadrage (tout le corps sur la photo, face à l’appareil, bonne lumière) et reprenez la photo.",
  },
};

function implausibleKnee(side: Side, valueDeg: number, source: PictureSource): ImplausibleMeasure {
  const line = (lang: "en" | "fr"): string => {
    const value = `${formatDegrees(valueDeg, lang)}° ± ${formatDegrees(KNEE_FPPA_ERROR_DEG, lang)}°`;
    const min = `${formatDegrees(FPPA_PLAUSIBLE_RANGE_DEG.minDeg, lang)}°`;
    const max = `${formatDegrees(FPPA_PLAUSIBLE_RANGE_DEG.maxDeg, lang)}°`;
    return lang === "en"
      ? `${KNEE_LABEL.en} (${SIDE_WORDS[side].en}): ${value}, beyond what a knee plausibly shows (${min} to ${max}, well past published values). The leg was probably tracked wrongly, so this is not a finding: ${CHECK_THE_VIEW[source].en}`
      : `${KNEE_LABEL.fr} (${SIDE_WORDS[side].fr})\u00a0: ${value}, au-delà de ce qu’un genou montre de façon plausible (de ${min} à ${max}, bien au-delà des valeurs publiées). La jambe a probablement été mal suivie, ce n’est donc pas un constat\u00a0: ${CHECK_THE_VIEW[source].fr}`;
  };
  return {
    id: "knee-fppa",
    side,
    valueDeg,
    errorDeg: KNEE_FPPA_ERROR_DEG,
    message: { en: line("en"), fr: line("fr") },
    source: SOURCES.implausible,
  };
}

function kneeFindings(input: FindingInput): Finding[] {
  return input.perSide.flatMap((summary): Finding[] => {
    if (summary.peakFppa === null || !isPlausibleFppa(summary.peakFppa.meanDeg)) return [];
    const valueDeg = summary.peakFppa.meanDeg;
    const normed = input.test === "single-leg-squat";
    const band = normed ? slsFppaBand(valueDeg, input.sex) : "no-norm";
    return [
      {
        id: "knee-fppa",
        side: summary.side,
        valueDeg,
        errorDeg: KNEE_FPPA_ERROR_DEG,
        band,
        bandConfidence: normed ? "derived" : "none",
        message: message(
          KNEE_LABEL,
          summary.side,
          valueDeg,
          KNEE_FPPA_ERROR_DEG,
          band,
          normed ? DERIVED_NOTE : undefined,
        ),
        source: normed ? SOURCES.fppa : SOURCES.fppaNoNorm,
      },
    ];
  });
}

/** The knees whose mean peak FPPA is outside the plausible range. */
function implausibleKnees(perSide: readonly SideSummary[], source: PictureSource): ImplausibleMeasure[] {
  return perSide.flatMap((summary) =>
    summary.peakFppa === null || isPlausibleFppa(summary.peakFppa.meanDeg)
      ? []
      : [implausibleKnee(summary.side, summary.peakFppa.meanDeg, source)],
  );
}

/** A left–right difference taken from a mis-tracked knee says nothing about the legs. */
function implausibleAsymmetry(asymmetry: Asymmetry): ImplausibleMeasure {
  const line = (lang: "en" | "fr"): string => {
    const value = `${formatDegrees(asymmetry.fppaDifferenceDeg, lang)}° ± ${formatDegrees(asymmetry.smallestRealDifferenceDeg, lang)}°`;
    return lang === "en"
      ? `${ASYMMETRY_LABEL.en}: ${value}. This is not a finding: it comes from a knee angle that was probably tracked wrongly.`
      : `${ASYMMETRY_LABEL.fr}\u00a0: ${value}. Ce n’est pas un constat\u00a0: il vient d’un angle du genou probablement mal suivi.`;
  };
  return {
    id: "knee-fppa-asymmetry",
    side: "both",
    valueDeg: asymmetry.fppaDifferenceDeg,
    errorDeg: asymmetry.smallestRealDifferenceDeg,
    message: { en: line("en"), fr: line("fr") },
    source: `${SOURCES.asymmetry}; ${SOURCES.implausible}`,
  };
}

function asymmetryFindings(asymmetry: Asymmetry | null): Finding[] {
  if (asymmetry === null) return [];
  const band: Band = asymmetry.beyondError ? "elevated" : "typical";
  const note: Localized = asymmetry.beyondError
    ? {
        en: "The legs differ by more than the measurement can explain.",
        fr: "Les jambes diffèrent plus que ce que la mesure peut expliquer.",
      }
    : {
        en: "The difference is within measurement noise.",
        fr: "La différence reste dans le bruit de mesure.",
      };
  return [
    {
      id: "knee-fppa-asymmetry",
      side: "both",
      valueDeg: asymmetry.fppaDifferenceDeg,
      errorDeg: asymmetry.smallestRealDifferenceDeg,
      band,
      bandConfidence: "derived",
      message: message(
        ASYMMETRY_LABEL,
        "both",
        asymmetry.fppaDifferenceDeg,
        asymmetry.smallestRealDifferenceDeg,
        band,
        note,
      ),
      source: SOURCES.asymmetry,
    },
  ];
}

const ONE_LEG_TESTS: readonly MovementTest[] = [
  "single-leg-squat",
  "single-leg-stance",
  "step-down",
  "band-side-kick",
];
const ROCKING_TESTS: readonly MovementTest[] = ["lateral-walk", "band-side-kick"];

function trunkAndPelvisFindings(input: FindingInput): Finding[] {
  const side = ONE_LEG_TESTS.includes(input.test) ? input.referenceSide : "both";
  const findings: Finding[] = [];
  const lean = mean(input.reps.flatMap((rep) => rep.trunkLeanDeg ?? []));
  if (lean !== null) {
    const label =
      side === "both"
        ? {
            en: "Trunk side lean (+ = toward the left)",
            fr: "Inclinaison latérale du tronc (+ = vers la gauche)",
          }
        : {
            en: "Trunk side lean (+ = toward the standing leg)",
            fr: "Inclinaison latérale du tronc (+ = vers la jambe d’appui)",
          };
    findings.push({
      id: "trunk-lean",
      side,
      valueDeg: lean,
      errorDeg: TRUNK_LEAN_ERROR_DEG,
      band: "no-norm",
      bandConfidence: "none",
      message: message(label, side, lean, TRUNK_LEAN_ERROR_DEG, "no-norm"),
      source: SOURCES.trunk,
    });
  }
  const drop = mean(input.reps.flatMap((rep) => rep.pelvicDropDeg ?? []));
  if (drop !== null && side !== "both") {
    const label = FINDING_NAMES["pelvic-drop"];
    findings.push({
      id: "pelvic-drop",
      side,
      valueDeg: drop,
      errorDeg: PELVIC_DROP_ERROR_DEG,
      band: "no-norm",
      bandConfidence: "none",
      message: message(label, side, drop, PELVIC_DROP_ERROR_DEG, "no-norm"),
      source: SOURCES.pelvis,
    });
    if (input.test === "single-leg-stance") findings.push(trendelenburgFinding(side, drop));
  }
  const rock = mean(input.reps.flatMap((rep) => rep.trunkRockDeg ?? []));
  if (rock !== null && ROCKING_TESTS.includes(input.test)) {
    const label = FINDING_NAMES["trunk-rocking"];
    findings.push({
      id: "trunk-rocking",
      side,
      valueDeg: rock,
      errorDeg: TRUNK_LEAN_ERROR_DEG,
      band: "no-norm",
      bandConfidence: "none",
      message: message(label, side, rock, TRUNK_LEAN_ERROR_DEG, "no-norm"),
      source: SOURCES.rocking,
    });
  }
  return findings;
}

/** Trendelenburg-like sign: the lifted-leg side of the pelvis drops by more than the measurement error. */
function trendelenburgFinding(side: Side, dropDeg: number): Finding {
  const seen = dropDeg > PELVIC_DROP_ERROR_DEG;
  const band: Band = seen ? "elevated" : "typical";
  const note: Localized = seen
    ? {
        en: "The pelvis sagged on the lifted-leg side (a Trendelenburg-like sign), a screening signal only.",
        fr: "Le bassin s’est affaissé du côté de la jambe levée (signe de type Trendelenburg), simple signal de dépistage.",
      }
    : {
        en: "The pelvis stayed level or rose on the lifted-leg side.",
        fr: "Le bassin est resté horizontal ou s’est levé du côté de la jambe levée.",
      };
  const label = FINDING_NAMES["trendelenburg-sign"];
  return {
    id: "trendelenburg-sign",
    side,
    valueDeg: dropDeg,
    errorDeg: PELVIC_DROP_ERROR_DEG,
    band,
    bandConfidence: "derived",
    message: message(label, side, dropDeg, PELVIC_DROP_ERROR_DEG, band, note),
    source: SOURCES.trendelenburg,
  };
}

function swayFindings(input: FindingInput): Finding[] {
  if (input.sway === null) return [];
  const label = FINDING_NAMES.sway;
  return [
    {
      id: "sway",
      side: input.referenceSide,
      valueDeg: input.sway,
      errorDeg: SWAY_ERROR_DEG,
      band: "no-norm",
      bandConfidence: "none",
      message: message(label, input.referenceSide, input.sway, SWAY_ERROR_DEG, "no-norm"),
      source: SOURCES.sway,
    },
  ];
}

/** The findings, and the knee measures left out of them as probably mis-tracked. */
export function findingsOf(input: FindingInput): {
  findings: Finding[];
  implausible: ImplausibleMeasure[];
} {
  const knees = implausibleKnees(input.perSide, input.source ?? "video");
  const fromMisTrackedKnee = knees.length > 0 ? input.asymmetry : null;
  return {
    findings: [
      ...kneeFindings(input),
      ...asymmetryFindings(knees.length === 0 ? input.asymmetry : null),
      ...trunkAndPelvisFindings(input),
      ...swayFindings(input),
    ],
    implausible: [
      ...knees,
      ...(fromMisTrackedKnee === null ? [] : [implausibleAsymmetry(fromMisTrackedKnee)]),
    ],
  };
}
