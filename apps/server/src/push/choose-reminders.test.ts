import type { PushSubscriptionRecord } from "@hipcheck/application";
import { generateProgram, type Program } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import { chooseReminders, localClock, type ReminderCandidate } from "./choose-reminders.js";

function danasProgram(): Program {
  const program = generateProgram(personas.runnerPfp, { startDate: "2026-12-07", id: "p1" });
  if (!program.ok) throw new Error(program.error.message);
  return program.value;
}

const program = danasProgram();
const sessionDay = program.sessions[0]!.date;
const restDay = ["2026-12-07", "2026-12-08", "2026-12-09", "2026-12-10", "2026-12-11"].find(
  (date) => !program.sessions.some((session) => session.date === date),
)!;

const subscription = (change: Partial<PushSubscriptionRecord> = {}): PushSubscriptionRecord => ({
  id: "s1",
  accountId: "dana",
  endpoint: "https://push.example/dana",
  keys: { p256dh: "key", auth: "auth" },
  reminderTime: "18:30",
  timeZone: "Europe/Paris",
  language: "fr",
  createdAt: "2026-12-01T08:00:00.000Z",
  lastSentOn: null,
  ...change,
});

const candidate = (change: Partial<ReminderCandidate> = {}): ReminderCandidate => ({
  subscription: subscription(),
  program,
  loggedSessionIds: new Set(),
  ...change,
});

/** 18:30 in Paris in December is 17:30 UTC. */
const parisAt = (date: string, time: string) => new Date(`${date}T${time}:00+01:00`);

describe("choosing who gets a session-day reminder now", () => {
  it("reads the local date and time in the subscription's time zone, across midnight UTC", () => {
    expect(localClock(new Date("2026-12-07T23:30:00Z"), "Europe/Paris")).toEqual({
      date: "2026-12-08",
      time: "00:30",
    });
    expect(localClock(new Date("2026-12-08T03:00:00Z"), "America/Montreal")).toEqual({
      date: "2026-12-07",
      time: "22:00",
    });
  });

  it("Dana, on a session day, gets it once her chosen local time has come, not a minute before", () => {
    expect(chooseReminders(parisAt(sessionDay, "18:29"), [candidate()])).toEqual([]);
    const due = chooseReminders(parisAt(sessionDay, "18:30"), [candidate()]);
    expect(due).toEqual([
      { subscription: subscription(), localDate: sessionDay, session: program.sessions[0] },
    ]);
    expect(chooseReminders(parisAt(sessionDay, "21:05"), [candidate()])).toHaveLength(1);
  });

  it("a rest day, a day already reminded, or a session already logged gets none", () => {
    expect(chooseReminders(parisAt(restDay, "19:00"), [candidate()])).toEqual([]);
    const sent = candidate({ subscription: subscription({ lastSentOn: sessionDay }) });
    expect(chooseReminders(parisAt(sessionDay, "19:00"), [sent])).toEqual([]);
    const done = candidate({ loggedSessionIds: new Set([program.sessions[0]!.id]) });
    expect(chooseReminders(parisAt(sessionDay, "19:00"), [done])).toEqual([]);
  });

  it("yesterday's reminder does not stop today's", () => {
    const yesterday = candidate({ subscription: subscription({ lastSentOn: "2026-12-01" }) });
    expect(chooseReminders(parisAt(sessionDay, "19:00"), [yesterday])).toHaveLength(1);
  });

  it("no program, or a program paused after a sharp rise in pain, gets none", () => {
    const paused: Program = {
      ...program,
      rescreen: { pausedOn: "2026-12-06", pausedAt: "2026-12-06T07:00:00.000Z" },
    };
    const resumed: Program = { ...paused, rescreen: { ...paused.rescreen!, resumedOn: "2026-12-06" } };
    const at = parisAt(sessionDay, "19:00");
    expect(chooseReminders(at, [candidate({ program: undefined })])).toEqual([]);
    expect(chooseReminders(at, [candidate({ program: paused })])).toEqual([]);
    expect(chooseReminders(at, [candidate({ program: resumed })])).toHaveLength(1);
  });

  it("the time zone decides: the same instant is reminder time in Paris but not yet in Montreal", () => {
    const montreal = candidate({ subscription: subscription({ id: "s2", timeZone: "America/Montreal" }) });
    const due = chooseReminders(parisAt(sessionDay, "18:30"), [candidate(), montreal]);
    expect(due.map((reminder) => reminder.subscription.id)).toEqual(["s1"]);
  });
});
