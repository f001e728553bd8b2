/**
 * The three hip strength checks HipCheck knows: how each is done, its unit and its measurement error
 * (docs/clinical §10). A change smaller than a check's minimal detectable change is never called real.
 */
import type { Localized } from "../shared/i18n.js";

export const STRENGTH_TEST_IDS = [
  "abductor-endurance-hold",
  "side-bridge-hold",
  "hip-abduction-dynamometer",
] as const;
export type StrengthTestId = (typeof STRENGTH_TEST_IDS)[number];

export const STRENGTH_SIDES = ["left", "right"] as const;
export type StrengthSide = (typeof STRENGTH_SIDES)[number];

export const TIMED_BY = ["camera", "stopwatch"] as const;
export type TimedBy = (typeof TIMED_BY)[number];

export const HOLD_STOP_REASONS = [
  "leg-dropped",
  "hips-dropped",
  "trunk-rotated",
  "person-left",
  "video-ended",
  "stopped-by-person",
] as const;
export type HoldStopReason = (typeof HOLD_STOP_REASONS)[number];

/** What a check's value is: seconds held, or torque per kilogram of body mass. */
export type StrengthUnit = "s" | "N·m/kg";

/**
 * The smallest change the check can tell from its own error: in the check's unit, or as a share of the baseline
 * (the dynamometer, whose error is reported in percent).
 */
export type MinimalDetectableChange =
  { readonly kind: "absolute"; readonly value: number } | { readonly kind: "relative"; readonly pct: number };

export type Reliability = {
  readonly icc: number | null;
  /** SEM or typical error, in the check's unit; null where only a percentage is published. */
  readonly semValue: number | null;
  readonly mdc: MinimalDetectableChange;
  /** Where the figures come from, and how sure they are, as a person reads it. */
  readonly source: Localized;
};

export type StrengthTest = {
  readonly id: StrengthTestId;
  readonly kind: "hold" | "dynamometer";
  readonly name: Localized;
  readonly unit: StrengthUnit;
  readonly position: Localized;
  readonly cue: Localized;
  readonly startStop: Localized;
  readonly reliability: Reliability;
  /** Who the check is for: anyone at home, or a clinician with a device. */
  readonly audience: "everyone" | "clinician";
};

/** One practice try per side, the same side first, the same time of day, a rest between sides (docs/clinical §10.4). */
export const STRENGTH_CHECK_ROUTINE: Localized = {
  en: "Do one practice try on each side first. Start with the same side each time, at about the same time of day, and rest 2 minutes between sides.",
  fr: "Faites d’abord un essai pour vous entraîner de chaque côté. Commencez toujours par le même côté, à peu près à la même heure, et reposez-vous 2 minutes entre les deux côtés.",
};

/** Rest between sides, seconds (docs/clinical §10.4, derived). */
export const REST_BETWEEN_SIDES_SECONDS = 120;

