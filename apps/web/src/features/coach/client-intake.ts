/**
 * A client's intake answers as their coach reads them: the labels of the check-in, in the coach's language, put
 * into words that fit inside a sentence about the client (the sentences themselves are in `coachIntake.*`).
 */
import {
  AGGRAVATOR_LABELS,
  EQUIPMENT_LABELS,
  KNEE_SIDE_LABELS,
  PAIN_LOCATION_LABELS,
  SPORT_LABELS,
  WEEKDAYS,
  WEEKDAY_LABELS,
} from "@hipcheck/core";
import type { Answers, Lang } from "@hipcheck/core";

export type IntakeSport = {
  readonly sport: string;
  readonly sessionsPerWeek: number;
  readonly minutesPerSession: number;
};

export type IntakeSummary = {
  /** Null when the client reported no knee pain (training for prevention). */
  readonly symptoms: {
    readonly knee: string;
    readonly locations: readonly string[];
    readonly aggravators: readonly string[];
    readonly durationWeeks: number;
    readonly painNow: number;
    readonly painUsual: number;
    readonly painWorst: number;
  } | null;
  readonly sports: readonly IntakeSport[];
  readonly equipment: readonly string[];
  /** In week order, Monday first, whatever order they were ticked in. */
  readonly days: readonly string[];
};

/** "Around the kneecap" read inside a sentence: "…, around the kneecap". */
function inSentence(label: string): string {
  return label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

export function intakeSummary(answers: Answers, lang: Lang): IntakeSummary {
  const symptoms = answers.symptoms;
  return {
    symptoms:
      symptoms === null
        ? null
        : {
            knee: inSentence(KNEE_SIDE_LABELS[symptoms.knee][lang]),
            locations: symptoms.locations.map((where) => inSentence(PAIN_LOCATION_LABELS[where][lang])),
            aggravators: symptoms.aggravators.map((what) => inSentence(AGGRAVATOR_LABELS[what][lang])),
            durationWeeks: symptoms.durationWeeks,
            painNow: symptoms.painNow,
            painUsual: symptoms.painUsual,
            painWorst: symptoms.painWorst,
          },
    sports: answers.activities.map((activity) => ({
      sport: SPORT_LABELS[activity.sport][lang],
      sessionsPerWeek: activity.sessionsPerWeek,
      minutesPerSession: activity.minutesPerSession,
    })),
    equipment: answers.equipment.map((item) => inSentence(EQUIPMENT_LABELS[item][lang])),
    days: WEEKDAYS.filter((day) => answers.availableDays.includes(day)).map(
      (day) => WEEKDAY_LABELS[day][lang],
    ),
  };
}
