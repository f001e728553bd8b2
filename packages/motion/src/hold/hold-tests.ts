import type { Localized } from "../shared/localized.js";
import type { Side } from "../skeleton/joints.js";

/**
 * The two strength holds the camera can time (issue 19's vocabulary, shared with the strength checks):
 * - `abductor-endurance-hold`: lying on one side, the top leg lifted in line with the trunk and held until it drops
 *   or the hips roll (hip abductor isometric endurance test, Van Cant et al. 2016; docs/clinical/hold-timing.md);
 * - `side-bridge-hold`: side plank on the forearm, hips raised in line with the shoulders and feet, held until the
 *   hips drop or the trunk rotates (side bridge endurance test, McGill et al. 1999; docs/clinical/hold-timing.md).
 */
export const HOLD_TESTS = ["abductor-endurance-hold", "side-bridge-hold"] as const;
export type HoldTest = (typeof HOLD_TESTS)[number];

export const HOLD_STOP_REASONS = [
  "leg-dropped",
  "hips-dropped",
  "trunk-rotated",
  "person-left",
  "video-ended",
  "stopped-by-person",
] as const;
/** Why a hold ended. `video-ended` and `stopped-by-person` are not the body's: the hold may have gone on. */
export type HoldStopReason = (typeof HOLD_STOP_REASONS)[number];

export const HOLD_QUALITIES = ["good", "fair", "poor"] as const;
/** How steady and well aligned the hold was (decision 0382). */
export type HoldQuality = (typeof HOLD_QUALITIES)[number];

/**
 * Which side a hold tests. Abductor hold: the top leg, the one lifted (lying on the other side). Side bridge: the side
 * facing the floor, whose forearm carries the body (a "left side bridge" lies on the left forearm). The camera times
 * the hold; it does not check which side the person lies on (decision 0380).
 */
export type HoldSide = Side;

export const HOLD_TEST_NAMES: Readonly<Record<HoldTest, Localized>> = {
  "abductor-endurance-hold": {
    en: "Hip abductor endurance hold",
    fr: "Maintien en abduction de hanche (endurance des abducteurs)",
  },
  "side-bridge-hold": { en: "Side bridge hold", fr: "Gainage latéral (planche latérale)" },
};

export const HOLD_STOP_REASON_NAMES: Readonly<Record<HoldStopReason, Localized>> = {
  "leg-dropped": { en: "the leg dropped", fr: "la jambe est retombée" },
  "hips-dropped": { en: "the hips dropped", fr: "le bassin est descendu" },
  "trunk-rotated": { en: "the trunk rotated", fr: "le tronc a tourné" },
  "person-left": { en: "the person left the picture", fr: "la personne est sortie de l’image" },
  "video-ended": { en: "the video ended during the hold", fr: "la vidéo s’est arrêtée pendant le maintien" },
  "stopped-by-person": { en: "stopped by hand", fr: "arrêté à la main" },
};

export const HOLD_QUALITY_NAMES: Readonly<Record<HoldQuality, Localized>> = {
  good: { en: "good", fr: "bonne" },
  fair: { en: "fair", fr: "moyenne" },
  poor: { en: "poor", fr: "faible" },
};
