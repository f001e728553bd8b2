/**
 * Sends the due reminders. `web-push` encrypts each payload (aes128gcm, RFC 8291) and signs the request with the
 * server's VAPID key (RFC 8292); the request itself goes out with `fetch`, with a time limit. A push service
 * answering 404 or 410 says the browser's subscription is gone: its row is deleted. Other failures are reported
 * and tried again at the next run (the day is recorded only once a reminder is accepted).
 */
import type { Repositories } from "@hipcheck/application";
import webpush from "web-push";
import { chooseReminders, localClock, type ReminderCandidate } from "./choose-reminders.js";
import { reminderPayload } from "./reminder-text.js";
import type { VapidKeys } from "./vapid-keys.js";

/** A reminder for today is of no use tomorrow: push services drop it after this many seconds. */
const TTL_SECONDS = 12 * 60 * 60;
const REQUEST_TIMEOUT_MS = 10_000;

export type ReminderRunReport = {
  readonly sent: number;
  /** Subscriptions the push service said are gone, now deleted. */
  readonly expired: number;
  readonly failed: readonly { readonly subscriptionId: string; readonly reason: string }[];
};

export async function gatherCandidates(repositories: Repositories, now: Date): Promise<ReminderCandidate[]> {
  const candidates: ReminderCandidate[] = [];
  for (const subscription of await repositories.pushSubscriptions.listAll()) {
    const program = await repositories.programs.latestFor(subscription.accountId);
    const today = localClock(now, subscription.timeZone).date;
    const logs = await repositories.sessionLogs.listFor(subscription.accountId, { from: today, to: today });
    candidates.push({
      subscription,
      program: program?.program,
      loggedSessionIds: new Set(logs.flatMap((record) => record.log.plannedSessionId ?? [])),
    });
  }
  return candidates;
}

export async function sendDueReminders(
  repositories: Repositories,
  vapid: VapidKeys,
  now: Date,
): Promise<ReminderRunReport> {
  const due = chooseReminders(now, await gatherCandidates(repositories, now));
  let sent = 0;
  let expired = 0;
  const failed: { subscriptionId: string; reason: string }[] = [];
  for (const { subscription, localDate, session } of due) {
    const request = webpush.generateRequestDetails(
      { endpoint: subscription.endpoint, keys: subscription.keys },
      JSON.stringify(reminderPayload(session, subscription.language)),
      {
        vapidDetails: vapid,
        TTL: TTL_SECONDS,
        contentEncoding: "aes128gcm",
        urgency: "normal",
      },
    );
    try {
      const response = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      if (response.ok) {
        await repositories.pushSubscriptions.markSent(subscription.id, localDate);
        sent += 1;
      } else if (response.status === 404 || response.status === 410) {
        await repositories.pushSubscriptions.delete(subscription.id);
        expired += 1;
      } else {
        failed.push({ subscriptionId: subscription.id, reason: `push service answered ${response.status}` });
      }
    } catch (error) {
      failed.push({ subscriptionId: subscription.id, reason: (error as Error).message });
    }
  }
  return { sent, expired, failed };
}
