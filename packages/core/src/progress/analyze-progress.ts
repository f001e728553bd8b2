/**
 * "Is it working?": adherence, pain and function trends, per-exercise series and an honest verdict at each
 * checkpoint. Verdicts count only changes at least as large as the minimal important change of each measure
 * (outcomes module: NPRS, Farrar 2001 / Piva 2009; PSFS, Stratford 1995), so day-to-day noise is not chased.
 */
import { scorePsfs, classifyPsfsChange } from "../outcomes/psfs.js";
import { classifyPainChange } from "../outcomes/nprs.js";
import { ratesTheWeek } from "../outcomes/pain-scores.js";
import type { ChangeKind } from "../outcomes/outcome-change.js";
import type { Answers } from "../intake/answers.js";
import { loadManagementNote } from "../program/load-management-note.js";
import type { Checkpoint, Program } from "../program/schema.js";
import { daysBetween, formatIsoDate, type IsoDate } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import type { MorningCheckIn, PainEntry, PsfsEntry, SessionLog } from "../sessions/schema.js";
import { doneSessionIds } from "./session-status.js";
import { slopePerWeek, sortByDate, type TrendPoint } from "./trend.js";
import { clientInSentence, clientSubject, frenchOf, PERSON_READER, type Reader } from "./reader.js";
import {
  compareAllStrength,
  strengthChangeKind,
  type StrengthComparison,
} from "../strength/compare-strength.js";
import { strengthValue, type StrengthCheck } from "../strength/strength-check.js";
import { STRENGTH_TEST_IDS, type StrengthTestId } from "../strength/strength-tests.js";

/**
 * Trials of hip-focused exercise ran 3–8 weeks and docs/clinical advises reassessing at 6 (docs/clinical §5.2,
 * "Numbers to encode" #22); seed 004's studies related function to hip abductor strength at 2, 4 and 6 weeks.
 * Before week 6, "no real change" means "too early to tell"; from week 6 on it means "not working as hoped".
 */
export const REASSESS_WEEK = 6;
/** Below half the planned sessions, a verdict says more about the dose taken than about the program (derived). */
export const LOW_ADHERENCE_PCT = 50;

export const VERDICTS = ["improving", "no-real-change", "worse", "not-enough-data"] as const;
export type Verdict = (typeof VERDICTS)[number];

export type Adherence = { readonly planned: number; readonly done: number; readonly pct: number | null };

export type PainTrend = {
  readonly series: readonly PainEntry[];
  /** Slope of usual pain, points per week (negative = less pain); null with fewer than two dates. */
  readonly slopePerWeek: number | null;
};

export type PsfsTrend = {
  readonly series: readonly { readonly date: IsoDate; readonly meanScore: number }[];
  /** Slope of the mean PSFS score, points per week (positive = better function). */
  readonly slopePerWeek: number | null;
};

/** Morning pain from the check-ins (the next-morning rule's data), points per week. */
export type MorningPainTrend = {
  readonly series: readonly TrendPoint[];
  readonly slopePerWeek: number | null;
};

export type ExercisePoint = {
  readonly date: IsoDate;
  /** Best set of the session, for the amount the exercise is logged in. */
  readonly reps?: number;
  readonly holdSeconds?: number;
  readonly durationSeconds?: number;
  readonly painDuring: number;
};

export type ExerciseSeries = { readonly exerciseId: string; readonly points: readonly ExercisePoint[] };

export type CheckpointVerdict = {
  readonly week: number;
  readonly date: IsoDate;
  readonly verdict: Verdict;
  readonly explanation: Localized;
  /** The strength checks' baseline against the latest check up to this checkpoint, per test. */
  readonly strength: readonly StrengthComparison[];
};

/** One strength check as a chart point: each side's value in the test's unit (s or N·m/kg). */
export type StrengthPoint = { readonly date: IsoDate; readonly left: number; readonly right: number };

