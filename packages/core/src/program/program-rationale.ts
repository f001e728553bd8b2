/** Plain-language reasons for the shape of a program, in English and French. */
import type { Sport } from "../intake/answers.js";
import type { Weekday } from "../shared/dates.js";
import type { Localized } from "../shared/i18n.js";
import type { PhaseSpan } from "./schema.js";
import type { WeekdayPlan } from "./schedule-weekdays.js";
import { PAIN_DURING_ACCEPTABLE_MAX } from "../progression/pain-gate.js";

/** Weekday names as they stand in a sentence ("le lundi" in French). */
export const DAY_NAMES: Readonly<Record<Weekday, Localized>> = {
  mon: { en: "Monday", fr: "le lundi" },
  tue: { en: "Tuesday", fr: "le mardi" },
  wed: { en: "Wednesday", fr: "le mercredi" },
  thu: { en: "Thursday", fr: "le jeudi" },
  fri: { en: "Friday", fr: "le vendredi" },
  sat: { en: "Saturday", fr: "le samedi" },
  sun: { en: "Sunday", fr: "le dimanche" },
};

const SPORT_NAMES: Readonly<Record<Sport, Localized>> = {
  running: { en: "running", fr: "course à pied" },
  cycling: { en: "cycling", fr: "vélo" },
  triathlon: { en: "triathlon", fr: "triathlon" },
  yoga: { en: "yoga", fr: "yoga" },
  walking: { en: "walking", fr: "marche" },
  gym: { en: "gym", fr: "musculation" },
  hiit: { en: "HIIT", fr: "HIIT" },
  swimming: { en: "swimming", fr: "natation" },
  "team-sport": { en: "team sport", fr: "sport collectif" },
  other: { en: "sport", fr: "sport" },
};

function list(items: readonly Localized[]): Localized {
  const join = (lang: "en" | "fr"): string => {
    const words = items.map((item) => item[lang]);
    const last = words.pop() ?? "";
    return words.length === 0 ? last : `${words.join(", ")} ${lang === "en" ? "and" : "et"} ${last}`;
  };
  return { en: join("en"), fr: join("fr") };
}

const daysList = (days: readonly Weekday[]): Localized => list(days.map((day) => DAY_NAMES[day]));

