/**
 * The program as an iCalendar file (RFC 5545) for phone calendars: one event per planned session and one per
 * checkpoint. UIDs are derived from the program id and the session id, and SEQUENCE is the program revision, so
 * importing a revised program updates the events instead of adding copies. Events are TRANSPARENT (a home session
 * does not block the person's agenda), the PRODID has the usual `-//Owner//Product//Language` form, and each event
 * can carry a reminder (VALARM) at the time of day the person picks. The `ics` package writes the events and
 * escapes text; lines are then folded by octets (`foldIcsLines`).
 */
import {
  addDays,
  describeDose,
  findExercise,
  PAIN_RULE_SHORT,
  type Checkpoint,
  type Lang,
  type PlannedSession,
  type Program,
} from "@hipcheck/core";
import { createEvents, type Alarm, type DateArray, type EventAttributes } from "ics";
import { foldIcsLines } from "./fold-ics-lines.js";

export type IcsOptions = {
  readonly lang: Lang;
  readonly personName?: string;
  /**
   * Sessions at this local time of day (floating time, the phone's own time zone), lasting their estimated
   * minutes; all-day events when absent.
   */
  readonly sessionTime?: { readonly hour: number; readonly minute: number };
  /** DTSTAMP of every event, as epoch milliseconds; the `ics` package uses the current time when absent. */
  readonly stampedAtMs?: number;
  /**
   * A reminder on the day of each session and checkpoint, at this local time of day (before the session when it
   * has a time); none when absent.
   */
  readonly reminderTime?: { readonly hour: number; readonly minute: number };
};

/** RFC 5545 §3.7.3: "-//" owner "//" product "//" language of the texts. */
export const ICS_PRODUCT_ID = "-//HipCheck//Program calendar//EN";

/**
 * The options of a calendar as people ask for it, the server's `?reminder=HH:MM` and the CLI's `--reminder HH:MM`
 * alike, so both write the same file. `reminder` is already checked as a time of day (contracts' schema).
 */
export function icsOptionsFor(lang: Lang, reminder: string | undefined): IcsOptions {
  const [hour, minute] = (reminder ?? "").split(":").map(Number);
  return hour === undefined || minute === undefined || reminder === undefined
    ? { lang }
    : { lang, reminderTime: { hour, minute } };
}

const TEXT = {
  session: { en: "Hip session", fr: "Séance hanches" },
  warmUp: { en: "Warm-up", fr: "Échauffement" },
  week: { en: "week", fr: "semaine" },
  checkpoint: {
    en: "HipCheck checkpoint: how are your knees?",
    fr: "Point d’étape HipCheck\u00a0: comment vont vos genoux\u00a0?",
  },
  checkpointBody: {
    en: "Time to look back: rate your knee pain and your hard activities again, and film the movement check.",
    fr: "L’heure du bilan\u00a0: notez à nouveau la douleur au genou et vos activités difficiles, et filmez le test de mouvement.",
  },
  painRule: { en: "Pain rule: ", fr: "Règle de la douleur\u00a0: " },
  calendar: { en: "HipCheck program", fr: "Programme HipCheck" },
  reminder: { en: "HipCheck reminder", fr: "Rappel HipCheck" },
} as const;

/** RFC 5545 §3.3.11 TEXT escaping; the `ics` package escapes event text but not the calendar name. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r?\n/g, "\\n");
}

type IcsEvent = EventAttributes & { timestamp?: number };

function dateArray(date: string): [number, number, number] {
  const [year, month, day] = date.split("-").map(Number);
  return [year ?? 0, month ?? 0, day ?? 0];
}

/** All-day events end on the next day (DTEND is exclusive, RFC 5545 §3.6.1). */
function nextDay(date: string): [number, number, number] {
  return dateArray(addDays(date, 1));
}

type EventTiming = Pick<EventAttributes, "start" | "startInputType" | "startOutputType"> &
  ({ end: DateArray } | { duration: { minutes: number } });

