/**
 * Whether to ask for the next-morning check-in: a session was done on an earlier day and today has no
 * check-in yet. The pain-monitoring model judges a session by the next morning (Silbernagel 2007).
 */
import type { IsoDate, MorningCheckIn, SessionLog } from "@hipcheck/core";

export function needsMorningCheckIn(
  logs: readonly SessionLog[],
  checkIns: readonly MorningCheckIn[],
  today: IsoDate,
): boolean {
  const lastSession = logs.reduce<IsoDate | null>(
    (latest, log) => (latest === null || log.date > latest ? log.date : latest),
    null,
  );
  if (lastSession === null || lastSession >= today) return false;
  return !checkIns.some((checkIn) => checkIn.date === today);
}
