import type { IsoDate } from "@hipcheck/core";

/** The person's calendar day where they are (local time), as the core's `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
