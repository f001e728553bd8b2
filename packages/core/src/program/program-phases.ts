/**
 * The program's arc: wake up the sleepy muscles (seed 001: muscles that get "sleepy" or forgotten), strengthen them,
 * then carry the strength into standing and sport. Checkpoints every two weeks (seed 004's studies related function
 * to hip abductor strength at 2, 4 and 6 weeks; docs/clinical §5.2: trials of 3–8 weeks, reassess at 6).
 */
import { addDays, type IsoDate } from "../shared/dates.js";
import type { ProgramPhase } from "../knowledge/schema.js";
import type { Checkpoint, PhaseSpan } from "./schema.js";

export const CHECKPOINT_EVERY_WEEKS = 2;
const DAYS_PER_WEEK = 7;

/** Thirds of the program, each at least one week: 6 weeks → 1–2, 3–4, 5–6; 3 weeks → 1, 2, 3. */
export function planPhases(weeks: number): PhaseSpan[] {
  const wakeUpEnd = Math.max(1, Math.round(weeks / 3));
  const strengthenEnd = Math.min(weeks - 1, Math.max(wakeUpEnd + 1, Math.round((2 * weeks) / 3)));
  return [
    { phase: "wake-up", fromWeek: 1, toWeek: wakeUpEnd },
    { phase: "strengthen", fromWeek: wakeUpEnd + 1, toWeek: strengthenEnd },
    { phase: "integrate", fromWeek: strengthenEnd + 1, toWeek: weeks },
  ];
}

export function phaseOfWeek(phases: readonly PhaseSpan[], week: number): ProgramPhase {
  return phases.find((span) => week >= span.fromWeek && week <= span.toWeek)?.phase ?? "integrate";
}

/** Every second week, plus the last week when the program has an odd length; dated on the week's last day. */
export function planCheckpoints(startDate: IsoDate, weeks: number): Checkpoint[] {
  const checkWeeks = Array.from({ length: weeks }, (_, i) => i + 1).filter(
    (week) => week % CHECKPOINT_EVERY_WEEKS === 0 || week === weeks,
  );
  return checkWeeks.map((week) => ({ week, date: addDays(startDate, week * DAYS_PER_WEEK - 1) }));
}