export type StrengthTrend = {
  readonly series: readonly { readonly test: StrengthTestId; readonly points: readonly StrengthPoint[] }[];
  /** Each test's baseline against its latest check so far. */
  readonly comparisons: readonly StrengthComparison[];
};

export type ProgressReport = {
  readonly adherence: Adherence;
  readonly painTrend: PainTrend;
  readonly psfsTrend: PsfsTrend;
  readonly morningPainTrend: MorningPainTrend;
  readonly perExercise: readonly ExerciseSeries[];
  readonly checkpoints: readonly CheckpointVerdict[];
  /** Hip strength checks (docs/clinical §10): series per test, and the change since the baseline. */
  readonly strength: StrengthTrend;
  /**
   * For runners and cyclists with knee pain: what to reduce in their sport while the knee settles, the education the
   * patellofemoral consensus pairs with exercise (load-management-note.ts, docs/clinical §5.1). `null` for anyone
   * else, or when the answers are not given.
   */
  readonly loadNote: Localized | null;
};

const onOrBefore = (date: IsoDate, limit: IsoDate): boolean => daysBetween(date, limit) >= 0;

function adherenceUntil(program: Program, logs: readonly SessionLog[], until: IsoDate): Adherence {
  const planned = program.sessions.filter(
    (session) => session.kind === "strength" && onOrBefore(session.date, until),
  );
  const doneIds = doneSessionIds(program, logs);
  const done = planned.filter((session) => doneIds.has(session.id)).length;
  return {
    planned: planned.length,
    done,
    pct: planned.length === 0 ? null : Math.round((done / planned.length) * 100),
  };
}

function painTrendOf(painEntries: readonly PainEntry[]): PainTrend {
  const series = sortByDate(painEntries);
  return {
    series,
    slopePerWeek: slopePerWeek(
      series.filter(ratesTheWeek).map((entry) => ({ date: entry.date, value: entry.painUsual })),
    ),
  };
}

function psfsTrendOf(psfsEntries: readonly PsfsEntry[]): PsfsTrend {
  const series = sortByDate(psfsEntries).map((entry) => ({
    date: entry.date,
    meanScore: scorePsfs(entry.items).meanScore,
  }));
  const points: TrendPoint[] = series.map((point) => ({ date: point.date, value: point.meanScore }));
  return { series, slopePerWeek: slopePerWeek(points) };
}

function morningPainTrendOf(checkIns: readonly MorningCheckIn[]): MorningPainTrend {
  const series = sortByDate(checkIns).map((checkIn) => ({ date: checkIn.date, value: checkIn.pain }));
  return { series, slopePerWeek: slopePerWeek(series) };
}

function best(values: readonly (number | undefined)[]): number | undefined {
  const present = values.filter((value): value is number => value !== undefined);
  return present.length === 0 ? undefined : Math.max(...present);
}

function perExerciseOf(program: Program, logs: readonly SessionLog[]): ExerciseSeries[] {
  const byExercise = new Map<string, ExercisePoint[]>();
  for (const log of sortByDate(logs.filter((candidate) => candidate.programId === program.id))) {
    for (const entry of log.entries) {
      const reps = best(entry.sets.map((set) => set.reps));
      const holdSeconds = best(entry.sets.map((set) => set.holdSeconds));
      const durationSeconds = best(entry.sets.map((set) => set.durationSeconds));
      const point: ExercisePoint = {
        date: log.date,
        painDuring: entry.painDuring,
        ...(reps === undefined ? {} : { reps }),
        ...(holdSeconds === undefined ? {} : { holdSeconds }),
        ...(durationSeconds === undefined ? {} : { durationSeconds }),
      };
      byExercise.set(entry.exerciseId, [...(byExercise.get(entry.exerciseId) ?? []), point]);
    }
  }
  return [...byExercise].map(([exerciseId, points]) => ({ exerciseId, points }));
}

