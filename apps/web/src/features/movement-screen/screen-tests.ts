/**
 * The tests the camera screen offers: the standing ones of the motion module (floor exercises are too weak for
 * pose models to screen, docs/clinical §1.4), with the words that guide the person through each.
 */
import type { Localized } from "@hipcheck/core";
import type { MovementTest } from "@hipcheck/motion";

export type ScreenTest = {
  readonly test: MovementTest;
  readonly perSide: boolean;
  readonly name: Localized;
  readonly howTo: Localized;
};

export const SCREEN_TESTS: readonly ScreenTest[] = [
  {
    test: "single-leg-squat",
    perSide: true,
    name: { en: "Single-leg squat", fr: "Squat sur une jambe" },
    howTo: {
      en: "Face the camera, stand on one leg, hands on hips, and bend the knee slowly three times as far as is comfortable.",
      fr: "Face à la caméra, sur une jambe, mains sur les hanches, pliez lentement le genou trois fois, aussi loin que c’est confortable.",
    },
  },
  {
    test: "single-leg-stance",
    perSide: true,
    name: { en: "Single-leg stance", fr: "Appui sur une jambe" },
    howTo: {
      en: "Face the camera and stand on one leg for about eight seconds, the other foot just off the floor.",
      fr: "Face à la caméra, tenez sur une jambe environ huit secondes, l’autre pied juste au-dessus du sol.",
    },
  },
  {
    test: "squat",
    perSide: false,
    name: { en: "Squat", fr: "Squat" },
    howTo: {
      en: "Face the camera, feet hip-width apart, and squat slowly three times.",
      fr: "Face à la caméra, pieds écartés de la largeur des hanches, faites trois squats lents.",
    },
  },
  {
    test: "step-down",
    perSide: true,
    name: { en: "Step-down", fr: "Descente de marche" },
    howTo: {
      en: "Stand on a step facing the camera and slowly lower the other heel to the floor three times.",
      fr: "Debout sur une marche face à la caméra, descendez lentement l’autre talon jusqu’au sol trois fois.",
    },
  },
  {
    test: "lateral-walk",
    perSide: false,
    name: { en: "Lateral band walk", fr: "Pas chassés avec élastique" },
    howTo: {
      en: "Face the camera, knees slightly bent, and take slow side steps across the picture and back.",
      fr: "Face à la caméra, genoux légèrement fléchis, faites des pas chassés lents d’un bord à l’autre de l’image.",
    },
  },
  {
    test: "band-side-kick",
    perSide: true,
    name: { en: "Band side kick", fr: "Coup de pied latéral avec élastique" },
    howTo: {
      en: "Face the camera, stand on one leg and kick the other leg out to the side slowly, several times.",
      fr: "Face à la caméra, sur une jambe, levez lentement l’autre jambe sur le côté plusieurs fois.",
    },
  },
];
