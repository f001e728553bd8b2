/**
 * The progression rules applied on the server whenever something new arrives that they read: a session log, a
 * morning check-in, an import. It runs inside the caller's transaction, so the write and the revision it causes
 * are kept or lost together, and only for a write that is new: a retried or replayed upload changes nothing more.
 */
import {
  ok,
  reviseProgram,
  ruleHistoryNeed,
  type HipError,
  type MorningCheckIn,
  type Program,
  type ProgramRevision,
  type Result,
  type RuleHistoryNeed,
} from "@hipcheck/core";
import type { Clock, ProgramRecord, Repositories } from "../ports.js";
import { currentScreening } from "./current-answers.js";

export type RulesOutcome = { readonly program: Program; readonly revision: ProgramRevision | null };

type KnownNeed = {
  readonly today: string;
  readonly screenedAt: string;
  readonly checkIns: readonly MorningCheckIn[];
  readonly need: RuleHistoryNeed;
};

/**
 * The last need worked out for each program document (decision 0665). Storage hands out one frozen document per
 * stored program text and per morning check-in text, so the same objects on the same day are the same inputs, and
 * core's `ruleHistoryNeed` (a function of them alone) gives the same need: it is worked out again only when the
 * program, a morning, the day or the latest screen changes.
 */
const needs = new WeakMap<Program, KnownNeed>();

function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function needOf(
  program: Program,
  checkIns: readonly MorningCheckIn[],
  today: string,
  screenedAt: string,
): RuleHistoryNeed {
  const known = needs.get(program);
  if (
    known !== undefined &&
    known.today === today &&
    known.screenedAt === screenedAt &&
    sameObjects(known.checkIns, checkIns)
  ) {
    return known.need;
  }
  const need = ruleHistoryNeed(program, checkIns, today, screenedAt);
  // Only documents nobody can change under the next reader (storage's) stand for their content by identity.
  if (Object.isFrozen(program) && checkIns.every((checkIn) => Object.isFrozen(checkIn))) {
    if (need.kind === "some") {
      for (const list of [need.plannedSessionIds, need.dates, need.exerciseIds]) Object.freeze(list);
    }
    needs.set(program, { today, screenedAt, checkIns, need: Object.freeze(need) });
  }
  return need;
}

/** What the rules would change in `record` today, from what is logged for it; nothing is saved. */
export async function proposeRulesRevision(
  repositories: Repositories,
  clock: Clock,
  record: ProgramRecord,
): Promise<Result<RulesOutcome, HipError>> {
  // The rules move only within what the person's answers allow, and not at all past a red flag.
  const screening = await currentScreening(repositories, record.accountId);
  if (!screening.ok) return screening;
  // Only the mornings the rules can read: the program's span and the four weeks before the latest (decision 0820).
  const checkIns = (await repositories.morningCheckIns.ruleMorningsFor(record.accountId, record.program)).map(
    (entry) => entry.checkIn,
  );
  // Only the logs the rules can act on today, found by index: the revision is the one every log of the program
  // gives, and a write costs the same at the program's ten-thousandth log as at its tenth (decision 0500).
  const today = clock.today();
  // A program waiting for a re-screen that has not come reads no log (decision 0822).
  const need = needOf(record.program, checkIns, today, screening.value.screenedAt);
  const logs = await repositories.sessionLogs.ruleHistoryFor(record.accountId, record.id, need);
  // The latest screen allowed self-management (currentScreening refuses otherwise): a program stopped by a sharp
  // rise in pain before that screen resumes at a smaller dose.
  const revised = reviseProgram(
    record.program,
    logs.map((entry) => entry.log),
    checkIns,
    today,
    {
      answers: screening.value.answers,
      changedAt: clock.now(),
      screenedAt: screening.value.screenedAt,
    },
  );
  return ok({ program: revised.program, revision: revised.revision });
}

/**
 * Revises `record`, read within `tx`, by the rules and saves the change, within `tx`. A program the rules may not
 * touch (no check-in, or a red flag on the latest one) stays as it is: the write that led here is still kept.
 */
export async function reviseReadAfterWrite(
  tx: Repositories,
  clock: Clock,
  record: ProgramRecord,
): Promise<ProgramRevision | null> {
  const proposed = await proposeRulesRevision(tx, clock, record);
  if (!proposed.ok || proposed.value.revision === null) return null;
  await tx.programs.applyRevision(
    {
      programId: record.id,
      changedByAccountId: null,
      revision: proposed.value.revision,
      programAfter: proposed.value.program,
    },
    clock.now(),
  );
  return proposed.value.revision;
}

/** The same, for the person's current program (a morning check-in belongs to no one program). */
export async function reviseCurrentAfterWrite(
  tx: Repositories,
  clock: Clock,
  personId: string,
): Promise<ProgramRevision | null> {
  const current = await tx.programs.latestFor(personId);
  return current === undefined ? null : reviseReadAfterWrite(tx, clock, current);
}