export const STRENGTH_TESTS: Readonly<Record<StrengthTestId, StrengthTest>> = {
  "abductor-endurance-hold": {
    id: "abductor-endurance-hold",
    kind: "hold",
    audience: "everyone",
    name: { en: "Side-lying leg hold", fr: "Maintien jambe tendue sur le côté" },
    unit: "s",
    position: {
      en: "Lie on the side not being tested, head on your lower arm, hips stacked, bottom knee bent. Lift the top leg, knee straight and toes forward, a little above hip height, in line with your body.",
      fr: "Allongez-vous sur le côté non testé, la tête sur le bras du dessous, les hanches l’une au-dessus de l’autre, le genou du dessous plié. Levez la jambe du dessus, genou tendu et orteils vers l’avant, un peu au-dessus de la hauteur de la hanche, dans l’axe du corps.",
    },
    cue: {
      en: "Long leg, heel leads, keep your hips stacked.",
      fr: "Jambe longue, le talon mène, gardez les hanches alignées.",
    },
    startStop: {
      en: "The time starts when the leg is up and stops when it drops, when your hips roll, or when you stop.",
      fr: "Le temps démarre quand la jambe est levée et s’arrête quand elle descend, quand le bassin bascule ou quand vous arrêtez.",
    },
    // Van Cant 2016 (52 and 71 healthy women): ICC 0.84, SEM 11.5 s, MDC 32.8 s; MDC 32.4 s with effort rated
    // every 15 s; the larger, rounded up (docs/clinical §10.1).
    reliability: {
      icc: 0.84,
      semValue: 11.5,
      mdc: { kind: "absolute", value: 33 },
      source: {
        en: "Van Cant et al. 2016, healthy young women: ICC 0.84, measurement error about 12 s, smallest real change 33 s. Not yet measured in people with knee pain.",
        fr: "Van Cant et coll. 2016, jeunes femmes en bonne santé\u00a0: ICC 0,84, erreur de mesure d’environ 12 s, plus petit vrai changement 33 s. Pas encore mesuré chez des personnes qui ont mal au genou.",
      },
    },
  },
  "side-bridge-hold": {
    id: "side-bridge-hold",
    kind: "hold",
    audience: "everyone",
    name: { en: "Side plank hold", fr: "Maintien de planche latérale" },
    unit: "s",
    position: {
      en: "Lie on your side, legs straight, top foot just in front of the bottom one, forearm under your shoulder. Lift your hips so your body is straight from head to feet.",
      fr: "Allongez-vous sur le côté, jambes tendues, le pied du dessus juste devant celui du dessous, l’avant-bras sous l’épaule. Soulevez le bassin pour que le corps soit droit de la tête aux pieds.",
    },
    cue: { en: "Hips high, body in one line.", fr: "Bassin haut, le corps bien aligné." },
    startStop: {
      en: "The time starts when your hips are up and stops when they drop, when your trunk turns, or when you stop.",
      fr: "Le temps démarre quand le bassin est levé et s’arrête quand il descend, quand le tronc tourne ou quand vous arrêtez.",
    },
    // Juan-Recio 2022: ICC 0.81, typical error 10.95 s, CV about 31%; MDC = 1.96 × √2 × 10.95 ≈ 30.4 s
    // (docs/clinical §10.2).
    reliability: {
      icc: 0.81,
      semValue: 10.95,
      mdc: { kind: "absolute", value: 30.4 },
      source: {
        en: "Juan-Recio et al. 2022, active women: ICC 0.81 but a typical error of 11 s (about 31%), so only a change over 30 s is counted. One small study: treat it as a rough guide.",
        fr: "Juan-Recio et coll. 2022, femmes actives\u00a0: ICC 0,81 mais une erreur type de 11 s (environ 31 %), donc seul un changement de plus de 30 s compte. Une seule petite étude\u00a0: c’est un repère approximatif.",
      },
    },
  },
  "hip-abduction-dynamometer": {
    id: "hip-abduction-dynamometer",
    kind: "dynamometer",
    audience: "clinician",
    name: {
      en: "Hip abduction, handheld dynamometer",
      fr: "Abduction de hanche au dynamomètre manuel",
    },
    unit: "N·m/kg",
    position: {
      en: "Side-lying or lying on the back, as your clinic always does it; the pad just above the outer knee or the ankle, the pelvis held still. Record the device and where the pad sat.",
      fr: "Sur le côté ou sur le dos, comme toujours dans votre cabinet\u00a0; le capteur juste au-dessus de la face externe du genou ou de la cheville, le bassin stabilisé. Notez l’appareil et la place du capteur.",
    },
    cue: {
      en: "Push out into my hand as hard as you can.",
      fr: "Poussez vers l’extérieur contre ma main, le plus fort possible.",
    },
    startStop: {
      en: "One practice push, then 3 maximal pushes of 3 to 5 seconds per side; keep the best.",
      fr: "Une poussée d’essai, puis 3 poussées maximales de 3 à 5 secondes de chaque côté\u00a0; gardez la meilleure.",
    },
    // Thorborg 2010: between-session variation under 5% for hip abduction; MDC ≈ 2.77 × 5% ≈ 14%, rounded up
    // to 15% (derived, docs/clinical §10.3). Cerda Vega 2018 (CV 9.8% side-lying) shows it is a lower bound.
    reliability: {
      icc: null,
      semValue: null,
      mdc: { kind: "relative", pct: 15 },
      source: {
        en: "Thorborg et al. 2010: under 5% between sessions for one trained tester; a fixed device in side-lying varied by about 10% (Cerda Vega et al. 2018). A change over 15% of the baseline is counted, but this figure is uncertain: it is a rough guide for the same tester, device and position, not a published threshold for this exact test. A different device, tester or position can differ by more than that.",
        fr: "Thorborg et coll. 2010\u00a0: moins de 5 % d’une séance à l’autre pour un même examinateur entraîné\u00a0; un dynamomètre fixe en décubitus latéral variait d’environ 10 % (Cerda Vega et coll. 2018). Un changement de plus de 15 % de la valeur de départ compte, mais ce seuil est incertain\u00a0: c’est un repère approximatif pour le même examinateur, le même appareil et la même position, pas un seuil publié pour ce test précis. Un autre appareil, examinateur ou position peut faire varier davantage.",
      },
    },
  },
};

/** The smallest change in the check's unit that counts as real, from a baseline value. */
export function minimalDetectableChange(test: StrengthTestId, baselineValue: number): number {
  const mdc = STRENGTH_TESTS[test].reliability.mdc;
  return mdc.kind === "absolute" ? mdc.value : (Math.abs(baselineValue) * mdc.pct) / 100;
}