/** "running and cycling" / "de course à pied et de vélo": French repeats "de" before each sport. */
function sportsOf(sports: readonly Sport[], conjunction: "and" | "or"): Localized {
  const names = sports.map((sport) => SPORT_NAMES[sport]);
  const join = (words: readonly string[], word: string): string =>
    words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${word} ${words.at(-1) ?? ""}`;
  return {
    en: join(
      names.map((name) => name.en),
      conjunction,
    ),
    fr: join(
      names.map((name) => `de ${name.fr}`),
      conjunction === "and" ? "et" : "ou",
    ),
  };
}

export type HardDays = { readonly days: readonly Weekday[]; readonly sports: readonly Sport[] };

const COUNT_WORDS: Readonly<Record<number, Localized>> = {
  1: { en: "once a week", fr: "une fois par semaine" },
  2: { en: "twice a week", fr: "deux fois par semaine" },
  3: { en: "three times a week", fr: "trois fois par semaine" },
};

/**
 * What the schedule is and why, read off the chosen days themselves: every claim (away from the hard days, not the
 * day before, a rest day between) is made only when the days bear it out.
 */
export function scheduleReason(plan: WeekdayPlan, hard: HardDays): Localized[] {
  const days = daysList(plan.days);
  const count = COUNT_WORDS[plan.days.length] ?? COUNT_WORDS[2] ?? { en: "", fr: "" };
  const hardDays = daysList(hard.days);
  const sports = sportsOf(hard.sports, "and");
  const why =
    plan.requested > 2
      ? { en: "as you asked", fr: "comme vous l’avez demandé" }
      : { en: "two a week are enough to build strength", fr: "deux par semaine suffisent pour renforcer" };
  const reasons: Localized[] = [
    {
      en: `Strength sessions are ${count.en}, on ${days.en} (${why.en}).`,
      fr: `Les séances de renforcement ont lieu ${count.fr}, ${days.fr} (${why.fr}).`,
    },
  ];
  const clear = plan.hardDaysUsed.length === 0 && plan.daysBeforeHardUsed.length === 0;
  if (hard.days.length > 0 && clear) {
    reasons.push({
      en: `None falls on your hard ${sports.en} days (${hardDays.en}) or the day before: small hip muscles are trained on days opposite the big-muscle ones, and fresh for the big days.`,
      fr: `Aucune ne tombe sur vos grosses journées ${sports.fr} (${hardDays.fr}) ni la veille\u00a0: les petits muscles de la hanche se travaillent d’autres jours que les gros muscles, et restent frais pour les grosses journées.`,
    });
  }
  if (plan.hardDaysUsed.length > 0) {
    const used = daysList(plan.hardDaysUsed);
    reasons.push({
      en: `Your available days leave no other choice than ${used.en}, a hard ${sports.en} day: do the hip session after your sport, or keep it light that day.`,
      fr: `Vos jours disponibles ne laissent pas d’autre choix que ${used.fr}, une grosse journée ${sports.fr}\u00a0: faites la séance de hanche après votre sport, ou allégez-la.`,
    });
  }
  if (plan.daysBeforeHardUsed.length > 0) {
    const used = daysList(plan.daysBeforeHardUsed);
    reasons.push({
      en: `Your available days leave no other choice than ${used.en}, the day before a hard ${sports.en} day: keep that session light so your hips are fresh the next day.`,
      fr: `Vos jours disponibles ne laissent pas d’autre choix que ${used.fr}, la veille d’une grosse journée ${sports.fr}\u00a0: gardez cette séance légère pour avoir des hanches fraîches le lendemain.`,
    });
  }
  if (plan.consecutivePairs > 0) {
    reasons.push({
      en: "With the days you have, some sessions fall on consecutive days. If you can free another day, a rest day between sessions helps the muscles recover.",
      fr: "Avec vos jours disponibles, certaines séances tombent deux jours de suite. Si vous pouvez libérer un autre jour, un jour de repos entre deux séances aide les muscles à récupérer.",
    });
  } else if (plan.days.length > 1) {
    reasons.push({
      en: "There is at least one rest day between two sessions, so the muscles recover.",
      fr: "Il y a au moins un jour de repos entre deux séances, pour que les muscles récupèrent.",
    });
  }
  if (plan.days.length < plan.requested) {
    reasons.push({
      en: `Only ${plan.days.length === 1 ? "one day is" : `${plan.days.length} days are`} free, so there ${plan.days.length === 1 ? "is one session" : `are ${plan.days.length} sessions`} a week. Strength builds with two to three: add a day if you can.`,
      fr: `${plan.days.length === 1 ? "Un seul jour est libre, donc une séance" : `Seuls ${plan.days.length} jours sont libres, donc ${plan.days.length} séances`} par semaine. La force se construit avec deux à trois séances\u00a0: ajoutez un jour si vous le pouvez.`,
    });
  }
  return reasons;
}

/**
 * "week 1" / "weeks 3–4"; in French "en semaine 1" / "en semaines 3 et 4" / "en semaines 3 à 5": a complement, so
 * the French sentence never makes a verb agree with a span of weeks ("la semaine 1 réveillent").
 */
function weeksText(span: PhaseSpan): Localized {
  if (span.fromWeek === span.toWeek) {
    return { en: `week ${span.fromWeek}`, fr: `en semaine ${span.fromWeek}` };
  }
  const frJoin = span.toWeek === span.fromWeek + 1 ? "et" : "à";
  return {
    en: `weeks ${span.fromWeek}–${span.toWeek}`,
    fr: `en semaines ${span.fromWeek} ${frJoin} ${span.toWeek}`,
  };
}

const PHASE_AIMS: Readonly<Record<PhaseSpan["phase"], Localized>> = {
  "wake-up": { en: "we wake up the sleepy hip muscles", fr: "on réveille les muscles endormis de la hanche" },
  strengthen: { en: "we make them stronger", fr: "on les renforce" },
  integrate: {
    en: "we carry that strength into standing, stairs and your sport",
    fr: "on fait passer cette force dans la station debout, les escaliers et votre sport",
  },
};

/** The program's arc in one sentence, built from its phases: each span of weeks, then what it does. */
export function phasesReason(phases: readonly PhaseSpan[]): Localized {
  const clauses = phases.map((span) => ({ weeks: weeksText(span), aim: PHASE_AIMS[span.phase] }));
  return {
    en: `First, ${clauses.map((clause) => `in ${clause.weeks.en}, ${clause.aim.en}`).join("; ")}.`,
    fr: `D’abord, ${clauses.map((clause) => `${clause.weeks.fr}, ${clause.aim.fr}`).join("\u00a0; ")}.`,
  };
}

export function checkpointsReason(weeks: readonly number[]): Localized {
  const en = list(weeks.map((week) => ({ en: String(week), fr: String(week) })));
  return {
    en: `We check whether it is working at weeks ${en.en}: in studies, function followed hip strength over 2, 4 and 6 weeks, and trials lasted 3 to 8 weeks.`,
    fr: `On vérifie si cela marche aux semaines ${en.fr}\u00a0: dans les études, la fonction a suivi la force de hanche sur 2, 4 et 6 semaines, et les essais duraient de 3 à 8 semaines.`,
  };
}

export const ORDER_REASON: Localized = {
  en: "Each session goes release → wake-up → strength → stretch: loosen tight tissue with the balls or roller first, then switch the muscles on, strengthen them, and stretch at the end.",
  fr: "Chaque séance suit l’ordre relâcher → réveiller → renforcer → étirer\u00a0: d’abord détendre les tissus tendus avec les balles ou le rouleau, puis activer les muscles, les renforcer, et étirer à la fin.",
};

export const HIP_AND_KNEE_REASON: Localized = {
  en: "Each session mixes hip work with one thigh (quadriceps) exercise: in trials, hip plus knee exercise eased pain more than knee exercise alone.",
  fr: "Chaque séance associe le travail de hanche à un exercice de cuisse (quadriceps)\u00a0: dans les essais, le travail de la hanche associé à celui du genou a soulagé davantage que le travail du genou seul.",
};

export const OUTER_KNEE_REASON: Localized = {
  en: "Your pain is on the outside of the knee or hip, so the program favours exercises that work the buttock muscles more than the muscle at the front of the hip that pulls on the IT band (clamshell, side steps, bridges).",
  fr: "Votre douleur se situe sur la face externe du genou ou de la hanche\u00a0: le programme privilégie les exercices qui font travailler les fessiers plus que le muscle de l’avant de la hanche qui tire sur la bandelette (coquillage, pas chassés, ponts).",
};

/**
 * Usual or current pain of 4/10 or more leaves little room under the pain-monitoring model's 5/10 ceiling during
 * exercise (Silbernagel 2007; docs/clinical §5.4), so early phases keep knee load low. The cut-off is ours (derived).
 */
export const HIGH_PAIN_NPRS = 4;

export const HIGH_PAIN_REASON: Localized = {
  en: `You rated your knee pain ${HIGH_PAIN_NPRS}/10 or more, so the first weeks start gently and keep deep bending and single-leg loading for later.`,
  fr: `Vous avez noté votre douleur au genou à ${HIGH_PAIN_NPRS}/10 ou plus\u00a0: les premières semaines commencent en douceur et gardent les flexions profondes et le travail sur une jambe pour plus tard.`,
};

export const PAIN_RULE_REASON: Localized = {
  en: `During the exercises, pain up to ${PAIN_DURING_ACCEPTABLE_MAX}/10 is acceptable if it settles by the next morning. Tell the app each morning how your knee feels: the program adjusts to it.`,
  fr: `Pendant les exercices, une douleur jusqu’à ${PAIN_DURING_ACCEPTABLE_MAX}/10 est acceptable si elle se calme le lendemain matin. Indiquez chaque matin comment va votre genou\u00a0: le programme s’y adapte.`,
};

export const YOGA_REASON: Localized = {
  en: "As you practise yoga, each session ends with one pose for each of the three hip compartments: pigeon for the outer hip, yogi squat for the inner hip, low lunge for the front.",
  fr: "Comme vous pratiquez le yoga, chaque séance se termine par une posture pour chacun des trois compartiments de la hanche\u00a0: le pigeon pour l’extérieur, le squat du yogi pour l’intérieur, la fente basse pour l’avant.",
};

export const NO_RELEASE_TOOLS_REASON: Localized = {
  en: "You have no therapy balls or foam roller, so sessions start with activation instead of release; a pair of balls would add the release step.",
  fr: "Vous n’avez ni balles ni rouleau\u00a0: les séances commencent par l’activation au lieu du relâchement. Une paire de balles ajouterait cette étape.",
};

export const NO_BAND_REASON: Localized = {
  en: "You have no resistance band, so the program uses body-weight versions; a mini band would open up the banded exercises.",
  fr: "Vous n’avez pas d’élastique\u00a0: le programme utilise des versions au poids du corps. Une mini-bande ouvrirait les exercices avec élastique.",
};

export function warmUpReason(sports: readonly Sport[], minutes: number): Localized {
  const names = sportsOf(sports, "or");
  return sports.length > 0
    ? {
        en: `Before each ${names.en} session, do the ${minutes}-minute warm-up: it wakes up the side hip muscles that keep the knee in line.`,
        fr: `Avant chaque séance ${names.fr}, faites l’échauffement de ${minutes} minutes\u00a0: il réveille les muscles latéraux de la hanche qui gardent le genou dans l’axe.`,
      }
    : {
        en: `The ${minutes}-minute warm-up can go before any workout: it wakes up the side hip muscles that keep the knee in line.`,
        fr: `L’échauffement de ${minutes} minutes peut précéder n’importe quelle séance de sport\u00a0: il réveille les muscles latéraux de la hanche qui gardent le genou dans l’axe.`,
      };
}
