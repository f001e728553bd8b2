/**
 * Representative answers for a group template (a yoga class, a running club): no knee pain, no red flag,
 * the group's days and equipment. The server screens them like anyone's answers; each member still gets
 * their own copy, and members whose own screen needs a clinician are skipped.
 */
import { ANSWERS_VERSION, RED_FLAG_QUESTIONS } from "@hipcheck/core";
import type { Answers, Equipment, Lang, RedFlagAnswers, Sport, Weekday } from "@hipcheck/core";

/** An adult of working age: the template is adjusted per member, not per age. */
const REPRESENTATIVE_AGE_YEARS = 40;

export type ClassProfile = {
  readonly sport: Sport;
  readonly days: readonly Weekday[];
  readonly equipment: readonly Equipment[];
  readonly language: Lang;
};

export function classAnswers(profile: ClassProfile): Answers {
  const redFlags = Object.fromEntries(
    Object.keys(RED_FLAG_QUESTIONS).map((key) => [key, false]),
  ) as RedFlagAnswers;
  return {
    version: ANSWERS_VERSION,
    person: { ageYears: REPRESENTATIVE_AGE_YEARS, language: profile.language },
    selfCheck: {
      sitsRegularly: true,
      hasBackPain: false,
      repetitiveExercise: true,
      doesHipBalanceWork: false,
    },
    symptoms: null,
    redFlags,
    injury: null,
    activities: [{ sport: profile.sport, sessionsPerWeek: 1, minutesPerSession: 60, hardDays: [] }],
    equipment: [...profile.equipment],
    availableDays: [...profile.days],
  };
}
