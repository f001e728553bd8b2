/**
 * Education beside exercise, as the 2016 and 2018 patellofemoral consensus pair them (Crossley 2016; Collins 2018;
 * docs/clinical §5.1): for runners and cyclists with knee pain, what to reduce in their sport while the knee
 * settles, generated from the activities they gave. The rules: keep the sport within the pain-monitoring model
 * (Silbernagel 2007: continued running under it did no harm; docs/clinical §5.4), make the hard days no bigger than
 * the others, spare what they say aggravates it, and build back by no more than about 30% above the usual week
 * (Gabbett 2016's 0.8–1.3 workload ratio, docs/clinical/training-load.md). See
 * docs/clinical/progression-and-dosing.md.
 */
import type { Answers, Sport } from "../intake/answers.js";
import { PAIN_DURING_ACCEPTABLE_MAX } from "../progression/pain-gate.js";
import { clientInSentence, clientSubject, frenchOf, PERSON_READER, type Reader } from "../progress/reader.js";
import type { Lang, Localized } from "../shared/i18n.js";
import { DAY_NAMES } from "./program-rationale.js";

/** Sports whose repetitive knee load the note is about (seed 001: steps and pedal strokes). */
const LOAD_SPORTS: readonly Sport[] = ["running", "cycling", "triathlon"];
/** Gabbett 2016: weeks above 1.3 × the usual week leave the "sweet spot". */
export const WEEKLY_LOAD_RISE_MAX_PCT = 30;

const SPORT_VERB: Readonly<Record<string, Localized>> = {
  running: { en: "run", fr: "courez" },
  cycling: { en: "ride", fr: "roulez" },
  triathlon: { en: "train for triathlon", fr: "vous entraînez au triathlon" },
};
/** The same verbs in the third person, for the coach's reading. */
const COACH_SPORT_VERB: Readonly<Record<string, Localized>> = {
  running: { en: "runs", fr: "court" },
  cycling: { en: "rides", fr: "roule" },
  triathlon: { en: "trains for triathlon", fr: "s’entraîne au triathlon" },
};
const SPORT_NOUN: Readonly<Record<string, Localized>> = {
  running: { en: "runs", fr: "sorties de course" },
  cycling: { en: "rides", fr: "sorties à vélo" },
  triathlon: { en: "triathlon sessions", fr: "séances de triathlon" },
};

function listOf(words: readonly string[], and: string): string {
  const last = words.at(-1) ?? "";
  return words.length <= 1 ? last : `${words.slice(0, -1).join(", ")} ${and} ${last}`;
}

function times(count: number, lang: Lang): string {
  if (lang === "fr") return count === 1 ? "une fois" : `${count} fois`;
  return count === 1 ? "once" : count === 2 ? "twice" : `${count} times`;
}

/** The note, or `undefined` for someone with no knee pain or no running, cycling or triathlon. */
export function loadManagementNote(answers: Answers, reader: Reader = PERSON_READER): Localized | undefined {
  const symptoms = answers.symptoms;
  const activities = answers.activities.filter(
    (activity) => LOAD_SPORTS.includes(activity.sport) && activity.sessionsPerWeek > 0,
  );
  if (symptoms === null || activities.length === 0) return undefined;
  const words = reader.kind === "coach" ? coachWords(reader) : PERSON_WORDS;
  const sentences = (lang: Lang): string[] => {
    const habits = activities.map((activity) => {
      const minutes = activity.minutesPerSession;
      return words.habit(activity.sport, times(activity.sessionsPerWeek, lang), minutes, lang);
    });
    const hard = activities.filter((activity) => activity.hardDays.length > 0);
    const hardSentences = hard.map((activity) => {
      const days = listOf(
        activity.hardDays.map((day) => DAY_NAMES[day][lang]),
        lang === "en" ? "and" : "et",
      );
      return words.hardDays(SPORT_NOUN[activity.sport]?.[lang] ?? "", days, lang);
    });
    const downhill =
      symptoms.aggravators.includes("downhill") && activities.some((activity) => activity.sport !== "cycling")
        ? [words.downhill[lang]]
        : [];
    return [...habits, words.rule[lang], ...hardSentences, ...downhill, words.build[lang]];
  };
  return { en: sentences("en").join(" "), fr: sentences("fr").join(" ") };
}

/** The sentences of the note, addressed to the person or, for their coach, about the client (decision 0371). */
type NoteWords = {
  habit(sport: Sport, howOften: string, minutes: number, lang: Lang): string;
  hardDays(noun: string, days: string, lang: Lang): string;
  readonly downhill: Localized;
  readonly rule: Localized;
  readonly build: Localized;
};