/**
 * The baseline (the latest rating on or before the start date, else the first one after it) and the latest rating
 * up to `until`; `undefined` unless they are on different days. Ratings from long before this program do not count
 * as its baseline.
 */
function baselineAndLatest<T extends { readonly date: IsoDate }>(
  items: readonly T[],
  start: IsoDate,
  until: IsoDate,
): [T, T] | undefined {
  const upTo = sortByDate(items).filter((item) => onOrBefore(item.date, until));
  const baseline = upTo.filter((item) => onOrBefore(item.date, start)).at(-1) ?? upTo[0];
  const latest = upTo.at(-1);
  return baseline !== undefined && latest !== undefined && baseline.date !== latest.date
    ? [baseline, latest]
    : undefined;
}

type Evidence = { readonly change: ChangeKind; readonly explanation: Localized };

function evidenceAt(
  painEntries: readonly PainEntry[],
  psfsEntries: readonly PsfsEntry[],
  strength: readonly StrengthComparison[],
  start: IsoDate,
  until: IsoDate,
  reader: Reader,
): Evidence[] {
  const pain = baselineAndLatest(painEntries.filter(ratesTheWeek), start, until);
  const psfs = baselineAndLatest(psfsEntries, start, until);
  const evidence: Evidence[] = [];
  // Usual pain: one of the pain measures recommended for patellofemoral pain (Crossley 2016; responsive, effect
  // size 0.79, worst pain 0.88, Crossley 2004; docs/clinical §6), judged on the 0–10 NPRS with its own minimal
  // important change (Farrar 2001, Piva 2009) since HipCheck asks on that scale, not on a 10 cm line.
  if (pain !== undefined) evidence.push(classifyPainChange(pain[0].painUsual, pain[1].painUsual, reader));
  if (psfs !== undefined) {
    const change = classifyPsfsChange(psfs[0].items, psfs[1].items);
    if (change.change !== "not-comparable") {
      evidence.push({ change: change.change, explanation: change.explanation });
    }
  }
  // Hip-abductor strength, as seed 004's studies followed it at 2, 4 and 6 weeks; a change counts only past the
  // check's minimal detectable change (docs/clinical §10.5).
  for (const comparison of strength) {
    evidence.push({ change: strengthChangeKind(comparison), explanation: comparison.explanation });
  }
  return evidence;
}

function verdictOf(evidence: readonly Evidence[]): Verdict {
  if (evidence.length === 0) return "not-enough-data";
  if (evidence.some((item) => item.change === "worse")) return "worse";
  if (evidence.some((item) => item.change === "better")) return "improving";
  return "no-real-change";
}

function headline(verdict: Verdict, week: number, isLast: boolean, reader: Reader): Localized {
  if (reader.kind === "coach") return coachHeadline(verdict, week, week >= REASSESS_WEEK || isLast, reader);
  const decisive = week >= REASSESS_WEEK || isLast;
  switch (verdict) {
    case "improving":
      return {
        en: `Week ${week}: it is working. The change is larger than day-to-day ups and downs.`,
        fr: `Semaine ${week}\u00a0: ça marche. Le changement dépasse les hauts et les bas de tous les jours.`,
      };
    case "no-real-change":
      return decisive
        ? {
            en: `Week ${week}: this is not working as hoped. Talk to a clinician (a physiotherapist or your doctor) about what else could help.`,
            fr: `Semaine ${week}\u00a0: cela ne marche pas comme espéré. Parlez-en à un soignant (un kinésithérapeute ou votre médecin) pour voir ce qui pourrait aider d’autre.`,
          }
        : {
            en: `Week ${week}: too early to tell. No real change yet, which is common: hip muscles take several weeks to get stronger. Keep going.`,
            fr: `Semaine ${week}\u00a0: trop tôt pour le dire. Pas encore de vrai changement, ce qui est courant\u00a0: les muscles de la hanche mettent plusieurs semaines à se renforcer. Continuez.`,
          };
    case "worse":
      return {
        en: `Week ${week}: this is not working as hoped: things are worse. Ease off and talk to a clinician (a physiotherapist or your doctor).`,
        fr: `Semaine ${week}\u00a0: cela ne marche pas comme espéré\u00a0: c’est pire. Levez le pied et parlez-en à un soignant (un kinésithérapeute ou votre médecin).`,
      };
    case "not-enough-data":
      return {
        en: `Week ${week}: too early to tell: not enough ratings yet. Rate your pain (and the activities you find hard) at the start and around this date.`,
        fr: `Semaine ${week}\u00a0: trop tôt pour le dire\u00a0: pas assez de notes. Notez votre douleur (et les activités qui vous sont difficiles) au début et vers cette date.`,
      };
  }
}

