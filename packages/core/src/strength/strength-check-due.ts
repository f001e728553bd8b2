/**
 * When a strength check is offered: a baseline before week 1 (or as soon as possible after, if it was missed), and
 * one at each checkpoint, from a few days before its date (docs/clinical §10.4). It is an offer: it never stands in
 * the way of a session.
 */
import type { Program } from "../program/schema.js";
import { addDays, type IsoDate } from "../shared/dates.js";
import type { StrengthCheck } from "./strength-check.js";

/** As the checkpoint's ratings: asked from 3 days before its date, so that they count in its verdict. */
export const STRENGTH_CHECK_OPENS_DAYS_BEFORE = 3;
/** After the last checkpoint, its check stays offered for two more weeks. */
export const LAST_STRENGTH_CHECK_OFFERED_DAYS = 14;

export type StrengthCheckDue =
  | { readonly kind: "baseline" }
  | { readonly kind: "checkpoint"; readonly week: number; readonly date: IsoDate };

export function strengthCheckDue(
  program: Program,
  checks: readonly StrengthCheck[],
  today: IsoDate,
): StrengthCheckDue | null {
  const upToToday = checks.filter((check) => check.date <= today);
  if (upToToday.length === 0) return { kind: "baseline" };
  const opened = program.checkpoints.filter(
    (checkpoint) => addDays(checkpoint.date, -STRENGTH_CHECK_OPENS_DAYS_BEFORE) <= today,
  );
  const current = opened.at(-1);
  if (current === undefined) return null;
  const isLast = current === program.checkpoints.at(-1);
  if (isLast && today > addDays(current.date, LAST_STRENGTH_CHECK_OFFERED_DAYS)) return null;
  const opensOn = addDays(current.date, -STRENGTH_CHECK_OPENS_DAYS_BEFORE);
  const done = upToToday.some((check) => check.date >= opensOn);
  return done ? null : { kind: "checkpoint", week: current.week, date: current.date };
}