function when(date: string, minutes: number, options: IcsOptions): EventTiming {
  if (options.sessionTime === undefined) return { start: dateArray(date), end: nextDay(date) };
  const start: DateArray = [...dateArray(date), options.sessionTime.hour, options.sessionTime.minute];
  return { start, startInputType: "local", startOutputType: "local", duration: { minutes } };
}

function sessionDescription(session: PlannedSession, lang: Lang): string {
  const lines = session.exercises.map((planned) => {
    const name = findExercise(planned.exerciseId)?.name[lang] ?? planned.exerciseId;
    // French sets a space before the colon.
    return `- ${name}${lang === "fr" ? "\u00a0:" : ":"} ${describeDose(planned.dose, lang)}`;
  });
  return [...lines, "", `${TEXT.painRule[lang]}${PAIN_RULE_SHORT[lang]}`].join("\n");
}

/**
 * A display alarm at the chosen time of day, relative to the event's start: midnight for an all-day event, the
 * session time otherwise (a reminder time after the session time falls after its start).
 */
function reminderOf(startMinutes: number, options: IcsOptions): Alarm[] {
  if (options.reminderTime === undefined) return [];
  const offsetMinutes = options.reminderTime.hour * 60 + options.reminderTime.minute - startMinutes;
  const minutes = Math.abs(offsetMinutes);
  return [
    {
      action: "display",
      description: TEXT.reminder[options.lang],
      trigger: {
        hours: Math.floor(minutes / 60),
        minutes: minutes % 60,
        before: offsetMinutes < 0,
      },
    },
  ];
}

function common(program: Program, options: IcsOptions, startMinutes: number): Partial<IcsEvent> {
  const alarms = reminderOf(startMinutes, options);
  return {
    sequence: program.revision,
    productId: ICS_PRODUCT_ID,
    transp: "TRANSPARENT",
    ...(alarms.length === 0 ? {} : { alarms }),
    ...(options.stampedAtMs === undefined ? {} : { timestamp: options.stampedAtMs }),
  };
}

function startMinutesOf(options: IcsOptions): number {
  return options.sessionTime === undefined ? 0 : options.sessionTime.hour * 60 + options.sessionTime.minute;
}

function sessionEvent(program: Program, session: PlannedSession, options: IcsOptions): IcsEvent {
  const { lang } = options;
  const title = `${session.kind === "warm-up" ? TEXT.warmUp[lang] : TEXT.session[lang]} (${TEXT.week[lang]} ${session.week})`;
  return {
    ...common(program, options, startMinutesOf(options)),
    ...when(session.date, session.estimatedMinutes, options),
    uid: `${program.id}.${session.id}@hipcheck`,
    title,
    description: sessionDescription(session, lang),
    categories: ["HipCheck"],
    busyStatus: "FREE",
  };
}

function checkpointEvent(program: Program, checkpoint: Checkpoint, options: IcsOptions): IcsEvent {
  const { lang } = options;
  return {
    ...common(program, options, 0),
    start: dateArray(checkpoint.date),
    end: nextDay(checkpoint.date),
    uid: `${program.id}.checkpoint-w${checkpoint.week}@hipcheck`,
    title: TEXT.checkpoint[lang],
    description: TEXT.checkpointBody[lang],
    categories: ["HipCheck"],
    busyStatus: "FREE",
  };
}

/** A valid program always gives a calendar: a failure here is a bug (or a session time off the clock), so it throws. */
export function renderProgramIcs(program: Program, options: IcsOptions): string {
  const events = [
    ...program.sessions.map((session) => sessionEvent(program, session, options)),
    ...program.checkpoints.map((checkpoint) => checkpointEvent(program, checkpoint, options)),
  ];
  const separator = options.lang === "fr" ? "\u00a0: " : ": ";
  const name = options.personName === undefined ? "" : `${separator}${options.personName}`;
  const calName = escapeText(`${TEXT.calendar[options.lang]}${name}`);
  const { error, value } = createEvents(events, { productId: ICS_PRODUCT_ID, calName });
  if (error !== null || value === null) {
    throw new Error(`The calendar could not be written: ${error?.message ?? "no output"}`);
  }
  return foldIcsLines(value);
}
