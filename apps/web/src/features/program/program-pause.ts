/**
 * Whether a sharp rise in morning pain has paused the program (core reviseProgram sets `Program.rescreen`), and
 * what the person reads about it. Pure, so each case is tested.
 */
import { daysBetween } from "@hipcheck/core";
import type { IsoDate, Program, ProgramRevision } from "@hipcheck/core";

/** The rules paused the exercises and no clean screen has resumed them yet: no session may start. */
export function isPaused(program: Program): boolean {
  return program.rescreen !== undefined && program.rescreen.resumedOn === undefined;
}

/** The revision that paused the program: made at the pause's instant; it carries the reason in both languages. */
export function pausingRevision(
  program: Program,
  revisions: readonly ProgramRevision[],
): ProgramRevision | undefined {
  const pausedAt = program.rescreen?.pausedAt;
  if (pausedAt === undefined) return undefined;
  return revisions.find((revision) => Date.parse(revision.changedAt) === Date.parse(pausedAt));
}

/** For a week after a clean re-screen, the pages say the program resumed smaller (the rules' weekly rhythm). */
export const RESUMED_SHOWN_DAYS = 7;

/** The day the program resumed after a clean re-screen, while that is still news; undefined otherwise. */
export function recentlyResumedOn(program: Program, today: IsoDate): IsoDate | undefined {
  const resumedOn = program.rescreen?.resumedOn;
  if (resumedOn === undefined) return undefined;
  const since = daysBetween(resumedOn, today);
  return since >= 0 && since <= RESUMED_SHOWN_DAYS ? resumedOn : undefined;
}
