/**
 * Hip strength checks as FHIR Observations, one per check (docs/clinical §10): a component per side in UCUM units
 * (`s` for holds; `N` and `N.m/kg` for a dynamometer, with its lever arm in `m` and body mass in `kg`), the
 * asymmetry in `%`, how it was measured as the method, and the check's error in a note. No LOINC or SNOMED CT code
 * for these tests is verified in docs/clinical §8, so they carry HipCheck's local codes. The side tested first, how
 * each side was timed (and, by the camera, why it ended and how steady it was), the device and the pad's placement
 * travel as coded or text components too, so `fromStrengthObservation` gives the check back whole (decision 0480).
 */
import {
  checkAsymmetryPct,
  err,
  hipError,
  NEWTONS_PER_KGF,
  ok,
  parseStrengthCheck,
  STRENGTH_SIDES,
  STRENGTH_TEST_IDS,
  STRENGTH_TESTS,
  strengthValue,
  type HipError,
  type Lang,
  type Result,
  type StrengthCheck,
  type StrengthSide,
  type StrengthTestId,
} from "@hipcheck/core";
import type { z } from "zod";
import { HOLD_QUALITY_NAMES, HOLD_STOP_REASON_NAMES } from "@hipcheck/motion";
import type { ExportContext } from "./export-context.js";
import {
  HIPCHECK_ID_SYSTEMS,
  HIPCHECK_SIDE_SYSTEM,
  HIPCHECK_STRENGTH_SYSTEM,
  OBSERVATION_EXAM,
  UCUM,
} from "./fhir-codes.js";
import type {
  CodeableConcept,
  Observation,
  ObservationComponent,
  ObservationInputSchema,
  Quantity,
} from "./fhir-resources.js";
import { calendarDayOf, effectiveOf } from "./pain-observation.js";

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
  firstSide: { en: "Side tested first", fr: "Côté testé en premier" },
  how: { en: "How it was timed", fr: "Chronométrage" },
  stopReason: { en: "Why the hold ended", fr: "Fin du maintien" },
  quality: { en: "Quality of the hold", fr: "Qualité du maintien" },
  device: { en: "Device", fr: "Appareil" },
  placement: { en: "Position and where the pad sat", fr: "Position et place du capteur" },
  timeOfDay: { en: "Time of day", fr: "Heure" },
  notes: { en: "Notes", fr: "Remarques" },
} as const;

function component(code: string, text: string, value: Quantity): ObservationComponent {
  return { code: { coding: [{ system: HIPCHECK_STRENGTH_SYSTEM, code }], text }, valueQuantity: value };
}

function codedComponent(code: string, text: string, value: CodeableConcept): ObservationComponent {
  return {
    code: { coding: [{ system: HIPCHECK_STRENGTH_SYSTEM, code }], text },
    valueCodeableConcept: value,
  };
}

function textComponent(code: string, text: string, value: string): ObservationComponent {
  return { code: { coding: [{ system: HIPCHECK_STRENGTH_SYSTEM, code }], text }, valueString: value };
}

/** What the reader needs to give the check back whole, beyond the values (decision 0480). */
function protocolComponents(check: StrengthCheck, lang: Lang): ObservationComponent[] {
  const first = codedComponent("first-side", TEXT.firstSide[lang], {
    coding: [{ system: HIPCHECK_SIDE_SYSTEM, code: check.firstSide }],
    text: SIDE_TEXT[lang][check.firstSide],
  });
  const when: ObservationComponent[] =
    check.timeOfDay === undefined
      ? []
      : [
          {
            code: {
              coding: [{ system: HIPCHECK_STRENGTH_SYSTEM, code: "time-of-day" }],
              text: TEXT.timeOfDay[lang],
            },
            valueTime: `${check.timeOfDay}:00`,
          },
        ];
  const notes = check.notes === undefined ? [] : [textComponent("notes", TEXT.notes[lang], check.notes)];
  if (check.test === "hip-abduction-dynamometer") {
    return [
      first,
      textComponent("device", TEXT.device[lang], check.device),
      textComponent("placement", TEXT.placement[lang], check.placement),
      ...when,
      ...notes,
    ];
  }
  const perSide = STRENGTH_SIDES.flatMap((side) => {
    const { timedBy, stopReason, quality } = check[side];
    const where = SIDE_TEXT[lang][side];
    const coded = (part: string, label: string, code: string, shown: string) =>
      codedComponent(`${check.test}.${side}.${part}`, `${label}, ${where}`, {
        coding: [{ system: HIPCHECK_STRENGTH_SYSTEM, code }],
        text: shown,
      });
    return [
      coded("timed-by", TEXT.how[lang], timedBy, TEXT.timedBy[lang][timedBy]),
      ...(stopReason === undefined
        ? []
        : [
            coded("stop-reason", TEXT.stopReason[lang], stopReason, HOLD_STOP_REASON_NAMES[stopReason][lang]),
          ]),
      ...(quality === undefined
        ? []
        : [coded("quality", TEXT.quality[lang], quality, HOLD_QUALITY_NAMES[quality][lang])]),
    ];
  });
  return [first, ...perSide, ...when, ...notes];
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
    ? `Seul un changement de plus de ${size} dépasse l’erreur de ce test. ${STRENGTH_TESTS[check.test].reliability.source.fr} Ce n’est pas un diagnostic.`
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
      ...protocolComponents(check, lang),
    ],
    note: [{ text: errorNote(check, lang) }],
  };
}

type ObservationInput = z.infer<typeof ObservationInputSchema>;
type ComponentInput = NonNullable<ObservationInput["component"]>[number];

