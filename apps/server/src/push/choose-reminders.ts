/**
 * Who gets a session-day reminder now: a pure choice, given the instant, each subscription and what is known of
 * its owner's program and today's logs. A reminder goes when, in the subscription's own time zone, today is a
 * session day of the person's current program, the chosen time has come, none was sent today, the program is not
 * paused after a sharp rise in pain (docs/clinical §7.2: a paused program waits for a new screen, it does not call
 * for exercise), and the session is not already logged. docs/decisions/0320-web-push-reminders.md.
 */
import type { PushSubscriptionRecord } from "@hipcheck/application";
import type { IsoDate, PlannedSession, Program } from "@hipcheck/core";

export type LocalClock = { readonly date: IsoDate; readonly time: string };

/** The local calendar date and `HH:MM` of `now` in `timeZone`. */
export function localClock(now: Date, timeZone: string): LocalClock {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? "";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    time: `${part("hour")}:${part("minute")}`,
  };
}

export type ReminderCandidate = {
  readonly subscription: PushSubscriptionRecord;
  /** The person's current program; undefined when they have none. */
  readonly program: Program | undefined;
  /** Planned-session ids already logged on the subscription's local day. */
  readonly loggedSessionIds: ReadonlySet<string>;
};

export type DueReminder = {
  readonly subscription: PushSubscriptionRecord;
  /** The local day it is for: recorded once sent, so that day gets no second one. */
  readonly localDate: IsoDate;
  readonly session: PlannedSession;
};

export function isPaused(program: Program): boolean {
  return program.rescreen !== undefined && program.rescreen.resumedOn === undefined;
}

export function chooseReminders(now: Date, candidates: readonly ReminderCandidate[]): DueReminder[] {
  const due: DueReminder[] = [];
  for (const { subscription, program, loggedSessionIds } of candidates) {
    if (program === undefined || isPaused(program)) continue;
    const local = localClock(now, subscription.timeZone);
    if (subscription.lastSentOn === local.date || local.time < subscription.reminderTime) continue;
    const session = program.sessions.find(
      (candidate) => candidate.date === local.date && !loggedSessionIds.has(candidate.id),
    );
    if (session !== undefined) due.push({ subscription, localDate: local.date, session });
  }
  return due;
}
