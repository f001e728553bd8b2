/**
 * A strength check as typed into a form, for core's schema to accept or refuse with the same limits as the server
 * (docs/clinical §10.5), and the sentence a person reads about a refused field: the same whether the page's own
 * check or the server's answer found it (`check.left.forceN` and `left.forceN` are one field).
 */
import { kgfToNewtons, type StrengthSide } from "@hipcheck/core";

export const LIMIT_FIELDS = ["holdSeconds", "forceN", "leverArmM", "bodyMassKg", "date"] as const;
/** The key of a refusal's sentence under `strength.limits`. */
export type LimitKey = (typeof LIMIT_FIELDS)[number] | "other";

/** The part of the field a person can act on ("check.left.holdSeconds" → "holdSeconds"). */
export function limitOf(field: string | undefined): LimitKey {
  const last = field?.split(".").at(-1);
  return LIMIT_FIELDS.find((key) => key === last) ?? "other";
}

/** A number as typed, with a French decimal comma; text that is no number stays text, for the schema to refuse. */
export function typedNumber(text: string): number | string {
  const number = Number(text.replace(",", "."));
  return text.trim() === "" || Number.isNaN(number) ? text : number;
}

/** A dynamometer reading as typed: the push per side in the device's unit, with what makes it comparable. */
export type DynamometerDraft = {
  readonly firstSide: StrengthSide;
  readonly forces: Readonly<Record<StrengthSide, string>>;
  /** Many devices show kilograms-force; the check is stored in newtons. */
  readonly forceUnit: "N" | "kg";
  readonly leverArmM: string;
  readonly bodyMassKg: string;
  readonly device: string;
  readonly placement: string;
};

/** The reading as core's `StrengthCheckSchema` takes it (still unchecked). */
export function dynamometerCheckOf(draft: DynamometerDraft, date: string): unknown {
  const force = (text: string) => {
    const value = typedNumber(text);
    return typeof value === "number" && draft.forceUnit === "kg" ? kgfToNewtons(value) : value;
  };
  return {
    test: "hip-abduction-dynamometer",
    date,
    firstSide: draft.firstSide,
    left: { forceN: force(draft.forces.left) },
    right: { forceN: force(draft.forces.right) },
    leverArmM: typedNumber(draft.leverArmM),
    bodyMassKg: typedNumber(draft.bodyMassKg),
    device: draft.device,
    placement: draft.placement,
  };
}
