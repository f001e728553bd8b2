/**
 * What Today shows, worked out from the program and the person's logs: the next session (or why today is a rest
 * day) and the checkpoint whose ratings are due; the sessions done this week are core's `programWeekSessions`.
 * Pure, so each case is tested.
 */
import { addDays, analyzeProgress } from "@hipcheck/core";
import type {
  Checkpoint,
  CheckpointVerdict,
  IsoDate,
  MorningCheckIn,
  PainEntry,
  PlannedSession,
  Program,
  PsfsEntry,
  SessionLog,
  StrengthCheck,
} from "@hipcheck/core";

export type TodaySession =
  /** A session is planned today and not done yet. */
  | { readonly kind: "session-today"; readonly session: PlannedSession }
  /** Today's sessions are done; `next` is the one after, if any. */
  | { readonly kind: "done-today"; readonly next: PlannedSession | null }
  /**
   * Nothing planned today: strength work is spread over 2–3 days a week with days between, so the muscles recover
   * (ACSM position stand, Ratamess 2009, docs/clinical §5.3; seed 002 trains twice a week).
   */
  | { readonly kind: "rest-day"; readonly next: PlannedSession }
  /** No session left in this program. */
  | { readonly kind: "program-ended" };

const byDate = (a: PlannedSession, b: PlannedSession) => a.date.localeCompare(b.date);

export function todaySession(program: Program, done: ReadonlySet<string>, today: IsoDate): TodaySession {
  const todays = program.sessions.filter((session) => session.date === today);
  const pendingToday = todays.find((session) => !done.has(session.id));
  if (pendingToday !== undefined) return { kind: "session-today", session: pendingToday };
  const next = program.sessions
    .filter((session) => session.date > today && !done.has(session.id))
    .sort(byDate)[0];
  if (todays.length > 0) return { kind: "done-today", next: next ?? null };
  return next === undefined ? { kind: "program-ended" } : { kind: "rest-day", next };
}

/**
 * A checkpoint's ratings are asked for from a few days before its date (the last day of its week), so that they
 * count in its verdict, which compares ratings on or before that date with the start (core analyzeProgress).
 */
export const CHECKPOINT_OPENS_DAYS_BEFORE = 3;
/** After the last checkpoint, its prompt and verdict stay on Today for two more weeks. */
export const LAST_CHECKPOINT_SHOWN_DAYS = 14;

export type DueCheckpoint =
  /** Rate pain and the activities you find hard (PSFS) again. */
  | { readonly status: "rate"; readonly checkpoint: Checkpoint; readonly isLast: boolean }
  /** Rated; the verdict comes on the checkpoint's date. */
  | { readonly status: "waiting"; readonly checkpoint: Checkpoint; readonly isLast: boolean }
  | {
      readonly status: "verdict";
      readonly checkpoint: Checkpoint;
      readonly isLast: boolean;
      readonly verdict: CheckpointVerdict;
    };

type Ratings = {
  readonly logs: readonly SessionLog[];
  readonly painEntries: readonly PainEntry[];
  readonly psfsEntries: readonly PsfsEntry[];
  readonly checkIns: readonly MorningCheckIn[];
  /** Hip strength checks count in the verdict too, as in seed 004's studies (docs/clinical §10). */
  readonly strengthChecks?: readonly { readonly check: StrengthCheck }[];
};

const opensOn = (checkpoint: Checkpoint): IsoDate => addDays(checkpoint.date, -CHECKPOINT_OPENS_DAYS_BEFORE);

/** The checkpoint Today speaks of: the latest one whose window has opened, while the next has not. */
function currentCheckpoint(program: Program, today: IsoDate): number {
  const opened = program.checkpoints.map((checkpoint) => opensOn(checkpoint) <= today).lastIndexOf(true);
  if (opened === -1) return -1;
  const checkpoint = program.checkpoints[opened];
  const isLast = opened === program.checkpoints.length - 1;
  const over = checkpoint !== undefined && today > addDays(checkpoint.date, LAST_CHECKPOINT_SHOWN_DAYS);
  return isLast && over ? -1 : opened;
}

/** The newest rating date in the window, or undefined: PSFS is asked too when there was a PSFS at the start. */
function ratedOn(ratings: Ratings, from: IsoDate, today: IsoDate): IsoDate | undefined {
  const within = (items: readonly { readonly date: IsoDate }[]) =>
    items.filter((item) => item.date >= from && item.date <= today).map((item) => item.date);
  const pain = within(ratings.painEntries).sort().at(-1);
  const psfsAsked = ratings.psfsEntries.some((entry) => entry.date < from);
  const psfs = within(ratings.psfsEntries).sort().at(-1);
  if (pain === undefined || (psfsAsked && psfs === undefined)) return undefined;
  return psfs !== undefined && psfs > pain ? psfs : pain;
}

export function dueCheckpoint(program: Program, ratings: Ratings, today: IsoDate): DueCheckpoint | null {
  const index = currentCheckpoint(program, today);
  const checkpoint = program.checkpoints[index];
  if (checkpoint === undefined) return null;
  const isLast = index === program.checkpoints.length - 1;
  const rated = ratedOn(ratings, opensOn(checkpoint), today);
  if (rated === undefined) return { status: "rate", checkpoint, isLast };
  if (today < checkpoint.date) return { status: "waiting", checkpoint, isLast };
  // Ratings made after the date count as this checkpoint's: the check happened the day they were given.
  const heldOn = rated > checkpoint.date ? rated : checkpoint.date;
  const asHeld: Program = {
    ...program,
    checkpoints: program.checkpoints.map((other, n) => (n === index ? { ...other, date: heldOn } : other)),
  };
  const report = analyzeProgress(
    asHeld,
    ratings.logs,
    ratings.painEntries,
    ratings.psfsEntries,
    ratings.checkIns,
    today,
    null,
    { strengthChecks: (ratings.strengthChecks ?? []).map((stored) => stored.check) },
  );
  const verdict = report.checkpoints[index];
  return verdict === undefined ? null : { status: "verdict", checkpoint, isLast, verdict };
}
