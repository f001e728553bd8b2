import type { Clock } from "@hipcheck/application";

/**
 * The wall clock. "Today" is the server's UTC calendar date: a person's own date arrives with what they log
 * (session and pain entries carry their date), so this only dates records the server creates.
 */
export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => new Date().toISOString().slice(0, 10),
};