/** The same verdicts as `headline`, for the coach: about the client, in the third person, no guessed gender. */
function coachHeadline(
  verdict: Verdict,
  week: number,
  decisive: boolean,
  reader: Reader & { kind: "coach" },
): Localized {
  const who = { en: clientInSentence(reader, "en"), fr: clientInSentence(reader, "fr") };
  switch (verdict) {
    case "improving":
      return {
        en: `Week ${week}: it is working for ${who.en}. The change is larger than day-to-day ups and downs.`,
        fr: `Semaine ${week}\u00a0: ça marche pour ${who.fr}. Le changement dépasse les hauts et les bas de tous les jours.`,
      };
    case "no-real-change":
      return decisive
        ? {
            en: `Week ${week}: this is not working as hoped for ${who.en}. A review with a clinician (a physiotherapist or a doctor) about what else could help is due.`,
            fr: `Semaine ${week}\u00a0: cela ne marche pas comme espéré pour ${who.fr}. Un bilan avec un soignant (un kinésithérapeute ou un médecin) s’impose pour voir ce qui pourrait aider d’autre.`,
          }
        : {
            en: `Week ${week}: too early to tell for ${who.en}. No real change yet, which is common: hip muscles take several weeks to get stronger.`,
            fr: `Semaine ${week}\u00a0: trop tôt pour le dire pour ${who.fr}. Pas encore de vrai changement, ce qui est courant\u00a0: les muscles de la hanche mettent plusieurs semaines à se renforcer.`,
          };
    case "worse":
      return {
        en: `Week ${week}: this is not working as hoped for ${who.en}: things are worse. Suggest easing off and a review with a clinician (a physiotherapist or a doctor).`,
        fr: `Semaine ${week}\u00a0: cela ne marche pas comme espéré pour ${who.fr}\u00a0: c’est pire. Conseillez de lever le pied et un bilan avec un soignant (un kinésithérapeute ou un médecin).`,
      };
    case "not-enough-data":
      return {
        en: `Week ${week}: too early to tell: not enough ratings from ${who.en} yet (pain, and the activities found hard, at the start and around this date).`,
        fr: `Semaine ${week}\u00a0: trop tôt pour le dire\u00a0: pas assez de notes ${frenchOf(reader)} (douleur, et activités difficiles, au début et vers cette date).`,
      };
  }
}

function adherenceNote(adherence: Adherence, reader: Reader): Localized | undefined {
  if (adherence.pct === null || adherence.pct >= LOW_ADHERENCE_PCT) return undefined;
  if (reader.kind === "coach") {
    return {
      en: `${clientSubject(reader, "en")} did ${adherence.done} of the ${adherence.planned} planned sessions: the program can only help if it is done, so this check says little yet.`,
      fr: `${clientSubject(reader, "fr")} a fait ${adherence.done} des ${adherence.planned} séances prévues\u00a0: le programme ne peut aider que s’il est fait, donc ce point dit encore peu de chose.`,
    };
  }
  return {
    en: `You did ${adherence.done} of the ${adherence.planned} planned sessions: the program can only help if it is done, so this check says little yet.`,
    fr: `Vous avez fait ${adherence.done} des ${adherence.planned} séances prévues\u00a0: le programme ne peut aider que s’il est fait, donc ce point dit encore peu de chose.`,
  };
}

