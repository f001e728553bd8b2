/**
 * Hip strength checks as FHIR Observations, one per check (docs/clinical §10): a component per side in UCUM units
 * (`s` for holds; `N` and `N.m/kg` for a dynamometer, with its lever arm in `m` and body mass in `kg`), the
 * asymmetry in `%`, how it was measured as the method, and the check's error in a note. No LOINC or SNOMED CT code
 * for these tests is verified in docs/clinical §8, so they carry HipCheck's local codes.
 */
import {
  checkAsymmetryPct,
  STRENGTH_SIDES,
  STRENGTH_TESTS,
  strengthValue,
  type Lang,
  type StrengthCheck,
  type StrengthSide,
} from "@hipcheck/core";
import type { ExportContext } from "./export-context.js";
import { HIPCHECK_ID_SYSTEMS, HIPCHECK_STRENGTH_SYSTEM, OBSERVATION_EXAM, UCUM } from "./fhir-codes.js";
import type { Observation, ObservationComponent, Quantity } from "./fhir-resources.js";

const UCUM_CODES = { s: "s", "N·m/kg": "N.m/kg", N: "N", m: "m", kg: "kg", "%": "%" } as const;

function quantity(value: number, unit: keyof typeof UCUM_CODES): Quantity {
  return { value, unit, system: UCUM, code: UCUM_CODES[unit] };
}

const SIDE_TEXT: Record<Lang, Record<StrengthSide, string>> = {
  en: { left: "left side", right: "right side" },
  fr: { left: "côté gauche", right: "côté droit" },
};

const TEXT = {
  force: { en: "force", fr: "force" },
  leverArm: {
    en: "Lever arm (greater trochanter to the pad)",
    fr: "Bras de levier (grand trochanter au capteur)",
  },
  bodyMass: { en: "Body mass", fr: "Masse corporelle" },
  asymmetry: { en: "Difference between sides", fr: "Écart entre les côtés" },
  timedBy: {
    en: { camera: "timed by the camera", stopwatch: "timed with a stopwatch" },
    fr: { camera: "chronométré par la caméra", stopwatch: "chronométré au chronomètre" },
  },
} as const;

function component(code: string, text: string, value: Quantity): ObservationComponent {
  return { code: { coding: [{ system: HIPCHECK_STRENGTH_SYSTEM, code }], text }, valueQuantity: value };
}

function sideComponents(check: StrengthCheck, lang: Lang): ObservationComponent[] {
  const name = STRENGTH_TESTS[check.test].name[lang];
  return STRENGTH_SIDES.flatMap((side) => {
    const value = component(
      `${check.test}.${side}`,
      `${name}, ${SIDE_TEXT[lang][side]}`,
      quantity(strengthValue(check, side), STRENGTH_TESTS[check.test].unit),
    );
    if (check.test !== "hip-abduction-dynamometer") return [value];
    const force = component(
      `${check.test}.${side}.force`,
      `${name}, ${TEXT.force[lang]}, ${SIDE_TEXT[lang][side]}`,
      quantity(check[side].forceN, "N"),
    );
    return [value, force];
  });
}

function methodText(check: StrengthCheck, lang: Lang): string {
  if (check.test === "hip-abduction-dynamometer") return `${check.device}; ${check.placement}`;
  const how = [...new Set(STRENGTH_SIDES.map((side) => TEXT.timedBy[lang][check[side].timedBy]))].join(", ");
  return `${STRENGTH_TESTS[check.test].startStop[lang]} (${how})`;
}

function errorNote(check: StrengthCheck, lang: Lang): string {
  const mdc = STRENGTH_TESTS[check.test].reliability.mdc;
  const size =
    mdc.kind === "absolute"
      ? `${lang === "fr" ? String(mdc.value).replace(".", ",") : String(mdc.value)} s`
      : lang === "fr"
        ? `${mdc.pct} % de la valeur de départ`
        : `${mdc.pct}% of the baseline`;
  return lang === "fr"
    ? `Seul un changement de plus de ${size} dépasse l'erreur de ce test. ${STRENGTH_TESTS[check.test].reliability.source.fr} Ce n'est pas un diagnostic.`
    : `Only a change of more than ${size} is larger than this test's error. ${STRENGTH_TESTS[check.test].reliability.source.en} Not a diagnosis.`;
}

/** `storedId`: the check's id in HipCheck, carried as the identifier. */
export function toStrengthObservation(
  check: StrengthCheck,
  storedId: string,
  context: ExportContext,
): Observation {
  const { lang } = context;
  const asymmetry = checkAsymmetryPct(check);
  const dynamometer =
    check.test === "hip-abduction-dynamometer"
      ? [
          component("lever-arm", TEXT.leverArm[lang], quantity(check.leverArmM, "m")),
          component("body-mass", TEXT.bodyMass[lang], quantity(check.bodyMassKg, "kg")),
        ]
      : [];
  return {
    resourceType: "Observation",
    id: context.id(`strength.${storedId}`),
    language: lang,
    identifier: [{ system: HIPCHECK_ID_SYSTEMS.strength, value: storedId }],
    status: "final",
    category: [{ coding: [OBSERVATION_EXAM] }],
    code: {
      coding: [{ system: HIPCHECK_STRENGTH_SYSTEM, code: check.test }],
      text: STRENGTH_TESTS[check.test].name[lang],
    },
    subject: { reference: context.patientRef },
    effectiveDateTime: check.date,
    method: { text: methodText(check, lang) },
    component: [
      ...sideComponents(check, lang),
      ...dynamometer,
      ...(asymmetry === null ? [] : [component("asymmetry", TEXT.asymmetry[lang], quantity(asymmetry, "%"))]),
    ],
    note: [{ text: errorNote(check, lang) }],
  };
}
