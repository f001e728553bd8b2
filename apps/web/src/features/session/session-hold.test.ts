import { generateProgram } from "@hipcheck/core";
import type { Program } from "@hipcheck/core";
import { personas } from "@hipcheck/core/testing";
import { describe, expect, it } from "vitest";
import type { ProgramSnapshot } from "../../offline/local-store.js";
import { sessionHold } from "./session-hold.js";
import type { WaitingCheckIn } from "./waiting-check-in.js";

/** Dana's program as her phone last fetched it, at its second revision. */
function danaProgram(): Program {
  const result = generateProgram(personas.runnerPfp, { startDate: "2026-12-01", id: "program-dana" });
  if (!result.ok) throw new Error(result.error.message);
  return { ...result.value, revision: 2 };
}

const program = danaProgram();
const snapshot = (changed: Partial<Program> = {}): ProgramSnapshot => ({
  programId: program.id,
  program: { ...program, ...changed },
  revisions: [],
});

const sharpRise: WaitingCheckIn = {
  date: "2026-12-09",
  reason: { kind: "stop", text: { en: "Stop.", fr: "Arrêtez." } },
};
const cannotTell: WaitingCheckIn = { date: "2026-12-09", reason: { kind: "unknown", pain: 7 } };
const usualMorning: WaitingCheckIn = { date: "2026-12-09" };
const kept = { date: "2026-12-09", revision: 2 };

describe("whether a session may start while the rules' answer to a morning is on its way", () => {
  it("lets it start when no morning waits and no hold is kept", () => {
    expect(
      sessionHold({ waiting: undefined, stored: undefined, snapshot: snapshot(), fromServer: false }),
    ).toEqual({ held: false, awaitingServer: false });
    expect(
      sessionHold({ waiting: usualMorning, stored: undefined, snapshot: snapshot(), fromServer: true }),
    ).toEqual({ held: false, awaitingServer: false });
  });

  it("holds it for a sharp rise waiting in the outbox, keeping the revision it was seen on", () => {
    expect(
      sessionHold({ waiting: sharpRise, stored: undefined, snapshot: snapshot(), fromServer: false }),
    ).toEqual({
      held: true,
      awaitingServer: false,
      keep: kept,
    });
    // Kept already: nothing more to write.
    expect(
      sessionHold({ waiting: sharpRise, stored: kept, snapshot: snapshot(), fromServer: false }),
    ).toEqual({
      held: true,
      awaitingServer: false,
    });
  });

  it("holds it as well when the device cannot tell whether the morning is a sharp rise", () => {
    expect(
      sessionHold({ waiting: cannotTell, stored: undefined, snapshot: snapshot(), fromServer: true }).held,
    ).toBe(true);
  });

  it("keeps holding once the morning is sent, until the server's program is in", () => {
    // Sent, and the device's copy (or an answer asked for before the send) is still the one shown.
    expect(
      sessionHold({ waiting: undefined, stored: kept, snapshot: snapshot(), fromServer: false }),
    ).toEqual({
      held: true,
      awaitingServer: true,
    });
  });

  it("lets go once the server's program is in: paused, changed, or answered unchanged after the send", () => {
    const paused = snapshot({
      revision: 3,
      rescreen: { pausedOn: "2026-12-09", pausedAt: "2026-12-09T07:00:00Z" },
    });
    const released = { held: false, awaitingServer: false, keep: null };
    expect(sessionHold({ waiting: undefined, stored: kept, snapshot: paused, fromServer: false })).toEqual(
      released,
    );
    expect(
      sessionHold({
        waiting: undefined,
        stored: kept,
        snapshot: snapshot({ revision: 3 }),
        fromServer: true,
      }),
    ).toEqual(released);
    expect(sessionHold({ waiting: undefined, stored: kept, snapshot: snapshot(), fromServer: true })).toEqual(
      released,
    );
  });

  it("forgets a kept hold when there is no program any more", () => {
    expect(sessionHold({ waiting: undefined, stored: kept, snapshot: null, fromServer: true })).toEqual({
      held: false,
      awaitingServer: false,
      keep: null,
    });
  });
});