function joined(parts: readonly Localized[]): Localized {
  return { en: parts.map((part) => part.en).join(" "), fr: parts.map((part) => part.fr).join(" ") };
}

function checkpointVerdict(
  checkpoint: Checkpoint,
  isLast: boolean,
  context: {
    program: Program;
    logs: readonly SessionLog[];
    painEntries: readonly PainEntry[];
    psfsEntries: readonly PsfsEntry[];
    strengthChecks: readonly StrengthCheck[];
    today: IsoDate;
    reader: Reader;
  },
): CheckpointVerdict {
  const { week, date } = checkpoint;
  if (!onOrBefore(date, context.today)) {
    return {
      week,
      date,
      verdict: "not-enough-data",
      explanation: {
        en: `Week ${week}: too early to tell. This check comes on ${formatIsoDate(date, "en")}.`,
        fr: `Semaine ${week}\u00a0: trop tôt pour le dire. Ce point est prévu le ${formatIsoDate(date, "fr")}.`,
      },
      strength: [],
    };
  }
  const strength = compareAllStrength(context.strengthChecks, context.program.startDate, date);
  const evidence = evidenceAt(
    context.painEntries,
    context.psfsEntries,
    strength,
    context.program.startDate,
    date,
    context.reader,
  );
  const verdict = verdictOf(evidence);
  const note = adherenceNote(adherenceUntil(context.program, context.logs, date), context.reader);
  const parts = [
    headline(verdict, week, isLast, context.reader),
    ...evidence.map((item) => item.explanation),
    ...(note === undefined ? [] : [note]),
  ];
  return { week, date, verdict, explanation: joined(parts), strength };
}

function strengthTrendOf(checks: readonly StrengthCheck[], start: IsoDate, today: IsoDate): StrengthTrend {
  const series = STRENGTH_TEST_IDS.map((test) => ({
    test,
    points: sortByDate(checks.filter((check) => check.test === test)).map((check) => ({
      date: check.date,
      left: strengthValue(check, "left"),
      right: strengthValue(check, "right"),
    })),
  })).filter((entry) => entry.points.length > 0);
  return { series, comparisons: compareAllStrength(checks, start, today) };
}

/** What a progress report reads beyond the program's own records, and for whom it is worded. */
export type ProgressExtras = {
  /** Hip strength checks (docs/clinical §10); none when not given. */
  readonly strengthChecks?: readonly StrengthCheck[];
  /** The person (default) or their coach, who reads the verdicts in the third person (decision 0371). */
  readonly reader?: Reader;
};

export function analyzeProgress(
  program: Program,
  logs: readonly SessionLog[],
  painEntries: readonly PainEntry[],
  psfsEntries: readonly PsfsEntry[],
  checkIns: readonly MorningCheckIn[],
  today: IsoDate,
  /** The answers the program was made from (the latest check-in): they shape the load note. */
  answers: Answers | null = null,
  extras: ProgressExtras = {},
): ProgressReport {
  const strengthChecks = extras.strengthChecks ?? [];
  const reader = extras.reader ?? PERSON_READER;
  const context = { program, logs, painEntries, psfsEntries, strengthChecks, today, reader };
  return {
    loadNote: answers === null ? null : (loadManagementNote(answers, reader) ?? null),
    adherence: adherenceUntil(program, logs, today),
    painTrend: painTrendOf(painEntries),
    psfsTrend: psfsTrendOf(psfsEntries),
    morningPainTrend: morningPainTrendOf(checkIns),
    perExercise: perExerciseOf(program, logs),
    strength: strengthTrendOf(strengthChecks, program.startDate, today),
    checkpoints: program.checkpoints.map((checkpoint, i) =>
      checkpointVerdict(checkpoint, i === program.checkpoints.length - 1, context),
    ),
  };
}