const PERSON_WORDS: NoteWords = {
  habit: (sport, howOften, minutes, lang) =>
    lang === "en"
      ? `You ${SPORT_VERB[sport]?.en ?? ""} ${howOften} a week${minutes > 0 ? `, about ${minutes} minutes each time` : ""}.`
      : `Vous ${SPORT_VERB[sport]?.fr ?? ""} ${howOften} par semaine${minutes > 0 ? `, environ ${minutes} minutes à chaque fois` : ""}.`,
  hardDays: (noun, days, lang) =>
    lang === "en"
      ? `For now, keep your ${noun} on ${days} no longer and no harder than the others.`
      : `Pour l’instant, vos ${noun} ${days} ne doivent pas être plus longues ni plus dures que les autres.`,
  downhill: {
    en: "Downhill makes your knee worse: choose flat routes while it settles.",
    fr: "Les descentes aggravent la douleur du genou\u00a0: choisissez des parcours plats le temps qu’il se calme.",
  },
  rule: {
    en: `While your knee settles, keep going, but only as much as keeps knee pain at ${PAIN_DURING_ACCEPTABLE_MAX}/10 or less during the session and back to your usual level by the next morning: the same rule as for the exercises. If it is not, do less next time.`,
    fr: `Le temps que votre genou se calme, continuez, mais seulement autant que la douleur reste à ${PAIN_DURING_ACCEPTABLE_MAX}/10 ou moins pendant la séance et revient à son niveau habituel le lendemain matin\u00a0: la même règle que pour les exercices. Sinon, faites moins la fois suivante.`,
  },
  build: {
    en: `When it has settled, build back gradually: no week more than about ${WEEKLY_LOAD_RISE_MAX_PCT}% above your usual week.`,
    fr: `Une fois calmé, reprenez progressivement\u00a0: pas de semaine à plus d’environ ${WEEKLY_LOAD_RISE_MAX_PCT} % au-dessus de votre semaine habituelle.`,
  },
};

/** The same advice for the coach, in the third person: by name, or "this client" / "cette personne". */
function coachWords(reader: Reader & { kind: "coach" }): NoteWords {
  const subject = { en: clientSubject(reader, "en"), fr: clientSubject(reader, "fr") };
  const inSentence = { en: clientInSentence(reader, "en"), fr: clientInSentence(reader, "fr") };
  const possessive = reader.clientName === null ? "this client's" : `${reader.clientName}'s`;
  return {
    habit: (sport, howOften, minutes, lang) =>
      lang === "en"
        ? `${subject.en} ${COACH_SPORT_VERB[sport]?.en ?? ""} ${howOften} a week${minutes > 0 ? `, about ${minutes} minutes each time` : ""}.`
        : `${subject.fr} ${COACH_SPORT_VERB[sport]?.fr ?? ""} ${howOften} par semaine${minutes > 0 ? `, environ ${minutes} minutes à chaque fois` : ""}.`,
    hardDays: (noun, days, lang) =>
      lang === "en"
        ? `For now, ${possessive} ${noun} on ${days} should be no longer and no harder than the others.`
        : `Pour l’instant, les ${noun} ${frenchOf(reader)} ${days} ne doivent pas être plus longues ni plus dures que les autres.`,
    downhill: {
      en: `Downhill makes the knee worse for ${inSentence.en}: flat routes are better while it settles.`,
      fr: `Les descentes aggravent la douleur du genou ${frenchOf(reader)}\u00a0: mieux vaut des parcours plats le temps qu’il se calme.`,
    },
    rule: {
      en: `While the knee settles, ${inSentence.en} can keep going, but only as much as keeps knee pain at ${PAIN_DURING_ACCEPTABLE_MAX}/10 or less during the session and back to the usual level by the next morning: the same rule as for the exercises. If it is not, the next outing should be smaller.`,
      fr: `Le temps que le genou se calme, ${inSentence.fr} peut continuer, mais seulement autant que la douleur reste à ${PAIN_DURING_ACCEPTABLE_MAX}/10 ou moins pendant la séance et revient à son niveau habituel le lendemain matin\u00a0: la même règle que pour les exercices. Sinon, la sortie suivante doit être plus légère.`,
    },
    build: {
      en: `When it has settled, the build back should be gradual: no week more than about ${WEEKLY_LOAD_RISE_MAX_PCT}% above ${possessive} usual week.`,
      fr: `Une fois le genou calmé, la reprise doit être progressive\u00a0: pas de semaine à plus d’environ ${WEEKLY_LOAD_RISE_MAX_PCT} % au-dessus de la semaine habituelle ${frenchOf(reader)}.`,
    },
  };
}
