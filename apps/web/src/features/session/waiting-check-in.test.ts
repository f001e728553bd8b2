import type { MorningCheckIn, SessionLog } from "@hipcheck/core";
import { describe, expect, it } from "vitest";
import type { OutboxItem } from "../../offline/local-store.js";
import { waitingCheckIn } from "./waiting-check-in.js";
import type { WaitingCheckIn } from "./waiting-check-in.js";

/** The rules' sentence the device gives for the waiting morning. */
function textOf(waiting: WaitingCheckIn | undefined): { readonly en: string; readonly fr: string } {
  const reason = waiting?.reason;
  if (reason === undefined || reason.kind === "unknown") throw new Error("no rules' sentence");
  return reason.text;
}

const morning = (date: string, pain: number, settled = true): MorningCheckIn => ({ date, pain, settled });

const queued = (checkIn: MorningCheckIn): OutboxItem => ({
  id: checkIn.date,
  kind: "check-in",
  payload: checkIn,
});

/** Samir's clamshell session, pain 2/10 before it. */
function session(date: string): SessionLog {
  return {
    id: `log-${date}`,
    programId: "program-samir",
    plannedSessionId: "w1-s1",
    date,
    kind: "strength",
    entries: [{ exerciseId: "clamshell", sets: [{ side: "both", reps: 12 }], painDuring: 2, rpe: 5 }],
    painBefore: 2,
    completed: true,
  };
}

/** A steady week of 2/10 mornings before the 10th of March. */
const steadyWeek = ["2026-03-03", "2026-03-04", "2026-03-05", "2026-03-06", "2026-03-07", "2026-03-08"].map(
  (date) => morning(date, 2),
);

describe("the player offline with this morning's check-in still in the outbox", () => {
  it("says nothing when no morning check-in waits to be sent", () => {
    const log = session("2026-03-09");
    expect(
      waitingCheckIn([{ id: log.id, kind: "session-log", payload: log }], steadyWeek, [log]),
    ).toBeUndefined();
  });

  it("says today's plan will be updated when it is sent, with no reason when the morning is as usual", () => {
    const today = morning("2026-03-10", 2);
    expect(waitingCheckIn([queued(today)], [...steadyWeek, today], [session("2026-03-09")])).toEqual({
      date: "2026-03-10",
    });
  });

  it("names a knee not settled the morning after yesterday's session, in the rules' words", () => {
    const today = morning("2026-03-10", 3, false);
    const waiting = waitingCheckIn([queued(today)], steadyWeek, [session("2026-03-09")]);
    expect(waiting?.reason?.kind).toBe("lighter");
    expect(textOf(waiting).en).toMatch(/had not settled by the next morning/);
    expect(textOf(waiting).fr).toMatch(/ne s’était pas calmé le lendemain matin/);
  });

  it("gives the re-screen stop when the waiting morning's pain jumped (docs/clinical §7.2)", () => {
    const today = morning("2026-03-10", 7);
    const waiting = waitingCheckIn([queued(today)], steadyWeek, []);
    expect(waiting?.reason?.kind).toBe("stop");
    expect(textOf(waiting).en).toMatch(/jumped to 7\/10.*stop the exercises for now/);
    expect(textOf(waiting).fr).toMatch(/montée à 7\/10 .*\s: arrêtez les exercices/);
  });

  it("holds a painful morning as a possible sharp rise when the mornings before are not on the device", () => {
    const today = morning("2026-03-10", 7);
    expect(waitingCheckIn([queued(today)], [today], [])).toEqual({
      date: "2026-03-10",
      reason: { kind: "unknown", pain: 7 },
    });
    // Kept from the server before the four weeks began: those mornings may be missing too.
    expect(waitingCheckIn([queued(today)], [today], [], "2026-02-09")?.reason?.kind).toBe("unknown");
  });

  it("does not hold when the server's mornings were kept within the four weeks and held none before", () => {
    const today = morning("2026-03-10", 7);
    expect(waitingCheckIn([queued(today)], [today], [], "2026-02-10")).toEqual({ date: "2026-03-10" });
    expect(waitingCheckIn([queued(today)], [today], [], "2026-03-09")).toEqual({ date: "2026-03-10" });
  });

  it("does not hold a morning in the safe band (0-2/10), which no usual pain makes a sharp rise", () => {
    const today = morning("2026-03-10", 2);
    expect(waitingCheckIn([queued(today)], [today], [])).toEqual({ date: "2026-03-10" });
  });

  it("reads a sharp rise from mornings kept from the server three weeks back, after a gap (decision 0645)", () => {
    const today = morning("2026-03-10", 7);
    const kept = morning("2026-02-17", 2);
    const waiting = waitingCheckIn([queued(today)], [kept, today], [], "2026-03-01");
    expect(waiting?.reason?.kind).toBe("stop");
    expect(textOf(waiting).en).toMatch(/jumped to 7\/10/);
  });
});