/** HipCheck's strength check: coded with one of its tests in HipCheck's strength system. */
export function isStrengthObservation(observation: ObservationInput): boolean {
  return testOf(observation) !== undefined;
}

function testOf(observation: ObservationInput): StrengthTestId | undefined {
  const code = observation.code.coding?.find((coding) => coding.system === HIPCHECK_STRENGTH_SYSTEM)?.code;
  return STRENGTH_TEST_IDS.find((test) => test === code);
}

type Dimension = "s" | "N" | "m" | "kg";

/**
 * The UCUM units a reading is taken in, as factors to HipCheck's own unit, and the decimals kept after converting
 * (a device showing kilograms-force or pounds-force, a lever arm in centimetres). Anything else is refused by name.
 */
const UNITS: Readonly<
  Record<Dimension, { readonly factors: Readonly<Record<string, number>>; readonly decimals: number }>
> = {
  s: { factors: { s: 1, min: 60 }, decimals: 1 },
  N: { factors: { N: 1, kgf: NEWTONS_PER_KGF, "[lbf_av]": 4.4482216152605 }, decimals: 1 },
  m: { factors: { m: 1, cm: 0.01 }, decimals: 3 },
  kg: { factors: { kg: 1, g: 0.001, "[lb_av]": 0.45359237 }, decimals: 1 },
};

function componentOf(observation: ObservationInput, code: string): ComponentInput | undefined {
  return observation.component?.find((candidate) =>
    candidate.code.coding?.some(
      (coding) => coding.system === HIPCHECK_STRENGTH_SYSTEM && coding.code === code,
    ),
  );
}

/** A component's quantity in HipCheck's unit, or why it cannot be read. */
function amountOf(observation: ObservationInput, code: string, dimension: Dimension): Result<number, string> {
  const quantity = componentOf(observation, code)?.valueQuantity;
  if (quantity === undefined) return err(`component ${code} (a quantity in ${dimension}) is missing`);
  const { factors, decimals } = UNITS[dimension];
  const unit = quantity.code;
  const factor = unit === undefined ? undefined : factors[unit];
  if ((quantity.system !== undefined && quantity.system !== UCUM) || factor === undefined) {
    const given = unit ?? (typeof quantity.unit === "string" ? quantity.unit : "no unit code");
    return err(
      `component ${code} is in "${given}"; HipCheck reads it in UCUM ${Object.keys(factors).join(", ")}`,
    );
  }
  if (factor === 1) return ok(quantity.value);
  const scale = 10 ** decimals;
  return ok(Math.round(quantity.value * factor * scale) / scale);
}

function codeOf(observation: ObservationInput, code: string): string | undefined {
  return componentOf(observation, code)?.valueCodeableConcept?.coding?.[0]?.code;
}

function textOf(observation: ObservationInput, code: string): string | undefined {
  return componentOf(observation, code)?.valueString;
}

/**
 * A strength check from one of HipCheck's strength Observations (decision 0480). The values are read from the
 * side components in their UCUM units (torque and asymmetry are worked out again, never read), then checked by
 * the same schema as the write route: a hold of 20 minutes or a push of 3,000 N is refused with the field named.
 */
export function fromStrengthObservation(observation: ObservationInput): Result<StrengthCheck, HipError> {
  const test = testOf(observation);
  if (test === undefined) return err(hipError("invalid-input", "not a HipCheck strength check"));
  const effective = effectiveOf(observation);
  const day = effective === undefined ? undefined : calendarDayOf(effective);
  // The test and its day, so that a person can find the check and enter it again by hand.
  const refuse = (problem: string) =>
    err(
      hipError("invalid-input", `Strength check (${test}${day === undefined ? "" : `, ${day}`}): ${problem}`),
    );
  const timeOfDay = componentOf(observation, "time-of-day")?.valueTime?.slice(0, 5);
  const notes = textOf(observation, "notes");
  const common = {
    test,
    date: day,
    firstSide: codeOf(observation, "first-side"),
    ...(timeOfDay === undefined ? {} : { timeOfDay }),
    ...(notes === undefined ? {} : { notes }),
  };
  const sides: Partial<Record<StrengthSide, unknown>> = {};
  for (const side of STRENGTH_SIDES) {
    if (test === "hip-abduction-dynamometer") {
      const force = amountOf(observation, `${test}.${side}.force`, "N");
      if (!force.ok) return refuse(force.error);
      sides[side] = { forceN: force.value };
      continue;
    }
    const seconds = amountOf(observation, `${test}.${side}`, "s");
    if (!seconds.ok) return refuse(seconds.error);
    const stopReason = codeOf(observation, `${test}.${side}.stop-reason`);
    const quality = codeOf(observation, `${test}.${side}.quality`);
    sides[side] = {
      holdSeconds: seconds.value,
      timedBy: codeOf(observation, `${test}.${side}.timed-by`),
      ...(stopReason === undefined ? {} : { stopReason }),
      ...(quality === undefined ? {} : { quality }),
    };
  }
  let candidate: Record<string, unknown> = { ...common, ...sides };
  if (test === "hip-abduction-dynamometer") {
    const leverArm = amountOf(observation, "lever-arm", "m");
    if (!leverArm.ok) return refuse(leverArm.error);
    const bodyMass = amountOf(observation, "body-mass", "kg");
    if (!bodyMass.ok) return refuse(bodyMass.error);
    candidate = {
      ...candidate,
      leverArmM: leverArm.value,
      bodyMassKg: bodyMass.value,
      device: textOf(observation, "device"),
      placement: textOf(observation, "placement"),
    };
  }
  const check = parseStrengthCheck(candidate);
  return check.ok ? check : refuse(check.error.message);
}
