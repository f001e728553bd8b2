/**
 * The session player offline, while the latest morning check-in waits in the outbox (decision 0611). The program on
 * the device is the one last fetched: the rules' answer to that check-in is made on the server. The player says so,
 * and applies what the device can know with core's own pain gate on the check-ins and logs it holds: a sharp rise
 * (docs/clinical §7.2) is the stop the server's pause will give; a knee not settled, or sorer, the morning after the
 * last session, or morning pain rising week on week (docs/clinical §5.4) is named in the rules' own words as what
 * today's plan will be lightened for. A sharp rise needs the mornings of the four weeks before (core's
 * `SHARP_RISE_LOOKBACK_DAYS`): the device keeps the server's (decision 0681), and when it holds none of them it
 * cannot tell a rise from a usual morning, so a morning above the safe band (0–2/10) is held as one (`unknown`).
 */
import {
  addDays,
  isRescreenNeeded,
  nextMorning,
  SHARP_RISE_LOOKBACK_DAYS,
  sharpRise,
  stopForRescreen,
  weekOnWeekRise,
  whyStepBack,
} from "@hipcheck/core";
import type { IsoDate, Localized, MorningCheckIn, SessionLog } from "@hipcheck/core";
import type { OutboxItem } from "../../offline/local-store.js";

export type WaitingCheckIn = {
  /** The day of the newest morning check-in not yet sent. */
  readonly date: IsoDate;
  /**
   * What the rules will act on, in their words; absent when nothing the device holds calls for a change. `unknown`:
   * the device lacks the earlier mornings a sharp rise is measured from, and this morning's pain could be one; it
   * has no rules' sentence (the page says why it holds).
   */
  readonly reason?:
    | { readonly kind: "stop" | "lighter"; readonly text: Localized }
    | { readonly kind: "unknown"; readonly pain: number };
};

/** A session held for this morning until the server answers it: a sharp rise, or one the device cannot rule out. */
export function holdsSession(waiting: WaitingCheckIn | undefined): boolean {
  return waiting?.reason?.kind === "stop" || waiting?.reason?.kind === "unknown";
}

function sentence(text: Localized): Localized {
  return { en: `${text.en}.`, fr: `${text.fr}.` };
}

/**
 * `queued` is the outbox; `checkIns` and `logs` the person's record as the device knows it (sent and queued);
 * `morningsCachedOn` the day the server's mornings were last kept on the device. None when no morning check-in
 * waits to be sent.
 */
export function waitingCheckIn(
  queued: readonly OutboxItem[],
  checkIns: readonly MorningCheckIn[],
  logs: readonly SessionLog[],
  morningsCachedOn?: IsoDate,
): WaitingCheckIn | undefined {
  const waiting = queued.flatMap((item) => (item.kind === "check-in" ? [item.payload] : []));
  const newest = waiting.reduce<MorningCheckIn | undefined>(
    (latest, checkIn) => (latest === undefined || checkIn.date > latest.date ? checkIn : latest),
    undefined,
  );
  if (newest === undefined) return undefined;
  // The record with the waiting check-ins in it, once each: the device's copy may already hold them.
  const byDate = new Map(checkIns.map((checkIn) => [checkIn.date, checkIn]));
  for (const checkIn of waiting) byDate.set(checkIn.date, checkIn);
  const all = [...byDate.values()];
  const rise = sharpRise(all);
  if (rise?.kind === "sharp-rise" && rise.date === newest.date) {
    return { date: newest.date, reason: { kind: "stop", text: stopForRescreen(whyStepBack(rise, EMPTY)) } };
  }
  // No morning of the four weeks before on the device, and none kept from the server since they began: the usual
  // pain is not known here. Any morning above the safe band could be a sharp rise from it (docs/clinical §7.2,
  // `isRescreenNeeded` against the lowest usual pain, 0/10), so the session waits for the server's answer.
  const windowStart = addDays(newest.date, -SHARP_RISE_LOOKBACK_DAYS);
  const earlier = all.some((checkIn) => checkIn.date >= windowStart && checkIn.date < newest.date);
  const kept = morningsCachedOn !== undefined && morningsCachedOn >= windowStart;
  if (!earlier && !kept && isRescreenNeeded(0, newest.pain)) {
    return { date: newest.date, reason: { kind: "unknown", pain: newest.pain } };
  }
  const lastSession = logs
    .filter((log) => log.completed && log.date < newest.date)
    .reduce<SessionLog | undefined>(
      (latest, log) => (latest === undefined || log.date > latest.date ? log : latest),
      undefined,
    );
  const signal = (lastSession && nextMorning(lastSession, all)) ?? weekOnWeekRise(all);
  if (signal === undefined) return { date: newest.date };
  return { date: newest.date, reason: { kind: "lighter", text: sentence(whyStepBack(signal, EMPTY)) } };
}

const EMPTY: Localized = { en: "", fr: "" };
