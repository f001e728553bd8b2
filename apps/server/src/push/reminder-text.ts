import type { Lang, PlannedSession } from "@hipcheck/core";

/** What the notification shows, in the subscription's language; the service worker displays it as given. */
export type ReminderPayload = {
  readonly title: string;
  readonly body: string;
  /** The page opened by a click on the notification: the session itself. */
  readonly url: string;
  /** One notification per session: a second one replaces the first. */
  readonly tag: string;
};

export function reminderPayload(session: PlannedSession, language: Lang): ReminderPayload {
  const minutes = String(session.estimatedMinutes);
  const url = `/session/${encodeURIComponent(session.id)}`;
  const tag = `hipcheck-session-${session.id}`;
  return language === "fr"
    ? {
        title: "HipCheck\u00a0: séance du jour",
        body: `Votre séance est prévue aujourd’hui (environ ${minutes} min). Touchez pour la commencer.`,
        url,
        tag,
      }
    : {
        title: "HipCheck: today's session",
        body: `Your session is planned for today (about ${minutes} min). Tap to start it.`,
        url,
        tag,
      };
}
