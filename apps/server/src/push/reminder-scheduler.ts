/**
 * Runs the reminder choice once a minute, one run at a time (a slow push service never stacks runs up). The
 * timer does not keep the process alive; `stop` waits for a run in progress.
 */
import type { Repositories } from "@hipcheck/application";
import { sendDueReminders, type ReminderRunReport } from "./reminder-sender.js";
import type { VapidKeys } from "./vapid-keys.js";

const EVERY_MS = 60_000;

export type ReminderScheduler = { stop(): Promise<void> };

export function startReminderScheduler(options: {
  readonly repositories: Repositories;
  readonly vapid: VapidKeys;
  readonly now: () => Date;
  readonly onReport: (report: ReminderRunReport) => void;
  readonly onError: (error: unknown) => void;
}): ReminderScheduler {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running !== undefined) return;
    running = sendDueReminders(options.repositories, options.vapid, options.now())
      .then(options.onReport, options.onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
